// The citation health figures as sentences, for the reports that people read.
#include <fmt/format.h>

#include "audit_render.hpp"

namespace citelint::report {

namespace {

// Why a figure has no value: nobody counted it, or there was nothing to count.
std::string unknown(const Ratio& ratio, std::string_view whole) {
    if (ratio.documents == 0) return "unknown: no page reported it";
    return fmt::format("none: no {} in {}", whole, page_count(ratio.documents));
}

std::string share_of(const Ratio& ratio, std::string_view part, std::string_view whole) {
    const auto share = ratio.share();
    if (!share) return unknown(ratio, whole);
    return fmt::format("{:.1f}% {} ({} of {} {}, in {})", *share * 100, part, grouped(ratio.part),
                       grouped(ratio.whole), whole, page_count(ratio.documents));
}

std::string sum(const FigureSum& figure) {
    if (figure.documents == 0) return "unknown: no page reported it";
    return fmt::format("{} (in {})", grouped(figure.total), page_count(figure.documents));
}

} // namespace

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3)
        digits.insert(i - 3, 1, ',');
    return digits;
}

std::string page_count(std::uint64_t n) {
    return fmt::format("{} {}", grouped(n), n == 1 ? "page" : "pages");
}

std::string iso_date(const model::CalendarDate& date) {
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::vector<std::string> audited_items(const Audit& audit) {
    std::vector<std::string> items;
    for (const AuditedInput& input : audit.inputs()) {
        std::string wiki = input.sitename;
        if (!input.dbname.empty()) wiki += (wiki.empty() ? "" : ", ") + input.dbname;
        items.push_back(fmt::format("{}{}: {}", input.file.empty() ? "(unnamed)" : input.file,
                                    wiki.empty() ? "" : " (" + wiki + ")",
                                    page_count(input.documents)));
    }
    if (audit.documents_from_other_inputs() > 0)
        items.push_back(
            fmt::format("{} of other inputs", page_count(audit.documents_from_other_inputs())));
    if (const std::uint64_t files = audit.documents_from_files(); files > 0)
        items.push_back(fmt::format("{} {}", grouped(files), files == 1 ? "file" : "files"));
    return items;
}

engine::Severity most_severe(const SeverityCounts& counts) {
    if (counts.errors > 0) return engine::Severity::error;
    if (counts.warnings > 0) return engine::Severity::warning;
    return engine::Severity::info;
}

std::string counts_text(const SeverityCounts& counts) {
    std::string text;
    const auto add = [&](std::uint64_t n, std::string_view word) {
        if (n == 0) return;
        text +=
            fmt::format("{}{} {}{}", text.empty() ? "" : ", ", grouped(n), word, n == 1 ? "" : "s");
    };
    add(counts.errors, "error");
    add(counts.warnings, "warning");
    add(counts.infos, "info");
    return text;
}

std::vector<HealthRow> health_rows(const CitationHealth& h) {
    std::vector<HealthRow> rows;
    rows.push_back(
        {"Prose sentences covered by a citation", share_of(h.coverage, "covered", "sentences")});
    const auto density = h.refs_per_word.share();
    rows.push_back({"Citations (refs) per 1,000 words",
                    density
                        ? fmt::format("{:.1f} ({} refs in {} words, in {})", *density * 1000,
                                      grouped(h.refs_per_word.part), grouped(h.refs_per_word.whole),
                                      page_count(h.refs_per_word.documents))
                        : unknown(h.refs_per_word, "words")});
    rows.push_back({"Refs", sum(h.refs)});
    rows.push_back({"Citation points", sum(h.citation_points)});
    rows.push_back({"Refs defined", sum(h.refs_defined)});
    rows.push_back({"Named refs reused", sum(h.refs_reused)});
    rows.push_back({"Short citations matched to a full citation",
                    share_of(h.short_citation_matches, "matched", "short citations")});
    std::string needed = sum(h.citation_needed);
    if (h.citation_needed_dated.documents > 0)
        needed += fmt::format("; {} dated", grouped(h.citation_needed_dated.total));
    if (h.citation_needed_after_today > 0)
        needed += fmt::format(", {} of them after today", grouped(h.citation_needed_after_today));
    rows.push_back({"Citation-needed tags", std::move(needed)});
    return rows;
}

} // namespace citelint::report
