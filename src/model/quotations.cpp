#include "quotations.hpp"

#include "claims.hpp"
#include "text.hpp"

namespace citelint::model {

namespace {

// Whether a text holds '"' or a byte that begins one of the other quotation marks (“ „ « 「).
bool may_hold_quotation_mark(std::string_view text) {
    for (std::size_t i = skip_plain<false, '"', '\xC2', '\xE2', '\xE3'>(text, 0, text.size());
         i < text.size(); ++i)
        if (text[i] == '"' || text[i] == '\xC2' || text[i] == '\xE2' || text[i] == '\xE3')
            return true;
    return false;
}

} // namespace

std::optional<std::pair<std::size_t, std::size_t>> find_quotation(std::string_view text) {
    if (!may_hold_quotation_mark(text)) return std::nullopt;
    static constexpr std::pair<std::string_view, std::string_view> marks[] = {{"\"", "\""},
                                                                              {"\u201C", "\u201D"},
                                                                              {"\u00AB", "\u00BB"},
                                                                              {"\u201E", "\u201C"},
                                                                              {"\u300C", "\u300D"}};
    // Before a gloss ("meaning ...") or a name ("known as ..."), quotation marks quote no one.
    static constexpr std::string_view gloss_words[] = {
        "meaning",    "means",      "literally",     "translated as",  "lit.",
        "i.e.",       "that is",    "cioè",          "ovvero",         "called",
        "known as",   "nicknamed",  "named",         "dubbed",         "titled",
        "entitled",   "so-called",  "detto",         "detta",          "chiamato",
        "chiamata",   "noto come",  "nota come",     "soprannominato", "soprannome",
        "genannt",    "appelé",     "appelée",       "surnommé",       "surnommée",
        "llamado",    "llamada",    "conocido como", "conocida como",  "denominado",
        "denominada", "называемый", "называемая",    "называемое",     "называют",
        "прозванный", "מכונה",      "称为",          "被誉为",         "号称",
    };
    // An ASCII '"' after the digits of a measure in degrees, minutes and seconds or feet and
    // inches (52° 31' 6", 5' 10"), or between Hebrew letters (the gershayim of an abbreviation,
    // ק"מ), is no quotation mark.
    const auto not_a_mark = [&](std::size_t at) {
        if (at == 0) return false;
        std::size_t digits = at;
        while (digits > 0 && text[digits - 1] >= '0' && text[digits - 1] <= '9')
            --digits;
        if (digits < at) {
            const std::string_view lead =
                text.substr(digits >= 8 ? digits - 8 : 0, digits >= 8 ? 8 : digits);
            return lead.find('\'') != std::string_view::npos ||
                   lead.find("\u2032") != std::string_view::npos ||
                   lead.find("\u00B0") != std::string_view::npos;
        }
        const bool hebrew_before = at >= 2 && static_cast<unsigned char>(text[at - 2]) == 0xD7;
        const bool hebrew_after =
            at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0xD7;
        return hebrew_before && hebrew_after;
    };
    for (const auto& [open, close] : marks) {
        for (std::size_t a = text.find(open); a != std::string_view::npos;
             a = text.find(open, a + open.size())) {
            if (open == "\"" && not_a_mark(a)) continue;
            std::size_t b = text.find(close, a + open.size());
            while (close == "\"" && b != std::string_view::npos && not_a_mark(b))
                b = text.find(close, b + 1);
            if (b == std::string_view::npos) break;
            const std::string_view inside = text.substr(a + open.size(), b - a - open.size());
            const std::size_t next = b;
            // Words, and how many begin with a capital letter.
            std::size_t words = 0, capitals = 0;
            for (std::size_t i = 0; i < inside.size();) {
                if (!claim_word_byte(static_cast<unsigned char>(inside[i]))) {
                    ++i;
                    continue;
                }
                ++words;
                if (inside[i] >= 'A' && inside[i] <= 'Z') ++capitals;
                while (i < inside.size() && claim_word_byte(static_cast<unsigned char>(inside[i])))
                    ++i;
            }
            std::string_view before = text.substr(0, a);
            while (!before.empty() && before.back() == ' ')
                before.remove_suffix(1);
            const bool title = words <= 10 && capitals * 10 >= words * 7;
            bool gloss = !before.empty() && before.back() == '(';
            for (std::string_view g : gloss_words)
                if (before.size() >= g.size() && before.substr(before.size() - g.size()) == g)
                    gloss = true;
            if ((words >= 4 || count_words(inside) >= 4) && !title && !gloss)
                return std::pair{a, b + close.size()};
            a = next;
        }
    }
    return std::nullopt;
}

} // namespace citelint::model
