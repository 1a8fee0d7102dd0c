#include "runner.hpp"
#include "suppressions.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include <fmt/format.h>

namespace citelint::engine {

namespace {

// Several rules that could not run for one reason at one place ("could not check the
// identifiers of 321 citations", "... the dates of 321 citations") say it once, naming each.
void merge_shared_limitations(std::vector<Diagnostic>& diagnostics) {
    std::vector<Diagnostic> out;
    out.reserve(diagnostics.size());
    for (std::size_t i = 0; i < diagnostics.size();) {
        const std::string shared = diagnostics[i].limitation_shared;
        std::size_t j = i + 1;
        while (j < diagnostics.size() && diagnostics[j].span.begin == diagnostics[i].span.begin)
            ++j;
        std::vector<std::size_t> same;
        if (!shared.empty())
            for (std::size_t k = i; k < j; ++k)
                if (diagnostics[k].limitation_shared == shared &&
                    diagnostics[k].span.end == diagnostics[i].span.end)
                    same.push_back(k);
        if (same.size() < 2) {
            out.push_back(std::move(diagnostics[i]));
            ++i;
            continue;
        }
        std::string whats;
        for (std::size_t n = 0; n < same.size(); ++n) {
            const Diagnostic& s = diagnostics[same[n]];
            whats += n == 0 ? "" : n + 1 == same.size() ? " and " : ", ";
            whats += fmt::format("{} ({})", s.limitation_what, s.code);
        }
        Diagnostic merged = diagnostics[i];
        merged.message = fmt::format("could not check {} of {}", whats, shared);
        out.push_back(std::move(merged));
        for (std::size_t k = i + 1; k < j; ++k)
            if (std::find(same.begin(), same.end(), k) == same.end())
                out.push_back(std::move(diagnostics[k]));
        i = j;
    }
    diagnostics = std::move(out);
}

// One diagnostic per place among those that speak for one (the claims family: a section, a
// paragraph, a run of sentences, a sentence): one whose place overlaps a wider one's, or the
// same place as one of a lower code, is told as a note of that one instead ("a paragraph
// flagged as a whole does not also get its sentences flagged one by one"). A few notes each;
// the rest are counted.
void keep_one_per_place(std::vector<Diagnostic>& diagnostics) {
    std::vector<std::size_t> placed;
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
        if (diagnostics[i].place) placed.push_back(i);
    if (placed.size() < 2) return;
    std::sort(placed.begin(), placed.end(), [&](std::size_t x, std::size_t y) {
        const Span a = *diagnostics[x].place, b = *diagnostics[y].place;
        if (a.size() != b.size()) return a.size() > b.size();
        if (diagnostics[x].code != diagnostics[y].code)
            return diagnostics[x].code < diagnostics[y].code;
        return a.begin < b.begin;
    });
    constexpr std::size_t notes_per_kind = 3;
    std::map<std::uint32_t, std::size_t> kept; // place begin -> diagnostic; places disjoint
    std::map<std::pair<std::size_t, std::string_view>, std::size_t> told; // (kept, code) -> count
    std::vector<bool> folded(diagnostics.size(), false);
    for (const std::size_t i : placed) {
        const Span place = *diagnostics[i].place;
        std::optional<std::size_t> into;
        auto next = kept.upper_bound(place.begin);
        if (next != kept.begin()) {
            const auto before = std::prev(next);
            if (diagnostics[before->second].place->end > place.begin ||
                (place.empty() && before->first == place.begin))
                into = before->second;
        }
        if (!into && next != kept.end() && next->first < place.end) into = next->second;
        if (!into) {
            kept.emplace(place.begin, i);
            continue;
        }
        folded[i] = true;
        Diagnostic& host = diagnostics[*into];
        const std::size_t n = ++told[{*into, diagnostics[i].code}];
        if (n <= notes_per_kind) {
            // "{message} ({name})", put together without a format string to parse.
            std::string note;
            note.reserve(diagnostics[i].message.size() + diagnostics[i].name.size() + 3);
            note.append(diagnostics[i].message).append(" (").append(diagnostics[i].name) += ')';
            host.notes.push_back({diagnostics[i].span, std::move(note)});
        }
    }
    for (const auto& [key, n] : told)
        if (n > notes_per_kind)
            diagnostics[key.first].help.push_back(
                fmt::format("{} more places in it are {} ({}); `citelint explain FILE:LINE` shows "
                            "how each sentence is read",
                            n - notes_per_kind, engine::find_rule(key.second)->name, key.second));
    std::size_t out = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
        if (!folded[i]) {
            if (out != i) diagnostics[out] = std::move(diagnostics[i]);
            ++out;
        }
    diagnostics.resize(out);
}

// In the order they are reported, through their indexes, each moved once: a diagnostic is
// large (its message, notes, help and fix), and a merge sort of the diagnostics themselves
// moves each of them as many times as it halves them (twenty times for a page's million).
void sort_as_reported(std::vector<Diagnostic>& diagnostics) {
    if (std::is_sorted(diagnostics.begin(), diagnostics.end(), reported_before)) return;
    std::vector<std::uint32_t> order(diagnostics.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return reported_before(diagnostics[x], diagnostics[y]);
    });
    std::vector<Diagnostic> sorted;
    sorted.reserve(diagnostics.size());
    for (const std::uint32_t i : order)
        sorted.push_back(std::move(diagnostics[i]));
    diagnostics = std::move(sorted);
}

} // namespace

CheckResult run_rules(const model::Article& article, const Selection& selection) {
    CheckResult result;
    for (const RuleChoice& choice : selection.rules()) {
        const std::size_t first = result.diagnostics.size();
        Sink sink(*choice.rule, result.diagnostics);
        choice.rule->check(article, sink);
        for (std::size_t i = first; i < result.diagnostics.size(); ++i)
            result.diagnostics[i].severity =
                result.diagnostics[i].limitation || result.diagnostics[i].maintenance
                    ? Severity::info
                    : choice.severity;
    }
    keep_one_per_place(result.diagnostics);
    sort_as_reported(result.diagnostics);
    merge_shared_limitations(result.diagnostics);
    return result;
}

std::vector<Diagnostic> reported(const model::Article& article, const Selection& selection) {
    return apply_suppressions(article, run_rules(article, selection).diagnostics, selection);
}

} // namespace citelint::engine
