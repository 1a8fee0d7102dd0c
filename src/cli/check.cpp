#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <unistd.h>

#include <fmt/format.h>

#include "../engine/runner.hpp"
#include "../io/inputs.hpp"
#include "../model/article.hpp"
#include "../model/sentences.hpp"
#include "../report/renderer.hpp"
#include "commands.hpp"

namespace citelint::cli {

namespace {

bool use_color(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return ::isatty(STDOUT_FILENO) != 0;
}

std::vector<const engine::Rule*> rules_run(const engine::Selection& selection) {
    std::vector<const engine::Rule*> rules;
    for (const engine::RuleChoice& choice : selection.rules())
        rules.push_back(choice.rule);
    return rules;
}

void error(std::string_view message) {
    std::cerr << "citelint: error: " << message << '\n';
}

} // namespace

int run_check(const CheckOptions& options) {
    if (options.paths.empty()) {
        error("no input: name files or folders to check, or - for standard input");
        return usage_or_input;
    }
    engine::Selection selection;
    try {
        selection = engine::Selection::make(options.select, options.ignore, options.severity);
    } catch (const std::invalid_argument& e) {
        error(e.what());
        return usage_or_input;
    }
    const auto fail_on = engine::parse_severity(options.fail_on);
    if (!fail_on) {
        error(fmt::format("unknown severity '{}' for --fail-on (use error, warning or info)",
                          options.fail_on));
        return usage_or_input;
    }
    model::ModelOptions model_options;
    model_options.cite_subreferencing = options.cite_subreferencing;
    model_options.claims.strict = options.claims_strict;
    model_options.claims.lead_exempt = options.claims_lead == "exempt";
    model_options.claims.captions = options.claims_captions;
    model_options.claims.tables = options.claims_tables;
    if (options.today.empty()) {
        model_options.today = model::current_utc_date();
    } else if (const auto today = model::parse_iso_date(options.today)) {
        model_options.today = today;
    } else {
        error(fmt::format("invalid date '{}' for --today (use YYYY-MM-DD, a real date)",
                          options.today));
        return usage_or_input;
    }
    if (options.dialect == "wikitext")
        model_options.dialect = model::Dialect::wikitext;
    else if (options.dialect == "rendered")
        model_options.dialect = model::Dialect::rendered;
    else if (options.dialect != "auto") {
        error(
            fmt::format("unknown dialect '{}' (use auto, wikitext or rendered)", options.dialect));
        return usage_or_input;
    }
    // Only the claims rules read the sentence layer.
    model_options.sentences = std::any_of(
        selection.rules().begin(), selection.rules().end(),
        [](const engine::RuleChoice& c) { return c.rule->family == engine::Family::claims; });
    // One segmenter for every page: setting up ICU's iterator is not free.
    std::optional<model::SentenceSegmenter> segmenter;
    if (model_options.sentences) model_options.segmenter = &segmenter.emplace();
    // Templates of another wiki, added to the built-in catalogues.
    std::optional<model::Catalogues> catalogues;
    if (!options.templates.empty()) {
        std::string all;
        for (const std::string& path : options.templates) {
            io::ReadResult read = io::read_input(path);
            if (!read.text) {
                error(fmt::format("{}: {}", path, read.problem));
                return usage_or_input;
            }
            std::string problem;
            if (!model::Catalogues::with_additions(*read.text, problem)) {
                error(fmt::format("{}: {}", path, problem));
                return usage_or_input;
            }
            all += *read.text;
            all += '\n';
        }
        std::string problem;
        catalogues = model::Catalogues::with_additions(all, problem);
        model_options.catalogues = &*catalogues;
    }
    std::unique_ptr<report::Renderer> renderer;
    if (options.format == "pretty")
        renderer = report::make_pretty(std::cout, {use_color(options.color)});
    else if (options.format == "gcc")
        renderer = report::make_gcc(std::cout);
    else if (options.format == "json")
        renderer = report::make_json(std::cout, options.tool_version);
    else if (options.format == "jsonl")
        renderer = report::make_jsonl(std::cout);
    else if (options.format == "sarif")
        renderer = report::make_sarif(
            std::cout, {options.tool_version, options.tool_information_uri, rules_run(selection)});
    else if (options.format == "github")
        renderer = report::make_github(std::cout);
    else {
        error(fmt::format("unknown format '{}' (use pretty, gcc, json, jsonl, sarif or github)",
                          options.format));
        return usage_or_input;
    }

    report::Totals totals;
    bool unusable_input = false;
    bool failing = false;
    for (const io::Input& input : io::expand_paths(options.paths)) {
        if (!input.problem.empty()) {
            error(fmt::format("{}: {}", input.path, input.problem));
            unusable_input = true;
            continue;
        }
        io::ReadResult read = io::read_input(input.path);
        if (!read.text) {
            error(fmt::format("{}: cannot read: {}", input.path == "-" ? "<stdin>" : input.path,
                              read.problem));
            unusable_input = true;
            continue;
        }
        const Source source(input.path == "-" ? "<stdin>" : input.path, std::move(*read.text));
        const model::Article article = model::build_article(source, model_options);
        const engine::CheckResult result = engine::run_rules(article, selection);
        ++totals.files;
        for (const auto& d : result.diagnostics) {
            switch (d.severity) {
            case engine::Severity::error:
                ++totals.errors;
                break;
            case engine::Severity::warning:
                ++totals.warnings;
                break;
            case engine::Severity::info:
                ++totals.infos;
                break;
            }
            if (d.severity >= *fail_on) failing = true;
        }
        renderer->document(source, result.diagnostics, report::figures_of(article));
    }
    renderer->finish(totals, std::cerr);
    if (unusable_input) return usage_or_input;
    return failing && !options.exit_zero ? problems : clean;
}

} // namespace citelint::cli
