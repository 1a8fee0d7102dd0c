// The audit in GitHub-flavoured Markdown, short enough for a pull request comment or a talk
// page: totals, the rules, the citation health and the worst pages.
#include <fmt/format.h>

#include "audit_render.hpp"
#include "markdown.hpp"

namespace citelint::report {

namespace {

std::string and_more(std::size_t shown, std::uint64_t all, std::string_view what) {
    if (all <= shown) return {};
    return fmt::format("\nand {} more {}.\n", grouped(all - shown), what);
}

} // namespace

std::string audit_markdown(const Audit& audit, std::size_t rows) {
    std::string out = "## Citation audit\n\n";
    const SeverityCounts& problems = audit.problems();
    out += fmt::format("**{}** checked, **{}** with problems: {} errors, {} warnings, {} "
                       "infos (citelint, {}).\n",
                       page_count(audit.documents()), grouped(audit.documents_with_problems()),
                       grouped(problems.errors), grouped(problems.warnings),
                       grouped(problems.infos), iso_date(audit.options().today));

    const std::vector<Tally> rules = audit.rules();
    if (!rules.empty()) {
        out += "\n### Problems by rule\n\n| Rule | Family | Errors | Warnings | Infos | Pages |\n"
               "|---|---|--:|--:|--:|--:|\n";
        for (std::size_t i = 0; i < rules.size() && i < rows; ++i) {
            const Tally& rule = rules[i];
            out += fmt::format("| `{}` {} | {} | {} | {} | {} | {} |\n", rule.code,
                               markdown_cell(rule.name), rule.family, grouped(rule.problems.errors),
                               grouped(rule.problems.warnings), grouped(rule.problems.infos),
                               grouped(rule.documents));
        }
        out += and_more(rows, rules.size(), "rules");
    }

    out += "\n### Citation health\n\n| Figure | Value |\n|---|---|\n";
    for (const HealthRow& row : health_rows(audit.health()))
        out += fmt::format("| {} | {} |\n", row.figure, row.value);

    const std::vector<PageProblems> worst = audit.worst_pages();
    if (!worst.empty()) {
        out += "\n### Worst pages\n\n| Page | Errors | Warnings | Infos |\n|---|--:|--:|--:|\n";
        for (std::size_t i = 0; i < worst.size() && i < rows; ++i) {
            const PageProblems& page = worst[i];
            out += fmt::format("| {} | {} | {} | {} |\n", markdown_cell(page.path),
                               grouped(page.problems.errors), grouped(page.problems.warnings),
                               grouped(page.problems.infos));
        }
        out += and_more(rows, audit.documents_with_problems(), "pages with problems");
    }
    return out;
}

} // namespace citelint::report
