#include "anchor_rules.hpp"

#include "../../syntax/attributes.hpp"
#include "../article.hpp"

namespace citelint::model {

std::string anchor_encode(std::string_view text) {
    // Most ids hold no character reference: they are encoded from the text itself, not a copy.
    std::string decoded;
    if (text.find('&') != std::string_view::npos) {
        decoded = syntax::decode_character_references(text);
        text = decoded;
    }
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += '_';
        space = false;
        out += c;
    }
    return out;
}

namespace anchor_rules {

namespace {

bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

// s[i..] holds n digits.
bool digits_at(std::string_view s, std::size_t i, std::size_t n) {
    if (s.size() < i + n) return false;
    for (std::size_t k = 0; k < n; ++k)
        if (!ascii_digit(s[i + k])) return false;
    return true;
}

constexpr std::string_view en_dash = "\u2013";

// "YYYY", "YYY" and the other forms Module:Footnotes' is_year() accepts, with an optional
// lower-case disambiguation letter: 2020a, n.d., nd, c. 1900, 1999–2000, 1999–00.
bool is_year_without_letter(std::string_view v) {
    if ((v.size() == 3 || v.size() == 4) && digits_at(v, 0, v.size())) return true;
    if (v == "n.d." || v == "nd") return true;
    if (v.rfind("c. ", 0) == 0 && (v.size() == 6 || v.size() == 7) && digits_at(v, 3, v.size() - 3))
        return true;
    if (v.size() >= 4 + en_dash.size() + 2 && digits_at(v, 0, 4) &&
        v.substr(4, en_dash.size()) == en_dash) {
        const std::string_view rest = v.substr(4 + en_dash.size());
        return (rest.size() == 4 || rest.size() == 2) && digits_at(rest, 0, rest.size());
    }
    return false;
}

// Lua's %s, as Module:Footnotes' gsub('%s+', ' ') reads it.
bool is_lua_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

} // namespace

bool is_year(std::string_view v) {
    return is_year_without_letter(v) ||
           (!v.empty() && is_lower(v.back()) && is_year_without_letter(v.substr(0, v.size() - 1)));
}

std::string anchor_year(std::string_view d) {
    auto letter_len = [&](std::size_t end) { return end < d.size() && is_lower(d[end]) ? 1u : 0u; };
    // YYYY–YYYY at the end.
    const std::size_t range = 4 + en_dash.size() + 4;
    for (std::size_t l = 0; l <= 1; ++l)
        if (d.size() >= range + l) {
            const std::size_t at = d.size() - range - l;
            if (digits_at(d, at, 4) && d.substr(at + 4, en_dash.size()) == en_dash &&
                digits_at(d, at + 4 + en_dash.size(), 4) && (l == 0 || is_lower(d.back())))
                return std::string(d.substr(at));
        }
    // ^YYYY–YY$
    if (digits_at(d, 0, 4) && d.substr(4, en_dash.size()) == en_dash &&
        digits_at(d, 4 + en_dash.size(), 2)) {
        const std::size_t end = 4 + en_dash.size() + 2;
        if (d.size() == end + letter_len(end)) return std::string(d);
    }
    // ^c. YYY(Y)$
    if (d.rfind("c. ", 0) == 0) {
        for (std::size_t n : {4u, 3u})
            if (digits_at(d, 3, n) && d.size() == 3 + n + letter_len(3 + n)) return std::string(d);
    }
    // YYY(Y) at the end, with an optional letter.
    {
        std::size_t end = d.size();
        if (end > 0 && is_lower(d[end - 1])) --end;
        std::size_t start = end;
        while (start > 0 && ascii_digit(d[start - 1]) && end - start < 4)
            --start;
        if (end - start >= 3) return std::string(d.substr(start));
    }
    // ^YYY(Y) at the start, with an optional letter.
    {
        std::size_t n = 0;
        while (n < d.size() && n < 4 && ascii_digit(d[n]))
            ++n;
        if (n >= 3) return std::string(d.substr(0, n + letter_len(n)));
    }
    if (d == "n.d." || (d.size() == 5 && d.rfind("n.d.", 0) == 0 && is_lower(d[4])))
        return std::string(d);
    if (d == "nd" || (d.size() == 3 && d.rfind("nd", 0) == 0 && is_lower(d[2])))
        return std::string(d);
    return {};
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_lua_space(s[i])) {
            out += s[i];
            continue;
        }
        out += ' ';
        while (i + 1 < s.size() && is_lua_space(s[i + 1]))
            ++i;
    }
    return out;
}

std::string strip_url(std::string_view v) {
    static constexpr std::string_view reserved = "!#$&'()*+,/:;=?@[].%";
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size();) {
        if (v[i] == '[' && i + 1 < v.size() && ascii_alpha(v[i + 1])) {
            std::size_t scheme_end = i + 2;
            while (scheme_end < v.size() &&
                   (ascii_alpha(v[scheme_end]) || ascii_digit(v[scheme_end]) ||
                    v[scheme_end] == '+' || v[scheme_end] == '.' || v[scheme_end] == '-'))
                ++scheme_end;
            std::size_t end = scheme_end + 3;
            if (v.compare(scheme_end, 3, "://") == 0 && end < v.size() && !is_lua_space(v[end])) {
                while (end < v.size() && !is_lua_space(v[end]))
                    ++end;
                out += '[';
                for (std::size_t k = i + 1; k < end; ++k)
                    if (reserved.find(v[k]) == std::string_view::npos) out += v[k];
                i = end;
                continue;
            }
        }
        out += v[i++];
    }
    return out;
}

std::string anchor_text(std::string_view raw) {
    // Most values (names, years) have no link, brace or parenthesis: nothing to drop.
    if (std::none_of(raw.begin(), raw.end(),
                     [](char c) { return c == '[' || c == '{' || c == '('; }))
        return std::string(php_trim(raw));
    std::string links;
    links.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        if (raw.compare(i, 2, "[[") == 0) {
            const auto close = raw.find("]]", i + 2);
            if (close != std::string_view::npos) {
                std::string_view inner = raw.substr(i + 2, close - i - 2);
                if (const auto bar = inner.find('|'); bar != std::string_view::npos)
                    inner = inner.substr(bar + 1);
                links += inner;
                i = close + 2;
                continue;
            }
        }
        links += raw[i++];
    }
    std::string out;
    out.reserve(links.size());
    for (std::size_t i = 0; i < links.size();) {
        if (links[i] == '{') {
            std::size_t depth = 0, j = i;
            for (; j < links.size(); ++j) {
                if (links[j] == '{') ++depth;
                if (links[j] == '}' && --depth == 0) break;
            }
            if (j < links.size()) {
                i = j + 1;
                continue;
            }
        }
        out += links[i++];
    }
    for (std::size_t open = out.find("(("); open != std::string::npos;
         open = out.find("((", open)) {
        const auto close = out.find("))", open + 2);
        if (close == std::string::npos) break;
        out.erase(close, 2);
        out.erase(open, 2);
    }
    return std::string(php_trim(out));
}

std::vector<std::string> names_get(const NameParams& p, const NameAliases& aliases) {
    constexpr int none = 1 << 30;
    std::array<std::pair<int, const std::string_view*>, 5> best;
    best.fill({none, nullptr});
    const std::span<const std::pair<std::string_view, std::string_view>> split(aliases.split.data(),
                                                                               aliases.count);
    for (const NameParam& q : p.values) {
        if (!q.numbered_ok || !aliases.may_match(q.name)) continue;
        const std::string_view name = q.name, before = q.before, after = q.after;
        const int n = q.n;
        const bool bare = q.bare;
        const std::string_view& value = q.value;
        int k = 0;
        for (const auto& [head, tail] : split) {
            const bool match = bare ? name.size() == head.size() + tail.size() &&
                                          name.compare(0, head.size(), head) == 0 &&
                                          name.compare(head.size(), tail.size(), tail) == 0
                                    : before == head && after == tail;
            if (match) break;
            ++k;
        }
        if (k == static_cast<int>(aliases.count)) continue;
        const int priority = k * 2 + (bare ? 1 : 0);
        if (priority <= best[static_cast<std::size_t>(n)].first)
            best[static_cast<std::size_t>(n)] = {priority, &value};
    }
    std::vector<std::string> names;
    for (int n = 1; n <= 4; ++n)
        if (best[static_cast<std::size_t>(n)].second)
            names.emplace_back(*best[static_cast<std::size_t>(n)].second);
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names)
        out += n;
    return out;
}

std::vector<std::string> vnames_get(const NameParams& p, std::string_view param) {
    const std::string_view* list = p.get(param);
    if (!list) return {};
    std::vector<std::string> parts;
    std::string_view rest = *list;
    while (true) {
        const auto comma = rest.find(',');
        parts.emplace_back(php_trim(rest.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
    }
    std::vector<std::string> out;
    std::size_t taken = 0;
    for (std::size_t i = 0; i < parts.size() && taken < 4; ++i, ++taken) {
        std::string name = parts[i];
        if (name.rfind("((", 0) == 0 && name.find("))") == std::string::npos) {
            while (++i < parts.size()) {
                name += ", " + parts[i];
                if (parts[i].size() >= 2 && parts[i].compare(parts[i].size() - 2, 2, "))") == 0)
                    break;
            }
        }
        if (name.find("((") == std::string::npos) {
            // The surname: the name less its trailing upper-case initials.
            const auto space = name.find_last_of(" \t");
            if (space != std::string::npos) {
                const std::string_view initials = std::string_view(name).substr(space + 1);
                if (!initials.empty() && std::all_of(initials.begin(), initials.end(),
                                                     [](char c) { return c >= 'A' && c <= 'Z'; }))
                    name = std::string(php_trim(std::string_view(name).substr(0, space)));
            }
        } else {
            for (auto open = name.find("(("); open != std::string::npos; open = name.find("((")) {
                const auto close = name.find("))", open);
                if (close == std::string::npos) break;
                name.erase(close, 2);
                name.erase(open, 2);
            }
        }
        out.push_back(std::move(name));
    }
    return out;
}

std::optional<std::string> sfnref_text(std::string_view text) {
    text = php_trim(text);
    if (text.rfind("{{", 0) != 0) return std::nullopt;
    const auto close = text.rfind("}}");
    if (close == std::string_view::npos || close < 2) return std::nullopt;
    std::string_view inner = text.substr(2, close - 2);
    std::vector<std::string_view> parts;
    while (true) {
        const auto bar = inner.find('|');
        parts.push_back(php_trim(inner.substr(0, bar)));
        if (bar == std::string_view::npos) break;
        inner = inner.substr(bar + 1);
    }
    const std::string name = ascii_lower(parts[0]);
    if (name != "sfnref" && name != "harvid") return std::nullopt;
    std::string id = "CITEREF";
    std::size_t used = 0;
    for (std::size_t i = 1; i < parts.size() && used < 5; ++i) {
        if (parts[i].find('=') != std::string_view::npos) continue;
        id += parts[i];
        ++used;
    }
    return id;
}

} // namespace anchor_rules

} // namespace citelint::model
