// Short citations and the anchors they link to, computed from the wikitext as en.wiki's
// Module:Footnotes and Module:Footnotes/anchor id list compute them
// (../shared/spec/citation-templates.md §2.1-2.3).
#include <algorithm>
#include <array>
#include <forward_list>
#include <optional>
#include <span>
#include <unordered_map>

#include "../../syntax/attributes.hpp"
#include "../article.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

using syntax::Node;
using syntax::NodeKind;

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

bool is_year(std::string_view v) {
    return is_year_without_letter(v) ||
           (!v.empty() && is_lower(v.back()) && is_year_without_letter(v.substr(0, v.size() - 1)));
}

// The year part of a citation's date as Module:Footnotes/anchor id list reads it
// (patterns_date, tried in order); "" when the date is not recognised.
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

// Lua's %s, as Module:Footnotes' gsub('%s+', ' ') reads it.
bool is_lua_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Runs of spaces made one space (gsub('%s+', ' ')).
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

bool is_ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Module:Footnotes' strip_url(): the URI of each external link in an in-source location
// ("[scheme://...", up to a space) without its reserved characters, for the footnote's name.
std::string strip_url(std::string_view v) {
    static constexpr std::string_view reserved = "!#$&'()*+,/:;=?@[].%";
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size();) {
        if (v[i] == '[' && i + 1 < v.size() && is_ascii_alpha(v[i + 1])) {
            std::size_t scheme_end = i + 2;
            while (scheme_end < v.size() &&
                   (is_ascii_alpha(v[scheme_end]) || ascii_digit(v[scheme_end]) ||
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

} // namespace

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

namespace {

// What Module:Footnotes keeps of a parameter value for an anchor: wikilinks by their label,
// templates (and any other balanced braces) dropped, `((...))` unwrapped.
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

// Parameters of a template by name: trimmed, comment-free, values as written.
struct Params {
    std::vector<std::pair<std::string, std::string>> named; // in order; the last one wins
    const std::string* get(std::string_view name) const {
        for (auto it = named.rbegin(); it != named.rend(); ++it)
            if (it->first == name) return &it->second;
        return nullptr;
    }
};

// A template's anchor-relevant parameters as views: of a citation already read, or of
// parameters read here (kept in `owned`).
struct ViewParams {
    std::vector<std::pair<std::string_view, std::string_view>> named; // the last one wins
    Params owned;
    ViewParams() = default;
    ViewParams(const ViewParams&) = delete;
    ViewParams& operator=(const ViewParams&) = delete;
    const std::string_view* get(std::string_view name) const {
        for (auto it = named.rbegin(); it != named.rend(); ++it)
            if (it->first == name) return &it->second;
        return nullptr;
    }
};

// The values anchor names are made of: only non-empty ones, templates and links stripped.
// Each name is split once around its number: `before` + digits + `after`.
struct NameParam {
    std::string_view name, value;
    std::string_view before, after; // the name around its number (bare: before is the name)
    int n = 1;
    bool bare = true;
    bool numbered_ok = true; // a number, if any, is one digit 1-4
};
struct NameParams {
    std::vector<NameParam> values;
    // Cleaned values that are not views of the originals: a list, which costs nothing while
    // empty (as it mostly is) and keeps its strings where they are.
    std::forward_list<std::string> owned;
    bool templated = false; // some value held a template
    const std::string_view* get(std::string_view name) const {
        for (auto it = values.rbegin(); it != values.rend(); ++it)
            if (it->name == name) return &it->value;
        return nullptr;
    }
    void add(std::string_view name, std::string_view value) {
        NameParam p;
        p.name = name;
        p.value = value;
        p.before = name;
        if (const auto d = static_cast<std::size_t>(
                std::find_if(name.begin(), name.end(), ascii_digit) - name.begin());
            d != name.size()) {
            auto e = d;
            while (e < name.size() && ascii_digit(name[e]))
                ++e;
            if (e - d != 1 || name[d] == '0' || name[d] > '4') {
                p.numbered_ok = false;
            } else {
                p.n = name[d] - '0';
                p.bare = false;
                p.before = name.substr(0, d);
                p.after = name.substr(e);
            }
        }
        values.push_back(p);
    }
};

// anchor_text() where it keeps a view of the value: most values have no link, brace or
// parenthesis, and lose only their surrounding whitespace.
bool anchor_text_is_trim(std::string_view raw) {
    return std::none_of(raw.begin(), raw.end(),
                        [](char c) { return c == '[' || c == '{' || c == '('; });
}

template <typename P> NameParams name_params(const P& p) {
    NameParams out;
    out.values.reserve(p.named.size());
    for (const auto& [name, value] : p.named) {
        std::string_view clean;
        if (anchor_text_is_trim(value)) {
            clean = php_trim(value);
        } else {
            out.owned.push_front(anchor_text(value));
            clean = out.owned.front();
        }
        if (clean.empty()) continue;
        out.add(name, clean);
    }
    return out;
}

// The aliases of one list of names, given with '#' for the number, each split around its '#'
// at compile time.
struct NameAliases {
    std::array<std::pair<std::string_view, std::string_view>, 8> split{};
    std::size_t count = 0;
    // A name matches an alias only if it starts with the alias's first letter: most parameters
    // of a citation are passed over on that alone (unless an alias starts with its number).
    std::array<bool, 256> initials{};
    bool any_initial = false;

    constexpr NameAliases(std::initializer_list<std::string_view> aliases) {
        for (std::string_view alias : aliases) {
            const auto hash = alias.find('#');
            split[count++] = {alias.substr(0, hash), alias.substr(hash + 1)};
            if (hash == 0)
                any_initial = true;
            else
                initials[static_cast<unsigned char>(alias.front())] = true;
        }
    }
    [[nodiscard]] constexpr bool may_match(std::string_view name) const {
        return any_initial || (!name.empty() && initials[static_cast<unsigned char>(name.front())]);
    }
};

constexpr NameAliases contributor_aliases{"contributor#", "contributor-last#", "contributor#-last",
                                          "contributor-surname#", "contributor#-surname"};
constexpr NameAliases author_aliases{"last#",        "author#",  "surname#", "author-last#",
                                     "author#-last", "subject#", "host#"};
constexpr NameAliases editor_aliases{"editor#", "editor-last#", "editor#-last", "editor-surname#",
                                     "editor#-surname"};
constexpr NameAliases inventor_aliases{"inventor#",         "inventor-last#",    "inventor#-last",
                                       "inventor-surname#", "inventor#-surname", "invent#",
                                       "invent-#"};
constexpr NameAliases harvc_aliases{"last#", "author#"};
constexpr NameAliases harvs_aliases{"last#", "author#", "surname#"};

// names_get(): the first four names of a list (missing ones leave no trace in the id). For each
// number the first alias given wins, and for number 1 `last1` comes before `last`; in one pass
// over the parameters.
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

// vnames_get(): surnames of the first four Vancouver-style names of |vauthors= or |veditors=.
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

// {{sfnref|A|B|2020}} / {{harvid|...}} written in a parameter: CITEREF and its first five
// positional parts; nullopt when the text is not such a template.
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

// date_get(): the year of the first date parameter that is given, as the anchor shows it.
template <typename P>
std::string date_get(const P& p, std::initializer_list<std::string_view> names, bool& templated) {
    for (std::string_view name : names) {
        const auto* v = p.get(name);
        if (!v) continue;
        std::string_view value = php_trim(*v);
        if (value.rfind("{{", 0) == 0) {
            // {{date|...}} and its redirects give their first argument; other templates nothing.
            std::string_view inner = value.substr(2);
            inner = inner.substr(0, inner.find("}}"));
            const auto bar = inner.find('|');
            const std::string tname = ascii_lower(php_trim(inner.substr(0, bar)));
            if (bar != std::string_view::npos &&
                (tname == "date" || tname == "datetomos" || tname == "formatdate" ||
                 tname == "isotodmymdy" || tname == "isotomos")) {
                std::string_view arg = inner.substr(bar + 1);
                return anchor_year(php_trim(arg.substr(0, arg.find('|'))));
            }
            templated = true;
            return {};
        }
        if (value.empty()) continue;
        if (value.find("{{") != std::string_view::npos) templated = true;
        return anchor_year(value);
    }
    return {};
}

// Whether an anchor can depend on a parameter of this name: names, dates, |ref= and kin.
bool anchor_relevant(std::string_view name) {
    static constexpr std::string_view parts[] = {"last", "author",      "surname", "subject",
                                                 "host", "contributor", "editor",  "invent",
                                                 "date", "year"};
    static constexpr std::string_view whole[] = {"ref",    "Ref",   "id",     "harvid",
                                                 "volume", "gdate", "pubdate"};
    for (std::string_view w : whole)
        if (name == w) return true;
    // A part anywhere in the name, in one pass: a part is compared only where its first letter
    // stands (every parameter of every citation is looked at here), and the parts only where
    // the first letter of one of them does.
    static constexpr auto initials = [] {
        std::array<bool, 256> table{};
        for (std::string_view part : parts)
            table[static_cast<unsigned char>(part.front())] = true;
        return table;
    }();
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!initials[static_cast<unsigned char>(name[i])]) continue;
        for (std::string_view part : parts)
            if (part.front() == name[i] && name.substr(i).starts_with(part)) return true;
    }
    return false;
}

// A template's arguments by name (positional ones by number); with `all` false only those an
// anchor can depend on.
Params params_of(const Article& a, std::uint32_t node,
                 std::vector<std::pair<std::string, std::uint32_t>>* positional = nullptr,
                 bool all = true) {
    Params p;
    const auto& nodes = a.syntax.nodes;
    const Node& t = nodes[node];
    unsigned position = 0;
    for (std::uint32_t j = node + 1; j < nodes.size() && nodes[j].whole.begin < t.whole.end; ++j) {
        if (nodes[j].parent != node || nodes[j].kind != NodeKind::template_arg) continue;
        std::string name =
            nodes[j].named ? clean_text(a.text(nodes[j].name)) : std::to_string(++position);
        if (!all && !anchor_relevant(name)) continue;
        p.named.emplace_back(std::move(name), clean_text(a.text(nodes[j].inner)));
        if (positional) positional->emplace_back(p.named.back().first, j);
    }
    return p;
}

// The parameters of a citation already read, those an anchor can depend on.
void params_of(const Citation& c, ViewParams& p) {
    p.named.reserve(c.params.size());
    for (const CitationParam& param : c.params)
        if (anchor_relevant(param.name)) p.named.emplace_back(param.name, param.value);
}

// Whether a template has a named argument `name` (written without comments).
bool has_named_arg(const Article& a, std::uint32_t node, std::string_view name) {
    const auto& nodes = a.syntax.nodes;
    for (std::uint32_t j = node + 1;
         j < nodes.size() && nodes[j].whole.begin < nodes[node].whole.end; ++j)
        if (nodes[j].parent == node && nodes[j].named && php_trim(a.text(nodes[j].name)) == name)
            return true;
    return false;
}

// The argument node of a parameter, by the name params_of() gave it; the last one wins.
std::uint32_t arg_node(const std::vector<std::pair<std::string, std::uint32_t>>& where,
                       const std::string& key) {
    for (auto it = where.rbegin(); it != where.rend(); ++it)
        if (it->first == key) return it->second;
    return syntax::no_parent;
}

class FootnotesCollector {
  public:
    FootnotesCollector(Article& a, const FootnoteTemplates& catalogue)
        : a_(a), catalogue_(catalogue) {}

    void run() {
        const auto& nodes = a_.syntax.nodes;
        std::size_t next_citation = 0;
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            const Node& n = nodes[i];
            if (n.kind != NodeKind::template_call) continue;
            while (next_citation < a_.citations.size() && a_.citations[next_citation].node < i)
                ++next_citation;
            const bool is_citation =
                next_citation < a_.citations.size() && a_.citations[next_citation].node == i;
            std::string_view written = php_trim(a_.text(n.name));
            if (written.empty() || written.front() == '#' || written.front() == '{') continue;
            const std::string name = title_without_subpage(i, written);
            NameFacts& facts = names_.try_emplace(name).first->second;
            // The page's wiki makes this template's anchor by a recipe citelint knows (ru.wiki's
            // {{книга}}: CITEREF + ref + год + буква, only when |ref= is given).
            if (const Site* site = a_.options.site; site && !a_.options.site_from_page) {
                if (const auto recipe = anchor_recipe(*site, canonical_title(name));
                    !recipe.empty()) {
                    recipe_anchor(i, recipe);
                    continue;
                }
            }
            if (is_citation && a_.citations[next_citation].cs1) {
                citation(i, static_cast<std::int32_t>(next_citation), name);
                continue;
            }
            if (!facts.looked_up)
                facts = {true, catalogue_.role(name), catalogue_.is_wrapper(name)};
            switch (facts.role) {
            case FootnoteRole::sfn:
            case FootnoteRole::harv:
                short_citation(i, name,
                               facts.role == FootnoteRole::sfn ? ShortCitationKind::sfn
                                                               : ShortCitationKind::harv);
                continue;
            case FootnoteRole::sfnm:
                short_citations_m(i, name);
                continue;
            case FootnoteRole::harvs:
                short_citations_s(i, name);
                continue;
            case FootnoteRole::anchor:
                anchor_template(i, name);
                continue;
            case FootnoteRole::vcite:
                vcite(i, name);
                continue;
            case FootnoteRole::harvc:
                harvc(i, name);
                continue;
            case FootnoteRole::wikicite:
                wikicite(i, name);
                continue;
            case FootnoteRole::whitelist:
                for (const auto& [pname, value] : params_of(a_, i).named)
                    if (all_digits(pname) && !value.empty())
                        a_.anchor_whitelist.push_back(anchor_encode(value));
                continue;
            case FootnoteRole::patent:
                citation(i, is_citation ? static_cast<std::int32_t>(next_citation) : -1, name,
                         true);
                continue;
            case FootnoteRole::sfnref:
            case FootnoteRole::none:
                break;
            }
            if (facts.wrapper) {
                const Params p = params_of(a_, i, nullptr, false);
                if (const WrapperDefault* w = catalogue_.wrapper(name, volume_of(p))) {
                    wrapper(i, name, p, *w);
                    continue;
                }
            }
            if (name.rfind("Cite", 0) == 0 || name.rfind("Cita", 0) == 0) {
                citation(i, is_citation ? static_cast<std::int32_t>(next_citation) : -1, name);
                continue;
            }
            // Any other template given |ref={{sfnref|...}} passes it on to a citation it wraps
            // ({{IUCN|...|ref={{harvid|Lindsey|2008}}}}): Module:Footnotes does not know it, but
            // the page has the anchor.
            if (!has_named_arg(a_, i, "ref")) continue;
            const Params p = params_of(a_, i, nullptr, false);
            if (const std::string* ref = p.get("ref")) {
                if (auto id = sfnref_text(*ref)) {
                    add_anchor(i, *id, AnchorMaker::wrapper);
                } else if (const std::string_view r = php_trim(*ref); !r.empty()) {
                    // Another wiki's citation template makes its anchor from |ref= by a recipe
                    // of its own (ru.wiki's {{книга}}: CITEREF + ref + год): what it begins with.
                    a_.local_anchor_bases.push_back(anchor_encode(r));
                    a_.local_anchor_bases.push_back("CITEREF" + anchor_encode(r));
                }
            }
        }
        std::sort(a_.local_anchor_bases.begin(), a_.local_anchor_bases.end());
        a_.template_names.reserve(names_.size());
        for (const auto& [name, facts] : names_)
            a_.template_names.push_back(name);
        std::sort(a_.template_names.begin(), a_.template_names.end());
        std::sort(a_.anchor_whitelist.begin(), a_.anchor_whitelist.end());
        count_targets();
    }

  private:
    Article& a_;
    const FootnoteTemplates& catalogue_;

    // Article::anchor_ids, and ShortCitation::targets: how many anchors of the page make each
    // one's target.
    void count_targets() {
        std::vector<std::string_view>& ids = a_.anchor_ids;
        ids.reserve(a_.anchors.size());
        for (const Anchor& anchor : a_.anchors)
            ids.push_back(anchor.id);
        std::sort(ids.begin(), ids.end());
        for (ShortCitation& s : a_.short_citations) {
            const auto [first, last] = std::equal_range(ids.begin(), ids.end(), s.target);
            s.targets = static_cast<std::uint32_t>(last - first);
        }
    }

    // What the catalogue says of a template's name, asked once per name and page: a page calls
    // the same templates again and again, and each answer is a search of a large table.
    struct NameFacts {
        bool looked_up = false;
        FootnoteRole role = FootnoteRole::none;
        bool wrapper = false;
    };
    // Every template name used on the page (Article::template_names), with its facts.
    std::unordered_map<std::string, NameFacts> names_;

    // The canonical name of template `i`, of a subpage ({{Sfn/doc}}) without its "/...".
    std::string title_without_subpage(std::uint32_t i, std::string_view written) const {
        if (written.find('/') == std::string_view::npos) return std::string(a_.template_title(i));
        const std::string cleaned = strip_comments(written);
        return canonical_title(std::string_view(cleaned).substr(0, cleaned.find('/')));
    }

    static std::string volume_of(const Params& p) {
        const std::string* v = p.get("volume");
        return v ? std::string(php_trim(anchor_text(*v))) : std::string();
    }

    void recipe_anchor(std::uint32_t node, std::span<const std::string_view> recipe) {
        if (!has_named_arg(a_, node, recipe.front())) return;
        const Params p = params_of(a_, node); // every parameter: the recipe's are local names
        const std::string* first = p.get(recipe.front());
        if (!first || php_trim(*first).empty()) return;
        std::string id = "CITEREF";
        bool templated = false; // a value that is only known once expanded ({{nobr|2002}})
        for (const std::string_view param : recipe)
            if (const std::string* v = p.get(param)) {
                id += php_trim(*v);
                templated = templated || v->find("{{") != std::string::npos;
            }
        add_anchor(node, std::move(id), AnchorMaker::wrapper).uncertain = templated;
    }

    Anchor& add_anchor(std::uint32_t node, std::string id, AnchorMaker maker) {
        const Node& n = a_.node(node);
        Anchor anchor;
        anchor.id = anchor_encode(id);
        anchor.maker = maker;
        anchor.node = node;
        anchor.opening = {n.whole.begin, n.name.end};
        anchor.section = a_.section_at(n.whole.begin);
        a_.anchors.push_back(std::move(anchor));
        return a_.anchors.back();
    }

    // anchor_id_make_cs12() and, for wrappers, anchor_id_make_wrapper(): |ref= first, then
    // the names and the year.
    void citation(std::uint32_t node, std::int32_t index, const std::string& /*name*/,
                  bool patent = false, const WrapperDefault* defaults = nullptr) {
        ViewParams p;
        if (index >= 0) {
            params_of(a_.citations[static_cast<std::size_t>(index)], p);
        } else {
            p.owned = params_of(a_, node, nullptr, false);
            for (const auto& [pname, value] : p.owned.named)
                p.named.emplace_back(pname, value);
        }
        bool templated = false;
        const std::string year =
            patent
                ? date_get(p, {"issue-date", "gdate", "publication-date", "pubdate"}, templated)
                : date_get(p, {"year", "date", "publication-date", "publicationdate"}, templated);
        std::optional<std::string> ref;
        if (const std::string_view* r = p.get("ref"); r && !php_trim(*r).empty())
            ref = std::string(php_trim(*r));
        const AnchorMaker maker = defaults ? AnchorMaker::wrapper : AnchorMaker::citation;
        auto made = [&](std::string id) -> Anchor& {
            Anchor& anchor = add_anchor(node, std::move(id), maker);
            anchor.citation = index;
            // A full citation inside a ref is exempt whatever template makes it: a wrapper
            // (<ref>{{CathEncy |...}}</ref>) as well as a CS1 template.
            anchor.in_ref = index >= 0 ? a_.citations[static_cast<std::size_t>(index)].in_ref
                                       : inside_ref(a_, node);
            return anchor;
        };
        if (ref && ref->front() == '{') {
            if (auto id = sfnref_text(*ref)) made(*id);
            return;
        }
        if (ref && *ref == "none" && !patent) return;
        if (ref && *ref != "harv") {
            made(*ref);
            return;
        }
        const NameParams np = name_params(p);
        std::vector<std::string> names;
        if (patent) {
            names = names_get(np, inventor_aliases);
        } else {
            names = names_get(np, contributor_aliases);
            if (names.empty()) names = names_get(np, author_aliases);
            if (names.empty()) names = vnames_get(np, "vauthors");
            if (names.empty()) names = names_get(np, editor_aliases);
            if (names.empty()) names = vnames_get(np, "veditors");
        }
        std::string dated = year;
        if (defaults) {
            if (names.empty()) names.push_back(defaults->names);
            if (dated.empty()) dated = defaults->year;
        }
        const bool names_unknown = names_templated(p);
        if (names.empty() && !names_unknown) return;
        Anchor& anchor = made("CITEREF" + joined(names) + dated);
        anchor.names = std::move(names);
        anchor.year = dated;
        anchor.uncertain = templated || names_unknown;
    }

    // Whether a value a name could come from holds a template (Module:Footnotes drops it; the
    // citation module would show what it expands to).
    static bool names_templated(const ViewParams& p) {
        // The value first: few hold a template.
        for (const auto& [name, value] : p.named)
            if (value.find("{{") != std::string::npos &&
                (name.find("last") != std::string::npos ||
                 name.find("author") != std::string::npos ||
                 name.find("surname") != std::string::npos ||
                 name.find("editor") != std::string::npos ||
                 name.find("contributor") != std::string::npos))
                return true;
        return false;
    }

    void wrapper(std::uint32_t node, const std::string& name, const Params&,
                 const WrapperDefault& defaults) {
        citation(node, -1, name, false, &defaults);
    }

    void anchor_template(std::uint32_t node, const std::string&) {
        for (const auto& [pname, value] : params_of(a_, node).named) {
            if (!all_digits(pname)) continue;
            if (auto id = sfnref_text(value)) {
                add_anchor(node, *id, AnchorMaker::anchor);
                continue;
            }
            if (const std::string text = anchor_text(value); !text.empty())
                add_anchor(node, text, AnchorMaker::anchor);
        }
    }

    void vcite(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        if (const std::string* r = p.get("ref"); r && php_trim(*r).rfind("{{", 0) == 0) {
            if (auto id = sfnref_text(*r)) add_anchor(node, *id, AnchorMaker::vcite);
            return;
        }
        const NameParams np = name_params(p);
        if (const std::string_view* r = np.get("ref"))
            add_anchor(node, std::string(*r), AnchorMaker::vcite);
        else if (const std::string_view* h = np.get("harvid"))
            add_anchor(node, "CITEREF" + std::string(*h), AnchorMaker::vcite);
    }

    void harvc(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        bool templated = false;
        const std::string year = date_get(p, {"anchor-year", "year"}, templated);
        if (const std::string* id = p.get("id"); id && php_trim(*id).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*id)) add_anchor(node, *made, AnchorMaker::harvc);
            return;
        }
        const NameParams np = name_params(p);
        if (const std::string_view* id = np.get("id")) {
            add_anchor(node, std::string(*id), AnchorMaker::harvc);
            return;
        }
        std::vector<std::string> names = names_get(np, harvc_aliases);
        if (names.empty()) return;
        Anchor& anchor = add_anchor(node, "CITEREF" + joined(names) + year, AnchorMaker::harvc);
        anchor.names = std::move(names);
        anchor.year = year;
        anchor.uncertain = templated;
    }

    void wikicite(std::uint32_t node, const std::string&) {
        const Params p = params_of(a_, node, nullptr, false);
        const std::string* ref = p.get("ref");
        const std::string* id = p.get("id");
        if (ref && php_trim(*ref).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*ref)) add_anchor(node, *made, AnchorMaker::wikicite);
        } else if (ref && !php_trim(*ref).empty()) {
            add_anchor(node, std::string(php_trim(*ref)), AnchorMaker::wikicite);
        } else if (id && php_trim(*id).rfind("{{", 0) == 0) {
            if (auto made = sfnref_text(*id))
                add_anchor(node, "Reference-" + *made, AnchorMaker::wikicite);
        } else if (id && !php_trim(*id).empty()) {
            add_anchor(node, "Reference-" + std::string(php_trim(*id)), AnchorMaker::wikicite);
        }
    }

    ShortCitation start_short(std::uint32_t node, const std::string& name,
                              ShortCitationKind kind) const {
        const Node& n = a_.node(node);
        ShortCitation s;
        s.kind = kind;
        s.template_name = name;
        s.node = node;
        s.span = n.whole;
        s.opening = {n.whole.begin, n.name.end};
        return s;
    }

    // The short citation's target as core() makes it from P1..P5 and |ref=.
    void finish_short(ShortCitation s, std::array<std::string, 5> P, const std::string& ref) {
        // core(): the year is the last given P, when it is a year; a non-year P5 is dropped.
        int year_at = -1;
        for (int k = 4; k >= 1; --k)
            if (!P[static_cast<std::size_t>(k)].empty()) {
                if (is_year(P[static_cast<std::size_t>(k)]))
                    year_at = k;
                else if (k == 4)
                    P[4].clear();
                break;
            }
        for (int k = 0; k < 5; ++k) {
            const std::string& v = P[static_cast<std::size_t>(k)];
            if (v.find("{{") != std::string::npos) s.uncertain = true;
            if (k == year_at)
                s.year = v;
            else if (!v.empty() && k < 4)
                s.names.push_back(v);
        }
        if (ref == "none") return;
        if (!ref.empty()) {
            s.explicit_ref = true;
            s.target = anchor_encode(ref);
            if (ref.find("{{") != std::string::npos) {
                if (auto id = sfnref_text(ref))
                    s.target = anchor_encode(*id);
                else
                    s.uncertain = true;
            }
        } else {
            s.target = anchor_encode("CITEREF" + P[0] + P[1] + P[2] + P[3] + P[4]);
        }
        a_.short_citations.push_back(std::move(s));
    }

    static Span span_of(const Article& a, const std::vector<std::uint32_t>& args) {
        Span s{};
        for (std::uint32_t j : args) {
            const Span v = a.node(j).inner;
            if (s.begin == s.end) s = v;
            s.begin = std::min(s.begin, v.begin);
            s.end = std::max(s.end, v.end);
        }
        return s;
    }

    // The ref {{sfn}} or {{sfnp}} makes (Module:Footnotes' sfn() and core()), from P1..P5 as
    // args_fetch() leaves them (P5 a year found further on); none when an argument it is made
    // of holds a template, whose expansion is not known here.
    void footnote_ref(std::uint32_t node, const std::string& template_name,
                      std::array<std::string, 5> P, const Params& p) {
        auto arg = [&](std::initializer_list<std::string_view> names) -> std::string {
            for (std::string_view n : names)
                if (const std::string* v = p.get(n)) return *v;
            return {};
        };
        const std::string page = arg({"p", "page"});
        const std::string pages = arg({"pp", "pages"});
        const std::string location = arg({"loc"});
        const std::string ref = arg({"ref", "Ref"});
        const std::string* ps = p.get("postscript");
        if (!ps) ps = p.get("ps");
        std::string postscript = ps ? *ps : ".";
        if (postscript == "none") postscript.clear();
        for (std::string_view v :
             {std::string_view(P[0]), std::string_view(P[1]), std::string_view(P[2]),
              std::string_view(P[3]), std::string_view(P[4]), std::string_view(page),
              std::string_view(pages), std::string_view(location), std::string_view(ref),
              std::string_view(postscript)})
            if (v.find("{{") != std::string_view::npos) return;
        const bool brackets = catalogue_.brackets_year(template_name);
        auto year = [&](const std::string& y) { return brackets ? "(" + y + ")" : y; };
        std::string text;
        if (!P[4].empty()) {
            if (is_year(P[4])) {
                text = P[0] + " et al. " + year(P[4]);
            } else {
                P[4].clear(); // not a year: neither shown nor part of the anchor
                text = P[0] + " et al.";
            }
        } else if (!P[3].empty()) {
            text = is_year(P[3]) ? P[0] + ", " + P[1] + " &amp; " + P[2] + " " + year(P[3])
                                 : P[0] + " et al.";
        } else if (!P[2].empty()) {
            text = is_year(P[2]) ? P[0] + " &amp; " + P[1] + " " + year(P[2])
                                 : P[0] + ", " + P[1] + " &amp; " + P[2];
        } else if (!P[1].empty()) {
            text = is_year(P[1]) ? P[0] + " " + year(P[1]) : P[0] + " &amp; " + P[1];
        } else {
            text = P[0];
        }
        // A result ending in a dot ("n.d.") loses it to a postscript of exactly "." when no
        // in-source location follows.
        if (!text.empty() && text.back() == '.' && postscript == "." && page.empty() &&
            pages.empty() && location.empty())
            text.pop_back();
        const std::string names = P[0] + P[1] + P[2] + P[3] + P[4];
        if (ref != "none")
            text = "[[#" + anchor_encode(ref.empty() ? "CITEREF" + names : ref) + "|" + text + "]]";
        if (!page.empty())
            text += ", p.&nbsp;" + page;
        else if (!pages.empty())
            text += ", pp.&nbsp;" + pages;
        if (!location.empty()) text += ", " + location;
        a_.footnote_refs.push_back({node,
                                    collapse_spaces("FOOTNOTE" + names + strip_url(page) +
                                                    strip_url(pages) + strip_url(location)),
                                    collapse_spaces(text + postscript)});
    }

    void short_citation(std::uint32_t node, const std::string& name, ShortCitationKind kind) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto arg = [&](const std::string& key) -> const std::string* { return p.get(key); };
        std::array<std::string, 5> P;
        std::vector<std::uint32_t> used;
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        for (std::size_t k = 0; k < 5; ++k)
            if (const std::string* v = arg(std::to_string(k + 1))) {
                P[k] = *v;
                used.push_back(node_of(std::to_string(k + 1)));
            }
        if (!is_year(P[4]))
            for (std::size_t k = 6; const std::string* v = arg(std::to_string(k)); ++k)
                if (is_year(*v)) {
                    P[4] = *v;
                    used.push_back(node_of(std::to_string(k)));
                    break;
                }
        ShortCitation s = start_short(node, name, kind);
        const std::string* ref = arg("ref");
        if (!ref) ref = arg("Ref");
        if (ref) {
            if (const auto j = node_of(p.get("ref") ? "ref" : "Ref");
                j != syntax::no_parent && !php_trim(*ref).empty())
                used = {j};
        }
        s.target_span = used.empty() ? s.opening : span_of(a_, used);
        const std::string* i1 = arg("ignore-false-positive");
        const std::string* i2 = arg("ignore-err");
        s.ignore_errors = (i1 && *i1 == "yes") || (i2 && *i2 == "yes");
        if (kind == ShortCitationKind::sfn) footnote_ref(node, name, P, p);
        finish_short(std::move(s), std::move(P), ref ? *ref : std::string());
    }

    // {{harvs}}: one author list and several years, each year a work it links to.
    void short_citations_s(std::uint32_t node, const std::string& name) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        NameParams np;
        for (const auto& [key, value] : p.named)
            if (!value.empty()) np.add(key, value);
        const std::vector<std::string> names = names_get(np, harvs_aliases);
        if (names.empty()) return;
        for (int n = 1; n <= 20; ++n) {
            const std::string key = n == 1 ? "year" : "year" + std::to_string(n);
            const std::string* year = p.get(key);
            if (!year && n == 1) year = p.get("year1");
            if (!year) {
                if (n == 1) continue;
                break;
            }
            ShortCitation s = start_short(node, name, ShortCitationKind::harv);
            const std::uint32_t arg = node_of(p.get(key) ? key : "year1");
            s.target_span = arg == syntax::no_parent ? s.opening : a_.node(arg).inner;
            std::array<std::string, 5> P;
            for (std::size_t k = 0; k < names.size() && k < 4; ++k)
                P[k] = names[k];
            P[std::min<std::size_t>(names.size(), 4)] = *year;
            finish_short(std::move(s), std::move(P), std::string());
        }
    }

    // sfnm(): sources numbered 1, 2, ... with named parts (1a1..1a4, 1y) or positional pairs.
    void short_citations_m(std::uint32_t node, const std::string& name) {
        std::vector<std::pair<std::string, std::uint32_t>> where;
        const Params p = params_of(a_, node, &where);
        auto node_of = [&](const std::string& key) { return arg_node(where, key); };
        std::size_t first = 1;
        for (std::size_t n = 1;; ++n) {
            const std::string prefix = std::to_string(n);
            const std::string* a1 = p.get(prefix + "a1");
            const std::string* positional = p.get(std::to_string(first));
            if (!a1 && !positional) break;
            std::array<std::string, 5> P;
            std::vector<std::uint32_t> used;
            if (a1) {
                for (std::size_t k = 0; k < 5; ++k) {
                    const std::string key = prefix + "a" + std::to_string(k + 1);
                    const std::string* v = p.get(key);
                    if (v && !v->empty()) {
                        P[k] = *v;
                        used.push_back(node_of(key));
                        continue;
                    }
                    if (const std::string* y = p.get(prefix + "y")) {
                        P[k] = *y;
                        used.push_back(node_of(prefix + "y"));
                    }
                    break;
                }
            } else {
                P[0] = *positional;
                used.push_back(node_of(std::to_string(first)));
                if (const std::string* y = p.get(std::to_string(first + 1))) {
                    P[1] = *y;
                    used.push_back(node_of(std::to_string(first + 1)));
                }
                first += 2;
            }
            ShortCitation s = start_short(node, name, ShortCitationKind::sfnm);
            used.erase(std::remove(used.begin(), used.end(), syntax::no_parent), used.end());
            s.target_span = used.empty() ? s.opening : span_of(a_, used);
            const std::string* ref = p.get(prefix + "ref");
            const std::string* i1 = p.get(prefix + "ignore-false-positive");
            const std::string* i2 = p.get(prefix + "ignore-err");
            s.ignore_errors = (i1 && *i1 == "yes") || (i2 && *i2 == "yes");
            finish_short(std::move(s), std::move(P), ref ? *ref : std::string());
        }
    }
};

} // namespace

void collect_footnotes(Article& a, const FootnoteTemplates& catalogue) {
    FootnotesCollector(a, catalogue).run();
}

} // namespace citelint::model
