#include "baseline_file.hpp"

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "../io/atomic_file.hpp"

namespace citelint::cli {

namespace {

void error(std::string_view message) {
    std::cerr << "citelint: error: " << message << '\n';
}

} // namespace

std::optional<engine::Baseline> read_baseline_file(const std::string& path) {
    const io::ReadResult read = io::read_input(path);
    if (!read.text) {
        error(fmt::format("baseline {}: {}", path, read.problem));
        return std::nullopt;
    }
    std::string problem;
    auto baseline = engine::Baseline::parse(*read.text, problem);
    if (!baseline) error(fmt::format("baseline {}: {}", path, problem));
    return baseline;
}

bool may_write_baseline(const std::string& path, const std::vector<io::Input>& inputs) {
    std::error_code ec;
    for (const io::Input& input : inputs) {
        if (input.path != "-" && std::filesystem::equivalent(input.path, path, ec)) {
            error(fmt::format("--write-baseline {}: that is one of the inputs; not overwriting it",
                              path));
            return false;
        }
    }
    if (!std::filesystem::exists(path, ec)) return true;
    const io::ReadResult read = io::read_input(path);
    std::string problem;
    if (!read.text || !engine::Baseline::parse(*read.text, problem)) {
        error(fmt::format("--write-baseline {}: the file exists and is not a citelint baseline; "
                          "not overwriting it",
                          path));
        return false;
    }
    return true;
}

bool write_baseline_file(const std::string& path, std::vector<engine::BaselineEntry> entries,
                         std::size_t files) {
    const std::size_t count = entries.size();
    const std::string problem =
        io::write_file_atomically(path, engine::serialise_baseline(std::move(entries)));
    if (!problem.empty()) {
        error(fmt::format("baseline {}: {}", path, problem));
        return false;
    }
    std::cerr << fmt::format("citelint: wrote {} problem{} of {} file{} to the baseline {}\n",
                             count, count == 1 ? "" : "s", files, files == 1 ? "" : "s", path);
    return true;
}

void report_baseline_use(const std::string& path, const engine::Baseline& baseline) {
    const std::size_t hidden = baseline.matched();
    const std::size_t stale = baseline.unmatched();
    if (hidden == 0 && stale == 0) return;
    std::cerr << fmt::format("baseline {}: {} known problem{} not shown; {} entr{} no longer "
                             "match{}\n",
                             path, hidden, hidden == 1 ? "" : "s", stale, stale == 1 ? "y" : "ies",
                             stale == 1 ? "es" : "");
}

} // namespace citelint::cli
