// Module:Footnotes' and Module:Footnotes/anchor id list's rules, as the model reads them:
// which parameters an anchor depends on, the names and the year it is made of, the years a
// short citation takes, and the text a footnote shows (../shared/spec/citation-templates.md
// §2.1-2.3). Private to the model: footnotes.cpp applies them to the templates of a page.
#pragma once

#include <algorithm>
#include <array>
#include <forward_list>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../text.hpp"

namespace citelint::model::anchor_rules {

// Module:Footnotes' is_year(), with an optional lower-case disambiguation letter.
bool is_year(std::string_view v);

// The year part of a citation's date as Module:Footnotes/anchor id list reads it
// (patterns_date, tried in order); "" when the date is not recognised.
std::string anchor_year(std::string_view d);

// Runs of spaces made one space (gsub('%s+', ' ')).
std::string collapse_spaces(std::string_view s);

// Module:Footnotes' strip_url(): the URI of each external link in an in-source location
// ("[scheme://...", up to a space) without its reserved characters, for the footnote's name.
std::string strip_url(std::string_view v);

// What Module:Footnotes keeps of a parameter value for an anchor: wikilinks by their label,
// templates (and any other balanced braces) dropped, `((...))` unwrapped.
std::string anchor_text(std::string_view raw);

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
inline bool anchor_text_is_trim(std::string_view raw) {
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

inline constexpr NameAliases contributor_aliases{"contributor#", "contributor-last#",
                                                 "contributor#-last", "contributor-surname#",
                                                 "contributor#-surname"};
inline constexpr NameAliases author_aliases{"last#",        "author#",  "surname#", "author-last#",
                                            "author#-last", "subject#", "host#"};
inline constexpr NameAliases editor_aliases{"editor#", "editor-last#", "editor#-last",
                                            "editor-surname#", "editor#-surname"};
inline constexpr NameAliases inventor_aliases{
    "inventor#",         "inventor-last#", "inventor#-last", "inventor-surname#",
    "inventor#-surname", "invent#",        "invent-#"};
inline constexpr NameAliases harvc_aliases{"last#", "author#"};
inline constexpr NameAliases harvs_aliases{"last#", "author#", "surname#"};

// names_get(): the first four names of a list (missing ones leave no trace in the id). For each
// number the first alias given wins, and for number 1 `last1` comes before `last`; in one pass
// over the parameters.
std::vector<std::string> names_get(const NameParams& p, const NameAliases& aliases);

// The names run together, as an anchor id holds them.
std::string joined(const std::vector<std::string>& names);

// vnames_get(): surnames of the first four Vancouver-style names of |vauthors= or |veditors=.
std::vector<std::string> vnames_get(const NameParams& p, std::string_view param);

// {{sfnref|A|B|2020}} / {{harvid|...}} written in a parameter: CITEREF and its first five
// positional parts; nullopt when the text is not such a template.
std::optional<std::string> sfnref_text(std::string_view text);

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
inline bool anchor_relevant(std::string_view name) {
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

} // namespace citelint::model::anchor_rules
