// Which documents a command line names, and reading them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citelint::io {

// A document to check, or a path that could not be used and why.
struct Input {
    std::string path;    // as given, or found under a folder; "-" for standard input
    std::string problem; // empty when usable
};

// Files named on the command line are taken whatever their extension; folders are searched
// recursively for .wiki, .wikitext, .mediawiki and .mw files.
std::vector<Input> expand_paths(const std::vector<std::string>& paths);

struct ReadResult {
    std::optional<std::string> text;
    std::string problem; // why it could not be read
};

ReadResult read_input(const std::string& path);

// The text read, or why it cannot be checked (larger than 4 GiB, UTF-16); what names it in
// the problem ("file", "input").
ReadResult usable_text(std::string text, std::string_view what);

} // namespace citelint::io
