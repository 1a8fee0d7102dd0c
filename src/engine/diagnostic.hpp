// What a rule reports: a problem at a span of the source, with notes and a suggested fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../source.hpp"

namespace citelint::engine {

enum class Severity { info, warning, error };

// The severity's name; `info` names the lowest where a format calls it otherwise (GitHub's
// "notice", SARIF's "note").
std::string_view severity_name(Severity s, std::string_view info = "info");
std::optional<Severity> parse_severity(std::string_view text);

struct Diagnostic;
// The order diagnostics are reported in: by position, then by code.
bool reported_before(const Diagnostic& a, const Diagnostic& b);

struct Note {
    Span span;
    std::string message;
};

// A change to the source: the bytes of `span` replaced (an empty span inserts).
struct Edit {
    Span span;
    std::string replacement;
};

// Whether a fix keeps what the page means. A safe fix only says the same thing right (the
// misspelt name of a defined ref, a renamed CS1 parameter); an unsafe one is the likely edit
// but may change what the page says or shows, so `--fix` applies it only with
// `--unsafe-fixes`, and an editor offers it without preferring it.
enum class Safety { safe, unsafe };

// A fix a rule suggests: edits applied together, none overlapping, in source order.
struct Fix {
    std::string title; // what it does, as an editor's quick fix names it
    std::vector<Edit> edits;
    Safety safety = Safety::safe;
    // The codes of the problems the fix leaves for the editor by design, which --fix does not
    // take for a fix gone wrong: a bare URL made {{cite web |url=...}} wants its title.
    std::vector<std::string_view> leaves = {};
};

struct Diagnostic {
    std::string_view code; // the rule's code, e.g. R001
    std::string_view name; // the rule's name
    Severity severity = Severity::warning;
    Span span;
    std::string message;
    std::vector<Note> notes; // related places
    std::vector<std::string> help;
    bool limitation = false; // says what the rule could not check: always info
    // For a limitation several rules share ("of 321 citations: their parameters were lost"),
    // what this rule could not check ("the identifiers") and the shared rest: the runner
    // makes one diagnostic of those at one place.
    std::string limitation_what;
    std::string limitation_shared;
    bool maintenance = false; // a fault the checked-against tool only tracks (a CS1 maint
                              // category, no visible error): always info
    std::optional<Fix> fix;
    // The place a claims diagnostic speaks for, when it is wider than its span: a section
    // reported at its heading speaks for the whole section. The runner keeps one claims
    // diagnostic per place (run_rules).
    std::optional<Span> place;
};

} // namespace citelint::engine
