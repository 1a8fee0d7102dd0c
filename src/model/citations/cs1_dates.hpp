// Module:Citation/CS1's date checks (Date_validation.lua: dates(), check_date(),
// year_date_check()): the shapes of the MOS:DATEFORMAT subset it accepts, real days, the
// limits that depend on today, and in words what is wrong with a value it refuses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dates.hpp"

namespace citelint::model::cs1 {

// The key under which the module checks a date-holding parameter; the checks differ by key.
enum class DateRole {
    date,             // |date= (or an alias), or |year= or |publication-date= promoted to it
    year,             // |year= beside a |date=: one year only
    publication_date, // |publication-date= beside a |date= or |year=
    access_date,      // one full date, from 2001-01-15 to tomorrow
    archive_date,
    pmc_embargo_date, // one full date, up to two years ahead
    lay_date,
    doi_broken_date,
};

struct DateProblem {
    // What is wrong, as words that follow "|param=value" (" is not a real date (...)",
    // ": unknown month name, did you mean February?").
    std::string words;
    // The value did not read as an English date: its shape or a name in it is unknown. A wiki
    // whose module knows its own month names and formats may accept it.
    bool unread = false;
};

// What is wrong with a date value checked in a role; nothing when the module accepts it.
// Without `today`, the limits that need it are not checked.
std::optional<DateProblem> date_problem(std::string_view value, DateRole role,
                                        const std::optional<model::CalendarDate>& today);

// The word that shows a date value written in another language than English, or nothing:
// letters outside ASCII, a word in lower case that is no English date word (English month
// names are capitalised; many languages write theirs in lower case, "18 august 2008", "26.
// juli 2007"), a capitalised name that is another language's month and no English one ("1
// Julie 2008", "18 Awst 2008": rules/data/month_names_all.tsv); a dotted numeric date
// ("18.08.2008", as many wikis write them) or an ISO year and month ("2011-05", which English
// Wikipedia's module alone refuses) is one as a whole.
std::optional<std::string_view> foreign_date_word(std::string_view value);

// "January" for 1, ..., "December" for 12.
std::string_view english_month(int month);

// year_date_check(): whether |year= names a year that |date= holds. Both values are ones
// date_problem() accepts.
bool year_agrees_with_date(std::string_view year, std::string_view date);

} // namespace citelint::model::cs1
