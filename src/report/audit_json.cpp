// The audit as one JSON document (README "Reports"). `version` is the version of this shape:
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

json page_json(const PageProblems& page) {
    auto diagnostics = json::array();
    for (const RecordedDiagnostic& d : page.diagnostics)
        diagnostics.push_back({{"code", d.code},
                               {"severity", engine::severity_name(d.severity)},
                               {"line", d.line},
                               {"column", d.column},
                               {"message", d.message},
                               {"excerpt", d.excerpt}});
    json j = {{"path", page.path}};
    j.update(counts_json(page.problems));
    j["diagnostics"] = std::move(diagnostics);
    j["more_diagnostics"] = page.more_diagnostics;
    return j;
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
    const AuditOptions& options = audit.options();
    const json report = {{"version", 1},
                         {"tool", {{"name", "citelint"}, {"version", tool_version}}},
                         {"today", iso_date(options.today)},
                         {"totals", std::move(totals)},
                         {"rules", std::move(rules)},
                         {"families", std::move(families)},
                         {"figures", health_json(audit.health())},
                         {"worst_pages",
                          {{"limit", options.worst_pages},
                           {"diagnostics_per_page", options.diagnostics_per_page},
                           {"pages", std::move(pages)}}}};
    return report.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

} // namespace citelint::report
