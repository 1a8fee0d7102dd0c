#include "../../src/model/citations/cs1_dates.hpp"
#include "common.hpp"
#include "cs1_arguments.hpp"

namespace citelint::rules {

namespace {

namespace cs1 = model::cs1;
using cs1::DateRole;
using model::Citation;
using model::CitationParam;

// A value whose text the module sees only after expansion (a template, a tag that becomes a
// strip marker): what it checks cannot be known from the wikitext.
bool expanded_later(std::string_view v) {
    return v.find("{{") != std::string_view::npos || v.find('<') != std::string_view::npos;
}

// The date-holding parameters, as the module takes them from their aliases.
enum Held {
    date_,
    year_,
    published_,
    accessed_,
    archived_,
    embargo_,
    lay_,
    doi_broken_,
    held_count
};

std::array<const CitationParam*, held_count> dates_of(const Citation& c) {
    static const Cs1Params<held_count> params({"Date", "Year", "PublicationDate", "AccessDate",
                                               "ArchiveDate", "Embargo", "LayDate", "DoiBroken"});
    return params.given(c);
}

bool checked(const Citation& c) {
    return c.cs1 && !c.other_wiki_name;
}

// The value with each month name of `language` replaced by the English one ("1 Julie 2008" ->
// "1 July 2008"); nothing when it names no month of that language.
std::optional<std::string> in_english(std::string_view value, std::string_view language) {
    std::string out;
    bool replaced = false;
    for (std::size_t i = 0; i < value.size();) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            out += value[i++];
            continue;
        }
        std::size_t end = i;
        while (end < value.size()) {
            const unsigned char e = static_cast<unsigned char>(value[end]);
            if (!(e >= 0x80 || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z'))) break;
            ++end;
        }
        const std::string_view word = value.substr(i, end - i);
        const int month = model::month_in_language(word, language);
        if (month > 0 && cs1::english_month(month) != word) {
            out += cs1::english_month(month);
            replaced = true;
            if (end < value.size() && value[end] == '.') ++end; // an abbreviation's full stop
        } else {
            out += word;
        }
        i = end;
    }
    if (!replaced) return std::nullopt;
    return out;
}

struct Checker {
    const Article& a;
    Sink& sink;
    // The values left unchecked because they are written for another language's module: how
    // many, the first, and the word that showed it.
    std::size_t foreign = 0;
    const CitationParam* first_foreign = nullptr;
    std::string_view foreign_word;

    // English Wikipedia's page, as the page's wiki says and its look confirms
    // (english_wikipedia_page()): decided once, when a value first needs it.
    int english = -1;
    bool english_site() {
        if (english < 0)
            english = a.options.site && !a.options.site_from_page && a.options.site->english() &&
                      english_wikipedia_page(a);
        return english == 1;
    }

    // Reports the parameter when its value is refused; says whether it was accepted.
    bool accepts(const CitationParam* p, DateRole role) {
        if (!p || expanded_later(p->value)) return false;
        auto problem = cs1::date_problem(p->value, role, a.options.today);
        if (!problem) return true;
        // Another known wiki's month names, read as the English ones they are ("1 Julie 2008"
        // on af.wiki is 1 July 2008): a date its module takes is accepted, one no calendar has
        // ("31 Februarie 2010") or out of CS1's limits is refused. A shape English does not
        // write is left to the foreign-value rule below.
        if (const model::Site* site = a.options.site; problem->unread && site && !site->english()) {
            if (const auto english = in_english(p->value, site->language)) {
                auto translated = cs1::date_problem(*english, role, a.options.today);
                if (!translated) return true;
                // A wiki known only from the page's dump accepts, never refuses.
                if (!translated->unread && !a.options.site_from_page)
                    problem = std::move(translated);
            }
        }
        // Another wiki's module reads its own month names and formats besides the English
        // ones: what does not read as English may be right there. Decided for each value: a
        // value with no word of another language is checked whatever the rest of the page.
        // On English Wikipedia (the page's wiki known) the English module is the one.
        if (problem->unread && !english_site()) {
            if (const auto word = cs1::foreign_date_word(p->value)) {
                if (foreign++ == 0) first_foreign = p, foreign_word = *word;
                return false;
            }
        }
        Diagnostic& d = sink.report(trimmed_span(a, p->value_span),
                                    fmt::format("|{}={}{}", p->name, p->value, problem->words));
        d.help.push_back(help_for(role));
        return false;
    }

    // Once per page: what was not checked, and why.
    void say_what_was_not_checked() {
        if (foreign == 0) return;
        std::string why = fmt::format("\"{}\"", foreign_word);
        if (const auto months = model::month_in_any_language(foreign_word); !months.empty()) {
            // "is July in af", "is July in bs, da, de and 19 other languages"
            std::string_view languages = months.front().languages;
            std::string named;
            std::size_t count = 0;
            for (std::size_t comma = 0; !languages.empty(); ++count) {
                comma = languages.find(',');
                if (count < 3)
                    named +=
                        fmt::format("{}{}", named.empty() ? "" : ", ", languages.substr(0, comma));
                languages = comma == std::string_view::npos ? "" : languages.substr(comma + 1);
            }
            why += fmt::format(" is {} in {}", cs1::english_month(months.front().month), named);
            if (count > 3) why += fmt::format(" and {} other languages", count - 3);
        } else if (std::none_of(foreign_word.begin(), foreign_word.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              static_cast<unsigned char>(c) >= 0x80;
                   })) {
            why += foreign_word.find('.') == std::string_view::npos ? " is written year-month"
                                                                    : " is written day.month.year";
        } else if (static_cast<unsigned char>(foreign_word.front()) < 0x80) {
            why += " is no English month name";
        } else {
            why += " is not English";
        }
        const std::string_view dates = foreign == 1 ? "date" : "dates";
        Diagnostic& d = sink.report(
            trimmed_span(a, first_foreign->value_span),
            a.options.site && !a.options.site->english()
                ? fmt::format("could not check {} {} written for {}'s citation module ({})",
                              foreign, dates, a.options.site->dbname, why)
                : fmt::format("could not check {} {} that may be written for another language's "
                              "citation module ({})",
                              foreign, dates, why));
        d.limitation = true;
    }

    static std::string help_for(DateRole role) {
        switch (role) {
        case DateRole::access_date:
            return "give the day the source was read, as 5 May 2010, May 5, 2010 or 2010-05-05";
        case DateRole::pmc_embargo_date:
            return "give the day the embargo ends, as 5 May 2010, May 5, 2010 or 2010-05-05";
        case DateRole::year:
            return "give the year alone, as 2010 (or 2010a to tell two works of a year apart); "
                   "or keep only |date=";
        default:
            return "CS1 takes dates as 5 May 2010, May 5, 2010, 2010-05-05, May 2010 or 2010, and "
                   "ranges with an en dash, as 5–7 May 2010, May–June 2010 or 2010–2011";
        }
    }
};

void check(const Article& a, Sink& sink) {
    Checker checker{a, sink, 0, nullptr, {}, -1};
    for (const Citation& c : a.citations) {
        if (!checked(c)) continue;
        const auto held = dates_of(c);
        const CitationParam* date = held[date_];
        const CitationParam* year = held[year_];
        const CitationParam* published = held[published_];
        // With no |date=, the module checks |year= as the date, or else |publication-date=.
        const CitationParam* as_date = date ? date : year ? year : published;
        if (published && as_date && published->value == as_date->value) published = nullptr;
        const bool date_ok = checker.accepts(as_date, DateRole::date);
        if (date) {
            // |year= beside |date=: a year only, and the year the date holds.
            if (checker.accepts(year, DateRole::year) && date_ok &&
                !cs1::year_agrees_with_date(year->value, date->value)) {
                Diagnostic& d = sink.report(trimmed_span(a, year->value_span),
                                            fmt::format("|{}={} does not match |{}={}", year->name,
                                                        year->value, date->name, date->value));
                d.help.push_back("correct one of them, or keep only |date= (|year= is needed "
                                 "beside a YYYY-MM-DD date only to tell two works apart, as "
                                 "2010a)");
            }
        }
        checker.accepts(published, DateRole::publication_date);
        checker.accepts(held[accessed_], DateRole::access_date);
        checker.accepts(held[archived_], DateRole::archive_date);
        checker.accepts(held[embargo_], DateRole::pmc_embargo_date);
        checker.accepts(held[lay_], DateRole::lay_date);
        checker.accepts(held[doi_broken_], DateRole::doi_broken_date);
    }
    checker.say_what_was_not_checked();
    say_if_parameters_lost(a, sink, "the dates");
}

} // namespace

// clang-format off
extern const engine::Rule invalid_citation_date{
    .code = "T015",
    .name = "invalid-citation-date",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation's date is not one CS1 accepts",
    .docs = {
        .what_it_finds =
            "The date-holding parameters of a CS1/CS2 citation (a template of "
            "rules/data/citation_templates.tsv), checked as Module:Citation/CS1 checks them "
            "(\"Check date values in: ...\"): `date` (and `air-date`), `year`, `publication-date`, "
            "`access-date`, `archive-date`, `pmc-embargo-date`, `lay-date` and `doi-broken-date`, "
            "under any alias. "
            "A date must have one of the MOS:DATEFORMAT shapes the module accepts (5 May 2010, "
            "May 5, 2010, 2010-05-05 from 1582 on, May 2010, 2010, day, month and year ranges with "
            "an en dash or a hyphen, and in `date` seasons, quarters, Christmas and Easter, "
            "`c. 1900` and `n.d.`), month names spelled as the module knows them (full or three "
            "letters), a day the month has (Julian leap years before 1582, Gregorian after), "
            "a year no later than next year (two years ahead for `pmc-embargo-date`), "
            "and a trailing letter that tells two works of a year apart. "
            "`access-date` must be one full date from 15 January 2001 to tomorrow, "
            "`pmc-embargo-date` one full date. "
            "Beside a `date`, `year` must be a year alone and one the date holds; "
            "without a `date`, `year` (or else `publication-date`) is checked as the date, "
            "as the module promotes it. "
            "One diagnostic per failing parameter, at its value. "
            "Not checked: values holding a template or a tag (the module sees them only expanded), "
            "and the citations of templates under a translated name (`{{Cita web}}`, "
            "marked in rules/data/citation_templates.tsv). "
            "Other wikis run their own copy of the module, which reads that wiki's month names and "
            "formats besides the English ones; so a value that does not read as an English date is "
            "not reported when it is written for another language: letters outside ASCII (9 серпня "
            "2000, 2010年5月5日), a lower-case word that is no English date word (18 august 2008, "
            "26. juli 2007; English month names are capitalised), a capitalised name that is "
            "another language's month and does not begin an English one (1 Julie 2008, "
            "Oktober 2009 in Afrikaans, 18 Awst 2008 in Welsh: the month names of every language "
            "of CLDR, rules/data/month_names_all.tsv; \"Sept\" is still checked), "
            "the dotted numeric day-month-year of German and Slavic wikis (17. 9. 2010), "
            "or ISO's year and month (2011-05), which only English Wikipedia's module refuses. "
            "This is decided for each value, never for the page: a value with no such word is "
            "checked whatever the rest of the page holds (2009-2, Updated 2006), "
            "and the values left unchecked are counted in one info per page that names the word "
            "that showed the language (\"Julie\" is July in af). "
            "Faults that hold in any language (a day the month has not, a future year, "
            "a range that runs backwards) are still reported there. "
            "The limits that depend on today use the date given by `--today` (by default "
            "the real date). "
            "In the rendered dialect, where parameters are lost, "
            "it says once that it could not run.",
        .why_it_matters =
            "The module shows a red \"Check date values in: |date=\" error in the reference and "
            "puts the page in Category:CS1 errors: dates. "
            "A malformed or impossible date may be a typo for another date, "
            "breaks the CITEREF anchor that short citations ({{sfn}}) link to, "
            "and is left out of the citation's metadata.",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |date=31 Febuary 2010 |access-date=2010-13-01}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |date=28 February 2010 |access-date=2010-12-01}}</ref>)md",
        .options =
            "None. "
            "The command line's `--today YYYY-MM-DD` sets the day counted as today.",
    },
    .relies_on = {
        "src/model/citations/citations.cpp: collect_citations",
        "src/model/citations/cs1_dates.cpp: date_problem",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
