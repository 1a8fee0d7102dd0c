// The audit as one JSON document (docs/reports.md). `version` is the version of this shape:
// a field that changes meaning or goes away bumps it; new fields do not.
#include <nlohmann/json.hpp>

#include "audit_render.hpp"

namespace citelint::report {

namespace {

using nlohmann::json;

json counts_json(const SeverityCounts& counts) {
    return {{"errors", counts.errors},
            {"warnings", counts.warnings},
            {"infos", counts.infos},
            {"problems", counts.total()}};
}

json tally_json(const Tally& tally) {
    json j;
    if (!tally.code.empty()) {
        j["code"] = tally.code;
        j["name"] = tally.name.empty() ? json(nullptr) : json(tally.name);
    }
    j["family"] = tally.family;
    j.update(counts_json(tally.problems));
    j["documents"] = tally.documents;
    return j;
}

json sum_json(const FigureSum& figure) {
    return {{"total", figure.total}, {"documents", figure.documents}};
}

json share_json(const Ratio& ratio, double scale = 1) {
    const auto share = ratio.share();
    return share ? json(*share * scale) : json(nullptr);
}

json histogram_json(const std::vector<Bucket>& buckets, const char* counted) {
    auto list = json::array();
    for (const Bucket& bucket : buckets)
        list.push_back({{"bucket", bucket.label}, {counted, bucket.count}});
    return list;
}

json health_json(const CitationHealth& h) {
    return {{"refs", sum_json(h.refs)},
            {"citation_points", sum_json(h.citation_points)},
            {"words", sum_json(h.words)},
            {"refs_defined", sum_json(h.refs_defined)},
            {"refs_reused", sum_json(h.refs_reused)},
            {"short_citations", sum_json(h.short_citations)},
            {"short_citations_matched", sum_json(h.short_citations_matched)},
            {"citation_needed", sum_json(h.citation_needed)},
            {"citation_needed_dated", sum_json(h.citation_needed_dated)},
            {"sentence_coverage",
             {{"covered_sentences", h.coverage.part},
              {"sentences", h.coverage.whole},
              {"documents", h.coverage.documents},
              {"share", share_json(h.coverage)},
              {"histogram", histogram_json(h.coverage_shares, "documents")}}},
            {"citation_density",
             {{"refs", h.refs_per_word.part},
              {"words", h.refs_per_word.whole},
              {"documents", h.refs_per_word.documents},
              {"per_1000_words", share_json(h.refs_per_word, 1000)},
              {"histogram", histogram_json(h.citation_densities, "documents")}}},
            {"short_citation_matches",
             {{"matched", h.short_citation_matches.part},
              {"short_citations", h.short_citation_matches.whole},
              {"documents", h.short_citation_matches.documents},
              {"rate", share_json(h.short_citation_matches)}}},
            {"citation_needed_ages",
             {{"histogram", histogram_json(h.citation_needed_ages, "tags")},
              {"after_today", h.citation_needed_after_today}}}};
}

json recorded_json(const RecordedDiagnostic& d) {
    return {{"code", d.code},
            {"severity", engine::severity_name(d.severity)},
            {"line", d.line},
            {"column", d.column},
            {"message", d.message},
            {"excerpt", d.excerpt},
            {"excerpt_span",
             d.mark ? json{{"start", d.mark->begin}, {"end", d.mark->end}} : json(nullptr)}};
}

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

// A page's path, title and addresses (null when not known), and its counts.
json page_head_json(const std::string& path, const PageOrigin& origin,
                    const SeverityCounts& problems) {
    json j = {{"path", path},
              {"title", text_or_null(origin.title)},
              {"url", text_or_null(origin.url)},
              {"edit_url", text_or_null(origin.edit_url)}};
    j.update(counts_json(problems));
    return j;
}

json page_json(const PageProblems& page) {
    auto diagnostics = json::array();
    for (const RecordedDiagnostic& d : page.diagnostics)
        diagnostics.push_back(recorded_json(d));
    json j = page_head_json(page.path, page.origin, page.problems);
    j["diagnostics"] = std::move(diagnostics);
    j["more_diagnostics"] = page.more_diagnostics;
    return j;
}

json worklist_json(const Worklist& list) {
    json j = tally_json(list.rule);
    auto pages = json::array();
    for (const WorklistEntry& entry : list.pages) {
        json page = page_head_json(entry.path, entry.origin, entry.problems);
        page["first"] = recorded_json(entry.first);
        pages.push_back(std::move(page));
    }
    j["pages"] = std::move(pages);
    j["more_pages"] = list.more_pages;
    return j;
}

json audited_json(const Audit& audit) {
    auto inputs = json::array();
    for (const AuditedInput& input : audit.inputs())
        inputs.push_back({{"file", input.file},
                          {"sitename", text_or_null(input.sitename)},
                          {"dbname", text_or_null(input.dbname)},
                          {"documents", input.documents}});
    return {{"inputs", std::move(inputs)},
            {"documents_from_other_inputs", audit.documents_from_other_inputs()},
            {"documents_from_files", audit.documents_from_files()},
            {"linked_wiki", text_or_null(audit.options().linked_wiki)}};
}

} // namespace

std::string audit_json(const Audit& audit, std::string_view tool_version) {
    json totals = {{"documents", audit.documents()},
                   {"documents_with_problems", audit.documents_with_problems()}};
    totals.update(counts_json(audit.problems()));
    auto rules = json::array();
    for (const Tally& rule : audit.rules())
        rules.push_back(tally_json(rule));
    auto families = json::array();
    for (const Tally& family : audit.families())
        families.push_back(tally_json(family));
    auto pages = json::array();
    for (const PageProblems& page : audit.worst_pages())
        pages.push_back(page_json(page));
    auto worklists = json::array();
    for (const Worklist& list : audit.worklists())
        worklists.push_back(worklist_json(list));
    const AuditOptions& options = audit.options();
    const json report = {
        {"version", 1},
        {"tool", {{"name", "citelint"}, {"version", tool_version}}},
        {"today", iso_date(options.today)},
        {"audited", audited_json(audit)},
        {"totals", std::move(totals)},
        {"rules", std::move(rules)},
        {"families", std::move(families)},
        {"figures", health_json(audit.health())},
        {"worst_pages",
         {{"limit", options.worst_pages},
          {"diagnostics_per_page", options.diagnostics_per_page},
          {"pages", std::move(pages)}}},
        {"worklists",
         {{"pages_per_rule", options.worklist_pages}, {"rules", std::move(worklists)}}}};
    return report.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

} // namespace citelint::report
