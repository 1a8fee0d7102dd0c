#include <algorithm>
#include <array>

#include "../../src/model/text.hpp"
#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Citation;
using model::CitationParam;

using model::ascii_digit;

// Module:Citation/CS1's isbn(): what is wrong with the value, or nothing.
std::string isbn_problem(std::string_view value) {
    std::string compact;
    for (char c : value) {
        if (c == ' ' || c == '-') continue;
        if (!ascii_digit(c) && c != 'X')
            return fmt::format("has the character '{}', which an ISBN cannot hold", c);
        compact += c;
    }
    if (compact.size() != 10 && compact.size() != 13)
        return fmt::format("has {} digits; an ISBN has 10 or 13", compact.size());
    if (compact.size() == 10) {
        if (compact.find('X') < 9) return "has an X before its last character";
        int sum = 0;
        for (int i = 0; i < 10; ++i)
            sum += (compact[i] == 'X' ? 10 : compact[i] - '0') * (10 - i);
        if (sum % 11 != 0) return "has a wrong check digit";
        if (compact.rfind("630", 0) == 0 || compact.rfind("631", 0) == 0)
            return "begins with 630 or 631, which are Amazon ASINs, not ISBNs";
        return {};
    }
    if (compact.find('X') != std::string::npos)
        return "is an ISBN-13 with an X; an ISBN-13 is digits only";
    if (compact.rfind("978", 0) != 0 && compact.rfind("979", 0) != 0)
        return "is an ISBN-13 that does not begin with 978 or 979";
    if (compact.rfind("9790", 0) == 0) return "begins with 9790, which is an ISMN, not an ISBN";
    int sum = 0;
    for (int i = 0; i < 13; ++i)
        sum += (compact[i] - '0') * (i % 2 ? 3 : 1);
    if (sum % 10 != 0) return "has a wrong check digit";
    return {};
}

// Module:Citation/CS1's issn().
std::string issn_problem(std::string_view value) {
    std::string compact;
    for (char c : value)
        if (c != ' ' && c != '-') compact += c;
    if (compact.size() != 8) return fmt::format("has {} characters; an ISSN has 8", compact.size());
    for (std::size_t i = 0; i < 8; ++i)
        if (!ascii_digit(compact[i]) && !(i == 7 && compact[i] == 'X'))
            return "may hold only digits, and X as its last character";
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (compact[i] == 'X' ? 10 : compact[i] - '0') * (8 - i);
    if (sum % 11 != 0) return "has a wrong check digit";
    return {};
}

// Module:Citation/CS1's doi(): the form 10.<registrant>/<suffix> and the registrant's ranges.
std::string doi_problem(std::string_view value) {
    if (value.rfind("10.", 0) != 0) return "does not begin with \"10.\"";
    const auto slash = value.find('/');
    if (slash == std::string_view::npos || slash + 1 == value.size())
        return "has no suffix after a '/'";
    const std::string_view registrant = value.substr(3, slash - 3);
    const std::string_view suffix = value.substr(slash + 1);
    if (suffix.find_first_of(" \t\n") != std::string_view::npos ||
        suffix.find("\xe2\x80\x93") != std::string_view::npos)
        return "has a space or an en dash in it";
    if (value.back() == '.' || value.back() == ',') return "ends in punctuation";
    if (registrant.empty() || !std::all_of(registrant.begin(), registrant.end(),
                                           [](char c) { return ascii_digit(c) || c == '.'; }))
        return fmt::format("has the registrant \"{}\", which is not digits", registrant);
    const auto dot = registrant.find('.');
    const bool subcode = dot != std::string_view::npos;
    const std::string_view head = registrant.substr(0, dot);
    const bool bad = head.size() >= 6 || head.empty() ||
                     (head.size() == 5 && subcode && (head < "10000" || head > "39999")) ||
                     (head.size() == 5 && !subcode && (head < "10000" || head > "59999")) ||
                     (head.size() == 4 && head[0] == '0') || (head.size() < 4 && !subcode) ||
                     registrant == "5555";
    if (bad) return fmt::format("has the registrant \"{}\", which no DOI has", registrant);
    return {};
}

constexpr std::size_t names_per_identifier = 2;

struct Identifier {
    std::string_view label;
    std::array<std::string_view, names_per_identifier> params;
    std::string (*problem)(std::string_view);
};

const Identifier identifiers[] = {
    {"ISBN", {"isbn", "ISBN"}, isbn_problem},
    {"ISSN", {"issn", "ISSN"}, issn_problem},
    {"eISSN", {"eissn", "EISSN"}, issn_problem},
    {"DOI", {"doi", "DOI"}, doi_problem},
};

// "((...))" tells the module to accept the value as written.
bool accepted_as_written(std::string_view v) {
    return v.size() >= 4 && v.substr(0, 2) == "((" && v.substr(v.size() - 2) == "))";
}

// Whether a parameter name may be one of the identifiers' (3 to 5 bytes, starting with d, e or
// i in either case): most are not, and are not compared with each.
bool may_name_identifier(std::string_view name) {
    if (name.size() < 3 || name.size() > 5) return false;
    const char first = static_cast<char>(name.front() | 0x20);
    return first == 'd' || first == 'e' || first == 'i';
}

void check(const Article& a, Sink& sink) {
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        // The last parameter of each name, found in one pass.
        const CitationParam* last[std::size(identifiers)][names_per_identifier] = {};
        for (const CitationParam& param : c.params) {
            if (!may_name_identifier(param.name)) continue;
            for (std::size_t i = 0; i < std::size(identifiers); ++i)
                for (std::size_t n = 0; n < names_per_identifier; ++n)
                    if (param.name == identifiers[i].params[n]) last[i][n] = &param;
        }
        for (std::size_t i = 0; i < std::size(identifiers); ++i) {
            const Identifier& id = identifiers[i];
            const CitationParam* p = nullptr;
            for (const CitationParam* found : last[i])
                if (found && (!p || found->value_span.begin > p->value_span.begin)) p = found;
            if (!p || p->value.empty() || accepted_as_written(p->value)) continue;
            const std::string problem = id.problem(p->value);
            if (problem.empty()) continue;
            Diagnostic& d = sink.report(trimmed_span(a, p->value_span),
                                        fmt::format("{} \"{}\" {}", id.label, p->value, problem));
            d.help.push_back(fmt::format("copy the {} again from the source; if it is printed so, "
                                         "write it as (({})) to keep it",
                                         id.label, p->value));
        }
    }
    say_if_parameters_lost(a, sink, "the identifiers");
}

} // namespace

// clang-format off
extern const engine::Rule invalid_citation_identifier{
    .code = "T001",
    .name = "invalid-citation-identifier",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation's ISBN, ISSN or DOI is malformed or fails its check digit",
    .docs = {
        .what_it_finds =
            "The `isbn`, `issn`, `eissn` and `doi` parameters of CS1/CS2 citation templates (those "
            "of rules/data/citation_templates.tsv), checked as Module:Citation/CS1 checks them: "
            "an ISBN of 10 or 13 digits (X only last) with a right check digit, "
            "ISBN-13 beginning 978 or 979 but not 9790, no 630/631 ASINs; "
            "an ISSN of 8 characters with a right check digit; "
            "a DOI of the form 10.<registrant>/<suffix> with a registrant in the ranges DOIs use. "
            "A value wrapped in `((...))` is accepted as written. "
            "In the rendered dialect, where parameters are lost, "
            "it says once that it could not run.",
        .why_it_matters =
            "The module shows a red \"Check |isbn= value\" (or issn, doi) error in the citation "
            "and puts the page in a maintenance category; more importantly, "
            "a reader or a bot following the identifier reaches the wrong book or "
            "article, or nothing.",
        .example_bad = R"md(<ref>{{cite book |last=Smith |title=History |isbn=978-0-306-40615-6}}</ref>)md",
        .example_good = R"md(<ref>{{cite book |last=Smith |title=History |isbn=978-0-306-40615-7}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/citations.cpp: collect_citations"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
