// Calendar dates: the date a check is run on, and the arithmetic the CS1 date checks need.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citelint::model {

// A day of the calendar (Julian before 1582, Gregorian from 1582 on, as Module:Citation/CS1
// counts); month 1-12, day 1-31.
struct CalendarDate {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

bool is_leap_year(int year);
// Days in a month of a year; 0 for a month outside 1-12.
int days_in_month(int year, int month);
CalendarDate next_day(CalendarDate date);

// "YYYY-MM-DD" naming a real day, or nothing.
std::optional<CalendarDate> parse_iso_date(std::string_view text);

// A date as maintenance marks give it: a year, often a month, sometimes a day (0 when not
// given).
struct PartialDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

class MonthNames;

// The date a mark was placed, written as editors and bots write it: "March 2015", "2015-03",
// "15 March 2015", "March 15, 2015", "2015-03-15", "15.03.2015", "ottobre 2009",
// "2021年3月", "2020年3月22日 (日) 06:41 (UTC)", with stray marks (U+200E, &nbsp;) around;
// month names in the languages `months` knows. Nothing when it is no date.
std::optional<PartialDate> read_mark_date(std::string_view text, const MonthNames& months);

// "March 2015", "15 March 2015", "2015".
std::string format_partial_date(const PartialDate& date);

// Whole months from a date to today (counted from the first of the month when the day is not
// given, from January when the month is not); negative when the date is after today.
int months_between(const PartialDate& from, const CalendarDate& today);

// "11 years and 8 months", "1 year", "3 months", "less than a month".
std::string format_months(int months);

// A month as some language's calendar names it: "Julie" is July in Afrikaans, "Awst" August in
// Welsh. Looked up without case (a trailing full stop ignored) in rules/data/month_names_all.tsv,
// the month names of every language of CLDR (through ICU). English's names are there too.
struct CalendarMonthName {
    int month = 0;              // 1-12
    std::string_view languages; // "af" or "af,fy,nl": every language naming this month so
};
// Every month the word names in some language (one word may name two: "may"); empty when none.
std::vector<CalendarMonthName> month_in_any_language(std::string_view word);

// The month `word` names in `language` (a MediaWiki language code: "af", "be-tarask"; its
// base language's names count when CLDR has none of its own), 1-12; 0 when it names none.
int month_in_language(std::string_view word, std::string_view language);

// Today in UTC, as the wiki's servers count it. Read once, at the command boundary.
CalendarDate current_utc_date();

} // namespace citelint::model
