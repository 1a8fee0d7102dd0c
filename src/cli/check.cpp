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
#include "fix_output.hpp"
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

// The formats of citelint check, each with its renderer, in the order the help lists them.
struct Format {
    std::string_view name;
    std::unique_ptr<report::Renderer> (*make)(const CheckOptions&, const CheckRun&);
};
constexpr Format formats[] = {
    {"pretty",
     [](const CheckOptions& o, const CheckRun&) {
         return report::make_pretty(std::cout, {use_color(o.color)});
     }},
    {"gcc", [](const CheckOptions&, const CheckRun&) { return report::make_gcc(std::cout); }},
    {"json", [](const CheckOptions& o,
                const CheckRun&) { return report::make_json(std::cout, o.tool_version); }},
    {"jsonl", [](const CheckOptions&, const CheckRun&) { return report::make_jsonl(std::cout); }},
    {"sarif",
     [](const CheckOptions& o, const CheckRun& run) {
         return report::make_sarif(std::cout, {o.tool_version, o.tool_information_uri,
                                               o.tool_rule_page, run.rules_run()});
     }},
    {"github", [](const CheckOptions&, const CheckRun&) { return report::make_github(std::cout); }},
};

// The renderer of --format; null after saying that there is no such format.
std::unique_ptr<report::Renderer> make_renderer(const CheckOptions& options, const CheckRun& run) {
    if (options.statistics) {
        if (options.format == "pretty" || options.format == "json")
            return report::make_statistics(std::cout, options.format == "json");
        error(
            fmt::format("--statistics is given as text (--format pretty, the default) or as json, "
                        "not as {}",
                        options.format));
        return nullptr;
    }
    for (const Format& format : formats)
        if (format.name == options.format) return format.make(options, run);
    error(fmt::format("unknown format '{}' (use {})", options.format, check_formats()));
    return nullptr;
}

// Counts the diagnostics by severity; whether one of them is at or above `fail_on`.
bool count(const std::vector<engine::Diagnostic>& diagnostics, engine::Severity fail_on,
           report::Totals& totals) {
    bool failing = false;
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
        if (d.fix && d.fix->safety == engine::Safety::safe) ++totals.fixable;
        if (d.fix && d.fix->safety == engine::Safety::unsafe) ++totals.fixable_unsafe;
    }
    return failing;
}

// A dump's page is recorded in a baseline as DUMP#TITLE.
std::string baseline_name(const io::Input& input, const Outcome& outcome,
                          const std::string& baseline_file) {
    const std::string path = engine::baseline_path(input.path, baseline_file);
    return outcome.in_dump ? path + '#' + outcome.source->path() : path;
}

// The outcome's diagnostics less those the baseline knows.
void filter_by_baseline(engine::Baseline& baseline, const std::string& baseline_file,
                        const io::Input& input, Outcome& outcome) {
    const Source& source = *outcome.source;
    std::string name = baseline_name(input, outcome, baseline_file);
    // A baseline written before dump pages were named with their wiki ("DUMP#Berlin", not
    // "DUMP#enwiki:Berlin") still holds for them.
    if (outcome.in_dump && outcome.wiki_prefix > 0 && !baseline.knows(name)) {
        const std::string old =
            engine::baseline_path(input.path, baseline_file) + '#' +
            std::string(std::string_view(source.path()).substr(outcome.wiki_prefix));
        if (baseline.knows(old)) name = old;
    }
    outcome.diagnostics = baseline.filter(name, source, std::move(outcome.diagnostics));
}

// Whether the fixing options go together; false after saying why not.
bool fixing_usable(const CheckOptions& options) {
    const bool fixing = options.fix || options.diff;
    if (options.unsafe_fixes && !fixing) {
        error("--unsafe-fixes goes with --fix or --diff");
        return false;
    }
    if (fixing && (options.statistics || !options.write_baseline.empty())) {
        error(fmt::format("--{} cannot go with --{}", options.diff ? "diff" : "fix",
                          options.statistics ? "statistics" : "write-baseline"));
        return false;
    }
    if (options.fix && !options.diff &&
        std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end()) {
        error("--fix cannot write back to standard input; --diff prints what it would change");
        return false;
    }
    return true;
}

} // namespace

std::string check_formats() {
    std::vector<std::string_view> names;
    for (const Format& format : formats)
        names.push_back(format.name);
    return listed(names);
}

int run_check(const CheckOptions& options) {
    if (options.paths.empty()) {
        error("no input: name files or folders to check, or - for standard input");
        return usage_or_input;
    }
    if (!fixing_usable(options)) return usage_or_input;
    CheckRun run(options);
    if (!run.prepare()) return usage_or_input;
    const std::vector<io::Input>& inputs = run.inputs();
    const std::unique_ptr<report::Renderer> renderer = make_renderer(options, run);
    if (!renderer) return usage_or_input;

    std::optional<engine::Baseline> baseline;
    if (!options.baseline.empty() && !(baseline = read_baseline_file(options.baseline)))
        return usage_or_input;
    const bool writing_baseline = !options.write_baseline.empty();
    if (writing_baseline && !may_write_baseline(options.write_baseline, inputs))
        return usage_or_input;
    std::vector<engine::BaselineEntry> recorded;
    std::optional<FixOutput> fixes;
    if (options.fix || options.diff)
        fixes.emplace(options.diff, std::cout, ::isatty(STDOUT_FILENO) != 0);

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
            if (print_message(outcome.message)) {
                unusable_input = true;
                ++totals.unread;
            }
            return;
        }
        ++totals.files;
        if (outcome.in_dump) ++totals.pages;
        if (writing_baseline) {
            // Every problem of the run is recorded, whatever an older baseline knew.
            auto entries =
                engine::baseline_entries(baseline_name(input, outcome, options.write_baseline),
                                         *outcome.source, outcome.diagnostics);
            recorded.insert(recorded.end(), std::make_move_iterator(entries.begin()),
                            std::make_move_iterator(entries.end()));
            progress.update(position);
            return;
        }
        if (fixes) {
            progress.clear();
            if (!fixes->take(input, outcome)) unusable_input = true;
            if (options.diff) return; // the diff, not the diagnostics
        }
        if (baseline) filter_by_baseline(*baseline, options.baseline, input, outcome);
        if (count(outcome.diagnostics, run.configuration(outcome.input).fail_on, totals))
            failing = true;
        // Output to the terminal starts on a clean line: jsonl writes a line for every
        // document, the other per-document formats one for each diagnostic.
        if (!outcome.diagnostics.empty() || options.format == "jsonl") progress.clear();
        renderer->document(*outcome.source, outcome.diagnostics, outcome.figures,
                           run.origin_of(outcome));
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
    std::ostream& summary = options.quiet ? nowhere : std::cerr;
    if (fixes) fixes->finish(summary);
    if (options.diff) {
        if (unusable_input) return usage_or_input;
        return fixes->changed() && !options.exit_zero ? problems : clean;
    }
    if (fixes) { // what is left with a fix is a fix refused, or one --unsafe-fixes applies
        totals.fixable = 0;
        if (options.unsafe_fixes) totals.fixable_unsafe = 0;
    }
    renderer->finish(totals, summary);
    if (baseline) report_baseline_use(options.baseline, *baseline);
    if (unusable_input) return usage_or_input;
    return failing && !options.exit_zero ? problems : clean;
}

} // namespace citelint::cli
