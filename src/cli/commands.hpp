// The subcommands; each returns the process exit code.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace citelint::cli {

enum Exit { clean = 0, problems = 1, usage_or_input = 2 };

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "pretty";
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::vector<std::string> severity;
    std::string dialect = "auto";
    std::string fail_on = "warning";
    std::string color = "auto";
    bool exit_zero = false;
    bool cite_subreferencing = false;
    std::vector<std::string> templates; // files adding templates to the catalogues
    std::string today; // YYYY-MM-DD; empty: the current date
    bool claims_strict = false;
    std::string claims_lead = "exempt";
    bool claims_captions = false;
    bool claims_tables = false;
};

int run_check(const CheckOptions& options);

struct RuleOptions {
    std::optional<std::string> rule;
    std::string format = "text";
};

int run_rule(const RuleOptions& options);

struct ExplainOptions {
    std::string place; // FILE:LINE or FILE:LINE:COL
    std::string dialect = "auto";
    bool claims_strict = false;
    std::string claims_lead = "exempt";
    bool claims_captions = false;
    bool claims_tables = false;
};

int run_explain(const ExplainOptions& options);

struct LspOptions {
    int debounce_ms = 150; // quiet time after a change before the document is checked
    std::string rules_url; // a rule's documentation; "{code}" is replaced by its code
    std::string version;
};

int run_lsp(const LspOptions& options);

} // namespace citelint::cli
