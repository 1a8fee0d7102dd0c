#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "../model/text.hpp"
#include "commands.hpp"

namespace {

using namespace citelint::cli;

// Comma-separated lists may also be given by repeating the option.
std::vector<std::string> split_commas(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) {
        std::size_t start = 0;
        while (start <= item.size()) {
            const auto comma = item.find(',', start);
            const auto piece =
                item.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!piece.empty()) out.push_back(piece);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

// The options given on a subcommand's command line ("--select"), which override its
// configuration file.
std::vector<std::string> given_options(const CLI::App& command) {
    std::vector<std::string> given;
    for (const CLI::Option* option : command.get_options())
        if (option->count() > 0) given.push_back(option->get_name());
    return given;
}

// The options of a run as parsed: lists split at commas, the options given noted.
void finish_run_options(CheckOptions& check, const CLI::App& command) {
    check.select = split_commas(check.select);
    check.ignore = split_commas(check.ignore);
    check.severity = split_commas(check.severity);
    check.given = given_options(command);
}

// What the help says of an option that citelint check takes too: citelint check's own words,
// or, for another subcommand, a pointer to them that keeps what the option takes
// ("FILE: as citelint check --config").
class Help {
  public:
    explicit Help(bool as_check) : as_check_(as_check) {}
    std::string operator()(std::string_view name, std::string_view words) const {
        if (!as_check_) return std::string(words);
        const auto colon = words.find(": ");
        const bool takes = colon != std::string_view::npos &&
                           words.substr(0, colon).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
                               std::string_view::npos;
        return std::string(takes ? words.substr(0, colon + 2) : "") + "as citelint check " +
               std::string(name);
    }

  private:
    bool as_check_;
};

// How pages are read: citelint check's options that citelint explain takes too.
template <typename Options>
CLI::Option* add_page_options(CLI::App& command, Options& o, Help help) {
    // The values are the whole of its help: said in full everywhere.
    CLI::Option* dialect = command.add_option("--dialect", o.dialect, "auto, wikitext or rendered")
                               ->capture_default_str();
    command.add_option("--wiki", o.wiki,
                       help("--wiki", "WIKI: the wiki the pages are from, by dbname, host or "
                                      "language (enwiki, de.wikipedia.org, fr), or none; without "
                                      "it a dump's <siteinfo> names its own (citelint wikis "
                                      "lists them)"));
    return dialect;
}

// How the claims rules read prose.
template <typename Options> void add_claims_options(CLI::App& command, Options& o, Help help) {
    command.add_flag("--claims-strict", o.claims_strict,
                     help("--claims-strict",
                          "claims rules: every sentence needs its own citation (a citation at "
                          "the end of a paragraph no longer covers the sentences before it)"));
    command
        .add_option("--claims-lead", o.claims_lead,
                    help("--claims-lead", "claims rules: exempt (WP:LEADCITE: the lead rests on "
                                          "the body's citations; only its quotations are "
                                          "reported) or checked (judged as the body)"))
        ->check(CLI::IsMember({"exempt", "checked"}))
        ->capture_default_str();
    command.add_flag("--claims-captions", o.claims_captions,
                     help("--claims-captions",
                          "claims rules: image captions (file links, galleries) are prose too"));
    command.add_flag("--claims-tables", o.claims_tables,
                     help("--claims-tables",
                          "claims rules: table cells that hold sentences are prose too (citations "
                          "in later cells of the row are theirs)"));
}

// Which configuration file is read.
template <typename Options> void add_config_options(CLI::App& command, Options& o, Help help) {
    command.add_option("--config", o.config,
                       help("--config", "FILE: the configuration for every input (instead of the "
                                        "nearest .citelint.toml)"));
    command.add_flag("--no-config", o.no_config, help("--no-config", "use no configuration file"));
}

// The options of a run over inputs, which citelint report takes too when it checks inputs
// itself.
void add_run_options(CLI::App& command, CheckOptions& check) {
    const Help help(false);
    command
        .add_option("--select", check.select,
                    "rules to run: codes, names, families or all (comma-separated)")
        ->allow_extra_args(false);
    command
        .add_option("--ignore", check.ignore,
                    "rules not to run: codes, names or families (comma-separated)")
        ->allow_extra_args(false);
    command
        .add_option("--severity", check.severity,
                    "RULE=LEVEL: report a rule at error, warning or info")
        ->allow_extra_args(false);
    add_page_options(command, check, help);
    command.add_option("--site-url", check.site_url,
                       "URL: the address a page's title follows on its wiki, such as "
                       "https://en.wikipedia.org/wiki/: pages of dumps and JSON lines are linked "
                       "there (default: from --wiki, or the dump's <siteinfo>)");
    command
        .add_option("--templates", check.templates,
                    "FILE: another wiki's templates, one per line: catalogue<TAB>name<TAB>... "
                    "(see docs/usage.md)")
        ->allow_extra_args(false);
    command.add_flag("--cite-subreferencing", check.cite_subreferencing,
                     "allow details= sub-references, as $wgCiteSubReferencing does");
    command.add_option("--today", check.today,
                       "YYYY-MM-DD: the day counted as today by the CS1 date checks (future "
                       "dates, access dates); default: the current date in UTC");
    command
        .add_option("--namespaces", check.namespaces,
                    "LIST: the namespaces of an XML dump checked, as numbers, or all")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->capture_default_str();
    command
        .add_option("-j,--jobs", check.jobs,
                    "N: threads checking documents, 1 to 1024 (default: every core); the "
                    "output is the same whatever N is")
        ->check(CLI::Range(1, 1024));
    command.add_flag("-q,--quiet", check.quiet,
                     "print the diagnostics and nothing else: no summary, no progress line");
    command
        .add_option("--stdin-format", check.stdin_format,
                    "what - (standard input) holds: auto (wikitext, unless it is a dump or JSON "
                    "lines of documents), wikitext, dump or jsonl (one {\"title\", \"text\"} "
                    "object a line)")
        ->check(CLI::IsMember({"auto", "wikitext", "dump", "jsonl"}))
        ->capture_default_str();
    add_claims_options(command, check, help);
    add_config_options(command, check, help);
}

// Every subcommand's options, as parsed.
struct Options {
    CheckOptions check;
    ConfigOptions config;
    RuleOptions rule;
    ExplainOptions explain;
    ReportOptions report;
    LspOptions lsp;
};

void add_check_options(CLI::App& command, Options& o) {
    CheckOptions& check = o.check;
    command.add_option("paths", check.paths,
                       "files, folders (searched for .wiki, .wikitext, .mediawiki, .mw) or -");
    command.add_option("--format", check.format, check_formats())->capture_default_str();
    add_run_options(command, check);
    command.add_option("--fail-on", check.fail_on, "lowest severity that makes the exit code 1")
        ->capture_default_str();
    command.add_option("--color", check.color, "auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    command.add_flag("--exit-zero", check.exit_zero, "exit 0 even when problems are found");
    command
        .add_option("--exclude", check.exclude,
                    "PATTERN: what folder searches leave out, instead of hidden files and "
                    "folders and node_modules (a name's glob, or a path's with a '/'; "
                    "repeatable, comma-separated)")
        ->delimiter(',')
        ->allow_extra_args(false);
    command
        .add_option("--extend-exclude", check.extend_exclude,
                    "PATTERN: left out by folder searches besides the others")
        ->delimiter(',')
        ->allow_extra_args(false);
    command.add_flag("--fix", check.fix,
                     "apply the safe fixes to the files (atomically), then report what is left");
    command.add_flag("--unsafe-fixes", check.unsafe_fixes,
                     "with --fix or --diff: apply the unsafe fixes too (they may change what "
                     "the page says: read them)");
    command.add_flag("--diff", check.diff,
                     "print the fixes as a unified diff instead of writing them; exit 1 if "
                     "there are any");
    command.add_option("--diff-base", check.diff_base,
                       "REV: report only what each file's change since the git revision REV "
                       "causes: problems on the lines it adds or modifies, and problems new "
                       "anywhere in the page (a name it left undefined)");
    command.add_flag("--statistics", check.statistics,
                     "print how many diagnostics each rule gave (most first), not the diagnostics");
    command.add_option("--baseline", check.baseline,
                       "FILE: problems recorded there (by --write-baseline) are not reported");
    command.add_option("--write-baseline", check.write_baseline,
                       "FILE: record every problem found there as the baseline, exit 0");
}

void add_config_command_options(CLI::App& command, Options& o) {
    command.add_option("path", o.config.path, "a file or folder");
    add_config_options(command, o.config, Help(true));
}

void add_rule_options(CLI::App& command, Options& o) {
    command.add_option("rule", o.rule.rule, "a rule code or name");
    command.add_option("--format", o.rule.format, rule_formats())->capture_default_str();
}

void add_explain_options(CLI::App& command, Options& o) {
    const Help help(true);
    command.add_option("place", o.explain.place, "FILE:LINE or FILE:LINE:COL")->required();
    add_page_options(command, o.explain, help)
        ->check(CLI::IsMember({"auto", "wikitext", "rendered"}));
    add_claims_options(command, o.explain, help);
    add_config_options(command, o.explain, help);
}

void add_report_options(CLI::App& command, Options& o) {
    ReportOptions& report = o.report;
    command.add_option("inputs", report.inputs,
                       "JSON lines of citelint check (.jsonl, also .gz, .bz2, or -), or "
                       "files, folders and dumps to check");
    command.add_option("--format", report.format, report_formats())->capture_default_str();
    command.add_option("-o,--output", report.output,
                       "FILE: written when the report is complete (default: standard output)");
    add_run_options(command, report.check);
    command
        .add_option("--worst-pages", report.worst_pages,
                    "how many of the pages with the most problems are listed with their "
                    "diagnostics (markdown shows at most 20)")
        ->capture_default_str();
    command
        .add_option("--diagnostics-per-page", report.diagnostics_per_page,
                    "how many diagnostics of each of those pages are shown")
        ->capture_default_str();
    command
        .add_option("--worklist-pages", report.worklist_pages,
                    "how many pages each rule's worklist lists, the most severe first (markdown "
                    "shows at most 3)")
        ->capture_default_str();
}

void add_lsp_options(CLI::App& command, Options& o) {
    command
        .add_option("--debounce", o.lsp.debounce_ms,
                    "milliseconds after the last change before a document is checked")
        ->check(CLI::Range(0, 10'000))
        ->capture_default_str();
    command
        .add_option("--rules-url", o.lsp.rules_url,
                    "where a rule's documentation is, linked from each diagnostic; {code} "
                    "is replaced by the rule's code")
        ->capture_default_str();
}

// The subcommands, in the order the help lists them: what each is, its options, and how it
// runs once they are parsed.
struct Subcommand {
    const char* name;
    const char* description;
    void (*add_options)(CLI::App&, Options&);
    int (*run)(Options&, const CLI::App&);
};

constexpr Subcommand subcommands[] = {
    {"check", "check files, folders or - (standard input)", add_check_options,
     [](Options& o, const CLI::App& command) {
         finish_run_options(o.check, command);
         return run_check(o.check);
     }},
    {"config", "print the effective configuration for PATH (default: the current directory)",
     add_config_command_options, [](Options& o, const CLI::App&) { return run_config(o.config); }},
    {"rule", "list the rules, or print one rule's documentation", add_rule_options,
     [](Options& o, const CLI::App&) { return run_rule(o.rule); }},
    {"wikis", "list the wikis citelint has a site profile for (what --wiki takes)",
     [](CLI::App&, Options&) {}, [](Options&, const CLI::App&) { return run_wikis(); }},
    {"explain",
     "how the claims rules read the sentences at FILE:LINE[:COL]: coverage, the claim model's "
     "features and score, the diagnostics",
     add_explain_options,
     [](Options& o, const CLI::App& command) {
         o.explain.given = given_options(command);
         return run_explain(o.explain);
     }},
    {"report",
     "an audit report (html, markdown or json) from the JSON lines of citelint check --format "
     "jsonl, merging many parts into one",
     add_report_options,
     [](Options& o, const CLI::App& command) {
         finish_run_options(o.report.check, command);
         return run_report(o.report);
     }},
    {"lsp",
     "a language server on standard input and output: diagnostics as you type, quick fixes, "
     "definitions and uses of named refs and short citations",
     add_lsp_options, [](Options& o, const CLI::App&) { return run_lsp(o.lsp); }},
};

// The nearest subcommand to an unknown first word, or the nearest option of the subcommand to an
// unknown flag: " (did you mean 'check'?)", else empty.
std::string parse_suggestion(const CLI::App& app, int argc, char** argv) {
    const CLI::App* command = nullptr;
    for (int i = 1; i < argc && !command; ++i)
        for (const CLI::App* sub : app.get_subcommands({}))
            if (sub->get_name() == argv[i]) command = sub;
    std::vector<std::string> names; // kept alive for the spellings' views
    if (!command) {
        for (const Subcommand& s : subcommands)
            names.emplace_back(s.name);
    } else {
        for (const CLI::Option* option : command->get_options())
            for (const std::string& name : option->get_lnames())
                names.push_back("--" + name);
    }
    std::vector<citelint::model::Spelling> known;
    for (const std::string& n : names)
        known.push_back({n, n});
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        const bool flag = word.starts_with("--");
        if (command ? !flag : word.starts_with("-")) continue;
        const std::string_view name = word.substr(0, word.find('='));
        if (std::find(names.begin(), names.end(), name) != names.end()) continue;
        if (std::string hint = citelint::model::did_you_mean(name, known); !hint.empty())
            return hint;
        if (!command) break; // only the first word can be the subcommand
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"citelint: audits the citations and references of MediaWiki wikitext"};
    app.set_version_flag("--version", std::string("citelint ") + CITELINT_VERSION);
    app.require_subcommand(1);

    Options options;
    options.check.tool_version = CITELINT_VERSION;
    options.check.tool_information_uri = CITELINT_INFORMATION_URI;
    options.check.tool_rule_page = CITELINT_RULE_PAGE_URI;
    options.report.tool_version = CITELINT_VERSION;
    options.lsp.rules_url = "file://" CITELINT_RULE_PAGES "/{code}.md";
    options.lsp.version = CITELINT_VERSION;
    std::vector<CLI::App*> commands;
    for (const Subcommand& subcommand : subcommands) {
        commands.push_back(app.add_subcommand(subcommand.name, subcommand.description));
        subcommand.add_options(*commands.back(), options);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        const bool named =
            argc > 1 && argv[1][0] != '-' &&
            std::none_of(std::begin(subcommands), std::end(subcommands),
                         [&](const Subcommand& c) { return std::string_view(c.name) == argv[1]; });
        const std::string what = named ? fmt::format("unknown command '{}'", argv[1]) : e.what();
        std::cerr << "citelint: error: " << what << parse_suggestion(app, argc, argv)
                  << "\n(citelint --help, or citelint COMMAND --help, lists what it takes)\n";
        return usage_or_input;
    }
    try {
        for (std::size_t i = 0; i < commands.size(); ++i)
            if (*commands[i]) return subcommands[i].run(options, *commands[i]);
        return usage_or_input; // never: a subcommand is required
    } catch (const std::exception& e) {
        std::cerr << "citelint: internal error: " << e.what() << '\n';
        return usage_or_input;
    }
}
