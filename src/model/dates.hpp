// Calendar dates: the date a check is run on, and the arithmetic the CS1 date checks need.
#pragma once

#include <compare>
#include <optional>
#include <string_view>

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

// Today in UTC, as the wiki's servers count it. Read once, at the command boundary.
CalendarDate current_utc_date();

} // namespace citelint::model
