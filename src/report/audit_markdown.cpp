// The audit in GitHub-flavoured Markdown, short enough for a pull request comment or a talk
// page: totals, the rules, the citation health and the worst pages.
#include <fmt/format.h>

#include "audit_render.hpp"
#include "markdown.hpp"
#include "visible.hpp"

namespace citelint::report {

namespace {

std::string and_more(std::size_t shown, std::uint64_t all, std::string_view what) {
    if (all <= shown) return {};
    return fmt::format("\nand {} more {}.\n", grouped(all - shown), what);
}

// A page's name, as a link to its article and one to its edit page when they are known. The
// addresses are written between < and >, which they cannot hold (model::is_web_address).
std::string page_name(const std::string& path, const PageOrigin& origin) {
    if (origin.url.empty()) return markdown_cell(path);
    std::string out = fmt::format("[{}](<{}>)", markdown_cell(path), origin.url);
    if (!origin.edit_url.empty()) out += fmt::format(" ([edit](<{}>))", origin.edit_url);
    return out;
}

// The excerpt in a fenced block indented by `indent`, with carets under the span's part: code
// shows every character of the page as it is, and nothing in it is read as Markdown.
std::string excerpt_block(const RecordedDiagnostic& d, std::string_view indent) {
    const std::string_view text = d.excerpt;
    const ExcerptMark mark = d.mark.value_or(ExcerptMark{0, 0});
    const Printable before = printable(text.substr(0, mark.begin), 0);
    const Printable marked =
        printable(text.substr(mark.begin, mark.end - mark.begin), before.width);
    const Printable after = printable(text.substr(mark.end), before.width + marked.width);
    std::string body = before.text + marked.text + after.text;
    if (d.mark)
        body += '\n' + std::string(before.width, ' ') +
                std::string(std::max<std::size_t>(1, marked.width), '^');
    std::string out;
    const std::string block = markdown_fence(body);
    for (std::size_t start = 0, end; start < block.size(); start = end + 1) {
        end = block.find('\n', start);
        out += std::string(indent) + block.substr(start, end - start) + '\n';
    }
    return out;
}

std::string worklist_markdown(const Worklist& list, std::size_t pages) {
    const Tally& rule = list.rule;
    std::string out = fmt::format("\n#### {}: `{}` {} ({})\n\n",
                                  engine::severity_name(most_severe(rule.problems)), rule.code,
                                  markdown_cell(rule.name), page_count(rule.documents));
    for (std::size_t i = 0; i < list.pages.size() && i < pages; ++i) {
        const WorklistEntry& entry = list.pages[i];
        const RecordedDiagnostic& d = entry.first;
        out += fmt::format("{}. {}: {}; {}:{}: {}\n", i + 1, page_name(entry.path, entry.origin),
                           counts_text(entry.problems), d.line, d.column, markdown_cell(d.message));
        if (!d.excerpt.empty()) out += '\n' + excerpt_block(d, "   ");
    }
    return out + and_more(pages, rule.documents, "pages");
}

// The worklists of the first `rules` rules, the first `pages` pages of each.
std::string worklists_markdown(const Audit& audit, std::size_t rules, std::size_t pages) {
    const std::vector<Worklist> lists = audit.worklists();
    if (lists.empty()) return {};
    std::string out = "\n### Worklists\n\nFor each rule, the most severe first, the pages that "
                      "have its problems (the most errors, then warnings, then infos first), "
                      "each with the first of them.\n";
    for (std::size_t i = 0; i < lists.size() && i < rules; ++i)
        out += worklist_markdown(lists[i], pages);
    return out + and_more(rules, lists.size(), "rules");
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
    const std::vector<std::string> audited = audited_items(audit);
    if (!audited.empty()) {
        out += "\nAudited:";
        for (std::size_t i = 0; i < audited.size(); ++i)
            out += (i == 0 ? " " : "; ") + markdown_cell(audited[i]);
        out += ".\n";
    }
    if (!audit.options().linked_wiki.empty())
        out += fmt::format("\nPages link to {}.\n", markdown_cell(audit.options().linked_wiki));

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
            out += fmt::format("| {} | {} | {} | {} |\n", page_name(page.path, page.origin),
                               grouped(page.problems.errors), grouped(page.problems.warnings),
                               grouped(page.problems.infos));
        }
        out += and_more(rows, audit.documents_with_problems(), "pages with problems");
    }
    // Short enough for a comment: half as many rules as the tables, a few pages each.
    constexpr std::size_t worklist_pages = 3;
    return out + worklists_markdown(audit, std::max<std::size_t>(1, rows / 2), worklist_pages);
}

} // namespace citelint::report
