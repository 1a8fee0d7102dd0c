#include "runner.hpp"

#include <algorithm>

namespace citelint::engine {

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
    return result;
}

} // namespace citelint::engine
