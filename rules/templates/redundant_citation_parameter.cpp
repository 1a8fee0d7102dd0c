#include <algorithm>
#include <string>
#include <vector>

#include "cs1_arguments.hpp"

namespace citelint::rules {

namespace {

// One name of a set of which the module takes one (Utilities.select_one).
struct Alias {
    std::string name;           // for an enumerated list the name with '#', or without it
    std::uint16_t group = 0;    // the set
    std::uint16_t rank = 0;     // order of precedence: lower wins
    bool enumerated = false;    // holds '#', matched with the index in its place
    std::string_view only;      // the class that checks the set; empty for every class
    std::int8_t list = -1;      // the name list (index in name_lists), -1 for a plain set
    bool names_someone = false; // a last or first name: what keeps extract_names() going
};

// The enumerated name lists the module reads with extract_names().
constexpr std::string_view name_lists[] = {"AuthorList", "ContributorList", "EditorList",
                                           "InterviewerList", "TranslatorList"};

struct Sets {
    std::vector<Alias> aliases;                  // sorted by name
    std::vector<std::int32_t> slots;             // hash of the first alias of each name, -1 empty
    std::vector<std::vector<std::string>> names; // of each group, for messages
};

// The sets: each meta-parameter of rules/data/cs1_aliases.tsv with more than one name, except
// page, pages and at, which the module checks together with sheet and sheets in one call; the
// name lists, index by index; and the pairs CS1.lua checks by hand for some classes.
const Sets& sets() {
    static const Sets all = [] {
        Sets out;
        auto add = [&](const std::vector<std::string>& names, std::string_view only, int list,
                       bool names_someone) {
            const auto group = static_cast<std::uint16_t>(out.names.size());
            out.names.push_back(names);
            for (std::size_t r = 0; r < names.size(); ++r) {
                const std::string& name = names[r];
                const auto hash = name.find('#');
                Alias alias{name,
                            group,
                            static_cast<std::uint16_t>(2 * r + 1),
                            hash != std::string::npos,
                            only,
                            static_cast<std::int8_t>(list),
                            names_someone};
                if (alias
                        .enumerated) { // index 1 is also the name without a number, looked at first
                    Alias plain = alias;
                    plain.name = name.substr(0, hash) + name.substr(hash + 1);
                    plain.enumerated = false;
                    plain.rank = static_cast<std::uint16_t>(2 * r);
                    out.aliases.push_back(std::move(plain));
                }
                out.aliases.push_back(std::move(alias));
            }
        };
        for (const auto& [meta, names] : model::Catalogues::builtin().cs1_aliases.all()) {
            if (names.size() < 2 || meta == "Page" || meta == "Pages" || meta == "At") continue;
            int list = -1;
            for (std::size_t l = 0; l < std::size(name_lists); ++l)
                if (std::string_view(meta).rfind(name_lists[l], 0) == 0) list = static_cast<int>(l);
            const bool names_someone = meta.ends_with("-Last") || meta.ends_with("-First");
            add(names, {}, list, names_someone);
        }
        add({"page", "p", "pp", "pages", "at", "sheet", "sheets"}, {}, -1, false);
        add({"id", "ID", "number"}, "techreport", -1, false);
        add({"map", "chapter", "contribution", "entry", "article"}, "map", -1, false);
        add({"season", "series-number", "series-no"}, "episode", -1, false);
        add({"minutes", "time"}, {}, -1, false);
        std::stable_sort(out.aliases.begin(), out.aliases.end(),
                         [](const Alias& x, const Alias& y) { return x.name < y.name; });
        std::size_t size = 16;
        while (size < out.aliases.size() * 4)
            size *= 2;
        out.slots.assign(size, -1);
        for (std::size_t i = 0; i < out.aliases.size(); ++i) {
            if (i > 0 && out.aliases[i].name == out.aliases[i - 1].name) continue;
            std::size_t slot = model::fnv1a(out.aliases[i].name) & (size - 1);
            while (out.slots[slot] >= 0)
                slot = (slot + 1) & (size - 1);
            out.slots[slot] = static_cast<std::int32_t>(i);
        }
        return out;
    }();
    return all;
}

// The pairs where a set of one meta-parameter (mailing list, encyclopedia) is redundant with a
// set of another (periodical): the first one wins.
struct CrossGroup {
    std::string_view winner, loser; // meta-parameters
    std::string_view only;          // class; "encyclopaedia" also covers {{citation}}
};
constexpr CrossGroup cross_groups[] = {
    {"MailingList", "Periodical", "mailinglist"},
    {"Encyclopedia", "Periodical", "encyclopaedia"},
};

struct Hit {
    std::uint16_t group;
    std::uint32_t index; // 0 for a plain set
    std::uint16_t rank;
    std::int8_t list;
    bool names_someone;
    const CitationParam* param;
};

// The number of an enumerated name ("last12" is last# with 12): its one run of digits.
bool split_index(std::string_view name, std::string& pattern, std::uint32_t& index) {
    const auto digit = model::ascii_digit;
    std::size_t first = 0;
    while (first < name.size() && !digit(name[first]))
        ++first;
    if (first == name.size()) return false;
    std::size_t last = first;
    while (last < name.size() && digit(name[last]))
        ++last;
    for (std::size_t i = last; i < name.size(); ++i)
        if (digit(name[i])) return false;
    if (last - first > 6) return false;
    index = 0;
    for (std::size_t i = first; i < last; ++i)
        index = index * 10 + static_cast<std::uint32_t>(name[i] - '0');
    pattern.assign(name.substr(0, first));
    pattern += '#';
    pattern += name.substr(last);
    return true;
}

// The last index extract_names() reads of a list (it checks the aliases there too): the
// second index in a row that has neither a last nor a first name.
std::uint32_t list_end(const std::vector<Hit>& hits, std::int8_t list) {
    std::vector<std::uint32_t> named;
    for (const Hit& h : hits)
        if (h.list == list && h.names_someone) named.push_back(h.index);
    std::sort(named.begin(), named.end());
    std::uint32_t misses = 0, i = 1;
    for (;; ++i) {
        if (std::binary_search(named.begin(), named.end(), i))
            misses = 0;
        else if (++misses == 2)
            return i;
    }
}

std::string listed(const std::vector<const CitationParam*>& set) {
    std::string names;
    for (std::size_t i = 0; i < set.size(); ++i) {
        if (i > 0) names += i + 1 == set.size() ? " and " : ", ";
        names += fmt::format("|{}=", set[i]->name);
    }
    return names;
}

void report(const Article& a, Sink& sink, const std::vector<const CitationParam*>& set) {
    const CitationParam& used = *set.front();
    const CitationParam& ignored = *set[1];
    Diagnostic& d = sink.report(
        param_span(a, ignored),
        fmt::format("more than one of {} specified; |{}= is ignored", listed(set), ignored.name));
    d.notes.push_back(
        {param_span(a, used), fmt::format("|{}= is the one the module uses", used.name)});
    for (std::size_t i = 2; i < set.size(); ++i)
        d.notes.push_back(
            {param_span(a, *set[i]), fmt::format("|{}= is ignored too", set[i]->name)});
    d.help.push_back(
        fmt::format("keep one value: these are names of one parameter and Module:Citation/CS1 "
                    "shows only |{}=",
                    used.name));
}

// The non-empty argument of that name, when the module keeps it (a name it accepts).
const CitationParam* given(const std::vector<const CitationParam*>& args, std::string_view name,
                           const Cs1Whitelist& whitelist, Cs1Scope scope) {
    for (const CitationParam* p : args)
        if (p->name == name && !p->value.empty() && !is_number_key(*p))
            return whitelist.validate(p->name, scope) == ParamState::unknown ? nullptr : p;
    return nullptr;
}

void check_cross(const Article& a, Sink& sink, const CrossGroup& g,
                 const std::vector<const CitationParam*>& args, const Cs1Whitelist& whitelist,
                 Cs1Scope scope) {
    const model::Cs1Aliases& aliases = a.catalogues->cs1_aliases;
    const CitationParam* winner = nullptr;
    const CitationParam* loser = nullptr;
    for (const std::string& name : aliases.names(g.winner))
        if (!winner) winner = given(args, name, whitelist, scope);
    for (const std::string& name : aliases.names(g.loser))
        if (!loser) loser = given(args, name, whitelist, scope);
    if (winner && loser) report(a, sink, {winner, loser});
}

void check(const Article& a, Sink& sink) {
    const Cs1Whitelist& whitelist = a.catalogues->cs1_whitelist;
    EnglishPage english(a);
    const Sets& table = sets();
    std::vector<const CitationParam*> args, set;
    std::vector<Hit> hits;
    std::string pattern;
    auto find_all = [&](std::string_view name, auto&& f) {
        const std::size_t mask = table.slots.size() - 1;
        for (std::size_t slot = model::fnv1a(name) & mask; table.slots[slot] >= 0;
             slot = (slot + 1) & mask) {
            auto it = table.aliases.begin() + table.slots[slot];
            if (it->name != name) continue;
            for (; it != table.aliases.end() && it->name == name; ++it)
                f(*it);
            return;
        }
    };
    // The aliases the arguments hold, by set and index, and whether two share one.
    auto collect = [&](const Citation& c, const std::vector<const CitationParam*>& given) {
        hits.clear();
        for (const CitationParam* p : given) {
            if (p->value.empty() || is_number_key(*p)) continue;
            find_all(p->name, [&](const Alias& x) {
                if (!x.enumerated && (x.only.empty() || x.only == c.cite_class))
                    hits.push_back(
                        {x.group, x.list >= 0 ? 1u : 0u, x.rank, x.list, x.names_someone, p});
            });
            std::uint32_t index = 0;
            if (split_index(p->name, pattern, index))
                find_all(pattern, [&](const Alias& x) {
                    if (x.enumerated)
                        hits.push_back({x.group, index, x.rank, x.list, x.names_someone, p});
                });
        }
        if (hits.size() < 2) return false;
        bool shared = false; // few hits, rarely two in one set: look before sorting
        for (std::size_t i = 0; i < hits.size() && !shared; ++i)
            for (std::size_t j = i + 1; j < hits.size() && !shared; ++j)
                shared = hits[i].group == hits[j].group && hits[i].index == hits[j].index &&
                         hits[i].param != hits[j].param;
        if (!shared) return false;
        std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) {
            if (x.group != y.group) return x.group < y.group;
            if (x.index != y.index) return x.index < y.index;
            return x.rank < y.rank;
        });
        return true;
    };
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        // Every parameter as written first (cheap); a name given twice counts once after.
        args.clear();
        for (const CitationParam& p : c.params)
            args.push_back(&p);
        if (!collect(c, args)) continue;
        module_arguments(c, args);
        if (!collect(c, args)) continue;
        const Cs1Scope scope = whitelist.scope(c.cite_class);
        if (!speaks_english_cs1(args, whitelist, scope)) continue;
        if (!english()) break;
        std::uint32_t ends[std::size(name_lists)] = {};
        for (std::size_t l = 0; l < std::size(name_lists); ++l)
            ends[l] = list_end(hits, static_cast<std::int8_t>(l));
        for (std::size_t i = 0; i < hits.size();) {
            std::size_t j = i;
            set.clear();
            for (; j < hits.size() && hits[j].group == hits[i].group &&
                   hits[j].index == hits[i].index;
                 ++j)
                if (std::find(set.begin(), set.end(), hits[j].param) == set.end() &&
                    whitelist.validate(hits[j].param->name, scope) != ParamState::unknown)
                    set.push_back(hits[j].param);
            const bool read = hits[i].list < 0 || hits[i].index <= ends[hits[i].list];
            if (set.size() >= 2 && read) report(a, sink, set);
            i = j;
        }
    }
    for (const Citation& c : a.citations) {
        if (!c.cs1) continue;
        for (const CrossGroup& g : cross_groups) {
            const bool encyclopedia_in_citation =
                g.only == "encyclopaedia" && c.cite_class == "citation";
            if (g.only != c.cite_class && !encyclopedia_in_citation) continue;
            const Cs1Scope scope = whitelist.scope(c.cite_class);
            module_arguments(c, args);
            if (encyclopedia_in_citation && !given(args, "encyclopedia", whitelist, scope) &&
                !given(args, "encyclopaedia", whitelist, scope) &&
                !given(args, "dictionary", whitelist, scope))
                continue;
            if (speaks_english_cs1(args, whitelist, scope) && english())
                check_cross(a, sink, g, args, whitelist, scope);
        }
    }
    say_if_parameters_lost(a, sink, "the redundant parameters");
}

} // namespace

// clang-format off
extern const engine::Rule redundant_citation_parameter{
    .code = "T018",
    .name = "redundant-citation-parameter",
    .family = engine::Family::templates,
    .severity = engine::Severity::error,
    .summary = "a citation gives two names of one parameter",
    .docs = {
        .what_it_finds =
            "In a CS1/CS2 citation (the module's error redundant_parameters), "
            "two or more non-empty names of one parameter, as Module:Citation/CS1's select_one() "
            "finds them (aliases in the module's order of precedence, rules/data/cs1_aliases.tsv): "
            "|access-date= and |accessdate=, |url= and |URL=, |author= and |last= (and |last1=), "
            "|work= and |website=, |page= and |pages= and |at=, ... "
            "Names of the enumerated lists are compared index by index, as far as the module reads "
            "the list (it stops after two indexes in a row with no name). "
            "Also the module's own pairs: |id= and |number= in {{cite tech report}}, "
            "|map= and |chapter= in {{cite map}}, |season= and |series-number= in {{cite "
            "episode}}, |minutes= and |time=, |mailing-list= and a periodical in {{cite mailing "
            "list}}, |encyclopedia= and a periodical in {{cite encyclopedia}} (and {{citation}}). "
            "The diagnostic is at the first ignored name and says which one the module uses. "
            "Only names the module accepts count (an unknown one is unknown-citation-parameter's), "
            "and the same name twice is duplicate-template-parameter's. "
            "Other wikis' pages and citations are left alone, as unknown-citation-parameter "
            "decides; in the rendered dialect it says once that it could not run.",
        .why_it_matters =
            "The module shows only the value of the first name in its order and drops the others "
            "silently but for a red \"More than one of ... specified\" message and the category "
            "\"CS1 errors: redundant parameter\"; the dropped value is often the newer "
            "or the right one.",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |access-date=5 May 2020 |accessdate=4 May 2020}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/r |title=Report |access-date=5 May 2020}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/citations/cs1_whitelist.cpp: validate",
        "src/model/citations/citations.cpp: collect_citations",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
