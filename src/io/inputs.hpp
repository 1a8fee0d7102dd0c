// Which documents a command line names, and reading them.
#pragma once

#include <optional>
#include <string>
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

} // namespace citelint::io
