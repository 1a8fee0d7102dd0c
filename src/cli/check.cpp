#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

#include <fmt/format.h>

#include "../report/renderer.hpp"
#include "baseline_file.hpp"
#include "check_run.hpp"
#include "commands.hpp"
#include "progress.hpp"

namespace citelint::cli {

namespace {

bool use_color(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return ::isatty(STDOUT_FILENO) != 0;
}

} // namespace

int run_check(const CheckOptions& options) {
    if (options.paths.empty()) {
        error("no input: name files or folders to check, or - for standard input");
        return usage_or_input;
    }
    CheckRun run(options);
    if (!run.prepare()) return usage_or_input;
    const std::vector<io::Input>& inputs = run.inputs();
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
            std::cout, {options.tool_version, options.tool_information_uri, run.rules_run()});
    else if (options.format == "github")
        renderer = report::make_github(std::cout);
    else {
        error(fmt::format("unknown format '{}' (use pretty, gcc, json, jsonl, sarif or github)",
                          options.format));
        return usage_or_input;
    }

    std::optional<engine::Baseline> baseline;
    if (!options.baseline.empty() && !(baseline = read_baseline_file(options.baseline)))
        return usage_or_input;
    const bool writing_baseline = !options.write_baseline.empty();
    if (writing_baseline && !may_write_baseline(options.write_baseline, inputs))
        return usage_or_input;
    std::vector<engine::BaselineEntry> recorded;

    report::Totals totals;
    bool unusable_input = false;
    bool failing = false;
    ReadPosition position;
    ProgressLine progress(std::cerr, !options.quiet && stderr_is_terminal(), run.total_size());
    const auto take = [&](Outcome&& outcome) {
        const io::Input& input = inputs[outcome.input];
        if (!outcome.source) {
            // What an input says besides its documents, where it says it: a dump that broke
            // after the pages read before it, a bad JSON line between the good ones.
            progress.clear();
            if (print_message(outcome.message)) unusable_input = true;
            return;
        }
        const Source& source = *outcome.source;
        std::vector<engine::Diagnostic>& diagnostics = outcome.diagnostics;
        // A dump's page is recorded in a baseline as DUMP#TITLE.
        const auto baseline_name = [&](const std::string& file) {
            const std::string path = engine::baseline_path(input.path, file);
            return outcome.in_dump ? path + '#' + source.path() : path;
        };
        ++totals.files;
        if (writing_baseline) {
            // Every problem of the run is recorded, whatever an older baseline knew.
            auto entries =
                engine::baseline_entries(baseline_name(options.write_baseline), source, diagnostics);
            recorded.insert(recorded.end(), std::make_move_iterator(entries.begin()),
                            std::make_move_iterator(entries.end()));
            progress.update(position);
            return;
        }
        if (baseline) {
            std::string name = baseline_name(options.baseline);
            // A baseline written before dump pages were named with their wiki
            // ("DUMP#Berlin", not "DUMP#enwiki:Berlin") still holds for them.
            if (outcome.in_dump && outcome.wiki_prefix > 0 && !baseline->knows(name)) {
                const std::string old =
                    engine::baseline_path(input.path, options.baseline) + '#' +
                    std::string(std::string_view(source.path()).substr(outcome.wiki_prefix));
                if (baseline->knows(old)) name = old;
            }
            diagnostics = baseline->filter(name, source, std::move(diagnostics));
        }
        const engine::Severity fail_on = run.configuration(outcome.input).fail_on;
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
            if (d.severity >= fail_on) failing = true;
        }
        // Output to the terminal starts on a clean line: jsonl writes a line for every
        // document, the other per-document formats one for each diagnostic.
        if (!diagnostics.empty() || options.format == "jsonl") progress.clear();
        renderer->document(source, diagnostics, outcome.figures);
        progress.update(position);
    };
    run.run(position, take);
    progress.clear();
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
    std::ostream nowhere(nullptr); // --quiet: the diagnostics, nothing else
    renderer->finish(totals, options.quiet ? nowhere : std::cerr);
    if (baseline) report_baseline_use(options.baseline, *baseline);
    if (unusable_input) return usage_or_input;
    return failing && !options.exit_zero ? problems : clean;
}

} // namespace citelint::cli
