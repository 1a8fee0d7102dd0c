#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unistd.h>

#include <fmt/format.h>

#include "../config/effective.hpp"
#include "../engine/suppressions.hpp"
#include "../io/inputs.hpp"
#include "../model/article.hpp"
#include "../report/renderer.hpp"
#include "baseline_file.hpp"
#include "commands.hpp"
#include "pipeline.hpp"
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

// The rules that run on some input (each input has its configuration's selection), in the
// registry's order.
std::vector<const engine::Rule*> rules_run(const std::vector<const config::Effective*>& configs) {
    std::vector<const engine::Rule*> rules;
    for (const config::Effective* effective : configs) {
        if (!effective) continue;
        for (const engine::RuleChoice& choice : effective->selection.rules())
            if (std::find(rules.begin(), rules.end(), choice.rule) == rules.end())
                rules.push_back(choice.rule);
    }
    std::sort(rules.begin(), rules.end(), [](const engine::Rule* a, const engine::Rule* b) {
        return a->code < b->code;
    });
    return rules;
}

// The inputs' size on disk, for the share a progress display shows; 0 when standard input is
// one of them, whose size is not known.
std::uint64_t total_size(const std::vector<io::Input>& inputs) {
    std::uint64_t total = 0;
    for (const io::Input& input : inputs) {
        if (input.path == "-") return 0;
        std::error_code failed;
        const auto size = std::filesystem::file_size(input.path, failed);
        if (!failed) total += size;
    }
    return total;
}

void error(std::string_view message) {
    std::cerr << "citelint: error: " << message << '\n';
}

// The flags given on the command line, as the layer over the configuration file.
config::Settings given_flags(const CheckOptions& options) {
    const auto given = [&](std::string_view flag) {
        return std::find(options.given.begin(), options.given.end(), flag) != options.given.end();
    };
    config::Settings s;
    if (given("--select")) s.select = options.select;
    if (given("--ignore")) s.ignore = options.ignore;
    for (const std::string& item : options.severity) {
        const auto eq = item.find('=');
        s.severity.emplace_back(item.substr(0, eq),
                                eq == std::string::npos ? std::string{} : item.substr(eq + 1));
    }
    if (given("--fail-on")) s.fail_on = options.fail_on;
    if (given("--dialect")) s.dialect = options.dialect;
    if (given("--cite-subreferencing")) s.cite_subreferencing = options.cite_subreferencing;
    if (given("--claims-strict")) s.claims_strict = options.claims_strict;
    if (given("--claims-lead")) s.claims_lead = options.claims_lead;
    if (given("--claims-captions")) s.claims_captions = options.claims_captions;
    if (given("--claims-tables")) s.claims_tables = options.claims_tables;
    s.templates = options.templates;
    return s;
}

// The configurations of one run, one per configuration file (or none), read before any input
// is checked so that a bad one stops the run with nothing done.
class Configurations {
  public:
    explicit Configurations(const CheckOptions& options)
        : options_(options), flags_(given_flags(options)) {}

    // Whether the flags alone can be used (a bad --select is reported even when no input can
    // be read); prints why not.
    [[nodiscard]] bool flags_usable() const {
        std::string problem;
        if (config::make_effective(flags_, problem)) return true;
        error(problem);
        return false;
    }

    // The configuration for an input; null after printing why it cannot be had.
    config::Effective* for_input(const std::string& path) {
        namespace fs = std::filesystem;
        fs::path folder = path == "-" ? fs::current_path() : fs::path(path).parent_path();
        if (folder.empty()) folder = ".";
        const auto found = folder_files_.find(folder);
        const std::optional<fs::path> file =
            found != folder_files_.end()
                ? found->second
                : folder_files_
                      .emplace(folder, config::choose(folder, options_.config, options_.no_config))
                      .first->second;
        const std::string key = file ? file->string() : std::string{};
        if (const auto it = by_file_.find(key); it != by_file_.end()) return it->second.get();
        config::Settings settings = flags_;
        if (file) {
            config::Loaded loaded = config::load(*file);
            if (!loaded.settings) {
                error(loaded.error);
                return nullptr;
            }
            settings = config::layer(flags_, *loaded.settings);
        }
        std::string problem;
        auto effective = config::make_effective(settings, problem);
        if (!effective) {
            error(problem); // the file's own values were checked when it was read
            return nullptr;
        }
        return by_file_.emplace(key, std::move(effective)).first->second.get();
    }

    void set_today(std::optional<model::CalendarDate> today) {
        for (auto& [file, effective] : by_file_)
            effective->model.today = today;
    }

  private:
    const CheckOptions& options_;
    config::Settings flags_;
    std::map<std::filesystem::path, std::optional<std::filesystem::path>> folder_files_;
    std::map<std::string, std::unique_ptr<config::Effective>> by_file_;
};

} // namespace

int run_check(const CheckOptions& options) {
    if (options.paths.empty()) {
        error("no input: name files or folders to check, or - for standard input");
        return usage_or_input;
    }
    for (const std::string& item : options.severity)
        if (item.find('=') == std::string::npos) {
            error(fmt::format("--severity takes RULE=LEVEL, got '{}'", item));
            return usage_or_input;
        }
    std::optional<model::CalendarDate> today;
    if (options.today.empty()) {
        today = model::current_utc_date();
    } else if (const auto parsed = model::parse_iso_date(options.today)) {
        today = parsed;
    } else {
        error(fmt::format("invalid date '{}' for --today (use YYYY-MM-DD, a real date)",
                          options.today));
        return usage_or_input;
    }
    io::DumpOptions dump_options;
    dump_options.namespaces.clear();
    for (const std::string& ns : options.namespaces) {
        if (ns == "all") {
            dump_options.namespaces.clear();
            break;
        }
        if (ns.empty() || ns.find_first_not_of("-0123456789") != std::string::npos ||
            ns.find('-', 1) != std::string::npos) {
            error(fmt::format("--namespaces takes namespace numbers or all, got '{}'", ns));
            return usage_or_input;
        }
        dump_options.namespaces.push_back(ns);
    }
    const std::optional<io::StdinFormat> stdin_format = io::stdin_format_named(options.stdin_format);
    if (!stdin_format) {
        error(fmt::format("--stdin-format takes auto, wikitext, dump or jsonl, got '{}'",
                          options.stdin_format));
        return usage_or_input;
    }
    Configurations configurations(options);
    if (!configurations.flags_usable()) return usage_or_input;
    const std::vector<io::Input> inputs = io::expand_paths(options.paths);
    std::vector<const config::Effective*> input_configs;
    for (const io::Input& input : inputs) {
        if (!input.problem.empty()) {
            input_configs.push_back(nullptr);
            continue;
        }
        const config::Effective* effective = configurations.for_input(input.path);
        if (!effective) return usage_or_input;
        input_configs.push_back(effective);
    }
    configurations.set_today(today);
    if (options.jobs && *options.jobs == 0) {
        error("--jobs takes a number of threads of 1 or more");
        return usage_or_input;
    }
    const unsigned jobs = options.jobs ? *options.jobs : available_cores();
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
            std::cout, {options.tool_version, options.tool_information_uri, rules_run(input_configs)});
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
    ProgressLine progress(std::cerr, !options.quiet && stderr_is_terminal(),
                          total_size(inputs));
    const auto take = [&](Outcome&& outcome) {
        const io::Input& input = inputs[outcome.input];
        if (!outcome.source) {
            // What an input says besides its documents, where it says it: a dump that broke
            // after the pages read before it, a bad JSON line between the good ones.
            progress.clear();
            if (outcome.message.is_error) {
                error(outcome.message.text);
                unusable_input = true;
            } else {
                std::cerr << "citelint: warning: " << outcome.message.text << '\n';
            }
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
        if (baseline)
            diagnostics =
                baseline->filter(baseline_name(options.baseline), source, std::move(diagnostics));
        const engine::Severity fail_on = input_configs[outcome.input]->fail_on;
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
        if (!diagnostics.empty()) progress.clear();
        renderer->document(source, diagnostics, outcome.figures);
        progress.update(position);
    };
    dump_options.decompression_threads = jobs;
    check_documents(inputs, input_configs, {jobs, dump_options, *stdin_format}, position, take);
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
