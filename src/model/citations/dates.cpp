#include "dates.hpp"

#include <array>
#include <chrono>
#include <vector>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "../../unicode/properties.hpp"
#include "../text.hpp"
#include "../tsv.hpp"
#include "catalogue.hpp"

namespace citelint::data {
extern const char* const month_names_all_tsv; // from rules/data/month_names_all.tsv
}

namespace citelint::model {

bool is_leap_year(int year) {
    if (year < 1582) return year % 4 == 0; // Julian
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int days_in_month(int year, int month) {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return lengths[month - 1];
}

CalendarDate next_day(CalendarDate date) {
    if (++date.day <= days_in_month(date.year, date.month)) return date;
    date.day = 1;
    if (++date.month <= 12) return date;
    date.month = 1;
    ++date.year;
    return date;
}

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t length) {
        int n = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    const CalendarDate date{number(0, 4), number(5, 2), number(8, 2)};
    if (date.year < 1 || date.day < 1 || date.day > days_in_month(date.year, date.month))
        return std::nullopt;
    return date;
}

namespace {

struct DateToken {
    std::string_view text;
    bool number = false;
};

// Digits, words (letters of any script) and the CJK date units, with everything else a
// separator.
std::vector<DateToken> date_tokens(std::string_view text) {
    std::vector<DateToken> out;
    std::size_t i = 0;
    auto is_letter = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
    };
    static constexpr std::array<std::string_view, 3> units = {"年", "月", "日"};
    // Invisible and spacing characters that editors paste around dates.
    static constexpr std::array<std::string_view, 6> blanks = {"\u200e", "\u200f", "\u200b",
                                                               "\u00a0", "\u202f", "&nbsp;"};
    auto starts = [&](std::size_t at, const auto& words) -> std::size_t {
        for (std::string_view w : words)
            if (text.substr(at, w.size()) == w) return w.size();
        return 0;
    };
    while (i < text.size()) {
        if (const std::size_t unit = starts(i, units)) {
            out.push_back({text.substr(i, unit), false});
            i += unit;
            continue;
        }
        if (const std::size_t blank = starts(i, blanks)) {
            i += blank;
            continue;
        }
        std::size_t j = i + 1;
        if (ascii_digit(text[i])) {
            while (j < text.size() && ascii_digit(text[j]))
                ++j;
            out.push_back({text.substr(i, j - i), true});
        } else if (is_letter(text[i])) {
            while (j < text.size() && is_letter(text[j]) && !starts(j, units) && !starts(j, blanks))
                ++j;
            out.push_back({text.substr(i, j - i), false});
        }
        i = j;
    }
    return out;
}

int to_int(std::string_view digits) {
    int n = 0;
    for (char c : digits.substr(0, 9))
        n = n * 10 + (c - '0');
    return n;
}

bool valid(const PartialDate& d) {
    if (d.year < 1 || d.year > 9999) return false;
    if (d.month == 0) return d.day == 0;
    if (d.month > 12) return false;
    return d.day == 0 || (d.day >= 1 && d.day <= days_in_month(d.year, d.month));
}

} // namespace

std::optional<PartialDate> read_mark_date(std::string_view text, const MonthNames& months) {
    const std::vector<DateToken> tokens = date_tokens(text);
    PartialDate d;
    // East Asian dates: 2021年3月, 2020年3月22日 (日) 06:41 (UTC).
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (!tokens[k].number) continue;
        const std::string_view unit = tokens[k + 1].text;
        int& field = unit == "年" ? d.year : unit == "月" ? d.month : unit == "日" ? d.day : d.year;
        if (unit == "年" || unit == "月" || unit == "日") {
            if (field == 0) field = to_int(tokens[k].text);
        }
    }
    if (d.year != 0) return valid(d) ? std::optional(d) : std::nullopt;

    std::vector<std::string_view> numbers;
    int month_word = 0;
    for (const DateToken& t : tokens) {
        if (t.number) {
            numbers.push_back(t.text);
        } else if (month_word == 0) {
            month_word = months.month(t.text);
        }
    }
    if (numbers.empty() || numbers.size() > 3) return std::nullopt;
    if (month_word != 0) {
        // "March 2015", "15 March 2015", "March 15, 2015", "15 de marzo de 2015".
        d.month = month_word;
        for (std::string_view n : numbers) {
            if (n.size() == 4 && d.year == 0)
                d.year = to_int(n);
            else if (n.size() <= 2 && d.day == 0)
                d.day = to_int(n);
            else
                return std::nullopt;
        }
    } else if (numbers.size() == 1 && numbers[0].size() == 8) {
        // 20150315
        d = {to_int(numbers[0].substr(0, 4)), to_int(numbers[0].substr(4, 2)),
             to_int(numbers[0].substr(6, 2))};
    } else if (numbers.front().size() == 4) {
        // 2015, 2015-03, 2015-03-15
        d.year = to_int(numbers[0]);
        if (numbers.size() > 1) d.month = numbers[1].size() <= 2 ? to_int(numbers[1]) : 99;
        if (numbers.size() > 2) d.day = numbers[2].size() <= 2 ? to_int(numbers[2]) : 99;
    } else if (numbers.back().size() == 4 && numbers.size() >= 2) {
        // 03/2015, 15.03.2015
        d.year = to_int(numbers.back());
        d.month = to_int(numbers[numbers.size() - 2]);
        if (numbers.size() == 3) d.day = to_int(numbers[0]);
    } else {
        return std::nullopt;
    }
    if (d.year == 0) return std::nullopt;
    return valid(d) ? std::optional(d) : std::nullopt;
}

std::string format_partial_date(const PartialDate& date) {
    static constexpr std::array<std::string_view, 12> names = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (date.month < 1 || date.month > 12) return std::to_string(date.year);
    if (date.day == 0) return fmt::format("{} {}", names[date.month - 1], date.year);
    return fmt::format("{} {} {}", date.day, names[date.month - 1], date.year);
}

int months_between(const PartialDate& from, const CalendarDate& today) {
    int months = (today.year - from.year) * 12 + (today.month - std::max(from.month, 1));
    if (from.day != 0 && today.day < from.day) --months;
    return months;
}

std::string format_months(int months) {
    if (months < 1) return "less than a month";
    const int years = months / 12, rest = months % 12;
    auto unit = [](int n, std::string_view one) {
        return fmt::format("{} {}{}", n, one, n == 1 ? "" : "s");
    };
    if (years == 0) return unit(rest, "month");
    if (rest == 0) return unit(years, "year");
    return unit(years, "year") + " and " + unit(rest, "month");
}

CalendarDate current_utc_date() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::vector<CalendarMonthName> month_in_any_language(std::string_view word) {
    // name -> its rows, views into the table's text (which lives as long as the program)
    static const auto table = [] {
        std::unordered_multimap<std::string_view, CalendarMonthName> t;
        for_each_row(data::month_names_all_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 3) return;
            int month = 0;
            for (const char c : f[1])
                month = month * 10 + (c - '0');
            t.emplace(f[0], CalendarMonthName{month, f[2]});
        });
        return t;
    }();
    while (!word.empty() && word.back() == '.')
        word.remove_suffix(1);
    std::string lower;
    if (std::all_of(word.begin(), word.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        lower = ascii_lower(word);
    } else {
        lower = unicode::to_lower(word);
    }
    std::vector<CalendarMonthName> out;
    const auto [from, to] = table.equal_range(lower);
    for (auto it = from; it != to; ++it)
        out.push_back(it->second);
    std::sort(out.begin(), out.end(), [](const CalendarMonthName& x, const CalendarMonthName& y) {
        return x.month < y.month;
    });
    return out;
}

int month_in_language(std::string_view word, std::string_view language) {
    // CLDR's codes are MediaWiki's, but for variants CLDR has no data of (be-tarask).
    const std::string_view base = language.substr(0, language.find('-'));
    const auto names = [](std::string_view languages, std::string_view code) {
        bool named = false;
        for_each_item(languages, [&](std::string_view l) { named = named || l == code; });
        return named;
    };
    for (const CalendarMonthName& m : month_in_any_language(word))
        if (names(m.languages, language) || names(m.languages, base)) return m.month;
    return 0;
}

} // namespace citelint::model
