#include "site.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "../citations/catalogue.hpp"
#include "../text.hpp"
#include "../tsv.hpp"

namespace citelint::data {
extern const char* const wikis_tsv;          // from rules/data/wikis.tsv
extern const char* const anchor_recipes_tsv; // from rules/data/anchor_recipes.tsv
} // namespace citelint::data

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

struct Recipe {
    std::string_view wiki;
    std::string templ; // canonical title
    std::vector<std::string_view> parameters;
};

const std::vector<Recipe>& recipes() {
    static const std::vector<Recipe> all = [] {
        std::vector<Recipe> rows;
        for_each_row(data::anchor_recipes_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 3) return;
            Recipe r{f[0], canonical_title(f[1]), {}};
            for_each_item(f[2], [&](std::string_view p) { r.parameters.push_back(p); });
            rows.push_back(std::move(r));
        });
        return rows;
    }();
    return all;
}

} // namespace

std::span<const std::string_view> anchor_recipe(const Site& site,
                                                std::string_view canonical_template) {
    for (const Recipe& r : recipes())
        if (r.wiki == site.dbname && r.templ == canonical_template) return r.parameters;
    return {};
}

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
    std::vector<Spelling> known;
    for (const Site& site : sites()) {
        known.push_back({site.dbname, site.dbname});
        known.push_back({subdomain(site.host), site.dbname});
    }
    return did_you_mean(trim(name), known);
}

} // namespace citelint::model
