#include "dates.hpp"

#include <chrono>

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

CalendarDate current_utc_date() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

} // namespace citelint::model
