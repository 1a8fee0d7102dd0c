#include "change.hpp"

#include <map>
#include <string>

#include "../line_diff.hpp"

namespace citelint::engine {

namespace {

// A problem as a change may cause it anywhere: its code and message, without the numbers
// that other edits move ("could not compare 55 citations").
std::pair<std::string_view, std::string> problem_of(const Diagnostic& d) {
    std::string message;
    for (const char c : d.message)
        if (c < '0' || c > '9') message += c;
    return {d.code, std::move(message)};
}

} // namespace

std::vector<Diagnostic> made_by_change(const Source& now, std::vector<Diagnostic> diagnostics,
                                       std::string_view before,
                                       const std::vector<Diagnostic>& before_diagnostics) {
    const std::vector<bool> changed = changed_lines(before, now.text());
    const auto touches_change = [&](Span span) {
        const std::uint32_t first = now.locate(span.begin).line;
        const std::uint32_t last = now.locate(span.end > span.begin ? span.end - 1 : span.end).line;
        for (std::uint32_t line = first; line <= last && line <= changed.size(); ++line)
            if (changed[line - 1]) return true;
        return false;
    };
    std::map<std::pair<std::string_view, std::string>, long> known;
    for (const Diagnostic& d : before_diagnostics)
        ++known[problem_of(d)];
    std::vector<Diagnostic> kept;
    for (Diagnostic& d : diagnostics) {
        const bool touched = touches_change(d.span) || (d.place && touches_change(*d.place));
        // The problems the page had before stand for as many of the same now.
        const bool old = known[problem_of(d)]-- > 0;
        if (touched || !old) kept.push_back(std::move(d));
    }
    return kept;
}

} // namespace citelint::engine
