#include "selection.hpp"

#include <algorithm>
#include <stdexcept>

#include "../model/text.hpp"

namespace citelint::engine {

std::vector<const Rule*> resolve_selector(std::string_view selector) {
    // Codes, names and families are matched whatever the case of their letters ("r001").
    std::vector<const Rule*> out;
    for (const Rule* rule : all_rules())
        if (model::ascii_iequal(selector, "all") ||
            model::ascii_iequal(selector, family_name(rule->family)) ||
            model::ascii_iequal(selector, rule->code) || model::ascii_iequal(selector, rule->name))
            out.push_back(rule);
    return out;
}

std::string selector_suggestion(std::string_view selector) {
    std::vector<model::Spelling> known{{"all", "all"}};
    for (const Rule* rule : all_rules()) {
        known.push_back({rule->code, rule->code});
        known.push_back({rule->name, rule->name});
        known.push_back({family_name(rule->family), family_name(rule->family)});
    }
    return model::did_you_mean(selector, known);
}

Selection Selection::make(const std::vector<std::string>& select,
                          const std::vector<std::string>& ignore,
                          const std::vector<std::string>& severity_overrides) {
    auto resolve = [](const std::string& item) {
        auto rules = resolve_selector(item);
        if (rules.empty())
            throw std::invalid_argument("unknown rule, family or code '" + item + "'" +
                                        selector_suggestion(item));
        return rules;
    };
    std::vector<const Rule*> chosen;
    if (select.empty()) {
        auto all = all_rules();
        chosen.assign(all.begin(), all.end());
    } else {
        for (const auto& item : select)
            for (const Rule* r : resolve(item))
                if (std::find(chosen.begin(), chosen.end(), r) == chosen.end()) chosen.push_back(r);
    }
    for (const auto& item : ignore)
        for (const Rule* r : resolve(item))
            chosen.erase(std::remove(chosen.begin(), chosen.end(), r), chosen.end());
    std::sort(chosen.begin(), chosen.end(),
              [](const Rule* a, const Rule* b) { return a->code < b->code; });
    std::map<const Rule*, Severity> overrides;
    for (const auto& item : severity_overrides) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw std::invalid_argument("--severity takes RULE=LEVEL, got '" + item + "'");
        const auto level = parse_severity(item.substr(eq + 1));
        if (!level)
            throw std::invalid_argument("unknown severity '" + item.substr(eq + 1) +
                                        "' (use error, warning or info)");
        for (const Rule* r : resolve(item.substr(0, eq)))
            overrides[r] = *level;
    }
    Selection s;
    for (const Rule* r : chosen) {
        const auto it = overrides.find(r);
        s.rules_.push_back({r, it == overrides.end() ? r->severity : it->second});
    }
    return s;
}

} // namespace citelint::engine
