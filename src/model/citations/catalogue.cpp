#include "catalogue.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/format.h>

#include "../../unicode/utf8.hpp"
#include "../text.hpp"
#include "../tsv.hpp"
#include "lua_pattern.hpp"

namespace citelint::data {
extern const char* const
    reference_templates_tsv; // generated from rules/data/reference_templates.tsv
extern const char* const citation_templates_tsv;        // from rules/data/citation_templates.tsv
extern const char* const cs1_aliases_tsv;               // from rules/data/cs1_aliases.tsv
extern const char* const footnote_templates_tsv;        // from rules/data/footnote_templates.tsv
extern const char* const footnotes_wrappers_tsv;        // from rules/data/footnotes_wrappers.tsv
extern const char* const footnotes_whitelist_tsv;       // from rules/data/footnotes_whitelist.tsv
extern const char* const uncited_sections_tsv;          // from rules/data/uncited_sections.tsv
extern const char* const plot_sections_tsv;             // from rules/data/plot_sections.tsv
extern const char* const citation_needed_templates_tsv; // rules/data/citation_needed_templates.tsv
extern const char* const source_sections_tsv;           // from rules/data/source_sections.tsv
extern const char* const reference_sections_tsv;        // from rules/data/reference_sections.tsv
extern const char* const month_names_tsv;               // from rules/data/month_names.tsv
extern const char* const visible_templates_tsv;         // from rules/data/visible_templates.tsv
extern const char* const quote_templates_tsv;           // from rules/data/quote_templates.tsv
extern const char* const scripture_templates_tsv;       // from rules/data/scripture_templates.tsv
extern const char* const cs1_whitelist_tsv;             // from rules/data/cs1_whitelist.tsv
extern const char* const cs1_suggestions_tsv;           // from rules/data/cs1_suggestions.tsv
extern const char* const english_appendix_sections_tsv; // english_appendix_sections.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

TemplateRole role_of(std::string_view word) {
    if (word == "list") return TemplateRole::list;
    if (word == "footnote") return TemplateRole::footnote;
    if (word == "reuse") return TemplateRole::reuse;
    if (word == "short") return TemplateRole::short_footnote;
    if (word == "page") return TemplateRole::page;
    if (word == "sources_begin") return TemplateRole::sources_begin;
    if (word == "sources_end") return TemplateRole::sources_end;
    return TemplateRole::none;
}

FootnoteRole footnote_role_of(std::string_view word) {
    static constexpr std::pair<std::string_view, FootnoteRole> words[] = {
        {"sfn", FootnoteRole::sfn},           {"sfnm", FootnoteRole::sfnm},
        {"harv", FootnoteRole::harv},         {"harvs", FootnoteRole::harvs},
        {"sfnref", FootnoteRole::sfnref},     {"anchor", FootnoteRole::anchor},
        {"vcite", FootnoteRole::vcite},       {"harvc", FootnoteRole::harvc},
        {"wikicite", FootnoteRole::wikicite}, {"whitelist", FootnoteRole::whitelist},
        {"patent", FootnoteRole::patent},
    };
    for (const auto& [w, role] : words)
        if (w == word) return role;
    return FootnoteRole::none;
}

// Compares catalogue entries (name, value) with a name, both ways.
struct ByFirst {
    template <typename Entry> bool operator()(const Entry& e, std::string_view k) const {
        return e.first < k;
    }
    template <typename Entry> bool operator()(std::string_view k, const Entry& e) const {
        return k < e.first;
    }
};

// Compares a case-folded string with what an ASCII text folds to (its lower case), byte by
// byte as std::string compares.
int compare_folded(std::string_view folded, std::string_view ascii) {
    const std::size_t common = std::min(folded.size(), ascii.size());
    for (std::size_t i = 0; i < common; ++i) {
        const char c = ascii[i];
        const auto f = static_cast<unsigned char>(folded[i]);
        const auto t = static_cast<unsigned char>(ascii_lower(c));
        if (f != t) return f < t ? -1 : 1;
    }
    if (folded.size() == ascii.size()) return 0;
    return folded.size() < ascii.size() ? -1 : 1;
}

// A folded section title's first and last bytes and length, mixed into one number: titles
// that differ in them mostly differ in it.
std::size_t title_signature(char first, char last, std::size_t size) {
    return static_cast<unsigned char>(first) * 67u + static_cast<unsigned char>(last) * 11u + size;
}

// Unicode simple case folding, code point by code point; invalid bytes are kept.
std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        // ASCII folds to its lower case (and nothing else does): no table for it.
        if (const char c = text[i]; static_cast<unsigned char>(c) < 0x80) {
            out += ascii_lower(c);
            ++i;
            continue;
        }
        const std::size_t start = i;
        const unicode::CodePoint cp = unicode::next(text, i);
        if (cp < 0 || !unicode::append(out, unicode::fold_case(cp)))
            out.append(text.substr(start, i - start));
    }
    return out;
}

// Sorts rows (name, what it has) by name, rows of one name in the order read. The order is
// worked out on indices and each row moved once: a merge sort of the rows themselves moves
// them, several strings each, on every pass, at more cost than reading the catalogue.
template <typename Row> void sort_by_name(std::vector<Row>& rows) {
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return rows[x].first < rows[y].first;
    });
    std::vector<Row> sorted;
    sorted.reserve(rows.size());
    for (const std::uint32_t i : order)
        sorted.push_back(std::move(rows[i]));
    rows = std::move(sorted);
}

// Each name of rows sorted by name to its first row. The template catalogues are looked up by
// name once or more per template of a page, and hashing a name costs less than a binary search
// comparing it with several strings.
template <typename Rows, typename NameOf>
NameTable<std::uint32_t> index_names(const Rows& rows, NameOf name_of) {
    std::vector<std::pair<std::string, std::uint32_t>> names;
    for (std::uint32_t i = 0; i < rows.size(); ++i)
        if (i == 0 || name_of(rows[i]) != name_of(rows[i - 1]))
            names.emplace_back(name_of(rows[i]), i);
    return NameTable(std::move(names));
}

constexpr auto first_of = [](const auto& row) -> const std::string& { return row.first; };
constexpr auto name_of = [](const auto& entry) -> const std::string& { return entry.name; };

// The first row of `rows` named `name` (index_names()); null when there is none.
template <typename Rows>
auto* row_named(const Rows& rows, const NameTable<std::uint32_t>& index, std::string_view name) {
    const std::uint32_t* i = index.find(name);
    return i ? &rows[*i] : nullptr;
}

} // namespace

FootnoteTemplates::FootnoteTemplates(std::string_view roles_tsv, std::string_view wrappers_tsv,
                                     std::string_view whitelist_tsv) {
    for_each_row(roles_tsv, [&](const std::vector<std::string_view>& f) {
        roles_.emplace_back(canonical_title(f[0]),
                            f.size() > 1 ? footnote_role_of(f[1]) : FootnoteRole::none);
        if (f.size() > 2 && trim(f[2]) == "year") bracketed_years_.push_back(roles_.back().first);
    });
    for_each_row(wrappers_tsv, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 4) return;
        wrappers_.emplace_back(
            canonical_title(f[0]),
            WrapperDefault{std::string(f[1]), std::string(f[2]), std::string(f[3])});
    });
    for_each_row(whitelist_tsv, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2) return;
        if (f[0] == "anchor") {
            std::vector<std::string> templates;
            std::string_view rest = f.size() > 2 ? f[2] : std::string_view{};
            while (!rest.empty()) {
                const auto bar = rest.find('|');
                if (const std::string_view name = trim(rest.substr(0, bar)); !name.empty())
                    templates.push_back(canonical_title(name));
                rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
            }
            whitelist_.emplace_back(std::string(f[1]), std::move(templates));
        } else if (f[0] == "pattern") {
            patterns_.emplace_back(f[1]);
        } else if (f[0] == "dnb-pattern") {
            dnb_patterns_.emplace_back(f[1]);
        } else if (f[0] == "dnb-template") {
            dnb_templates_.push_back(canonical_title(f[1]));
        }
    });
    sort_by_name(roles_);
    std::sort(bracketed_years_.begin(), bracketed_years_.end());
    sort_by_name(wrappers_);
    sort_by_name(whitelist_);
    roles_index_ = index_names(roles_, first_of);
    wrappers_index_ = index_names(wrappers_, first_of);
}

FootnoteRole FootnoteTemplates::role(std::string_view canonical_name) const {
    if (const auto* row = row_named(roles_, roles_index_, canonical_name)) return row->second;
    // {{sfnref}} and {{harvid}} are recognised whatever their case (Module:Footnotes lowers them).
    if (canonical_name.size() == 6 && (ascii_iequal_at(canonical_name, 0, "sfnref") ||
                                       ascii_iequal_at(canonical_name, 0, "harvid")))
        return FootnoteRole::sfnref;
    return FootnoteRole::none;
}

FootnoteRole FootnoteTemplates::role_of_prefix(std::string_view text) const {
    std::size_t best = 0;
    FootnoteRole role = FootnoteRole::none;
    for (const auto& [name, r] : roles_) {
        if (name.size() <= best || text.substr(0, name.size()) != name ||
            !placeholder_name_ends(text, name.size()))
            continue;
        best = name.size(), role = r;
    }
    return role;
}

bool FootnoteTemplates::brackets_year(std::string_view canonical_name) const {
    return std::binary_search(bracketed_years_.begin(), bracketed_years_.end(), canonical_name);
}

bool FootnoteTemplates::is_wrapper(std::string_view canonical_name) const {
    return wrappers_index_.find(canonical_name) != nullptr;
}

const WrapperDefault* FootnoteTemplates::wrapper(std::string_view canonical_name,
                                                 std::string_view volume) const {
    const std::uint32_t* first = wrappers_index_.find(canonical_name);
    const WrapperDefault* fallback = nullptr;
    for (std::uint32_t i = first ? *first : static_cast<std::uint32_t>(wrappers_.size());
         i < wrappers_.size() && wrappers_[i].first == canonical_name; ++i) {
        const WrapperDefault& d = wrappers_[i].second;
        if (d.volume.empty() || d.volume == volume) return &d;
        if (d.volume == "default") fallback = &d;
    }
    return fallback;
}

bool FootnoteTemplates::whitelisted(std::string_view id, std::string_view id_without_letter,
                                    const std::vector<std::string>& template_names) const {
    auto used = [&](const std::string& name) {
        return std::binary_search(template_names.begin(), template_names.end(), name);
    };
    const auto it = std::lower_bound(whitelist_.begin(), whitelist_.end(), id_without_letter,
                                     [](const auto& e, std::string_view k) { return e.first < k; });
    if (it != whitelist_.end() && it->first == id_without_letter &&
        std::any_of(it->second.begin(), it->second.end(), used))
        return true;
    for (const std::string& pattern : patterns_)
        if (lua_match(id, pattern)) return true;
    if (std::any_of(dnb_templates_.begin(), dnb_templates_.end(), used))
        for (const std::string& pattern : dnb_patterns_)
            if (lua_match(id, pattern)) return true;
    return false;
}

std::string canonical_title(std::string_view name) {
    std::string out;
    append_canonical_title(out, name);
    return out;
}

void append_canonical_title(std::string& out, std::string_view name) {
    name = trim(name);
    const std::size_t start = out.size();
    if (name.find('_') == std::string_view::npos && name.find("  ") == std::string_view::npos) {
        out += name; // most names: nothing to squeeze, copied at once
    } else {
        out.reserve(start + name.size());
        bool space = false;
        for (char c : name) {
            if (c == '_' || c == ' ') {
                space = true;
                continue;
            }
            if (space && out.size() > start) out += ' ';
            space = false;
            out += c;
        }
    }
    if (out.size() == start) return;
    // An ASCII first letter (most names) needs no ICU: only a-z have an upper case there.
    char& first = out[start];
    if (static_cast<unsigned char>(first) < 0x80) {
        if (first >= 'a' && first <= 'z') first = static_cast<char>(first - 'a' + 'A');
        return;
    }
    std::size_t i = 0;
    const std::string_view title = std::string_view(out).substr(start);
    const unicode::CodePoint cp = unicode::next(title, i);
    if (cp < 0) return;
    const unicode::CodePoint upper = unicode::to_upper(cp);
    if (upper == cp) return;
    std::string encoded;
    if (!unicode::append(encoded, upper)) return;
    out.replace(start, i, encoded);
}

ReferenceTemplates::ReferenceTemplates(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& fields) {
        ReferenceTemplate entry;
        entry.name = canonical_title(fields[0]);
        if (fields.size() > 1) entry.role = role_of(fields[1]);
        if (fields.size() > 2) entry.group = std::string(fields[2]);
        if (fields.size() > 3 && !fields[3].empty()) entry.refs_param = std::string(fields[3]);
        if (fields.size() > 4) entry.wikis = std::string(fields[4]);
        entries_.push_back(std::move(entry));
    });
    std::stable_sort(
        entries_.begin(), entries_.end(),
        [](const ReferenceTemplate& x, const ReferenceTemplate& y) { return x.name < y.name; });
    index_ = index_names(entries_, name_of);
}

bool ReferenceTemplate::on(std::string_view dbname) const {
    if (wikis.empty()) return true;
    // On a page of an unknown wiki, the meaning that can only silence a rule is taken (a
    // list shows refs), not one that makes refs the page may not have there.
    if (dbname.empty()) return role == TemplateRole::list;
    bool named = false;
    for_each_item(wikis, [&](std::string_view wiki) { named = named || wiki == dbname; });
    return named;
}

const ReferenceTemplate* ReferenceTemplates::find(std::string_view written_name) const {
    return find_title(canonical_title(written_name));
}

const ReferenceTemplate* ReferenceTemplates::find_title(std::string_view key) const {
    return row_named(entries_, index_, key);
}

const ReferenceTemplate* ReferenceTemplates::longest_prefix(std::string_view text) const {
    const ReferenceTemplate* best = nullptr;
    for (const auto& entry : entries_) {
        if (text.substr(0, entry.name.size()) == entry.name &&
            placeholder_name_ends(text, entry.name.size()) &&
            (!best || entry.name.size() > best->name.size()))
            best = &entry;
    }
    return best;
}

const ReferenceTemplate* ReferenceTemplates::list_for_group(std::string_view group) const {
    if (group.empty()) return nullptr;
    for (const auto& entry : entries_)
        if (entry.role == TemplateRole::list && entry.group == group) return &entry;
    return nullptr;
}

CitationTemplates::CitationTemplates(std::string_view tsv, std::string_view others) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        CitationTemplate entry;
        entry.name = canonical_title(f[0]);
        if (f.size() > 2) entry.cite_class = std::string(f[2]);
        if (f.size() > 3) entry.wiki = std::string(f[3]);
        entries_.push_back(std::move(entry));
    });
    for_each_row(others, [&](const std::vector<std::string_view>& f) {
        others_.push_back(canonical_title(f[0]));
    });
    std::sort(entries_.begin(), entries_.end(),
              [](const CitationTemplate& x, const CitationTemplate& y) { return x.name < y.name; });
    std::sort(others_.begin(), others_.end());
    index_ = index_names(entries_, name_of);
    others_index_ =
        index_names(others_, [](const std::string& name) -> const std::string& { return name; });
}

bool CitationTemplates::contains(std::string_view written_name) const {
    return contains_title(canonical_title(written_name));
}

bool CitationTemplates::contains_title(std::string_view name) const {
    if (name.rfind("Cite", 0) == 0 || name.rfind("Cita", 0) == 0) return true;
    return is_cs1(name) || others_index_.find(name) != nullptr;
}

const CitationTemplate* CitationTemplates::find(std::string_view canonical_name) const {
    return row_named(entries_, index_, canonical_name);
}

bool CitationTemplates::is_cs1(std::string_view canonical_name) const {
    return find(canonical_name) != nullptr;
}

std::string_view CitationTemplates::cite_class(std::string_view canonical_name) const {
    const CitationTemplate* e = find(canonical_name);
    return e ? std::string_view(e->cite_class) : std::string_view{};
}

Cs1Aliases::Cs1Aliases(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& fields) {
        if (fields.size() < 2) return;
        std::vector<std::string> names;
        for_each_item(
            fields[1], [&](std::string_view name) { names.emplace_back(name); }, '|');
        all_names_.insert(all_names_.end(), names.begin(), names.end());
        entries_.emplace_back(std::string(fields[0]), std::move(names));
    });
    std::sort(all_names_.begin(), all_names_.end());
    std::sort(entries_.begin(), entries_.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
}

const std::vector<std::string>& Cs1Aliases::names(std::string_view meta) const {
    static const std::vector<std::string> none;
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), meta,
                                     [](const auto& e, std::string_view m) { return e.first < m; });
    return it != entries_.end() && it->first == meta ? it->second : none;
}

bool Cs1Aliases::knows(std::string_view name) const {
    auto listed = [&](std::string_view n) {
        return std::binary_search(all_names_.begin(), all_names_.end(), n);
    };
    if (listed(name)) return true;
    // Enumerated names are listed with '#' for their number ("last#": last, last1, last12).
    std::string numbered;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9') {
            numbered += name[i];
        } else if (numbered.empty() || numbered.back() != '#') {
            numbered += '#';
        }
    }
    if (numbered == name) numbered += '#';
    return listed(numbered);
}

SectionTitles::SectionTitles(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& fields) {
        folded_.push_back(fold_case(fields[0]));
        for (std::string_view languages = fields.size() > 1 ? fields[1] : ""; !languages.empty();) {
            const std::size_t space = std::min(languages.find_first_of(", "), languages.size());
            const std::string language(languages.substr(0, space));
            languages.remove_prefix(std::min(space + 1, languages.size()));
            if (language.empty() || !first_of_language(language).empty()) continue;
            first_titles_.emplace_back(language, std::string(fields[0]));
        }
    });
    std::sort(folded_.begin(), folded_.end());
    for (const std::string& title : folded_)
        signatures_.set(title_signature(title.front(), title.back(), title.size()) %
                        signatures_.size());
}

std::string_view SectionTitles::first_of_language(std::string_view language) const {
    for (const auto& [lang, title] : first_titles_)
        if (lang == language) return title;
    return {};
}

SectionTitles::Key SectionTitles::key(std::string_view title) {
    Key k;
    k.title = trim(title);
    k.ascii = std::all_of(k.title.begin(), k.title.end(),
                          [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!k.ascii) k.folded = fold_case(k.title);
    return k;
}

bool SectionTitles::contains(const Key& key) const {
    if (!key.ascii) return std::binary_search(folded_.begin(), folded_.end(), key.folded);
    const std::string_view title = key.title;
    // Every section of every page is looked up, and nearly all titles are ASCII: most are ruled
    // out by their signature, the others compared as folded without making the folded copy.
    if (title.empty()) return false;
    const std::size_t signature =
        title_signature(ascii_lower(title.front()), ascii_lower(title.back()), title.size());
    if (!signatures_.test(signature % signatures_.size())) return false;
    const auto it = std::lower_bound(
        folded_.begin(), folded_.end(), title,
        [](const std::string& entry, std::string_view t) { return compare_folded(entry, t) < 0; });
    return it != folded_.end() && compare_folded(*it, title) == 0;
}

CitationNeededTemplates::CitationNeededTemplates(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        const std::string_view kind = f.size() > 1 ? f[1] : std::string_view{};
        CitationNeededTemplate entry;
        entry.name = canonical_title(f[0]);
        entry.kind = kind == "weak-source"      ? NeedKind::weak_source
                     : kind == "disputed"       ? NeedKind::disputed
                     : kind == "locator"        ? NeedKind::locator
                     : kind == "section-banner" ? NeedKind::section_banner
                     : kind == "article-banner" ? NeedKind::article_banner
                     : kind == "banner"         ? NeedKind::banner
                                                : NeedKind::unsourced;
        std::string_view sources = f.size() > 2 ? f[2] : std::string_view{};
        while (!sources.empty()) {
            const auto space = sources.find(' ');
            if (const std::string_view one = trim(sources.substr(0, space)); !one.empty())
                entry.date_sources.emplace_back(one);
            sources =
                space == std::string_view::npos ? std::string_view{} : sources.substr(space + 1);
        }
        if (entry.date_sources.empty()) entry.date_sources.emplace_back("date");
        entries_.push_back(std::move(entry));
    });
    // A user's row comes after the built-in ones and wins (stable sort, last of a name kept).
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const auto& x, const auto& y) { return x.name < y.name; });
    std::vector<CitationNeededTemplate> unique;
    for (auto& e : entries_) {
        if (!unique.empty() && unique.back().name == e.name)
            unique.back() = std::move(e);
        else
            unique.push_back(std::move(e));
    }
    entries_ = std::move(unique);
    index_ = index_names(entries_, name_of);
}

const CitationNeededTemplate*
CitationNeededTemplates::entry(std::string_view canonical_name) const {
    return row_named(entries_, index_, canonical_name);
}

std::optional<NeedKind> CitationNeededTemplates::find(std::string_view written_name) const {
    if (const auto* e = entry(canonical_title(written_name))) return e->kind;
    return std::nullopt;
}

const CitationNeededTemplate* CitationNeededTemplates::longest_prefix(std::string_view text) const {
    const CitationNeededTemplate* best = nullptr;
    for (const auto& e : entries_)
        if (text.substr(0, e.name.size()) == e.name && placeholder_name_ends(text, e.name.size()) &&
            (!best || e.name.size() > best->name.size()))
            best = &e;
    return best;
}

MonthNames::MonthNames(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        if (f.size() < 2 || f[1].empty()) return;
        int month = 0;
        for (char c : f[1])
            month = c >= '0' && c <= '9' ? month * 10 + (c - '0') : 99;
        if (month >= 1 && month <= 12) folded_.emplace_back(fold_case(f[0]), month);
    });
    std::sort(folded_.begin(), folded_.end());
}

int MonthNames::month(std::string_view word) const {
    const std::string key = fold_case(word);
    const auto it = std::lower_bound(folded_.begin(), folded_.end(), key, ByFirst{});
    return it != folded_.end() && it->first == key ? it->second : 0;
}

namespace {

// The words of a field that lists several, separated by spaces ("text 1 quote").
std::vector<std::string_view> space_separated(std::string_view field) {
    std::vector<std::string_view> words;
    for (std::string_view rest = field; !rest.empty();) {
        const auto space = rest.find(' ');
        if (const std::string_view word = trim(rest.substr(0, space)); !word.empty())
            words.push_back(word);
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    return words;
}

} // namespace

VisibleTemplates::VisibleTemplates(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        std::vector<std::uint8_t> shown;
        if (f.size() > 1)
            for (const std::string_view word : space_separated(f[1]))
                if (all_digits(word) && word.size() <= 2)
                    shown.push_back(static_cast<std::uint8_t>(std::stoi(std::string(word))));
        if (shown.empty()) return;
        if (f[0].back() == '*')
            prefixes_.emplace_back(canonical_title(f[0].substr(0, f[0].size() - 1)),
                                   std::move(shown));
        else
            names_.emplace_back(canonical_title(f[0]), std::move(shown));
    });
    std::stable_sort(names_.begin(), names_.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    names_index_ = index_names(names_, first_of);
}

const std::vector<std::uint8_t>* VisibleTemplates::shown(std::string_view canonical_name) const {
    if (const auto* row = row_named(names_, names_index_, canonical_name)) return &row->second;
    for (const auto& [prefix, shown] : prefixes_)
        if (canonical_name.size() > prefix.size() && canonical_name.starts_with(prefix))
            return &shown;
    return nullptr;
}

QuoteTemplates::QuoteTemplates(std::string_view tsv) {
    for_each_row(tsv, [&](const std::vector<std::string_view>& f) {
        std::vector<std::string> arguments;
        if (f.size() > 1)
            for (const std::string_view word : space_separated(f[1]))
                arguments.emplace_back(word);
        if (!arguments.empty()) entries_.emplace_back(canonical_title(f[0]), std::move(arguments));
    });
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    index_ = index_names(entries_, first_of);
}

const std::vector<std::string>*
QuoteTemplates::text_arguments(std::string_view canonical_name) const {
    const auto* row = row_named(entries_, index_, canonical_name);
    return row ? &row->second : nullptr;
}

namespace {

// The text of each built-in catalogue, with room for a user's rows.
struct CatalogueTexts {
    std::string references = data::reference_templates_tsv;
    std::string citations = data::citation_templates_tsv;
    // Citation templates that are not CS1: the scripture references, and a user's rows.
    std::string other_citations = data::scripture_templates_tsv;
    std::string footnotes = data::footnote_templates_tsv;
    std::string wrappers = data::footnotes_wrappers_tsv;
    std::string whitelist = data::footnotes_whitelist_tsv;
    std::string citation_needed = data::citation_needed_templates_tsv;
    std::string source_sections = data::source_sections_tsv;
    std::string uncited_sections = data::uncited_sections_tsv;
    std::string reference_sections = data::reference_sections_tsv;
    std::string plot_sections = data::plot_sections_tsv;
    std::string months = data::month_names_tsv;
    std::string visible_templates = data::visible_templates_tsv;
    std::string quote_templates = data::quote_templates_tsv;
    std::string cs1_whitelist = data::cs1_whitelist_tsv;

    [[nodiscard]] Catalogues make() const {
        return Catalogues{ReferenceTemplates(references),
                          CitationTemplates(citations, other_citations),
                          FootnoteTemplates(footnotes, wrappers, whitelist),
                          CitationNeededTemplates(citation_needed),
                          SectionTitles(source_sections),
                          SectionTitles(uncited_sections),
                          SectionTitles(reference_sections),
                          SectionTitles(plot_sections),
                          MonthNames(months),
                          VisibleTemplates(visible_templates),
                          QuoteTemplates(quote_templates),
                          Cs1Whitelist(cs1_whitelist, data::cs1_suggestions_tsv),
                          Cs1Aliases(data::cs1_aliases_tsv),
                          SectionTitles(data::english_appendix_sections_tsv)};
    }
};

} // namespace

const Catalogues& Catalogues::builtin() {
    static const Catalogues catalogues = CatalogueTexts{}.make();
    return catalogues;
}

namespace {

// Each catalogue a user's row may name, and the text it adds to.
struct CatalogueKind {
    std::string_view name;
    std::string CatalogueTexts::*text;
};

constexpr std::array<CatalogueKind, 12> catalogue_kinds{{
    {"reference", &CatalogueTexts::references},
    {"citation", &CatalogueTexts::other_citations},
    {"footnote", &CatalogueTexts::footnotes},
    {"wrapper", &CatalogueTexts::wrappers},
    {"citation-needed", &CatalogueTexts::citation_needed},
    {"source-section", &CatalogueTexts::source_sections},
    {"uncited-section", &CatalogueTexts::uncited_sections},
    {"reference-section", &CatalogueTexts::reference_sections},
    {"plot-section", &CatalogueTexts::plot_sections},
    {"visible-template", &CatalogueTexts::visible_templates},
    {"quote-template", &CatalogueTexts::quote_templates},
    {"cs1-parameter", &CatalogueTexts::cs1_whitelist},
}};

// What is wrong with a row of `kind` (its columns after the catalogue's name), or empty.
std::string row_error(std::string_view kind, std::string_view row) {
    if (trim(row.substr(0, row.find('\t'))).empty())
        return "a row needs a catalogue and a template name separated by a tab";
    if (kind == "wrapper" && std::count(row.begin(), row.end(), '\t') < 3)
        return "a wrapper row is: wrapper, name, volume (may be empty), names, year";
    if (kind == "cs1-parameter") {
        std::vector<std::string_view> f;
        for_each_row(row, [&](const std::vector<std::string_view>& fields) { f = fields; });
        if (f.size() != 3 || (f[2] != "valid" && f[2] != "deprecated") ||
            !Cs1Whitelist::known_scope(f[1]))
            return "a cs1-parameter row is: cs1-parameter, name, scope (basic, numbered, "
                   "limited_basic, limited_numbered, preprint:CLASS or unique:CLASS), "
                   "valid or deprecated";
    }
    return {};
}

} // namespace

std::vector<std::string_view> Catalogues::kinds() {
    std::vector<std::string_view> out;
    for (const CatalogueKind& k : catalogue_kinds)
        out.push_back(k.name);
    return out;
}

std::optional<Catalogues> Catalogues::with_additions(std::string_view tsv, std::string& error) {
    CatalogueTexts texts;
    error.clear();
    for_each_line(tsv, [&](std::string_view line, std::size_t line_number) {
        if (!error.empty()) return;
        const auto tab = line.find('\t');
        const std::string_view kind = trim(line.substr(0, tab));
        const std::string_view row =
            tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
        const auto known = std::find_if(catalogue_kinds.begin(), catalogue_kinds.end(),
                                        [&](const CatalogueKind& k) { return k.name == kind; });
        std::string wrong = row_error(kind, row);
        if (wrong.empty() && known == catalogue_kinds.end()) {
            std::string names;
            for (std::size_t i = 0; i < catalogue_kinds.size(); ++i)
                names += fmt::format("{}{}",
                                     i == 0                            ? ""
                                     : i + 1 == catalogue_kinds.size() ? " or "
                                                                       : ", ",
                                     catalogue_kinds[i].name);
            wrong = fmt::format("unknown catalogue '{}' (use {})", kind, names);
        }
        if (!wrong.empty()) {
            error = fmt::format("line {}: {}", line_number, wrong);
            return;
        }
        std::string& target = texts.*(known->text);
        target += '\n';
        target += row;
        // A short-citation template also makes a ref in the default group.
        const auto name_end = row.find('\t');
        const std::string_view rest =
            name_end == std::string_view::npos ? std::string_view{} : row.substr(name_end + 1);
        const std::string_view role = trim(rest.substr(0, rest.find('\t')));
        if (kind == "footnote" && (role == "sfn" || role == "sfnm")) {
            texts.references += '\n';
            texts.references += trim(row.substr(0, row.find('\t')));
            texts.references += "\tshort";
        }
    });
    if (!error.empty()) return std::nullopt;
    return texts.make();
}

} // namespace citelint::model
