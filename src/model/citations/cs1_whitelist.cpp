#include "cs1_whitelist.hpp"

#include <algorithm>

#include "../text.hpp"
#include "../tsv.hpp"
#include "lua_pattern.hpp"

namespace citelint::model {

namespace {

// What a suggestion's comment says of the renaming (rules/data/cs1_suggestions.tsv).
Cs1Renaming renaming_of(std::string_view comment) {
    const std::string c = ascii_lower(comment);
    if (c.empty() || c == "misspelling" || c == "old parameter name" ||
        c == "old parameter alias" || c == "old parameter")
        return Cs1Renaming::same_meaning;
    for (const std::string_view mark :
         {"(", "not a direct", "emulat", "either", "misguess", "only"})
        if (c.find(mark) != std::string::npos) return Cs1Renaming::not_direct;
    return Cs1Renaming::translation; // a language's name: "German", "Spanish, Polish"
}

constexpr std::uint32_t basic = 1u << 0;
constexpr std::uint32_t numbered = 1u << 1;
constexpr std::uint32_t limited_basic = 1u << 2;
constexpr std::uint32_t limited_numbered = 1u << 3;
constexpr std::uint32_t first_preprint_bit = 4; // four preprint classes at most
constexpr std::uint32_t first_unique_bit = 8;   // then the classes with unique arguments

// Lua's name:gsub("%d+", "#").
std::string enumerated(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (ascii_digit(name[i])) {
            out += '#';
            while (i + 1 < name.size() && ascii_digit(name[i + 1]))
                ++i;
        } else {
            out += name[i];
        }
    }
    return out;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), ascii_digit);
}

bool same_letters(std::string_view a, std::string_view b) {
    std::string x(a), y(b);
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

// Utilities.substitute: $1 in the suggestion is the capture.
std::string substitute(std::string_view suggestion, std::string_view capture) {
    std::string out;
    for (std::size_t i = 0; i < suggestion.size(); ++i) {
        if (suggestion[i] == '$' && i + 1 < suggestion.size() && suggestion[i + 1] == '1') {
            out += capture;
            ++i;
        } else {
            out += suggestion[i];
        }
    }
    return out;
}

} // namespace

Cs1Whitelist::Cs1Whitelist(std::string_view whitelist_tsv, std::string_view suggestions_tsv) {
    for_each_row(whitelist_tsv, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 3 || f[0].empty()) return;
        const std::uint32_t bit = scope_bit(f[1]);
        if (!bit) return;
        auto it = std::find_if(entries_.begin(), entries_.end(),
                               [&](const Entry& e) { return e.name == f[0]; });
        if (it == entries_.end()) {
            entries_.push_back({std::string(f[0])});
            it = entries_.end() - 1;
        }
        if (f[2] == "valid") it->valid |= bit;
        if (f[2] == "deprecated") {
            it->deprecated |= bit;
            if (f[0].size() < 64) deprecated_lengths_ |= std::uint64_t{1} << f[0].size();
        }
    });
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& x, const Entry& y) { return x.name < y.name; });
    for_each_row(suggestions_tsv, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 3 || f[1].empty()) return;
        if (f[0] == "exact")
            exact_.push_back(
                {std::string(f[1]), {std::string(f[2]), renaming_of(f.size() > 3 ? f[3] : "")}});
        if (f[0] == "lua_pattern") patterns_.push_back({std::string(f[1]), std::string(f[2])});
    });
    std::vector<std::pair<std::string, std::uint32_t>> names;
    names.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i)
        names.emplace_back(entries_[i].name, static_cast<std::uint32_t>(i));
    index_ = NameTable<std::uint32_t>(std::move(names));
    std::stable_sort(exact_.begin(), exact_.end(),
                     [](const Exact& x, const Exact& y) { return x.misspelling < y.misspelling; });
}

bool Cs1Whitelist::known_scope(std::string_view scope) {
    if (scope == "basic" || scope == "numbered" || scope == "limited_basic" ||
        scope == "limited_numbered")
        return true;
    for (std::string_view prefix : {"preprint:", "unique:"})
        if (scope.size() > prefix.size() && scope.substr(0, prefix.size()) == prefix) return true;
    return false;
}

std::uint32_t Cs1Whitelist::scope_bit(std::string_view scope) {
    if (scope == "basic") return basic;
    if (scope == "numbered") return numbered;
    if (scope == "limited_basic") return limited_basic;
    if (scope == "limited_numbered") return limited_numbered;
    auto class_bit = [](std::vector<std::string>& classes, std::string_view name,
                        std::uint32_t first, std::uint32_t last) -> std::uint32_t {
        auto it = std::find(classes.begin(), classes.end(), name);
        if (it == classes.end()) {
            if (first + classes.size() >= last) return 0;
            classes.emplace_back(name);
            it = classes.end() - 1;
        }
        return 1u << (first + static_cast<std::uint32_t>(it - classes.begin()));
    };
    if (scope.rfind("preprint:", 0) == 0)
        return class_bit(preprint_classes_, scope.substr(9), first_preprint_bit, first_unique_bit);
    if (scope.rfind("unique:", 0) == 0)
        return class_bit(unique_classes_, scope.substr(7), first_unique_bit, 32);
    return 0;
}

Cs1Scope Cs1Whitelist::scope(std::string_view cite_class) const {
    Cs1Scope s;
    for (std::size_t i = 0; i < preprint_classes_.size(); ++i)
        if (preprint_classes_[i] == cite_class) s.preprint = 1u << (first_preprint_bit + i);
    for (std::size_t i = 0; i < unique_classes_.size(); ++i)
        if (unique_classes_[i] == cite_class) s.unique = 1u << (first_unique_bit + i);
    return s;
}

const Cs1Whitelist::Entry* Cs1Whitelist::find(std::string_view name) const {
    const std::uint32_t* i = index_.find(name);
    return i ? &entries_[*i] : nullptr;
}

ParamState Cs1Whitelist::validate(std::string_view name, Cs1Scope scope, bool empty) const {
    if (name.find('#') != std::string_view::npos) return ParamState::unknown;
    const Entry* entry = find(name);
    const Entry* numbered_entry = nullptr;
    bool numbered_looked_up = false;
    auto numbered_lookup = [&]() {
        if (!numbered_looked_up) {
            numbered_looked_up = true;
            numbered_entry = has_digit(name) ? find(enumerated(name)) : entry;
        }
        return numbered_entry;
    };
    // The module's state_test: true decides, false (deprecated) decides unless the value is
    // empty, nil goes on to the next list.
    auto decides = [&](const Entry* e, std::uint32_t bit, ParamState& out) {
        if (!e || !bit) return false;
        if (e->valid & bit) {
            out = ParamState::valid;
            return true;
        }
        if ((e->deprecated & bit) && !empty) {
            out = ParamState::deprecated;
            return true;
        }
        return false;
    };
    ParamState out = ParamState::unknown;
    if (scope.preprint) {
        if (decides(entry, limited_basic, out) || decides(entry, scope.preprint, out) ||
            decides(numbered_lookup(), limited_numbered, out))
            return out;
        return ParamState::unknown;
    }
    if (decides(entry, scope.unique, out) || decides(entry, basic, out) ||
        decides(numbered_lookup(), numbered, out))
        return out;
    return ParamState::unknown;
}

Cs1Suggestion Cs1Whitelist::suggest(std::string_view name, Cs1Scope scope) const {
    const std::string lower = ascii_lower(name);
    if (validate(lower, scope) != ParamState::unknown) return {lower};
    for (const Pattern& p : patterns_) {
        const auto capture = lua_match(name, p.pattern);
        if (!capture) continue;
        std::string suggested = substitute(p.suggestion, *capture);
        if (validate(suggested, scope) != ParamState::unknown) return {std::move(suggested)};
        return {}; // the module then reports the name as unknown, without looking further
    }
    const auto it = std::lower_bound(
        exact_.begin(), exact_.end(), lower,
        [](const Exact& e, const std::string& key) { return e.misspelling < key; });
    if (it != exact_.end() && it->misspelling == lower &&
        validate(it->suggestion.name, scope) != ParamState::unknown)
        return it->suggestion;
    return {};
}

std::string Cs1Whitelist::nearest(std::string_view name, Cs1Scope scope,
                                  std::size_t max_distance) const {
    std::string best;
    std::size_t best_distance = max_distance + 1;
    for (const Entry& e : entries_) {
        if (e.name.find('#') != std::string::npos) continue;
        const std::size_t length_gap =
            e.name.size() > name.size() ? e.name.size() - name.size() : name.size() - e.name.size();
        if (length_gap >= best_distance) continue;
        if (validate(e.name, scope) != ParamState::valid) continue;
        const std::size_t d = levenshtein(name, e.name);
        // Of two as close, a transposition ("tilte") wins over another edit ("time").
        const bool better =
            d < best_distance ||
            (d == best_distance && same_letters(name, e.name) && !same_letters(name, best));
        if (better) {
            best_distance = d;
            best = e.name;
        }
    }
    return best;
}

std::vector<std::string_view> Cs1Whitelist::unique_classes(std::string_view name) const {
    std::vector<std::string_view> out;
    if (const Entry* e = find(name))
        for (std::size_t i = 0; i < unique_classes_.size(); ++i)
            if (e->valid & (1u << (first_unique_bit + i))) out.push_back(unique_classes_[i]);
    return out;
}

} // namespace citelint::model
