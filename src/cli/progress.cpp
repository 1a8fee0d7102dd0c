#include "progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>

namespace citelint::cli {

namespace {

// A run shorter than this never shows the line: it would only flicker.
constexpr auto quiet_start = std::chrono::milliseconds(500);
constexpr auto redraw_every = std::chrono::milliseconds(100);

std::string bytes_text(double bytes) {
    if (bytes >= 1e9) return fmt::format("{:.2f} GB", bytes / 1e9);
    return fmt::format("{:.1f} MB", bytes / 1e6);
}

std::string duration_text(double seconds) {
    const auto whole = static_cast<long long>(seconds + 0.5);
    if (whole >= 3600)
        return fmt::format("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
    return fmt::format("{}:{:02}", whole / 60, whole % 60);
}

std::size_t terminal_width() {
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

} // namespace

bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) != 0;
}

ProgressLine::ProgressLine(std::ostream& out, bool shown, std::uint64_t total_bytes)
    : out_(out), shown_(shown), total_(total_bytes), start_(Clock::now()), last_draw_(start_) {}

void ProgressLine::update(const ReadPosition& position) {
    if (!shown_) return;
    const Clock::time_point now = Clock::now();
    if (now - start_ < quiet_start || now - last_draw_ < redraw_every) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const auto bytes = static_cast<double>(position.bytes.load());
    const double rate = bytes / seconds; // bytes of the files as stored, per second
    std::string line = fmt::format("{} documents", position.documents.load());
    if (total_ > 0) {
        const double share = std::min(1.0, bytes / static_cast<double>(total_));
        constexpr int bar_width = 20;
        const int filled = static_cast<int>(share * bar_width);
        line = fmt::format("[{}{}] {:3.0f}%  {}  {} of {}  {:.1f} MB/s", std::string(filled, '#'),
                           std::string(bar_width - filled, '-'), share * 100, line,
                           bytes_text(bytes), bytes_text(static_cast<double>(total_)), rate / 1e6);
        if (rate > 0 && bytes < static_cast<double>(total_))
            line += "  ETA " + duration_text((static_cast<double>(total_) - bytes) / rate);
    } else {
        line = fmt::format("{}  {} read  {:.1f} MB/s", line, bytes_text(bytes), rate / 1e6);
    }
    const std::size_t width = terminal_width();
    if (line.size() >= width) line.resize(width - 1); // the line is ASCII
    out_ << '\r' << line << "\x1b[K" << std::flush;
    drawn_ = true;
}

void ProgressLine::clear() {
    if (!drawn_) return;
    out_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

} // namespace citelint::cli
