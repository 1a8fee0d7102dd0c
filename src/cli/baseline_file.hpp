// Reading and writing the baseline file for `citelint check --baseline / --write-baseline`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../engine/baseline.hpp"
#include "../io/inputs.hpp"

namespace citelint::cli {

// The baseline in `path`; nothing when it cannot be read or is no baseline (said on stderr).
std::optional<engine::Baseline> read_baseline_file(const std::string& path);

// Whether `path` may be written as a baseline: it is none of the inputs, and it does not exist
// or already holds a baseline (so a mistyped name never clobbers a page or another file).
// Says why not on stderr.
bool may_write_baseline(const std::string& path, const std::vector<io::Input>& inputs);

// Writes the entries atomically; false, said on stderr, when that failed.
bool write_baseline_file(const std::string& path, std::vector<engine::BaselineEntry> entries,
                         std::size_t files);

// After the summary, on stderr: how many problems the baseline hid, how many of its entries
// (of the pages checked) matched nothing. Nothing when both are 0.
void report_baseline_use(const std::string& path, const engine::Baseline& baseline);

} // namespace citelint::cli
