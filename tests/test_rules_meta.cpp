// Every rule is complete: metadata, documentation, fixtures; the registry is sound.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "src/engine/rule.hpp"
#include "src/engine/runner.hpp"
#include "src/engine/selection.hpp"
#include "src/engine/suppressions.hpp"
#include "src/model/article.hpp"

using namespace citelint;

namespace {
std::string read(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("the registry is sorted by code, and codes and names are unique") {
    const auto rules = engine::all_rules();
    REQUIRE(!rules.empty());
    std::set<std::string_view> codes, names;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(codes.insert(rules[i]->code).second);
        CHECK(names.insert(rules[i]->name).second);
        if (i > 0) CHECK(rules[i - 1]->code < rules[i]->code);
    }
}

TEST_CASE("codes and names have their forms") {
    const std::regex code("[RTCS][0-9]{3}"), name("[a-z]+(-[a-z]+)*");
    for (const auto* r : engine::all_rules()) {
        INFO(r->code);
        CHECK(std::regex_match(std::string(r->code), code));
        // The code's letter is its family's: R references, T templates, C claims,
        // S suppressions.
        CHECK(r->code[0] == std::toupper(engine::family_name(r->family) == "references"     ? 'r'
                                         : engine::family_name(r->family) == "templates"    ? 't'
                                         : engine::family_name(r->family) == "suppressions" ? 's'
                                                                                            : 'c'));
        CHECK(std::regex_match(std::string(r->name), name));
        CHECK(!r->summary.empty());
        CHECK(r->check != nullptr);
    }
}

TEST_CASE("every rule is documented in every section") {
    for (const auto* r : engine::all_rules()) {
        INFO(r->code);
        CHECK(!r->docs.what_it_finds.empty());
        CHECK(!r->docs.why_it_matters.empty());
        CHECK(!r->docs.example_bad.empty());
        CHECK(!r->docs.example_good.empty());
        CHECK(!r->docs.options.empty());
        CHECK(r->docs.example_bad != r->docs.example_good);
    }
}

TEST_CASE("the references family implements each of Cite's 21 message keys once") {
    const std::set<std::string> expected = {"cite_error_ref_too_many_keys",
                                            "cite_error_ref_parameter_suggestion",
                                            "cite_error_references_invalid_parameters",
                                            "cite_error_ref_invalid_dir",
                                            "cite_error_ref_conflicting_dir",
                                            "cite_error_ref_numeric_key",
                                            "cite_error_ref_follow_conflicts",
                                            "cite_error_details_missing_parent",
                                            "cite_error_ref_with_details_no_name",
                                            "cite_error_ref_no_key",
                                            "cite_error_ref_no_input",
                                            "cite_error_included_ref",
                                            "cite_error_details_unsupported_context",
                                            "cite_error_references_group_mismatch",
                                            "cite_error_references_no_key",
                                            "cite_error_empty_references_define",
                                            "cite_error_references_missing_key",
                                            "cite_error_references_duplicate_key",
                                            "cite_error_references_no_text",
                                            "cite_error_group_refs_without_references",
                                            "cite_error_included_references"};
    std::multiset<std::string> seen;
    for (const auto* r : engine::all_rules())
        for (auto k : r->mediawiki_keys)
            seen.insert(std::string(k));
    CHECK(seen.size() == expected.size());
    CHECK(std::set<std::string>(seen.begin(), seen.end()) == expected);
}

TEST_CASE("every rule has a fixture that expects it and a fixture that must stay silent") {
    const std::filesystem::path root = CITELINT_SOURCE_DIR "/fixtures";
    for (const auto* r : engine::all_rules()) {
        INFO(r->name);
        const auto folder = root / engine::family_name(r->family);
        const auto positive = folder / (std::string(r->name) + ".wiki");
        const auto negative = folder / (std::string(r->name) + ".ok.wiki");
        REQUIRE(std::filesystem::exists(positive));
        REQUIRE(std::filesystem::exists(negative));
        const std::regex expects("<!--\\s*expect:\\s*(" + std::string(r->name) + "|" +
                                 std::string(r->code) + ")\\s");
        CHECK(std::regex_search(read(positive), expects));
        CHECK(read(negative).find("expect:") == std::string::npos);
    }
}

TEST_CASE("selectors: code, name, family, all, unknown ones are refused") {
    CHECK(engine::resolve_selector("R001").size() == 1);
    CHECK(engine::resolve_selector("undefined-named-ref").size() == 1);
    std::size_t references = 0;
    for (const auto* r : engine::all_rules())
        references += r->family == engine::Family::references;
    CHECK(engine::resolve_selector("references").size() == references);
    std::size_t claims = 0;
    for (const auto* r : engine::all_rules())
        claims += r->family == engine::Family::claims;
    CHECK(claims >= 2);
    CHECK(engine::resolve_selector("claims").size() == claims);
    std::size_t suppressions = 0;
    for (const auto* r : engine::all_rules())
        suppressions += r->family == engine::Family::suppressions;
    CHECK(suppressions == 2);
    CHECK(engine::resolve_selector("suppressions").size() == suppressions);
    CHECK(engine::resolve_selector("templates").size() ==
          engine::all_rules().size() - references - claims - suppressions);
    CHECK(engine::resolve_selector("all").size() == engine::all_rules().size());
    CHECK(engine::resolve_selector("nonsense").empty());
    CHECK_THROWS_AS(engine::Selection::make({"nonsense"}, {}, {}), std::invalid_argument);
    // Comma-separated lists are split by the command line, not here.
    CHECK_THROWS_AS(engine::Selection::make({"references"}, {"R001,R002"}, {}),
                    std::invalid_argument);
}

TEST_CASE("ignore removes rules and severity overrides their level") {
    const auto s = engine::Selection::make({}, {"R001", "stray-ref-close"}, {"R002=warning"});
    CHECK(s.rules().size() == engine::all_rules().size() - 2);
    for (const auto& c : s.rules()) {
        CHECK(c.rule->code != "R001");
        if (c.rule->code == "R002") CHECK(c.severity == engine::Severity::warning);
    }
    CHECK_THROWS(engine::Selection::make({}, {}, {"R002=loud"}));
    CHECK_THROWS(engine::Selection::make({}, {}, {"R002"}));
}

TEST_CASE("limitations several rules share at one place are said once, naming each rule") {
    const citelint::Source source(
        "r.wiki", "A.<ref>Template:Cite news</ref>\n\nReferencesEdit\n\nTemplate:Reflist\n");
    citelint::model::ModelOptions options;
    options.dialect = citelint::model::Dialect::rendered;
    const auto article = citelint::model::build_article(source, options);
    auto messages = [&](std::vector<std::string> select) {
        std::vector<std::string> out;
        for (const auto& d :
             citelint::engine::run_rules(article, citelint::engine::Selection::make(select, {}, {}))
                 .diagnostics)
            out.push_back(std::string(d.code) + " " + d.message);
        return out;
    };
    CHECK(messages({"T016"}) ==
          std::vector<std::string>{"T016 could not check the parameter names of 1 citation: its "
                                   "parameters were lost in the "
                                   "rendered dialect"});
    CHECK(
        messages({"T016", "T017"}) ==
        std::vector<std::string>{
            "T016 could not check the parameter names (T016) and the deprecated parameters (T017) "
            "of 1 citation: its parameters were lost in the rendered dialect"});
}

TEST_CASE("marked-unsourced gives an age only when today is known") {
    const citelint::Source source("m.wiki", "A claim.{{cn|date=March 2015}}\n");
    auto message = [&](std::optional<citelint::model::CalendarDate> today) {
        citelint::model::ModelOptions options;
        options.today = today;
        const auto article = citelint::model::build_article(source, options);
        const auto result = citelint::engine::run_rules(
            article, citelint::engine::Selection::make({"C004"}, {}, {}));
        REQUIRE(result.diagnostics.size() == 1);
        return result.diagnostics[0].message;
    };
    CHECK(message(std::nullopt) == "{{cn}} marks this claim unsourced since March 2015");
    CHECK(message(citelint::model::CalendarDate{2026, 11, 28}) ==
          "{{cn}} marks this claim unsourced since March 2015 (11 years and 8 months)");
}

TEST_CASE("every rule's documented examples are true: the bad one is reported, the good one not") {
    const auto selection = engine::Selection::make({"all"}, {}, {});
    for (const engine::Rule* rule : engine::all_rules()) {
        model::ModelOptions options;
        // The arguments of `citelint check` the examples are read with (replayed through the
        // command line itself by tests/rule_pages_test.sh).
        const auto& args = rule->docs.example_options;
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i] == "--claims-lead" && i + 1 < args.size() && args[i + 1] == "checked")
                options.claims.lead_exempt = false, ++i;
            else if (args[i] == "--claims-strict")
                options.claims.strict = true;
            else if (args[i] == "--dialect" && i + 1 < args.size() && args[i + 1] == "rendered")
                options.dialect = model::Dialect::rendered, ++i;
            else if (args[i] == "--cite-subreferencing")
                options.cite_subreferencing = true;
            else
                FAIL(rule->code << ": unknown example option " << args[i]);
        }
        options.today = model::CalendarDate{2026, 12, 6};
        const auto reported = [&](std::string_view text) {
            const Source source("example.wiki", std::string(text));
            const model::Article article = model::build_article(source, options);
            const auto diagnostics = engine::apply_suppressions(
                article, engine::run_rules(article, selection).diagnostics, selection);
            return std::any_of(
                diagnostics.begin(), diagnostics.end(),
                [&](const engine::Diagnostic& d) { return d.code == rule->code && !d.limitation; });
        };
        INFO(rule->code);
        if (!rule->docs.example_bad.empty()) CHECK(reported(rule->docs.example_bad));
        if (!rule->docs.example_good.empty()) CHECK_FALSE(reported(rule->docs.example_good));
    }
}
