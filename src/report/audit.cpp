#include "audit.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "../engine/rule.hpp"

namespace citelint::report {

namespace {

constexpr std::string_view unknown_family = "unknown";

constexpr std::array<std::string_view, 10> coverage_labels{"0–10%",  "10–20%", "20–30%", "30–40%",
                                                           "40–50%", "50–60%", "60–70%", "70–80%",
                                                           "80–90%", "90–100%"};

// A histogram's bucket that holds the values below `below` (and at least the bound before).
template <typename Number> struct Bound {
    Number below;
    std::string_view label;
};

// Refs per 1,000 words, after a bucket of its own for none at all.
constexpr std::array<Bound<std::uint64_t>, 6> density_bounds{{{2, "under 2"},
                                                              {5, "2–5"},
                                                              {10, "5–10"},
                                                              {20, "10–20"},
                                                              {50, "20–50"},
                                                              {UINT64_MAX, "50 or more"}}};

// The age of a tag in months.
constexpr std::array<Bound<int>, 6> age_bounds{{{6, "under 6 months"},
                                                {12, "6–12 months"},
                                                {24, "1–2 years"},
                                                {60, "2–5 years"},
                                                {120, "5–10 years"},
                                                {INT32_MAX, "10 years or more"}}};

template <typename Items, typename LabelOf>
void add_empty_buckets(std::vector<Bucket>& buckets, const Items& items, LabelOf label_of) {
    for (const auto& item : items)
        buckets.push_back({std::invoke(label_of, item), 0});
}

// How many documents an audit names the inputs of; the others are counted together. Inputs come
// from the lines, which could name a new one each.
constexpr std::size_t named_inputs = 100;

// Tallies listed the most severe first, then by code (or name).
bool more_severe(const Tally& a, const Tally& b) {
    return a.problems > b.problems;
}

} // namespace

// Pages equal up to the path are ordered by what is shown of them, so that equal input gives
// equal output in any order.
bool Audit::WorsePage::operator()(const PageProblems& a, const PageProblems& b) const {
    if (a.problems != b.problems) return a.problems > b.problems;
    if (a.path != b.path) return a.path < b.path;
    if (a.origin != b.origin) return a.origin < b.origin;
    if (a.diagnostics != b.diagnostics) return a.diagnostics < b.diagnostics;
    return a.more_diagnostics < b.more_diagnostics;
}

bool Audit::WorseEntry::operator()(const WorklistEntry& a, const WorklistEntry& b) const {
    if (a.problems != b.problems) return a.problems > b.problems;
    if (a.path != b.path) return a.path < b.path;
    if (a.origin != b.origin) return a.origin < b.origin;
    return a.first < b.first;
}

template <typename Item, typename Before> void Leaders<Item, Before>::offer(Item&& item) {
    if (limit_ == 0) return;
    if (items_.size() < limit_) {
        items_.push_back(std::move(item));
        std::push_heap(items_.begin(), items_.end(), Before{});
    } else if (Before{}(item, items_.front())) {
        std::pop_heap(items_.begin(), items_.end(), Before{});
        items_.back() = std::move(item);
        std::push_heap(items_.begin(), items_.end(), Before{});
    }
}

template <typename Item, typename Before> std::vector<Item> Leaders<Item, Before>::sorted() const {
    std::vector<Item> list = items_;
    std::sort(list.begin(), list.end(), Before{});
    return list;
}

std::uint64_t SeverityCounts::of(engine::Severity severity) const {
    switch (severity) {
    case engine::Severity::error:
        return errors;
    case engine::Severity::warning:
        return warnings;
    case engine::Severity::info:
        return infos;
    }
    return 0;
}

void SeverityCounts::add(engine::Severity severity) {
    switch (severity) {
    case engine::Severity::error:
        ++errors;
        break;
    case engine::Severity::warning:
        ++warnings;
        break;
    case engine::Severity::info:
        ++infos;
        break;
    }
}

void SeverityCounts::add(const SeverityCounts& other) {
    errors += other.errors;
    warnings += other.warnings;
    infos += other.infos;
}

void FigureSum::add(const std::optional<std::uint64_t>& value) {
    if (!value) return;
    total += *value;
    ++documents;
}

std::optional<double> Ratio::share() const {
    if (whole == 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

Audit::Audit(AuditOptions options) : options_(std::move(options)), worst_(options_.worst_pages) {
    add_empty_buckets(health_.coverage_shares, coverage_labels, std::identity{});
    health_.citation_densities.push_back({"none", 0});
    add_empty_buckets(health_.citation_densities, density_bounds, &Bound<std::uint64_t>::label);
    add_empty_buckets(health_.citation_needed_ages, age_bounds, &Bound<int>::label);
}

void Audit::add(DocumentRecord record) {
    ++documents_;
    SeverityCounts page;
    std::vector<Tally*> rules_seen;
    for (const RecordedDiagnostic& d : record.diagnostics) {
        page.add(d.severity);
        auto it = rules_.find(d.code);
        if (it == rules_.end()) {
            Tally tally;
            tally.code = d.code;
            tally.family = unknown_family;
            // find_rule also takes names; a name where a code belongs is no known code.
            const engine::Rule* rule = engine::find_rule(d.code);
            if (rule && rule->code == d.code) {
                tally.name = rule->name;
                tally.family = engine::family_name(rule->family);
            }
            it = rules_.emplace(d.code, std::move(tally)).first;
        }
        it->second.problems.add(d.severity);
        rules_seen.push_back(&it->second);
    }
    std::sort(rules_seen.begin(), rules_seen.end());
    rules_seen.erase(std::unique(rules_seen.begin(), rules_seen.end()), rules_seen.end());
    std::vector<std::string_view> families_seen;
    for (Tally* tally : rules_seen) {
        ++tally->documents;
        families_seen.push_back(tally->family);
    }
    std::sort(families_seen.begin(), families_seen.end());
    families_seen.erase(std::unique(families_seen.begin(), families_seen.end()),
                        families_seen.end());
    for (std::string_view family : families_seen)
        ++family_documents_[family];
    problems_.add(page);
    if (page.total() > 0) ++with_problems_;
    add_input(record.origin);
    add_figures(record.figures);
    add_to_worklists(record);
    keep_if_among_worst(std::move(record), page);
}

void Audit::add_input(const PageOrigin& origin) {
    if (origin.title.empty()) {
        ++from_files_;
        return;
    }
    auto key = std::make_tuple(origin.input, origin.sitename, origin.dbname);
    if (const auto it = inputs_.find(key); it != inputs_.end())
        ++it->second;
    else if (inputs_.size() < named_inputs)
        inputs_.emplace(std::move(key), 1);
    else
        ++from_other_inputs_;
}

// Offers the page to the worklist of each rule it has problems of.
void Audit::add_to_worklists(const DocumentRecord& record) {
    if (options_.worklist_pages == 0) return;
    std::map<std::string_view, WorklistEntry> by_rule;
    for (const RecordedDiagnostic& d : record.diagnostics) {
        auto [it, added] = by_rule.try_emplace(d.code);
        WorklistEntry& entry = it->second;
        entry.problems.add(d.severity);
        if (added || d < entry.first) entry.first = d;
    }
    for (auto& [code, entry] : by_rule) {
        auto list = worklists_.find(code);
        if (list == worklists_.end())
            list = worklists_.emplace(std::string(code), options_.worklist_pages).first;
        // Most pages are turned away on their counts, before their names are copied.
        const WorklistEntry* last = list->second.last_kept();
        if (last && entry.problems < last->problems) continue;
        entry.path = record.path;
        entry.origin = record.origin;
        list->second.offer(std::move(entry));
    }
}

void Audit::add_figures(const RecordedFigures& f) {
    CitationHealth& h = health_;
    h.refs.add(f.refs);
    h.citation_points.add(f.citation_points);
    h.words.add(f.words);
    h.refs_defined.add(f.refs_defined);
    h.refs_reused.add(f.refs_reused);
    h.short_citations.add(f.short_citations);
    h.short_citations_matched.add(f.short_citations_matched);
    h.citation_needed.add(f.citation_needed);
    if (f.citation_needed_dates) h.citation_needed_dated.add(f.citation_needed_dates->size());

    if (f.sentences && f.covered_sentences) {
        h.coverage.part += *f.covered_sentences;
        h.coverage.whole += *f.sentences;
        ++h.coverage.documents;
        // A page without prose has no share to count.
        if (*f.sentences > 0) {
            const std::uint64_t covered = std::min(*f.covered_sentences, *f.sentences);
            const std::uint64_t tenth = std::min<std::uint64_t>(covered * 10 / *f.sentences, 9);
            ++h.coverage_shares[tenth].count;
        }
    }
    if (f.refs && f.words) {
        h.refs_per_word.part += *f.refs;
        h.refs_per_word.whole += *f.words;
        ++h.refs_per_word.documents;
        if (*f.words > 0) {
            std::size_t bucket = 0;
            if (*f.refs > 0) {
                // refs * 1000 / words < bound, in integers so that every machine agrees
                const auto below = [&](const Bound<std::uint64_t>& bound) {
                    return bound.below == UINT64_MAX || *f.refs * 1000 < bound.below * *f.words;
                };
                bucket = 1 + static_cast<std::size_t>(
                                 std::find_if(density_bounds.begin(), density_bounds.end(), below) -
                                 density_bounds.begin());
            }
            ++h.citation_densities[bucket].count;
        }
    }
    if (f.short_citations && f.short_citations_matched) {
        h.short_citation_matches.part += *f.short_citations_matched;
        h.short_citation_matches.whole += *f.short_citations;
        ++h.short_citation_matches.documents;
    }
    if (f.citation_needed_dates) {
        for (const YearMonth& date : *f.citation_needed_dates) {
            const int months = model::months_between({date.year, date.month, 0}, options_.today);
            if (months < 0) {
                ++h.citation_needed_after_today;
                continue;
            }
            const auto bucket = std::find_if(age_bounds.begin(), age_bounds.end(),
                                             [&](const Bound<int>& b) { return months < b.below; });
            ++h.citation_needed_ages[static_cast<std::size_t>(bucket - age_bounds.begin())].count;
        }
    }
}

void Audit::keep_if_among_worst(DocumentRecord&& record, const SeverityCounts& problems) {
    if (problems.total() == 0 || options_.worst_pages == 0) return;
    // Most pages of a big wiki are not among the worst: they are turned away on their counts.
    if (const PageProblems* last = worst_.last_kept(); last && problems < last->problems) return;
    PageProblems page;
    page.path = std::move(record.path);
    page.origin = std::move(record.origin);
    page.problems = problems;
    std::sort(record.diagnostics.begin(), record.diagnostics.end());
    if (record.diagnostics.size() > options_.diagnostics_per_page) {
        page.more_diagnostics = record.diagnostics.size() - options_.diagnostics_per_page;
        record.diagnostics.resize(options_.diagnostics_per_page);
    }
    page.diagnostics = std::move(record.diagnostics);
    worst_.offer(std::move(page));
}

std::vector<Tally> Audit::rules() const {
    std::vector<Tally> list;
    for (const auto& [code, tally] : rules_)
        list.push_back(tally);
    std::stable_sort(list.begin(), list.end(), more_severe);
    return list;
}

std::vector<Tally> Audit::families() const {
    std::map<std::string_view, Tally> by_family;
    for (const auto& [code, rule] : rules_) {
        Tally& family = by_family[rule.family];
        family.name = rule.family;
        family.family = rule.family;
        family.problems.add(rule.problems);
    }
    std::vector<Tally> list;
    for (auto& [name, family] : by_family) {
        family.documents = family_documents_.at(name);
        list.push_back(family);
    }
    std::stable_sort(list.begin(), list.end(), more_severe);
    return list;
}

std::vector<PageProblems> Audit::worst_pages() const {
    return worst_.sorted();
}

std::vector<Worklist> Audit::worklists() const {
    std::vector<Worklist> lists;
    for (const Tally& rule : rules()) {
        Worklist& list = lists.emplace_back();
        list.rule = rule;
        if (const auto it = worklists_.find(rule.code); it != worklists_.end())
            list.pages = it->second.sorted();
        list.more_pages = rule.documents - list.pages.size();
    }
    return lists;
}

std::vector<AuditedInput> Audit::inputs() const {
    std::vector<AuditedInput> list;
    for (const auto& [key, documents] : inputs_)
        list.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), documents});
    return list;
}

} // namespace citelint::report
