// Which documents a command line names, and reading them.
#pragma once

#include <functional>
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
// recursively for .wiki, .wikitext, .mediawiki and .mw files, leaving out hidden files and
// folders (".git", ".cache") and node_modules (a folder named on the command line is searched
// whatever its name).
// `exclude(folder)` gives the patterns a folder named on the command line is searched with
// (fnmatch globs of a name, or of the path below the folder when they hold a '/'); without it,
// hidden files and folders and node_modules are left out.
std::vector<Input> expand_paths(
    const std::vector<std::string>& paths,
    const std::function<const std::vector<std::string>*(const std::string&)>& exclude = {});

// What folders are searched for, for messages: "*.wiki, *.wikitext, *.mediawiki or *.mw files".
std::string searched_for();

// Why a file read as wikitext is no text at all: a NUL byte in its first 8 KiB, or the
// signature of a binary format ("an ELF executable", "a PNG image"); empty for text.
std::string binary_kind(std::string_view text);

struct ReadResult {
    std::optional<std::string> text;
    std::string problem; // why it could not be read
};

ReadResult read_input(const std::string& path);

// The text read, or why it cannot be checked (larger than 4 GiB, UTF-16); what names it in
// the problem ("file", "input").
ReadResult usable_text(std::string text, std::string_view what);

} // namespace citelint::io
