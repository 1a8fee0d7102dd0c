#include "diagnostic.hpp"

#include "rule.hpp"

namespace citelint::engine {

std::string_view severity_name(Severity s, std::string_view info) {
    switch (s) {
    case Severity::info:
        return info;
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "warning";
}

bool reported_before(const Diagnostic& a, const Diagnostic& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.code < b.code;
}

std::optional<Severity> parse_severity(std::string_view text) {
    if (text == "info" || text == "note") return Severity::info;
    if (text == "warning") return Severity::warning;
    if (text == "error") return Severity::error;
    return std::nullopt;
}

std::string_view family_name(Family f) {
    switch (f) {
    case Family::references:
        return "references";
    case Family::templates:
        return "templates";
    case Family::claims:
        return "claims";
    case Family::suppressions:
        return "suppressions";
    }
    return "";
}

} // namespace citelint::engine
