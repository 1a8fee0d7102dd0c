// Inline suppressions: how directives are read, and what apply_suppressions keeps.
#include <catch2/catch.hpp>

#include "src/engine/runner.hpp"
#include "src/engine/suppressions.hpp"
#include "src/model/article.hpp"

using namespace citelint;

namespace {

// The diagnostics of `text` after suppressions, as CODE@LINE, with the rules selected.
std::vector<std::string> check(const std::string& text, const std::vector<std::string>& select = {},
                               const std::vector<std::string>& ignore = {"claims"},
                               const std::vector<std::string>& severity = {}) {
    const Source source("s.wiki", text);
    const model::Article article = model::build_article(source);
    const auto selection = engine::Selection::make(select, ignore, severity);
    const auto diagnostics = engine::apply_suppressions(
        article, engine::run_rules(article, selection).diagnostics, selection);
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(std::string(d.code) + "@" + std::to_string(source.locate(d.span.begin).line));
    return out;
}

} // namespace

TEST_CASE("directives are read from comment nodes: kind, rules, reason, spans") {
    const Source source("s.wiki",
                        "A.<!-- citelint-disable R001,similar-ref-names -- made by {{x}} -->\n"
                        "<!-- CITELINT-ENABLE -->\n"
                        "<!-- citelint-disable-next-line Templates -->\n"
                        "<!-- not a directive -->\n");
    const model::Article article = model::build_article(source);
    const auto s = engine::read_suppressions(article);
    CHECK(s.problems.empty());
    REQUIRE(s.directives.size() == 3);
    const auto& first = s.directives[0];
    CHECK(first.kind == engine::DirectiveKind::disable);
    CHECK(source.slice(first.comment).substr(0, 4) == "<!--");
    CHECK(first.comment.begin == 2);
    CHECK(source.slice(first.keyword) == "citelint-disable");
    REQUIRE(first.targets.size() == 2);
    CHECK(source.slice(first.targets[0].span) == "R001");
    REQUIRE(first.targets[0].rules.size() == 1);
    CHECK(first.targets[0].rules[0]->name == "undefined-named-ref");
    CHECK(source.slice(first.targets[1].span) == "similar-ref-names");
    CHECK(first.targets[1].rules[0]->code == "R026");
    CHECK(first.reason == "made by {{x}}");
    CHECK(s.directives[1].kind == engine::DirectiveKind::enable);
    CHECK(s.directives[1].targets.empty());
    CHECK(s.directives[2].kind == engine::DirectiveKind::disable_next_line);
    REQUIRE(s.directives[2].targets.size() == 1);
    CHECK(s.directives[2].targets[0].rules.size() == engine::resolve_selector("templates").size());
}

TEST_CASE("comments that are no directives, and words that name every rule") {
    const Source source("s.wiki", "<!--citelint-->\n<!-- citelint -->\n<!-- citelint- -->\n"
                                  "<!-- citelint-disable-next-line ALL -->\n");
    const auto s = engine::read_suppressions(model::build_article(source));
    // The comment's own "-->" is not read as the hyphen of "citelint-".
    REQUIRE(s.problems.size() == 1);
    CHECK(source.slice(s.problems[0].span) == "citelint-");
    CHECK(s.problems[0].message == "unknown directive \"citelint-\"");
    REQUIRE(s.directives.size() == 1);
    REQUIRE(s.directives[0].targets.size() == 1);
    const auto& every = s.directives[0].targets[0].rules;
    CHECK(every.size() ==
          engine::all_rules().size() - engine::resolve_selector("suppressions").size());
}

TEST_CASE("a comment inside nowiki is no directive") {
    const Source source("s.wiki", "<nowiki><!-- citelint-disable --></nowiki>\n");
    CHECK(engine::read_suppressions(model::build_article(source)).directives.empty());
}

TEST_CASE("a disable drops only its rule's diagnostics, only in its region") {
    const std::string page = "A.<ref name=\"x\" /> B.</ref>\n"
                             "<!-- citelint-disable R001 -->\n"
                             "C.<ref name=\"y\" /> D.</ref>\n"
                             "<!-- citelint-enable R001 -->\n"
                             "E.<ref name=\"z\" />\n"
                             "<references />\n";
    CHECK(check(page) == std::vector<std::string>{"R001@1", "R022@1", "R022@3", "R001@5"});
    // Without the comments all three are reported: the test above can fail.
    CHECK(check("A.<ref name=\"x\" />\nC.<ref name=\"y\" />\n<references />\n") ==
          std::vector<std::string>{"R001@1", "R001@2"});
}

TEST_CASE("a disable of every rule is judged unused only when every rule ran") {
    const std::string page =
        "<!-- citelint-disable -->\nA sourced sentence.<ref>Smith 2010.</ref>\n"
        "<references />\n";
    // Every rule selected: nothing was suppressed, so the comment is unused.
    CHECK(check(page, {}, {}) == std::vector<std::string>{"S002@1"});
    // The claims family did not run: the comment may be meant for it.
    CHECK(check(page).empty());
}

TEST_CASE("a suppression of a rule that did not run is not judged") {
    const std::string page =
        "<!-- citelint-disable R022 -->\nA.<ref>Smith 2010.</ref>\n<references />\n";
    CHECK(check(page) == std::vector<std::string>{"S002@1"});
    CHECK(check(page, {"R001", "S002"}, {}).empty());
    CHECK(check(page, {}, {"claims", "R022"}).empty());
}

TEST_CASE(
    "unused-suppression follows the selection: off when not selected, its severity overridden") {
    const std::string page =
        "<!-- citelint-disable R022 -->\nA.<ref>Smith 2010.</ref>\n<references />\n";
    CHECK(check(page, {}, {"claims", "unused-suppression"}).empty());
    const Source source("s.wiki", page);
    const model::Article article = model::build_article(source);
    const auto selection = engine::Selection::make({"R022", "S002"}, {}, {"S002=error"});
    const auto diagnostics = engine::apply_suppressions(
        article, engine::run_rules(article, selection).diagnostics, selection);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == engine::Severity::error);
    CHECK(diagnostics[0].name == "unused-suppression");
    CHECK(source.slice(diagnostics[0].span) == "R022");
    CHECK(diagnostics[0].message ==
          "\"citelint-disable R022\" suppresses nothing: R022 reports nothing in its region");
}

TEST_CASE(
    "the suppressions family is never suppressed, so a suppression cannot hide its own report") {
    // An unknown rule inside a region that disables every rule is still reported.
    const std::string page = "<!-- citelint-disable -->\n<!-- citelint-disable R999 -->\n"
                             "A.<ref name=\"x\" />\n<references />\n";
    CHECK(check(page) == std::vector<std::string>{"S001@2"});
    // Naming it is itself invalid, and disables nothing.
    const std::string named =
        "<!-- citelint-disable S001 S002 -->\n<!-- citelint-disable R999 -->\n"
        "A.<ref name=\"x\" />\n<references />\n";
    CHECK(check(named) == std::vector<std::string>{"S001@1", "S001@1", "S001@2", "R001@3"});
}
