// citelint wikis: the wikis citelint has a site profile for (rules/data/wikis.tsv).
#include <iostream>

#include <fmt/format.h>

#include "../model/site/site.hpp"
#include "commands.hpp"

namespace citelint::cli {

int run_wikis() {
    std::string out = "dbname\tlanguage\thost\n";
    for (const model::Site& site : model::known_sites())
        out += fmt::format("{}\t{}\t{}\n", site.dbname, site.language, site.host);
    std::cout << out;
    return clean;
}

} // namespace citelint::cli
