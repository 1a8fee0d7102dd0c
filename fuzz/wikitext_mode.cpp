// Wikitext: the checks, every output format the CLI writes, the audit report made of the JSON
// lines, and the fixes.
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "src/engine/fixes.hpp"
#include "src/engine/runner.hpp"
#include "src/engine/suppressions.hpp"
#include "src/model/article.hpp"
#include "src/model/site/site.hpp"
#include "src/report/audit.hpp"
#include "src/report/record.hpp"
#include "src/report/renderer.hpp"

namespace citelint::fuzz {

namespace {

const engine::Selection& every_rule() {
    static const engine::Selection all = engine::Selection::make({}, {}, {});
    return all;
}

// The options of the second check: every option on (sub-referencing; the claims family's
// strict coverage, judged lead, captions and table cells as prose), a wiki that the size
// chooses among those citelint knows, and a today for the date checks.
model::ModelOptions every_option(std::size_t size) {
    model::ModelOptions options;
    options.cite_subreferencing = true;
    options.claims = {.strict = true, .lead_exempt = false, .captions = true, .tables = true};
    const auto sites = model::known_sites();
    options.site = sites.empty() ? nullptr : &sites[size % sites.size()];
    options.site_given = true;
    options.today = model::CalendarDate{2026, 6, 15};
    options.segmenter = &segmenter();
    return options;
}

engine::CheckText checker(const model::ModelOptions& options) {
    return [&options](std::string text) {
        engine::Checked checked;
        checked.source = std::make_unique<Source>("fuzz.wiki", std::move(text));
        checked.article =
            std::make_unique<model::Article>(model::build_article(*checked.source, options));
        checked.diagnostics = engine::apply_suppressions(
            *checked.article, engine::run_rules(*checked.article, every_rule()).diagnostics,
            every_rule());
        expect_within(checked.diagnostics, checked.source->text().size());
        return checked;
    };
}

// The rules that reported, as SARIF's rule list (the CLI lists every rule run: the list alone,
// the same for every input, would cost more than the rest of the harness).
std::vector<const engine::Rule*> rules_reporting(const std::vector<engine::Diagnostic>& found) {
    std::vector<const engine::Rule*> rules;
    for (const auto& choice : every_rule().rules())
        for (const auto& d : found)
            if (d.code == choice.rule->code) {
                rules.push_back(choice.rule);
                break;
            }
    return rules;
}

// The audit report of JSON lines, as `citelint report` makes it: every line must be a record.
void report_lines(std::string_view lines) {
    report::Audit audit(small_audit());
    std::istringstream in{std::string(lines)};
    std::string line;
    std::string problem;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto record = report::record_from_json(nlohmann::json::parse(line), problem);
        expect(record.has_value());
        audit.add(std::move(*record));
    }
    expect_renders(audit);
}

// Every format of `citelint check --format`, and --statistics; those that are JSON must be.
void render(const engine::Checked& checked) {
    const report::Figures figures = report::figures_of(*checked.article);
    const report::PageOrigin origin{"Fuzz",
                                    "https://en.wikipedia.org/wiki/Fuzz",
                                    "https://en.wikipedia.org/w/index.php?title=Fuzz&action=edit",
                                    "fuzz.xml",
                                    "Wikipedia",
                                    "enwiki"};
    const report::Totals totals{.files = 1, .pages = 1, .warnings = checked.diagnostics.size()};
    std::ostringstream text, gcc, json, jsonl, sarif, github, statistics, statistics_json, summary;
    std::unique_ptr<report::Renderer> renderers[] = {
        report::make_pretty(text, {.color = true, .max_line_width = 40}),
        report::make_pretty(text, {}),
        report::make_gcc(gcc),
        report::make_json(json, "fuzz"),
        report::make_jsonl(jsonl),
        report::make_sarif(
            sarif, {"fuzz", "https://x", "https://x/{code}", rules_reporting(checked.diagnostics)}),
        report::make_github(github),
        report::make_statistics(statistics, false),
        report::make_statistics(statistics_json, true),
    };
    for (const auto& renderer : renderers) {
        renderer->document(*checked.source, checked.diagnostics, figures, origin);
        renderer->finish(totals, summary);
    }
    expect(is_json(json.str()));
    expect(is_json(sarif.str()));
    expect(is_json(statistics_json.str()));
    expect(is_json(jsonl.str(), true));
    report_lines(jsonl.str());
}

// --fix and --unsafe-fixes: the fixes taken together apply, and the text they make checks.
void fix(const engine::Checked& checked, const engine::CheckText& check) {
    bool fixable = false;
    for (const auto& d : checked.diagnostics)
        fixable = fixable || d.fix;
    if (!fixable) return;
    for (const auto mode : {engine::FixMode::safe, engine::FixMode::unsafe}) {
        const auto round = engine::apply_fixes(checked.source->text(), checked.diagnostics, mode);
        for (const std::size_t i : round.fixed)
            expect(i < checked.diagnostics.size() &&
                   engine::applies(*checked.diagnostics[i].fix, mode));
        const engine::Fixed fixed =
            engine::fix_document(check(std::string(checked.source->text())), check, mode, 3);
        expect(fixed.original.has_value() || fixed.fixed.empty());
    }
}

} // namespace

void wikitext(std::string_view bytes) {
    model::ModelOptions defaults;
    defaults.segmenter = &segmenter();
    checker(defaults)(std::string(bytes));
    const model::ModelOptions every = every_option(bytes.size());
    const engine::CheckText check = checker(every);
    const engine::Checked checked = check(std::string(bytes));
    render(checked);
    fix(checked, check);
}

} // namespace citelint::fuzz
