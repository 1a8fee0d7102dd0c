// A one-line progress display on standard error for long runs on a terminal: documents read,
// how far into the inputs, the speed and the time left.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>

#include "pipeline.hpp"

namespace citelint::cli {

class ProgressLine {
  public:
    // `shown`: whether to draw at all (a terminal, not --quiet); `total_bytes`: the inputs' size
    // on disk, 0 when unknown (standard input), which leaves out the share and the time left.
    ProgressLine(std::ostream& out, bool shown, std::uint64_t total_bytes);

    // Redraws the line from the reader's position, at most ten times a second and not before
    // the run has lasted long enough to need it.
    void update(const ReadPosition& position);
    // Removes the line so that other output starts on a clean line; the next update redraws it.
    void clear();

  private:
    using Clock = std::chrono::steady_clock;

    std::ostream& out_;
    bool shown_;
    std::uint64_t total_;
    Clock::time_point start_;
    Clock::time_point last_draw_;
    bool drawn_ = false;
};

// Whether standard error is a terminal.
bool stderr_is_terminal();

} // namespace citelint::cli
