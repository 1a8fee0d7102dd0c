#include "effective.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "../io/inputs.hpp"

namespace citelint::config {

std::unique_ptr<Effective> make_effective(const Settings& settings, std::string& error) {
    const Settings s = layer(settings, defaults());
    auto effective = std::make_unique<Effective>();
    effective->exclude = *s.exclude;
    effective->exclude.insert(effective->exclude.end(), s.extend_exclude.begin(),
                              s.extend_exclude.end());
    std::vector<std::string> severity;
    for (const auto& [rule, level] : s.severity)
        severity.push_back(rule + '=' + level);
    try {
        effective->selection = engine::Selection::make(*s.select, *s.ignore, severity);
    } catch (const std::invalid_argument& e) {
        error = e.what();
        return nullptr;
    }
    const auto fail_on = engine::parse_severity(*s.fail_on);
    if (!fail_on) {
        error = fmt::format("unknown severity '{}' for --fail-on (use error, warning or info)",
                            *s.fail_on);
        return nullptr;
    }
    effective->fail_on = *fail_on;
    model::ModelOptions& model = effective->model;
    if (*s.dialect == "wikitext")
        model.dialect = model::Dialect::wikitext;
    else if (*s.dialect == "rendered")
        model.dialect = model::Dialect::rendered;
    else if (*s.dialect != "auto") {
        error = fmt::format("unknown dialect '{}' (use auto, wikitext or rendered)", *s.dialect);
        return nullptr;
    }
    if (*s.claims_lead != "exempt" && *s.claims_lead != "checked") {
        error = fmt::format("unknown lead handling '{}' (use exempt or checked)", *s.claims_lead);
        return nullptr;
    }
    if (*s.wiki == "none") {
        model.site_given = true;
    } else if (!s.wiki->empty()) {
        model.site_given = true;
        model.site = model::find_site(*s.wiki);
        if (!model.site) {
            error = fmt::format("unknown wiki '{}'{} (`citelint wikis` lists the known ones)",
                                *s.wiki, model::closest_site(*s.wiki));
            return nullptr;
        }
    }
    model.cite_subreferencing = *s.cite_subreferencing;
    model.claims.strict = *s.claims_strict;
    model.claims.lead_exempt = *s.claims_lead == "exempt";
    model.claims.captions = *s.claims_captions;
    model.claims.tables = *s.claims_tables;
    effective->claims = std::any_of(
        effective->selection.rules().begin(), effective->selection.rules().end(),
        [](const engine::RuleChoice& c) { return c.rule->family == engine::Family::claims; });
    model.sentences = effective->claims;

    // Another wiki's templates: the files, then the configuration's own rows.
    if (s.templates.empty() && s.catalogue.empty()) return effective;
    std::string all;
    for (const std::string& path : s.templates) {
        io::ReadResult read = io::read_input(path);
        if (!read.text) {
            error = fmt::format("{}: {}", path, read.problem);
            return nullptr;
        }
        std::string problem;
        if (!model::Catalogues::with_additions(*read.text, problem)) {
            error = fmt::format("{}: {}", path, problem);
            return nullptr;
        }
        all += *read.text;
        all += '\n';
    }
    for (const CatalogueRow& row : s.catalogue) {
        all += row.catalogue;
        for (const std::string& column : row.columns)
            all += '\t' + column;
        all += '\n';
    }
    std::string problem;
    effective->catalogues = model::Catalogues::with_additions(all, problem);
    if (!effective->catalogues) {
        error = problem;
        return nullptr;
    }
    model.catalogues = &*effective->catalogues;
    return effective;
}

} // namespace citelint::config
