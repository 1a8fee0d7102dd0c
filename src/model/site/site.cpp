#include "site.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "../text.hpp"
#include "../tsv.hpp"

namespace citelint::data {
extern const char* const wikis_tsv; // from rules/data/wikis.tsv
}

namespace citelint::model {

namespace {

const std::vector<Site>& sites() {
    static const std::vector<Site> all = [] {
        std::vector<Site> rows;
        for_each_row(data::wikis_tsv, [&](const std::vector<std::string_view>& fields) {
            if (fields.size() >= 3) rows.push_back({fields[0], fields[1], fields[2]});
        });
        std::sort(rows.begin(), rows.end(),
                  [](const Site& a, const Site& b) { return a.dbname < b.dbname; });
        return rows;
    }();
    return all;
}

// The subdomain of a host: "de" of "de.wikipedia.org".
std::string_view subdomain(std::string_view host) {
    return host.substr(0, host.find('.'));
}

} // namespace

std::span<const Site> known_sites() {
    return sites();
}

const Site* find_site(std::string_view name) {
    const std::string lowered = ascii_lower(trim(name));
    for (const Site& site : sites())
        if (lowered == site.dbname || lowered == site.host || lowered == subdomain(site.host))
            return &site;
    return nullptr;
}

std::string closest_site(std::string_view name) {
    const std::string lowered = ascii_lower(trim(name));
    std::string_view best;
    std::size_t best_distance = std::max<std::size_t>(2, lowered.size() / 3) + 1;
    for (const Site& site : sites())
        for (const std::string_view known : {site.dbname, subdomain(site.host)}) {
            const std::size_t d = levenshtein(lowered, known);
            if (d < best_distance) {
                best_distance = d;
                best = site.dbname;
            }
        }
    return best.empty() ? std::string{} : fmt::format(" (did you mean '{}'?)", best);
}

} // namespace citelint::model
