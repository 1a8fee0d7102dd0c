// The baseline: the known problems of a set of pages, so that only new ones are reported.
//
// An entry is (path, rule code, fingerprint, occurrence). The fingerprint hashes the
// diagnostic's span text, whitespace runs folded to one space and trimmed, and its message:
// not its line or column, so an entry still matches when text above it moves. The occurrence
// tells apart identical problems of one page (same code and fingerprint): the first in
// document order is 0. A page with three such problems in the baseline may have three; a
// fourth is new. The file is JSON, one entry per line, sorted, so it diffs well:
//   {
//     "version": 1,
//     "entries": [
//       {"path":"a.wiki","code":"R001","fingerprint":"5f0c...","occurrence":0,"message":"..."}
//     ]
//   }
// The message is there for the reader; matching ignores it.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "../source.hpp"
#include "diagnostic.hpp"

namespace citelint::engine {

inline constexpr int baseline_version = 1;

// 16 hexadecimal digits, the same on every platform and in every run.
std::string fingerprint(const Source& source, const Diagnostic& diagnostic);

struct BaselineEntry {
    std::string path; // as baseline_path() makes it
    std::string code;
    std::string fingerprint;
    std::uint32_t occurrence = 0;
    std::string message;
};

// The entries of one page's diagnostics (given in document order), under `path`.
std::vector<BaselineEntry> baseline_entries(std::string_view path, const Source& source,
                                            const std::vector<Diagnostic>& diagnostics);

// The file's JSON: entries sorted by path, code, message, fingerprint and occurrence.
std::string serialise_baseline(std::vector<BaselineEntry> entries);

// How a baseline names an input: relative to the folder of the baseline file, with '/', so a
// baseline kept in a repository matches whatever the folder the check runs from;
// "<stdin>" for "-".
std::string baseline_path(const std::string& input, const std::string& baseline_file);

class Baseline {
  public:
    // Nothing, and `problem` says why, when the text is not a baseline this version reads.
    static std::optional<Baseline> parse(std::string_view json, std::string& problem);

    // The diagnostics of one page the baseline does not know; counts what it matched.
    std::vector<Diagnostic> filter(std::string_view path, const Source& source,
                                   std::vector<Diagnostic> diagnostics);

    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    // Whether any entry is of this path.
    [[nodiscard]] bool knows(std::string_view path) const { return paths_.count(path) != 0; }
    // Diagnostics dropped by filter() so far.
    [[nodiscard]] std::size_t matched() const noexcept { return matched_; }
    // Entries of the pages filter() has seen that matched nothing: problems fixed or changed.
    // Entries of pages not checked in this run are not counted.
    [[nodiscard]] std::size_t unmatched() const;

  private:
    using Key = std::tuple<std::string, std::string, std::string, std::uint32_t>;
    std::set<Key> entries_;
    std::set<Key> used_;
    std::set<std::string, std::less<>> seen_paths_;
    std::set<std::string, std::less<>> paths_; // of the entries
    std::size_t matched_ = 0;
};

} // namespace citelint::engine
