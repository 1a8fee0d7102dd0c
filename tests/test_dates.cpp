// Calendar arithmetic, and the CS1 date checks (model/citations/cs1_dates) shape by shape.
#include <catch2/catch.hpp>

#include "src/model/citations/catalogue.hpp"
#include "src/model/citations/cs1_dates.hpp"
#include "src/model/citations/dates.hpp"

#include <fmt/format.h>

using namespace citelint;
using model::CalendarDate;
using model::cs1::DateRole;

namespace {

const std::optional<CalendarDate> today = CalendarDate{2026, 11, 28};

std::string problem(std::string_view value, DateRole role = DateRole::date,
                    std::optional<CalendarDate> on = today) {
    return model::cs1::date_problem(value, role, on).value_or(model::cs1::DateProblem{}).words;
}

bool unread(std::string_view value) {
    const auto p = model::cs1::date_problem(value, DateRole::date, today);
    return p && p->unread;
}

bool accepted(std::string_view value, DateRole role = DateRole::date) {
    return !model::cs1::date_problem(value, role, today);
}

} // namespace

TEST_CASE("leap years: Julian before 1582, Gregorian after") {
    CHECK(model::is_leap_year(1500));  // Julian: every fourth year
    CHECK(!model::is_leap_year(1900)); // Gregorian: not a century unless by 400
    CHECK(model::is_leap_year(2000));
    CHECK(model::is_leap_year(2024));
    CHECK(!model::is_leap_year(2023));
    CHECK(model::days_in_month(1500, 2) == 29);
    CHECK(model::days_in_month(1900, 2) == 28);
    CHECK(model::days_in_month(2010, 4) == 30);
    CHECK(model::days_in_month(2010, 13) == 0);
}

TEST_CASE("the next day rolls over months and years") {
    CHECK(model::next_day({2010, 1, 31}) == CalendarDate{2010, 2, 1});
    CHECK(model::next_day({2024, 2, 28}) == CalendarDate{2024, 2, 29});
    CHECK(model::next_day({2023, 2, 28}) == CalendarDate{2023, 3, 1});
    CHECK(model::next_day({2026, 12, 31}) == CalendarDate{2027, 1, 1});
}

TEST_CASE("ISO dates for --today and fixtures") {
    CHECK(model::parse_iso_date("2026-11-28") == CalendarDate{2026, 11, 28});
    CHECK(model::parse_iso_date("2024-02-29"));
    CHECK(!model::parse_iso_date("2023-02-29"));
    CHECK(!model::parse_iso_date("2026-13-01"));
    CHECK(!model::parse_iso_date("2026-1-1"));
    CHECK(!model::parse_iso_date("tomorrow"));
    CHECK(!model::parse_iso_date(""));
}

TEST_CASE("every accepted shape") {
    for (const char* v : {
             "2010-02-03",                    // YYYY-MM-DD
             "March 3, 2010",                 // Month D, YYYY
             "3 March 2010",                  // D Month YYYY
             "Mar 3, 2010",                   // abbreviated
             "3 Mar 2010",                    //
             "3 March 999",                   // a three-digit year
             "March 3–9, 2010",               // day range, en dash
             "3–9 March 2010",                //
             "3 March – 9 April 2010",        // spaced en-dash ranges
             "March 3 – April 9, 2010",       //
             "3 March 2010 – 9 April 2011",   //
             "March 3, 2010 – April 9, 2011", //
             "March 2010",                    // Month YYYY
             "Mar 2010",                      //
             "March–April 2010",              // Month–Month YYYY
             "Mar–Apr 2010",                  //
             "May–June 2010",                 // May is both long and short
             "March 2010 – April 2011",       // Month YYYY – Month YYYY
             "December 2010 – January 2011",  // the months' order does not matter across years
             "Winter 2010",                   // seasons, quarters, named dates
             "Autumn 2010",                   //
             "Fall 2010",                     //
             "First Quarter 2010",            //
             "Third  Quarter 2010",           // runs of spaces fold
             "Christmas 2010",                //
             "Easter 2010",                   //
             "Winter–Spring 2010",            // season ranges
             "Summer–Spring 2010",            // any two different seasons
             "Winter 2010 – Spring 2011",     //
             "Winter 2009–10",                // Winter/Summer spanning two years
             "Summer 2009–2010",              //
             "2009–2010",                     // year ranges
             "2009–13",                       //
             "999–1010",                      //
             "2010",                          // YYYY
             "999",                           // YYY
             "2010a",                         // CITEREF disambiguators
             "3 March 2010b",                 //
             "March 2010c",                   //
             "2009–2010a",                    //
             "c. 1900",                       // circa
             "c. 1900a",                      //
             "n.d.",                          // no date
             "nd",                            //
             "n.d.b",                         //
         }) {
        INFO(v);
        CHECK(problem(v) == "");
    }
}

TEST_CASE("hyphens in ranges are accepted: the module makes them en dashes (a maint only)") {
    CHECK(accepted("2009-2010"));
    CHECK(accepted("3-9 March 2010"));
    CHECK(accepted("March 3-9, 2010"));
    CHECK(accepted("March-April 2010"));
    CHECK(accepted("3 March - 9 April 2010"));
    CHECK(accepted("Winter 2009-10"));
}

TEST_CASE("shapes the module refuses") {
    for (const char* v : {
             "2010/02/03",     //
             "03-02-2010",     //
             "2010-2-3",       // YYYY-MM-DD needs two-digit month and day
             "2010–02–03",     // ... and hyphens
             "2010-02-03a",    // no disambiguator on YYYY-MM-DD
             "March 03, 2010", // no leading zero on a day
             "03 March 2010",  //
             "March 3 2010",   // the comma
             "3 March, 2010",  //
             "March 3,2010",   //
             "2010 March 3",   // not at en.wiki
             "March 2010ab",   //
             "20100",          //
             "10",             //
             "2010—2011",      // an em dash
             "2010 – 2011",    // a spaced year range
             "[[2010]]",       //
             "3&nbsp;March 2010",
             "Mid-2010", //
             "c.1900",   //
         }) {
        INFO(v);
        CHECK(problem(v) == " is not a date format CS1 accepts");
    }
}

TEST_CASE("month names: spelled right, full or three letters, with a guess") {
    CHECK(problem("Febuary 2010") == ": unknown month name, did you mean February?");
    CHECK(problem("3 Febuary 2010") == ": unknown month name, did you mean February?");
    CHECK(problem("Sept 2010") == ": unknown month name, did you mean September?");
    CHECK(problem("Jan. 2010") == ": unknown month name, did you mean Jan?");
    CHECK(problem("march 3, 2010") == ": unknown month name, did you mean March?");
    CHECK(problem("Sumer 2010") == ": unknown month name, did you mean Summer?");
    CHECK(problem("Brumaire 2010") == ": unknown month name \"Brumaire\"");
    CHECK(problem("März 2010").find("unknown month name") != std::string::npos);
    CHECK(problem("Summer 3, 2010") == ": \"Summer\" is not a month");
    CHECK(problem("circa 1900") == ": unknown month name \"circa\"");
}

TEST_CASE("real days only") {
    CHECK(problem("31 February 2010") == " is not a real date (February 2010 has 28 days)");
    CHECK(problem("2010-02-29") == " is not a real date (February 2010 has 28 days)");
    CHECK(problem("April 31, 2010") == " is not a real date (April 2010 has 30 days)");
    CHECK(problem("2010-13-01") == " is not a real date (there is no month 13)");
    CHECK(problem("2010-00-01") == " is not a real date (there is no month 0)");
    CHECK(problem("2010-01-00") == " is not a real date (there is no day 0)");
    CHECK(problem("29–30 February 2010") == " is not a real date (February 2010 has 28 days)");
    CHECK(problem("30 January – 30 February 2010") ==
          " is not a real date (February 2010 has 28 days)");
    CHECK(accepted("29 February 2024"));
    CHECK(accepted("29 February 2000"));
    CHECK(problem("29 February 1900") == " is not a real date (February 1900 has 28 days)");
    CHECK(accepted("29 February 1500")); // Julian
    CHECK(problem("29 February 1501") == " is not a real date (February 1501 has 28 days)");
    CHECK(accepted("31 December 2010"));
    CHECK(accepted("1582-10-15"));
    CHECK(problem("1500-02-29") == ": YYYY-MM-DD dates must be 1582 or later");
}

TEST_CASE("ranges run from earlier to later and months share one style") {
    CHECK(problem("9–3 March 2010") == ": a range must run from earlier to later");
    CHECK(problem("3–3 March 2010") == ": a range must run from earlier to later");
    CHECK(problem("April–March 2010") == ": a range must run from earlier to later");
    CHECK(problem("3 April – 9 March 2010") == ": a range must run from earlier to later");
    CHECK(problem("2011–2010") == ": a range must run from earlier to later");
    CHECK(problem("2010–2010") == ": a range must run from earlier to later");
    CHECK(problem("2010 March – 2011 April") == " is not a date format CS1 accepts");
    CHECK(problem("Winter–Winter 2010") == ": a range must run from earlier to later");
    CHECK(problem("Jan–March 2010") ==
          ": months in a range must be both full names or both abbreviations");
    CHECK(problem("3 March 2010 – 9 Apr 2011") ==
          ": months in a range must be both full names or both abbreviations");
    CHECK(problem("3 March 2010 – 9 April 2010") ==
          ": a range within one year gives the year once, at its end");
    CHECK(problem("March 2010 – April 2010") ==
          ": a range within one year gives the year once, at its end");
    CHECK(problem("March–Winter 2010") ==
          ": a range joins two months or two seasons, not one of each");
    CHECK(problem("Spring 2009–10") == ": only Winter and Summer may span two years");
    CHECK(problem("Winter 2009–2011") == ": a season may span only two consecutive years");
    CHECK(problem("2003–05") == ": 2003–05 could be a month; write the second year in full");
    CHECK(problem("2010-11") == ": 2010-11 could be a month; write the second year in full");
    CHECK(unread("2010-11")); // YYYY-MM is a format some wikis' modules accept
}

TEST_CASE("seasons, quarters, named dates, c. and n.d. only where the module takes them") {
    CHECK(problem("Winter 2010", DateRole::archive_date) ==
          ": seasons are accepted only in |date=");
    CHECK(problem("First Quarter 2010", DateRole::publication_date) ==
          ": quarters are accepted only in |date=");
    CHECK(problem("Christmas 2010", DateRole::lay_date) ==
          ": named dates are accepted only in |date=");
    CHECK(accepted("March 2010", DateRole::archive_date));
    CHECK(accepted("c. 1900", DateRole::year));
    CHECK(problem("c. 1900", DateRole::archive_date) ==
          ": \"c.\" is accepted only in |date= and |year=");
    CHECK(problem("n.d.", DateRole::publication_date) == ": \"n.d.\" is accepted only in |date=");
    CHECK(problem("nd", DateRole::year) == ": \"nd\" is accepted only in |date=");
}

TEST_CASE("|year= beside |date= is a year alone") {
    CHECK(accepted("2010", DateRole::year));
    CHECK(accepted("2010a", DateRole::year));
    CHECK(accepted("999", DateRole::year));
    for (const char* v : {"2009–2010", "March 2010", "0999", "99", "2010ab"}) {
        INFO(v);
        CHECK(problem(v, DateRole::year) ==
              " is not a year: beside |date=, |year= holds one year of 3 or 4 digits");
    }
}

TEST_CASE("years: at most next year, two ahead for an embargo") {
    CHECK(accepted("2027"));
    CHECK(accepted("31 December 2027"));
    CHECK(problem("2028") == " is in the future: CS1 accepts years up to 2027");
    CHECK(problem("2026–2028") == " is in the future: CS1 accepts years up to 2027");
    CHECK(problem("c. 2030") == " is in the future: CS1 accepts years up to 2027");
    CHECK(problem("December 2028") == " is in the future: CS1 accepts years up to 2027");
    CHECK(accepted("2028-06-01", DateRole::pmc_embargo_date));
    CHECK(problem("2029-06-01", DateRole::pmc_embargo_date) ==
          " is in the future: CS1 accepts years up to 2028");
    // Without today, the limit is not checked.
    CHECK(problem("2099", DateRole::date, std::nullopt) == "");
}

TEST_CASE("access dates: one full date from 2001-01-15 to tomorrow") {
    CHECK(accepted("2001-01-15", DateRole::access_date));
    CHECK(problem("2001-01-14", DateRole::access_date) ==
          " is before Wikipedia began (15 January 2001)");
    CHECK(problem("14 January 2001", DateRole::access_date) ==
          " is before Wikipedia began (15 January 2001)");
    CHECK(accepted("28 November 2026", DateRole::access_date));  // today
    CHECK(accepted("November 29, 2026", DateRole::access_date)); // tomorrow: time zones
    CHECK(problem("2026-11-30", DateRole::access_date) == " is in the future");
    CHECK(problem("2099-01-01", DateRole::access_date) == " is in the future");
    CHECK(problem("2099-01-01", DateRole::access_date, std::nullopt) == "");
    for (const char* v : {"November 2026", "2010", "3–9 March 2010", "Spring 2010"}) {
        INFO(v);
        CHECK(problem(v, DateRole::access_date) ==
              " is not one full date (a day, a month and a year)");
    }
    CHECK(problem("31 February 2010", DateRole::access_date) ==
          " is not a real date (February 2010 has 28 days)");
    CHECK(problem("n.d.", DateRole::access_date) == ": \"n.d.\" is accepted only in |date=");
    CHECK(problem("March 2010", DateRole::pmc_embargo_date) ==
          " is not one full date (a day, a month and a year)");
}

TEST_CASE("|year= agrees with |date= as year_date_check() compares them") {
    using model::cs1::year_agrees_with_date;
    CHECK(year_agrees_with_date("2010", "5 May 2010"));
    CHECK(!year_agrees_with_date("2011", "5 May 2010"));
    CHECK(year_agrees_with_date("2010a", "2010-05-05"));
    CHECK(!year_agrees_with_date("2011a", "2010-05-05"));
    CHECK(year_agrees_with_date("2011", "2010–2011"));
    CHECK(year_agrees_with_date("2010", "2010–11"));
    CHECK(year_agrees_with_date("2011", "Winter 2010–11"));
    CHECK(!year_agrees_with_date("2012", "2010–11"));
    CHECK(year_agrees_with_date("2011", "3 March 2010 – 9 April 2011"));
    CHECK(year_agrees_with_date("1900", "c. 1900"));
    CHECK(!year_agrees_with_date("2010", "n.d."));
}

TEST_CASE("a value that does not read as an English date is marked unread") {
    CHECK(unread("2010/02/03"));
    CHECK(unread("Febuary 2010"));
    CHECK(unread("18 august 2008"));
    CHECK(!unread("31 February 2010"));
    CHECK(!unread("9–3 March 2010"));
    CHECK(!unread("Summer 3, 2010")); // a known name in the wrong place
}

TEST_CASE("dates in another language than English") {
    using model::cs1::foreign_date_word;
    for (const char* v :
         {"18 august 2008", "26. juli 2007", "18 de agosto de 2008", "10ma di februaro 2013",
          "9 серпня 2000", "2014年11月5日", "ngày 18 tháng 8 năm 2008",
          // the dotted numeric day-month-year of de, sr, sh, pl, ... wikis
          "17. 9. 2010", "17.09.2010.", "1.2.1999",
          // capitalised month names of other languages, some a letter from English ones
          "1 Julie 2008", "Junie 2010", "5 Mei 2011", "Oktober 2009", "Maart 2012", "18 Awst 2008",
          // ISO 8601's year and month, which only English Wikipedia's module refuses
          "2011-05"}) {
        INFO(v);
        CHECK(foreign_date_word(v));
    }
    CHECK(foreign_date_word("1 Julie 2008") == "Julie");
    CHECK(foreign_date_word("9 серпня 2000") == "серпня");
    // The price of not knowing the page's wiki: an English word in lower case reads as
    // another language too.
    CHECK(foreign_date_word("Census year 2000") == "year");
    // A capitalised word that is no language's month is checked as English ("Updated 2006",
    // "Febuary 2010"), and so is every value with no letters ("2009-2").
    for (const char* v :
         {"18 August 2008", "2010-05-05", "c. 1900", "n.d.", "nd", "2010a", "3 March 2010b",
          "Febuary 2010", "2010–2011", "17. 9. 20100", "2010.05.05", "Updated 2006",
          "18 Xyzzy 2008", "2009-2", "2011-13", "2003–05"}) {
        INFO(v);
        CHECK(!foreign_date_word(v));
    }
}

TEST_CASE("month names of every language, from CLDR") {
    const auto julie = model::month_in_any_language("Julie");
    REQUIRE(julie.size() == 1);
    CHECK(julie[0].month == 7);
    CHECK(julie[0].languages == "af");
    CHECK(model::month_in_any_language("AWST.").at(0).month == 8);
    CHECK(model::month_in_any_language("Серпня").at(0).month == 8);
    CHECK(model::month_in_any_language("Updated").empty());
    // One word, two months: "may" is May in English, October in Duala.
    CHECK(model::month_in_any_language("may").size() >= 2);
}

TEST_CASE("the dates of maintenance marks, in the forms editors and bots write them") {
    const auto& months = model::Catalogues::builtin().months;
    auto read = [&](std::string_view text) {
        const auto d = model::read_mark_date(text, months);
        return d ? fmt::format("{}-{}-{}", d->year, d->month, d->day) : std::string("none");
    };
    CHECK(read("March 2015") == "2015-3-0");
    CHECK(read("march 2015") == "2015-3-0");
    CHECK(read("2015-03") == "2015-3-0");
    CHECK(read("March 2015\u200e") == "2015-3-0");
    CHECK(read("15 March 2015") == "2015-3-15");
    CHECK(read("March 15, 2015") == "2015-3-15");
    CHECK(read("2015-03-15") == "2015-3-15");
    CHECK(read("15.03.2015") == "2015-3-15");
    CHECK(read("ottobre 2009") == "2009-10-0");
    CHECK(read("juillet 2019") == "2019-7-0");
    CHECK(read("15 de marzo de 2015") == "2015-3-15");
    CHECK(read("Oktober 2014") == "2014-10-0");
    CHECK(read("марта 2012") == "2012-3-0");
    CHECK(read("październik 2010") == "2010-10-0");
    CHECK(read("2021年3月") == "2021-3-0");
    CHECK(read("2020年3月22日 (日) 06:41 (UTC)") == "2020-3-22");
    CHECK(read("2015") == "2015-0-0");
    CHECK(read("sometime") == "none");
    CHECK(read("31 February 2015") == "none");
    CHECK(read("2015-13") == "none");
}

TEST_CASE("the age of a mark in months and words") {
    const CalendarDate day{2026, 11, 28};
    CHECK(model::months_between({2015, 3, 0}, day) == 140);
    CHECK(model::format_months(140) == "11 years and 8 months");
    CHECK(model::months_between({2026, 11, 29}, {2026, 12, 28}) == 0);
    CHECK(model::format_months(0) == "less than a month");
    CHECK(model::format_months(12) == "1 year");
    CHECK(model::format_months(1) == "1 month");
    CHECK(model::months_between({2030, 0, 0}, day) < 0);
    CHECK(model::format_partial_date({2015, 3, 15}) == "15 March 2015");
    CHECK(model::format_partial_date({2015, 0, 0}) == "2015");
}
