#include "cs1_dates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include <fmt/format.h>

#include "../../unicode/utf8.hpp"
#include "../text.hpp"
#include "dates.hpp"

namespace citelint::model::cs1 {

namespace {

using model::CalendarDate;

// ---- The names a date may hold (Configuration.lua date_names['en'])

enum class NameKind : std::uint8_t { unknown, month, season, quarter, named };
enum : std::uint8_t { long_style = 1, short_style = 2 };

struct DateName {
    NameKind kind = NameKind::unknown;
    int number = 0;         // 1-12 for a month; the module's 21-24, 33-36, 98-99 otherwise
    std::uint8_t style = 0; // for a month: long, short or both ("May")
};

constexpr std::array<std::string_view, 12> long_months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> short_months = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct OtherName {
    std::string_view text;
    NameKind kind;
    int number;
};
constexpr OtherName other_names[] = {
    {"Winter", NameKind::season, 24},          {"Spring", NameKind::season, 21},
    {"Summer", NameKind::season, 22},          {"Fall", NameKind::season, 23},
    {"Autumn", NameKind::season, 23},          {"First Quarter", NameKind::quarter, 33},
    {"Second Quarter", NameKind::quarter, 34}, {"Third Quarter", NameKind::quarter, 35},
    {"Fourth Quarter", NameKind::quarter, 36}, {"Easter", NameKind::named, 98},
    {"Christmas", NameKind::named, 99},
};

// Whether `written` is `name` once runs of spaces are folded (the module folds them in
// quarter names).
bool equal_folding_spaces(std::string_view written, std::string_view name) {
    std::size_t i = 0;
    for (std::size_t j = 0; j < name.size(); ++j) {
        if (i >= written.size() || written[i] != name[j]) return false;
        ++i;
        if (name[j] == ' ')
            while (i < written.size() && written[i] == ' ')
                ++i;
    }
    return i == written.size();
}

DateName lookup(std::string_view text) {
    DateName n;
    for (int i = 0; i < 12; ++i) {
        if (text == long_months[i]) n = {NameKind::month, i + 1, long_style};
        if (text == short_months[i])
            n = {NameKind::month, i + 1, static_cast<std::uint8_t>(n.style | short_style)};
    }
    if (n.kind != NameKind::unknown) return n;
    for (const OtherName& o : other_names)
        if (equal_folding_spaces(text, o.text)) return {o.kind, o.number, 0};
    return n;
}

// The long English month a word of three letters or more begins ("Sept", "janu"), in any
// case and without a trailing full stop; empty when none.
std::string_view english_month_begun(std::string_view word) {
    std::string lower = model::ascii_lower(word);
    if (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (lower.size() < 3) return {};
    for (std::string_view month : long_months)
        if (model::ascii_lower(month).starts_with(lower)) return month;
    return {};
}

// The name the writer probably meant: the same letters in another case, a long month name it
// begins ("Sept"), or a name a letter or two away ("Febuary"); empty when none is close.
std::string_view closest_name(std::string_view text) {
    std::string lower = model::ascii_lower(text);
    if (!lower.empty() && lower.back() == '.') lower.pop_back();
    auto same = [&](std::string_view name) { return model::ascii_lower(name) == lower; };
    for (int i = 0; i < 12; ++i) {
        if (same(long_months[i])) return long_months[i];
        if (same(short_months[i])) return short_months[i];
    }
    for (const OtherName& o : other_names)
        if (same(o.text)) return o.text;
    if (const std::string_view begun = english_month_begun(lower); !begun.empty()) return begun;
    std::string_view best;
    std::size_t best_distance = 3;
    auto consider = [&](std::string_view name, std::size_t limit) {
        const std::size_t d = model::levenshtein(lower, model::ascii_lower(name));
        if (d <= limit && d < best_distance) best = name, best_distance = d;
    };
    for (std::string_view month : long_months)
        consider(month, 2);
    for (const OtherName& o : other_names)
        consider(o.text, 2);
    for (std::string_view month : short_months)
        consider(month, 1);
    return best;
}

std::string unknown_name(std::string_view text) {
    const std::string_view guess = closest_name(text);
    if (guess.empty()) return fmt::format(": unknown month name \"{}\"", text);
    return fmt::format(": unknown month name, did you mean {}?", guess);
}

// ---- Tokens: numbers, names (words joined by spaces), spaces, commas, dashes

struct Token {
    char kind = 0; // 'n' number, 'w' name, ' ' spaces, ',' comma, '-' hyphen or en dash
    std::string_view text;
    bool hyphen = false; // a '-', not an en dash
    char suffix = 0;     // the CITEREF disambiguator letter after the last number
};

constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::size_t max_tokens = 16; // the longest shape has 15

struct Tokens {
    std::array<Token, max_tokens> items;
    std::array<char, max_tokens + 1> kinds{}; // the signature, e.g. "n w n" for 5 May 2010
    std::size_t size = 0;
    bool overflow = false;

    [[nodiscard]] std::string_view signature() const { return {kinds.data(), size}; }
    const Token& operator[](std::size_t i) const { return items[i]; }
    void push(const Token& t) {
        if (size == max_tokens) {
            overflow = true;
            return;
        }
        items[size] = t;
        kinds[size++] = t.kind;
    }
};

Tokens tokenize(std::string_view v) {
    Tokens t;
    std::size_t i = 0;
    while (i < v.size() && !t.overflow) {
        const std::size_t start = i;
        const char c = v[i];
        if (ascii_digit(c)) {
            while (i < v.size() && ascii_digit(v[i]))
                ++i;
            Token number{'n', v.substr(start, i - start)};
            if (i + 1 == v.size() && ascii_alpha(v[i])) number.suffix = v[i++];
            t.push(number);
        } else if (c == ' ') {
            while (i < v.size() && v[i] == ' ')
                ++i;
            t.push({' ', v.substr(start, i - start)});
        } else if (c == ',') {
            t.push({',', v.substr(start, ++i - start)});
        } else if (c == '-') {
            t.push({'-', v.substr(start, ++i - start), true});
        } else if (v.substr(i, 3) == en_dash) {
            i += 3;
            t.push({'-', v.substr(start, 3)});
        } else {
            while (i < v.size() && !ascii_digit(v[i]) && v[i] != ' ' && v[i] != ',' &&
                   v[i] != '-' && v.substr(i, 3) != en_dash)
                ++i;
            const std::string_view word = v.substr(start, i - start);
            // "First Quarter": words joined by spaces are one name.
            if (t.size >= 2 && t.items[t.size - 1].kind == ' ' && t.items[t.size - 2].kind == 'w') {
                --t.size;
                Token& name = t.items[t.size - 1];
                name.text = std::string_view(
                    name.text.data(),
                    static_cast<std::size_t>(word.data() + word.size() - name.text.data()));
            } else {
                t.push({'w', word});
            }
        }
    }
    return t;
}

int number(const Token& t) {
    int n = 0;
    for (char c : t.text)
        n = n * 10 + (c - '0');
    return n;
}
bool is_day(const Token& t) {
    return t.text.size() <= 2 && t.text[0] != '0' && !t.suffix;
}
bool is_year(const Token& t) {
    return t.text.size() == 3 || t.text.size() == 4;
}
bool is_year4(const Token& t) {
    return t.text.size() == 4;
}

// ---- Reading a value

// A date or a range as the module reads it; 0 where a part is not given.
struct Reading {
    int year = 0, month = 0, day = 0;
    int year2 = 0, month2 = 0, day2 = 0; // the end of a range
    bool single_full = false;            // one day: YYYY-MM-DD, Month D, YYYY or D Month YYYY
    std::string problem;                 // why the value is refused; empty when it is not
    bool unread = false;                 // refused for its shape or an unknown name
};

bool seasons_allowed(DateRole role) {
    return role == DateRole::date;
}

std::string_view role_words(NameKind kind) {
    switch (kind) {
    case NameKind::season:
        return "seasons";
    case NameKind::quarter:
        return "quarters";
    default:
        return "named dates";
    }
}

// Reads a value's shape: the shapes CS1 accepts are tried in the module's order, each step a family
// of them. A step that knows the shape fills the reading (and says in `problem` what is wrong, if
// anything) and returns true.
class ShapeReader {
  public:
    ShapeReader(std::string_view value, DateRole role)
        : value_(value), role_(role), t_(tokenize(value)) {}

    Reading read() {
        if (t_.overflow || !(one_day() || day_range() || named_date() || years())) {
            r_.unread = true;
            r_.problem = " is not a date format CS1 accepts";
        }
        return r_;
    }

  private:
    // YYYY-MM-DD, Month D, YYYY and D Month YYYY.
    bool one_day() {
        const std::string_view s = t_.signature();
        const Tokens& t = t_;
        if (s == "n-n-n" && t[1].hyphen && t[3].hyphen && is_year4(t[0]) && t[2].text.size() == 2 &&
            t[4].text.size() == 2 && !t[4].suffix) { // YYYY-MM-DD
            r_.year = number(t[0]), r_.month = number(t[2]), r_.day = number(t[4]);
            r_.single_full = true;
            if (r_.month < 1 || r_.month > 12)
                r_.problem = fmt::format(" is not a real date (there is no month {})", r_.month);
            else if (r_.day == 0)
                r_.problem = " is not a real date (there is no day 0)";
            else if (r_.year < 1582)
                r_.problem = ": YYYY-MM-DD dates must be 1582 or later";
            return true;
        }
        if (s == "w n, n" && is_day(t[2]) && is_year(t[5])) { // Month D, YYYY
            std::uint8_t style = 0;
            if (!month_of(t[0], r_.month, style)) return true;
            r_.day = number(t[2]), r_.year = number(t[5]);
            r_.single_full = true;
            return true;
        }
        if (s == "n w n" && is_day(t[0]) && is_year(t[4])) { // D Month YYYY
            std::uint8_t style = 0;
            if (!month_of(t[2], r_.month, style)) return true;
            r_.day = number(t[0]), r_.year = number(t[4]);
            r_.single_full = true;
            return true;
        }
        return false;
    }

    // Ranges of days: within a month, across months of a year, and across years.
    bool day_range() {
        const std::string_view s = t_.signature();
        const Tokens& t = t_;
        const bool month_first = !s.empty() && s[0] == 'w';
        if ((s == "w n-n, n" && is_day(t[2]) && is_day(t[4]) && is_year4(t[7])) || // M D–D, Y
            (s == "n-n w n" && is_day(t[0]) && is_day(t[2]) && is_year4(t[6]))) {  // D–D M Y
            std::uint8_t style = 0;
            if (!month_of(t[month_first ? 0 : 4], r_.month, style)) return true;
            r_.day = number(t[month_first ? 2 : 0]), r_.day2 = number(t[month_first ? 4 : 2]);
            r_.year = r_.year2 = number(t[month_first ? 7 : 6]);
            r_.month2 = r_.month;
            in_order(r_.day < r_.day2);
            return true;
        }
        if ((s == "n w - n w n" && is_day(t[0]) && is_day(t[6]) &&
             is_year4(t[10])) || // D M – D M Y
            (s == "w n - w n, n" && is_day(t[2]) && is_day(t[8]) &&
             is_year4(t[11]))) { // M D – M D, Y
            if (!month_range(t[month_first ? 0 : 2], t[month_first ? 6 : 8])) return true;
            r_.day = number(t[month_first ? 2 : 0]), r_.day2 = number(t[month_first ? 8 : 6]);
            r_.year = r_.year2 = number(t[month_first ? 11 : 10]);
            in_order(r_.month < r_.month2);
            return true;
        }
        if ((s == "n w n - n w n" && is_day(t[0]) && is_year4(t[4]) && is_day(t[8]) &&
             is_year4(t[12])) || // D Month YYYY – D Month YYYY
            (s == "w n, n - w n, n" && is_day(t[2]) && is_year4(t[5]) && is_day(t[11]) &&
             is_year4(t[14]))) { // Month D, YYYY – Month D, YYYY
            if (!month_range(t[month_first ? 0 : 2], t[month_first ? 9 : 10])) return true;
            r_.day = number(t[month_first ? 2 : 0]), r_.day2 = number(t[month_first ? 11 : 8]);
            r_.year = number(t[month_first ? 5 : 4]), r_.year2 = number(t[month_first ? 14 : 12]);
            within_one_year(r_.year, r_.year2);
            return true;
        }
        return false;
    }

    // Names that take no day, alone or in ranges: months, and in |date= seasons, quarters and named
    // dates.
    bool named_date() {
        const std::string_view s = t_.signature();
        const Tokens& t = t_;
        if (s == "w n - w n" && is_year4(t[2]) && is_year4(t[8])) { // Month YYYY – Month YYYY
            r_.year = number(t[2]), r_.year2 = number(t[8]);
            if (name_range(t[0], t[6], false)) within_one_year(r_.year, r_.year2);
            return true;
        }
        if (s == "w-w n" && is_year4(t[4])) { // Month–Month YYYY
            r_.year = r_.year2 = number(t[4]);
            name_range(t[0], t[2], true);
            return true;
        }
        if (s == "w n" && is_year4(t[2])) { // Month YYYY, Season YYYY, ...
            r_.year = number(t[2]);
            DateName n;
            if (element(t[0], n, false) && n.kind == NameKind::month) r_.month = n.number;
            return true;
        }
        if (s == "w n-n" && is_year4(t[2]) &&
            (is_year4(t[4]) || t[4].text.size() == 2)) { // Winter YYYY–YY, Summer YYYY–YYYY
            r_.year = number(t[2]);
            r_.year2 = t[4].text.size() == 2 ? r_.year / 100 * 100 + number(t[4]) : number(t[4]);
            DateName n;
            if (!element(t[0], n, false)) return true;
            if (n.number != 24 && n.number != 22)
                r_.problem = ": only Winter and Summer may span two years";
            else if (r_.year2 != r_.year + 1)
                r_.problem = ": a season may span only two consecutive years";
            return true;
        }
        return false;
    }

    // YYYY–YYYY, YYYY–YY and YYYY.
    bool years() {
        const std::string_view s = t_.signature();
        const Tokens& t = t_;
        if (s == "n-n" && is_year(t[0]) && is_year(t[2])) { // YYYY–YYYY
            r_.year = number(t[0]), r_.year2 = number(t[2]);
            in_order(r_.year < r_.year2);
            return true;
        }
        if (s == "n-n" && is_year4(t[0]) && t[2].text.size() == 2) { // YYYY–YY
            r_.year = number(t[0]);
            const int short_year = number(t[2]);
            r_.year2 = r_.year / 100 * 100 + short_year;
            if (short_year < 13) {
                r_.unread = true; // YYYY-MM, which some wikis' modules read
                r_.problem =
                    fmt::format(": {} could be a month; write the second year in full", value_);
                return true;
            }
            in_order(r_.year < r_.year2);
            return true;
        }
        if (s == "n" && is_year(t[0])) { // YYYY
            r_.year = number(t[0]);
            return true;
        }
        return false;
    }

    // A name that must be a month; fills `month` and `style`.
    bool month_of(const Token& w, int& month, std::uint8_t& style) {
        const DateName n = lookup(w.text);
        if (n.kind == NameKind::month) {
            month = n.number;
            style = n.style;
            return true;
        }
        r_.problem = n.kind == NameKind::unknown ? unknown_name(w.text)
                                                 : fmt::format(": \"{}\" is not a month", w.text);
        r_.unread = n.kind == NameKind::unknown;
        return false;
    }

    // Two month names of a range: known, left to right, both long or both short.
    bool month_range(const Token& w1, const Token& w2) {
        std::uint8_t style1 = 0, style2 = 0;
        if (!month_of(w1, r_.month, style1) || !month_of(w2, r_.month2, style2)) return false;
        if ((style1 & style2) == 0) {
            r_.problem = ": months in a range must be both full names or both abbreviations";
            return false;
        }
        return true;
    }

    bool in_order(bool ordered) {
        if (!ordered) r_.problem = ": a range must run from earlier to later";
        return ordered;
    }

    bool within_one_year(int y1, int y2) {
        if (y1 == y2) {
            r_.problem = ": a range within one year gives the year once, at its end";
            return false;
        }
        return in_order(y1 < y2);
    }

    // A name that takes no day: a month, or in |date= a season, quarter or named date.
    bool element(const Token& w, DateName& n, bool months_and_seasons_only) {
        n = lookup(w.text);
        if (n.kind == NameKind::unknown) {
            r_.problem = unknown_name(w.text);
            r_.unread = true;
            return false;
        }
        if (n.kind == NameKind::month) return true;
        if (months_and_seasons_only && n.kind != NameKind::season) {
            r_.problem = fmt::format(": \"{}\" cannot be part of a range", w.text);
            return false;
        }
        if (role_ == DateRole::access_date || role_ == DateRole::pmc_embargo_date) {
            r_.problem = " is not one full date (a day, a month and a year)";
            return false;
        }
        if (!seasons_allowed(role_)) {
            r_.problem = fmt::format(": {} are accepted only in |date=", role_words(n.kind));
            return false;
        }
        return true;
    }

    // Month–Month or Season–Season (in |date=); within one year, months left to right and two
    // different seasons.
    bool name_range(const Token& w1, const Token& w2, bool one_year) {
        DateName n1, n2;
        if (!element(w1, n1, true) || !element(w2, n2, true)) return false;
        if (n1.kind != n2.kind) {
            r_.problem = ": a range joins two months or two seasons, not one of each";
            return false;
        }
        if (n1.kind == NameKind::season) {
            r_.month = n1.number, r_.month2 = n2.number;
            if (one_year && n1.number == n2.number) {
                r_.problem = ": a range must run from earlier to later";
                return false;
            }
            return true;
        }
        if (!month_range(w1, w2)) return false;
        return !one_year || in_order(r_.month < r_.month2);
    }

    std::string_view value_;
    DateRole role_;
    Tokens t_;
    Reading r_;
};

Reading read_shape(std::string_view value, DateRole role) {
    return ShapeReader(value, role).read();
}

std::string_view month_name(int month) {
    return long_months[static_cast<std::size_t>(month - 1)];
}

// A day that the month has not.
std::optional<std::string> unreal_day(int year, int month, int day) {
    if (month < 1 || month > 12 || day <= model::days_in_month(year, month)) return std::nullopt;
    return fmt::format(" is not a real date ({} {} has {} days)", month_name(month), year,
                       model::days_in_month(year, month));
}

// "c. 1900", with a CITEREF letter or not.
bool circa(std::string_view v, int& year) {
    if (v.size() < 6 || v.substr(0, 3) != "c. ") return false;
    std::string_view digits = v.substr(3);
    if (ascii_alpha(digits.back())) digits.remove_suffix(1);
    if ((digits.size() != 3 && digits.size() != 4) || digits[0] == '0' ||
        !model::all_digits(digits))
        return false;
    year = 0;
    for (char c : digits)
        year = year * 10 + (c - '0');
    return true;
}

// "n.d." or "nd", with a CITEREF letter or not.
bool no_date(std::string_view v) {
    if (!v.empty() && ascii_alpha(v.back()) && v != "nd") v.remove_suffix(1);
    return v == "n.d." || v == "nd";
}

// |year= beside |date=: 3 or 4 digits, not starting 0, and a CITEREF letter or not.
bool plain_year(std::string_view v) {
    if (!v.empty() && ascii_alpha(v.back())) v.remove_suffix(1);
    return (v.size() == 3 || v.size() == 4) && v[0] != '0' && model::all_digits(v);
}

std::optional<std::string> future_year(int year, DateRole role,
                                       const std::optional<CalendarDate>& today) {
    if (!today) return std::nullopt;
    const int limit = today->year + (role == DateRole::pmc_embargo_date ? 2 : 1);
    if (year <= limit) return std::nullopt;
    return fmt::format(" is in the future: CS1 accepts years up to {}", limit);
}

} // namespace

std::optional<DateProblem> date_problem(std::string_view value, DateRole role,
                                        const std::optional<CalendarDate>& today) {
    auto problem = [](std::string words) { return DateProblem{std::move(words), false}; };
    auto in_future = [&](int year) -> std::optional<DateProblem> {
        if (auto p = future_year(year, role, today)) return problem(std::move(*p));
        return std::nullopt;
    };
    if (int year = 0; circa(value, year)) {
        if (role != DateRole::date && role != DateRole::year)
            return problem(": \"c.\" is accepted only in |date= and |year=");
        return in_future(year);
    }
    if (no_date(value)) {
        if (role == DateRole::date) return std::nullopt;
        return problem(fmt::format(": \"{}\" is accepted only in |date=", value));
    }
    if (role == DateRole::year) {
        if (plain_year(value)) return std::nullopt;
        return problem(" is not a year: beside |date=, |year= holds one year of 3 or 4 digits");
    }

    const Reading r = read_shape(value, role);
    if (!r.problem.empty()) return DateProblem{r.problem, r.unread};
    const bool one_day_only = role == DateRole::access_date || role == DateRole::pmc_embargo_date;
    if (one_day_only && !r.single_full)
        return problem(" is not one full date (a day, a month and a year)");
    if (r.day != 0)
        if (auto p = unreal_day(r.year, r.month, r.day)) return problem(std::move(*p));
    if (r.day2 != 0)
        if (auto p = unreal_day(r.year2 != 0 ? r.year2 : r.year, r.month2 != 0 ? r.month2 : r.month,
                                r.day2))
            return problem(std::move(*p));
    if (role == DateRole::access_date) {
        const CalendarDate accessed{r.year, r.month, r.day};
        if (accessed < CalendarDate{2001, 1, 15})
            return problem(" is before Wikipedia began (15 January 2001)");
        if (today && accessed > model::next_day(*today)) return problem(" is in the future");
    }
    return in_future(std::max(r.year, r.year2));
}

// "17. 9. 2010", "17.09.2010.": the numeric day-month-year with dots of German, Slavic and
// other wikis, which en.wiki's module never takes.
bool dotted_numeric_date(std::string_view v) {
    std::size_t i = 0;
    auto digits = [&](std::size_t min, std::size_t max) {
        std::size_t n = 0;
        while (i < v.size() && ascii_digit(v[i]) && n < max) {
            ++i;
            ++n;
        }
        return n >= min;
    };
    auto dot = [&]() {
        if (i >= v.size() || v[i] != '.') return false;
        ++i;
        if (i < v.size() && v[i] == ' ') ++i;
        return true;
    };
    if (!digits(1, 2) || !dot() || !digits(1, 2) || !dot() || !digits(4, 4)) return false;
    if (i < v.size() && v[i] == '.') ++i;
    return i == v.size();
}

std::string_view english_month(int month) {
    return month >= 1 && month <= 12 ? long_months[static_cast<std::size_t>(month - 1)] : "";
}

// "2011-05": ISO 8601's year and month, which English Wikipedia's module refuses (it could be
// a range of years) and other wikis' modules read as the month it is.
bool iso_year_month(std::string_view v) {
    return v.size() == 7 && std::all_of(v.begin(), v.begin() + 4, ascii_digit) && v[4] == '-' &&
           ((v[5] == '0' && v[6] >= '1' && v[6] <= '9') ||
            (v[5] == '1' && v[6] >= '0' && v[6] <= '2'));
}

std::optional<std::string_view> foreign_date_word(std::string_view value) {
    if (dotted_numeric_date(value) || iso_year_month(value)) return value;
    for (std::size_t i = 0; i < value.size();) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            std::size_t at = i;
            const unicode::CodePoint cp = unicode::next(value, at);
            if (unicode::is_letter(cp)) {
                // The whole word it begins.
                std::size_t end = at;
                while (end < value.size() && value[end] != ' ' && value[end] != ',' &&
                       !ascii_digit(value[end]))
                    ++end;
                return value.substr(i, end - i);
            }
            i = at;
            continue;
        }
        if (!ascii_alpha(value[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < value.size() && ascii_alpha(value[i]))
            ++i;
        const std::string_view word = value.substr(start, i - start);
        const bool lower = word[0] >= 'a' && word[0] <= 'z';
        // "c.", "n.d.", "nd" and a CITEREF letter after a year are English.
        const bool after_digit = start > 0 && ascii_digit(value[start - 1]) && i == value.size();
        if (lower && !after_digit && word != "c" && word != "n" && word != "d" && word != "nd")
            return word;
        // A capitalised name that is no English one but another language's month: "Julie",
        // "Mei", "Oktober" (Afrikaans), "Maart" (Dutch), "Awst" (Welsh). The start of an
        // English month ("Sept") is an English abbreviation, whatever else it is in German.
        if (!lower && lookup(word).kind == NameKind::unknown &&
            !model::month_in_any_language(word).empty() && english_month_begun(word).empty())
            return word;
    }
    return std::nullopt;
}

bool year_agrees_with_date(std::string_view year_value, std::string_view date) {
    // The digit runs of each value (a valid date has runs of 1 to 4 digits).
    auto runs = [](std::string_view v, std::array<std::string_view, 4>& out) {
        std::size_t count = 0;
        for (std::size_t i = 0; i < v.size() && count < out.size();) {
            if (!ascii_digit(v[i])) {
                ++i;
                continue;
            }
            const std::size_t start = i;
            while (i < v.size() && ascii_digit(v[i]))
                ++i;
            out[count++] = v.substr(start, i - start);
        }
        return count;
    };
    std::array<std::string_view, 4> year_runs{}, date_runs{};
    if (runs(year_value, year_runs) == 0 || year_runs[0].size() < 3) return false;
    const std::string_view year = year_runs[0].substr(0, 4);
    const std::size_t count = runs(date, date_runs);
    const bool disambiguated = ascii_alpha(year_value.back());
    // YYYY-MM-DD beside a disambiguated |year=YYYYa.
    if (count == 3 && date_runs[0].size() == 4 && date.size() == 10 && date[4] == '-' &&
        disambiguated)
        return date_runs[0] == year;
    std::array<std::string_view, 4> long_runs{};
    std::size_t long_count = 0;
    for (std::size_t i = 0; i < count; ++i)
        if (date_runs[i].size() >= 3) long_runs[long_count++] = date_runs[i].substr(0, 4);
    if (long_count >= 2) return year == long_runs[0] || year == long_runs[1];
    // YYYY–YY: the second year takes the first one's century.
    for (std::size_t i = 0; i + 1 < count; ++i)
        if (date_runs[i].size() == 4 && date_runs[i + 1].size() == 2) {
            const std::string_view between(
                date_runs[i].data() + 4,
                static_cast<std::size_t>(date_runs[i + 1].data() - date_runs[i].data() - 4));
            if (between == "-" || between == en_dash) {
                const std::string second =
                    std::string(date_runs[i].substr(0, 2)) + std::string(date_runs[i + 1]);
                return year == date_runs[i] || year == second;
            }
        }
    if (long_count == 1) return year == long_runs[0];
    return false;
}

} // namespace citelint::model::cs1
