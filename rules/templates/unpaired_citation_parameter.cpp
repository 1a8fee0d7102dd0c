#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Citation;
using model::CitationParam;

// The non-empty parameter among a meta-parameter's aliases that the module would take.
const CitationParam* given(const Citation& c, std::string_view meta) {
    for (const std::string& name : model::Cs1Aliases::builtin().names(meta))
        if (const CitationParam* p = c.find(name); p && !p->value.empty()) return p;
    return nullptr;
}

void check(const Article& a, Sink& sink) {
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        const bool has_url = given(c, "URL") || given(c, "ChapterURL");
        if (const CitationParam* access = given(c, "AccessDate"); access && !has_url) {
            Diagnostic& d = sink.report(access->name_span, fmt::format("|{}= is given but the citation has no |url=", access->name));
            d.help.push_back("add the URL the source was read at, or remove the access date (it says when a web page was read)");
        }
        if (const CitationParam* archive = given(c, "ArchiveURL")) {
            if (!given(c, "ArchiveDate")) {
                Diagnostic& d = sink.report(archive->name_span, fmt::format("|{}= is given without |archive-date=", archive->name));
                d.help.push_back("add the date of the archived copy (its timestamp is in the archive URL)");
            }
            if (!has_url) {
                Diagnostic& d = sink.report(archive->name_span, fmt::format("|{}= is given but the citation has no |url= of the original", archive->name));
                d.help.push_back("add the original |url= the archive is a copy of");
            }
        }
    }
    say_if_parameters_lost(a, sink, "the paired parameters");
}

} // namespace

extern const engine::Rule unpaired_citation_parameter{
    "T003",
    "unpaired-citation-parameter",
    engine::Family::templates,
    engine::Severity::error,
    "a citation gives a parameter without the one it depends on",
    {},
    {
        "In a CS1/CS2 citation, as Module:Citation/CS1 checks (any alias of each parameter, empty "
        "values not counting): `access-date` without `url` (or `chapter-url`), `archive-url` "
        "without `archive-date`, and `archive-url` without the original `url`. In the rendered "
        "dialect, where parameters are lost, it says once that it could not run.",
        "The module shows a red error (\"|access-date= requires |url=\", \"|archive-url= requires "
        "|archive-date=\", \"|archive-url= requires |url=\") in the reference and categorises the "
        "page; the citation misses what a reader needs to find or date the source.",
        "<ref>{{cite web |title=Report |archive-url=https://web.archive.org/web/20200101000000/https://example.org/r}}</ref>",
        "<ref>{{cite web |title=Report |url=https://example.org/r "
        "|archive-url=https://web.archive.org/web/20200101000000/https://example.org/r |archive-date=1 January 2020}}</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
