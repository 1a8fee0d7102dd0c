#include "../../src/engine/rule.hpp"

namespace citelint::rules {

namespace {

// What this rule reports depends on what the other rules reported and what the suppressions
// dropped, so engine::apply_suppressions reports it, after every other rule has run.
void check(const model::Article&, engine::Sink&) {}

} // namespace

// clang-format off
extern const engine::Rule unused_suppression{
    .code = "S002",
    .name = "unused-suppression",
    .family = engine::Family::suppressions,
    .severity = engine::Severity::warning,
    .summary = "a citelint-disable comment that suppresses nothing",
    .docs = {
        .what_it_finds =
            "A rule named in `citelint-disable`, `citelint-disable-next-line` or "
            "`citelint-disable-line` that reports nothing in the region, on the line, "
            "the comment covers; a `citelint-disable` without rules under which no rule "
            "reports anything. "
            "Each rule of a comment is judged on its own, and a family is used when one "
            "of its rules is. "
            "A suppression is only judged when every rule it names ran: "
            "with `--select` or `--ignore` leaving one of them out, it could have been meant for "
            "that rule, and is not reported. "
            "When several suppressions cover one diagnostic, each is used.",
        .why_it_matters =
            "A suppression outlives the problem it silenced: once the ref is defined or the "
            "template fixed, the comment stays and would silence the next, "
            "real problem at that place without anyone noticing. "
            "This rule is computed after the suppressions are applied and cannot itself be "
            "disabled inline (use `--ignore unused-suppression`).",
        .example_bad = R"md(<!-- citelint-disable-next-line R001 -->
Defined.<ref name="x">Smith 2010.</ref>)md",
        .example_good = R"md(Defined.<ref name="x">Smith 2010.</ref>)md",
        .options =
            "None. "
            "Its verdict depends on the rules selected for the run (see above).",
    },
    .relies_on = {"src/engine/suppressions.cpp: apply_suppressions"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
