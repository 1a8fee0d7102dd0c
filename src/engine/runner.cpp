#include "runner.hpp"

#include <algorithm>

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
                if (diagnostics[k].limitation_shared == shared && diagnostics[k].span.end == diagnostics[i].span.end)
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
            if (std::find(same.begin(), same.end(), k) == same.end()) out.push_back(std::move(diagnostics[k]));
        i = j;
    }
    diagnostics = std::move(out);
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
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                         return a.code < b.code;
                     });
    merge_shared_limitations(result.diagnostics);
    return result;
}

} // namespace citelint::engine
