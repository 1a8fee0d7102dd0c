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

extern const engine::Rule invalid_suppression{
    "S001",
    "invalid-suppression",
    engine::Family::suppressions,
    engine::Severity::warning,
    "a citelint-disable or citelint-enable comment that cannot do what it says",
    {},
    {
        "A comment that begins `citelint-` but is no directive (`citelint-disabel`); a rule in "
        "a directive that no code, name or family names (`R999`); a rule of the suppressions "
        "family (`S002`), which cannot be disabled inline; a `citelint-enable` when none of "
        "the rules it names is disabled at that point.",
        "A mistyped suppression silences nothing, so the problem it was meant for is still "
        "reported and the comment misleads the next editor; a stray enable usually means the "
        "disable above it was misspelt or removed. The suppressions family cannot disable "
        "itself, so that a wrong or unused suppression is always reported (turn those rules off "
        "with `--ignore` instead).",
        "<!-- citelint-disable R999 -->\nUsed.<ref name=\"x\" />\n<!-- citelint-enable "
        "similar-ref-names -->",
        "<!-- citelint-disable R001 -- defined by the infobox -->\nUsed.<ref name=\"x\" />\n"
        "<!-- citelint-enable R001 -->",
        "None.",
    },
    check,
};

} // namespace citelint::rules
