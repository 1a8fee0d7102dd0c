#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <unistd.h>

#include <fmt/format.h>

#include "../engine/runner.hpp"
#include "../engine/suppressions.hpp"
#include "../io/inputs.hpp"
#include "../model/article.hpp"
#include "../model/sentences.hpp"
#include "../report/renderer.hpp"
#include "baseline_file.hpp"
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
    else {
        error(fmt::format("unknown format '{}' (use pretty or gcc)", options.format));
        return usage_or_input;
    }

    std::optional<engine::Baseline> baseline;
    if (!options.baseline.empty() && !(baseline = read_baseline_file(options.baseline)))
        return usage_or_input;
    const std::vector<io::Input> inputs = io::expand_paths(options.paths);
    const bool writing_baseline = !options.write_baseline.empty();
    if (writing_baseline && !may_write_baseline(options.write_baseline, inputs))
        return usage_or_input;
    std::vector<engine::BaselineEntry> recorded;

    report::Totals totals;
    bool unusable_input = false;
    bool failing = false;
    for (const io::Input& input : inputs) {
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
        std::vector<engine::Diagnostic> diagnostics = engine::apply_suppressions(
            article, engine::run_rules(article, selection).diagnostics, selection);
        ++totals.files;
        if (writing_baseline) {
            // Every problem of the run is recorded, whatever an older baseline knew.
            auto entries = engine::baseline_entries(
                engine::baseline_path(input.path, options.write_baseline), source, diagnostics);
            recorded.insert(recorded.end(), std::make_move_iterator(entries.begin()),
                            std::make_move_iterator(entries.end()));
            continue;
        }
        if (baseline)
            diagnostics = baseline->filter(engine::baseline_path(input.path, options.baseline),
                                           source, std::move(diagnostics));
        for (const auto& d : diagnostics) {
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
        renderer->document(source, diagnostics);
    }
    if (writing_baseline) {
        if (unusable_input) {
            error(fmt::format("not writing the baseline {}: an input could not be read",
                              options.write_baseline));
            return usage_or_input;
        }
        return write_baseline_file(options.write_baseline, std::move(recorded), totals.files)
                   ? clean
                   : usage_or_input;
    }
    renderer->finish(totals, std::cerr);
    if (baseline) report_baseline_use(options.baseline, *baseline);
    if (unusable_input) return usage_or_input;
    return failing && !options.exit_zero ? problems : clean;
}

} // namespace citelint::cli
