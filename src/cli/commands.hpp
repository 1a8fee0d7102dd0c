// The subcommands; each returns the process exit code.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace citelint::cli {

enum Exit { clean = 0, problems = 1, usage_or_input = 2 };

// "a, b or c": the values an option takes, as its help and its error messages list them.
std::string listed(std::span<const std::string_view> values);

// The formats --format takes, listed: each subcommand's table of them is their one home.
std::string check_formats();
std::string report_formats();
std::string rule_formats();

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "pretty";
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::vector<std::string> severity;
    std::string dialect = "auto";
    std::string wiki;     // --wiki: the wiki the pages are from
    std::string site_url; // --site-url: the article path pages are linked to; empty: none given
    std::string fail_on = "warning";
    std::string color = "auto";
    bool exit_zero = false;
    bool statistics = false;   // counts per rule instead of the diagnostics
    bool fix = false;          // --fix: write the safe fixes into the files
    bool unsafe_fixes = false; // --unsafe-fixes: and the unsafe ones
    bool diff = false;         // --diff: print the fixes as a diff instead of writing them
    std::string diff_base;     // --diff-base REV: only what each file's change since REV causes
    std::vector<std::string> exclude, extend_exclude; // --exclude, --extend-exclude
    bool cite_subreferencing = false;
    std::vector<std::string> templates;       // files adding templates to the catalogues
    std::string today;                        // YYYY-MM-DD; empty: the current date
    std::vector<std::string> namespaces{"0"}; // a dump's namespaces checked; "all": every one
    std::string stdin_format = "auto";        // what - holds: auto, wikitext, dump or jsonl
    bool claims_strict = false;
    std::string claims_lead = "exempt";
    bool claims_captions = false;
    bool claims_tables = false;
    // What the machine formats (json, sarif) say about the tool that wrote them.
    std::string tool_version;
    std::string tool_information_uri;
    std::string tool_rule_page; // SARIF's helpUri of each rule, "{code}" standing for its code
    std::optional<std::string> config; // --config FILE: for every input
    bool no_config = false;
    std::vector<std::string> given; // the options given on the command line ("--select")
    std::string baseline;           // known problems not to report; empty: none
    std::string write_baseline;     // record this run's problems there instead of reporting them
    std::optional<unsigned> jobs;   // threads checking documents; all the cores when not given
    bool quiet = false;             // the diagnostics and nothing else (no summary, no progress)
};

int run_check(const CheckOptions& options);

// citelint config [PATH]: the effective configuration for PATH, as TOML.
struct ConfigOptions {
    std::string path = ".";
    std::optional<std::string> config;
    bool no_config = false;
};

int run_config(const ConfigOptions& options);

struct RuleOptions {
    std::optional<std::string> rule;
    std::string format = "text";
};

int run_rule(const RuleOptions& options);

// citelint wikis: the wikis with a site profile, as dbname, language and host.
int run_wikis();

struct ExplainOptions {
    std::string place; // FILE:LINE or FILE:LINE:COL
    std::string dialect = "auto";
    std::string wiki;
    bool claims_strict = false;
    std::string claims_lead = "exempt";
    bool claims_captions = false;
    bool claims_tables = false;
    std::optional<std::string> config; // as CheckOptions
    bool no_config = false;
    std::vector<std::string> given;
};

int run_explain(const ExplainOptions& options);

// citelint report INPUT...: an audit report from the JSON lines of citelint check.
struct ReportOptions {
    std::vector<std::string> inputs; // JSON lines files (plain, .gz, .bz2) or - for stdin
    std::string format = "html";     // html, markdown or json
    std::string output;              // a file written atomically; empty or -: stdout
    std::size_t worst_pages = 100;
    std::size_t diagnostics_per_page = 50;
    std::size_t worklist_pages = 50; // pages listed in each rule's worklist
    std::string tool_version;
    // How inputs that are not JSON lines are checked (and --today, also the day the ages of
    // citation-needed tags are counted to).
    CheckOptions check;
};

int run_report(const ReportOptions& options);

struct LspOptions {
    int debounce_ms = 150; // quiet time after a change before the document is checked
    std::string rules_url; // a rule's documentation; "{code}" is replaced by its code
    std::string version;
};

int run_lsp(const LspOptions& options);

} // namespace citelint::cli
