#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.hpp"

namespace {

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

// The options of a run over inputs, which citelint report takes too when it checks inputs
// itself.
void add_run_options(CLI::App* command, citelint::cli::CheckOptions& check) {
    command
        ->add_option("--select", check.select,
                     "rules to run: codes, names, families or all (comma-separated)")
        ->allow_extra_args(false);
    command
        ->add_option("--ignore", check.ignore,
                     "rules not to run: codes, names or families (comma-separated)")
        ->allow_extra_args(false);
    command
        ->add_option("--severity", check.severity,
                     "RULE=LEVEL: report a rule at error, warning or info")
        ->allow_extra_args(false);
    command->add_option("--dialect", check.dialect, "auto, wikitext or rendered")
        ->capture_default_str();
    command->add_option("--wiki", check.wiki,
                        "WIKI: the wiki the pages are from, by dbname, host or language (enwiki, "
                        "de.wikipedia.org, fr), or none; without it a dump's <siteinfo> names "
                        "its own (citelint wikis lists them)");
    command
        ->add_option("--templates", check.templates,
                     "FILE: another wiki's templates, one per line: catalogue<TAB>name<TAB>... (see the README)")
        ->allow_extra_args(false);
    command->add_flag("--cite-subreferencing", check.cite_subreferencing,
                        "allow details= sub-references, as $wgCiteSubReferencing does");
    command->add_option("--today", check.today,
                          "YYYY-MM-DD: the day counted as today by the CS1 date checks (future "
                          "dates, access dates); default: the current date in UTC");
    command
        ->add_option("--namespaces", check.namespaces,
                     "LIST: the namespaces of an XML dump checked, as numbers, or all")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->capture_default_str();
    command
        ->add_option("-j,--jobs", check.jobs,
                     "N: threads checking documents, 1 to 1024 (default: every core); the "
                     "output is the same whatever N is")
        ->check(CLI::Range(1, 1024));
    command->add_flag("-q,--quiet", check.quiet,
                        "print the diagnostics and nothing else: no summary, no progress line");
    command
        ->add_option("--stdin-format", check.stdin_format,
                     "what - (standard input) holds: auto (wikitext, unless it is a dump or JSON "
                     "lines of documents), wikitext, dump or jsonl (one {\"title\", \"text\"} "
                     "object a line)")
        ->check(CLI::IsMember({"auto", "wikitext", "dump", "jsonl"}))
        ->capture_default_str();

    command->add_flag("--claims-strict", check.claims_strict,
                        "claims rules: every sentence needs its own citation (a citation at the "
                        "end of a paragraph no longer covers the sentences before it)");
    command
        ->add_option("--claims-lead", check.claims_lead,
                     "claims rules: exempt (WP:LEADCITE: the lead rests on the body's citations; "
                     "only its quotations are reported) or checked (judged as the body)")
        ->check(CLI::IsMember({"exempt", "checked"}))
        ->capture_default_str();

    command->add_flag("--claims-captions", check.claims_captions,
                        "claims rules: image captions (file links, galleries) are prose too");
    command->add_flag("--claims-tables", check.claims_tables,
                        "claims rules: table cells that hold sentences are prose too (citations "
                        "in later cells of the row are theirs)");

    command->add_option("--config", check.config,
                          "FILE: the configuration for every input (instead of the nearest "
                          ".citelint.toml)");
    command->add_flag("--no-config", check.no_config, "use no configuration file");

}

} // namespace

int main(int argc, char** argv) {
    using namespace citelint::cli;
    CLI::App app{"citelint: audits the citations and references of MediaWiki wikitext"};
    app.set_version_flag("--version", std::string("citelint ") + CITELINT_VERSION);
    app.require_subcommand(1);

    CheckOptions check;
    check.tool_version = CITELINT_VERSION;
    check.tool_information_uri = CITELINT_INFORMATION_URI;
    auto* check_cmd = app.add_subcommand("check", "check files, folders or - (standard input)");
    check_cmd->add_option("paths", check.paths,
                          "files, folders (searched for .wiki, .wikitext, .mediawiki, .mw) or -");
    check_cmd->add_option("--format", check.format, "pretty, gcc, json, jsonl, sarif or github")
        ->capture_default_str();
    add_run_options(check_cmd, check);
    check_cmd->add_option("--fail-on", check.fail_on, "lowest severity that makes the exit code 1")
        ->capture_default_str();
    check_cmd->add_option("--color", check.color, "auto, always or never (NO_COLOR is honoured)")
        ->capture_default_str();
    check_cmd->add_flag("--exit-zero", check.exit_zero, "exit 0 even when problems are found");
    check_cmd->add_option("--baseline", check.baseline,
                          "FILE: problems recorded there (by --write-baseline) are not reported");
    check_cmd->add_option("--write-baseline", check.write_baseline,
                          "FILE: record every problem found there as the baseline, exit 0");

    ConfigOptions config;
    auto* config_cmd = app.add_subcommand(
        "config", "print the effective configuration for PATH (default: the current directory)");
    config_cmd->add_option("path", config.path, "a file or folder");
    config_cmd->add_option("--config", config.config, "FILE: as citelint check --config");
    config_cmd->add_flag("--no-config", config.no_config, "as citelint check --no-config");

    RuleOptions rule;
    auto* rule_cmd =
        app.add_subcommand("rule", "list the rules, or print one rule's documentation");
    rule_cmd->add_option("rule", rule.rule, "a rule code or name");
    rule_cmd->add_option("--format", rule.format, "text or json")->capture_default_str();

    auto* wikis_cmd = app.add_subcommand(
        "wikis", "list the wikis citelint has a site profile for (what --wiki takes)");

    ExplainOptions explain;
    auto* explain_cmd = app.add_subcommand(
        "explain", "how the claims rules read the sentences at FILE:LINE[:COL]: coverage, the "
                   "claim model's features and score, the diagnostics");
    explain_cmd->add_option("place", explain.place, "FILE:LINE or FILE:LINE:COL")->required();
    explain_cmd->add_option("--dialect", explain.dialect, "auto, wikitext or rendered")
        ->check(CLI::IsMember({"auto", "wikitext", "rendered"}))
        ->capture_default_str();
    explain_cmd->add_option("--wiki", explain.wiki, "as citelint check --wiki");
    explain_cmd->add_flag("--claims-strict", explain.claims_strict,
                          "as citelint check --claims-strict");
    explain_cmd->add_option("--claims-lead", explain.claims_lead, "as citelint check --claims-lead")
        ->check(CLI::IsMember({"exempt", "checked"}))
        ->capture_default_str();
    explain_cmd->add_flag("--claims-captions", explain.claims_captions,
                          "as citelint check --claims-captions");
    explain_cmd->add_flag("--claims-tables", explain.claims_tables,
                          "as citelint check --claims-tables");
    explain_cmd->add_option("--config", explain.config, "FILE: as citelint check --config");
    explain_cmd->add_flag("--no-config", explain.no_config, "as citelint check --no-config");

    ReportOptions report;
    report.tool_version = CITELINT_VERSION;
    auto* report_cmd = app.add_subcommand(
        "report", "an audit report (html, markdown or json) from the JSON lines of citelint "
                  "check --format jsonl, merging many parts into one");
    report_cmd->add_option("inputs", report.inputs,
                           "JSON lines of citelint check (.jsonl, also .gz, .bz2, or -), or "
                           "files, folders and dumps to check");
    report_cmd->add_option("--format", report.format, "html, markdown or json")
        ->capture_default_str();
    report_cmd->add_option("-o,--output", report.output,
                           "FILE: written when the report is complete (default: standard output)");
    add_run_options(report_cmd, report.check);
    report_cmd
        ->add_option("--worst-pages", report.worst_pages,
                     "how many of the pages with the most problems are listed with their "
                     "diagnostics (markdown shows at most 20)")
        ->capture_default_str();
    report_cmd
        ->add_option("--diagnostics-per-page", report.diagnostics_per_page,
                     "how many diagnostics of each of those pages are shown")
        ->capture_default_str();

    LspOptions lsp;
    lsp.rules_url = "file://" CITELINT_README "#rules";
    lsp.version = CITELINT_VERSION;
    auto* lsp_cmd = app.add_subcommand(
        "lsp", "a language server on standard input and output: diagnostics as you type, quick "
               "fixes, definitions and uses of named refs and short citations");
    lsp_cmd
        ->add_option("--debounce", lsp.debounce_ms,
                     "milliseconds after the last change before a document is checked")
        ->check(CLI::Range(0, 10'000))
        ->capture_default_str();
    lsp_cmd
        ->add_option("--rules-url", lsp.rules_url,
                     "where a rule's documentation is, linked from each diagnostic; {code} "
                     "is replaced by the rule's code")
        ->capture_default_str();

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return usage_or_input;
    }
    try {
        if (*check_cmd) {
            check.select = split_commas(check.select);
            check.ignore = split_commas(check.ignore);
            check.severity = split_commas(check.severity);
            for (const CLI::Option* option : check_cmd->get_options())
                if (option->count() > 0) check.given.push_back(option->get_name());
            return run_check(check);
        }
        if (*explain_cmd) {
            for (const CLI::Option* option : explain_cmd->get_options())
                if (option->count() > 0) explain.given.push_back(option->get_name());
            return run_explain(explain);
        }
        if (*config_cmd) return run_config(config);
        if (*report_cmd) {
            report.check.select = split_commas(report.check.select);
            report.check.ignore = split_commas(report.check.ignore);
            report.check.severity = split_commas(report.check.severity);
            for (const CLI::Option* option : report_cmd->get_options())
                if (option->count() > 0) report.check.given.push_back(option->get_name());
            return run_report(report);
        }
        if (*lsp_cmd) return run_lsp(lsp);
        if (*wikis_cmd) return run_wikis();
        return run_rule(rule);
    } catch (const std::exception& e) {
        std::cerr << "citelint: internal error: " << e.what() << '\n';
        return usage_or_input;
    }
}
