#include "common.hpp"

namespace citelint::rules {

namespace {

using model::Citation;
using model::CitationParam;

// The values |url-status= may take; any other is refused (err_invalid_param_val) and then
// counts as unset.
bool url_status_keyword(std::string_view v) {
    return v == "dead" || v == "deviated" || v == "live" || v == "unfit" || v == "usurped" ||
           v == "bot: unknown";
}

// The parameters that come in pairs.
enum Paired {
    url_,
    chapter_url_,
    access_date_,
    archive_url_,
    archive_date_,
    url_status_,
    paired_count
};

void check(const Article& a, Sink& sink) {
    static const Cs1Params<paired_count> params(
        {"URL", "ChapterURL", "AccessDate", "ArchiveURL", "ArchiveDate", "UrlStatus"});
    for (const Citation& c : a.citations) {
        // Another wiki's template, or parameters named in its wiki's language ({{یادکرد وب
        // |نشانی=...}}: نشانی is its |url=): which English parameter a name stands for is its
        // module's to say, so a pair cannot be told missing.
        if (!c.cs1 || c.other_wiki_name || c.local_parameter_names) continue;
        const auto given = params.given(c);
        const bool has_url = given[url_] || given[chapter_url_];
        if (const CitationParam* access = given[access_date_]; access && !has_url) {
            Diagnostic& d = sink.report(
                access->name_span,
                fmt::format("|{}= is given but the citation has no |url=", access->name));
            d.help.push_back("add the URL the source was read at, or remove the access date (it "
                             "says when a web page was read)");
        }
        if (const CitationParam* archive = given[archive_url_]) {
            if (!given[archive_date_]) {
                Diagnostic& d =
                    sink.report(archive->name_span,
                                fmt::format("|{}= is given without |archive-date=", archive->name));
                d.help.push_back(
                    "add the date of the archived copy (its timestamp is in the archive URL)");
            }
            if (!has_url) {
                Diagnostic& d = sink.report(
                    archive->name_span,
                    fmt::format("|{}= is given but the citation has no |url= of the original",
                                archive->name));
                d.help.push_back("add the original |url= the archive is a copy of");
            }
        } else if (const CitationParam* status = given[url_status_];
                   status && url_status_keyword(status->value)) {
            // maint_url_status: the module only adds a hidden maintenance category.
            Diagnostic& d =
                sink.report(status->name_span,
                            fmt::format("|{}={} is given without |archive-url=: it has no effect",
                                        status->name, status->value));
            d.help.push_back("|url-status= says which link to show first once an archived copy is "
                             "given: add |archive-url= and |archive-date=, or remove it");
            d.maintenance = true;
        }
    }
    say_if_parameters_lost(a, sink, "the paired parameters");
}

} // namespace

// clang-format off
extern const engine::Rule unpaired_citation_parameter{
    .code = "T003",
    .name = "unpaired-citation-parameter",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation gives a parameter without the one it depends on",
    .docs = {
        .what_it_finds =
            "In a CS1/CS2 citation, as Module:Citation/CS1 checks (any alias of each parameter, "
            "empty values not counting): `access-date` without `url` (or `chapter-url`), "
            "`archive-url` without `archive-date`, and `archive-url` without the original `url`; "
            "and `url-status` (with one of its keywords, `live` too) without `archive-url`, "
            "which the module only tracks in a hidden maintenance category (CS1 maint: "
            "url-status), so that one is reported as info. "
            "Not checked: another wiki's template under its own name ({{Cita web}}) and citations "
            "with parameters named in another language ({{یادکرد وب |نشانی=...}}, "
            "where نشانی is the url): which parameter such a name stands for is that wiki's "
            "module's to say. "
            "In the rendered dialect, where parameters are lost, "
            "it says once that it could not run.",
        .why_it_matters =
            "The module shows a red error (\"|access-date= requires |url=\", "
            "\"|archive-url= requires |archive-date=\", \"|archive-url= requires |url=\") in the "
            "reference and categorises the page; the citation misses what a reader needs to find "
            "or date the source.",
        .example_bad = R"md(<ref>{{cite web |title=Report |archive-url=https://web.archive.org/web/20200101000000/https://example.org/r}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |title=Report |url=https://example.org/r |archive-url=https://web.archive.org/web/20200101000000/https://example.org/r |archive-date=1 January 2020}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/model/citations/citations.cpp: collect_citations"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
