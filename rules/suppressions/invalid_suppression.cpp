#include "../../src/engine/rule.hpp"
#include "../../src/engine/suppressions.hpp"

namespace citelint::rules {

namespace {

void check(const model::Article& a, engine::Sink& sink) {
    for (auto& problem : engine::suppression_problems(a)) {
        engine::Diagnostic& d = sink.report(problem.span, std::move(problem.message));
        if (!problem.help.empty()) d.help.push_back(std::move(problem.help));
    }
}

} // namespace

// clang-format off
extern const engine::Rule invalid_suppression{
    .code = "S001",
    .name = "invalid-suppression",
    .family = engine::Family::suppressions,
    .severity = engine::Severity::warning,
    .summary = "a citelint-disable or citelint-enable comment that cannot do what it says",
    .docs = {
        .what_it_finds =
            "A comment that begins `citelint-` but is no directive (`citelint-disabel`); "
            "a rule in a directive that no code, name or family names (`R999`); "
            "a rule of the suppressions family (`S002`), which cannot be disabled inline; "
            "a `citelint-enable` when none of the rules it names is disabled at that point.",
        .why_it_matters =
            "A mistyped suppression silences nothing, so the problem it was meant for is still "
            "reported and the comment misleads the next editor; a stray enable usually means the "
            "disable above it was misspelt or removed. "
            "The suppressions family cannot disable itself, so that a wrong or unused suppression "
            "is always reported (turn those rules off with `--ignore` instead).",
        .example_bad = R"md(<!-- citelint-disable R999 -->
Used.<ref name="x" />
<!-- citelint-enable similar-ref-names -->)md",
        .example_good = R"md(<!-- citelint-disable R001 -- defined by the infobox -->
Used.<ref name="x" />
<!-- citelint-enable R001 -->)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/engine/suppressions.cpp: suppression_problems"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
