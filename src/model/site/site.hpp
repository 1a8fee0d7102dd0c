// The wiki a page belongs to: what citelint knows of it (rules/data/wikis.tsv), read by the
// parts of the model and the rules that need local knowledge (which month names the wiki's
// citation module accepts, which date forms, which parameter names). A page of an unknown wiki
// has no site: those parts then stay silent where they cannot know, and say so once per page.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace citelint::model {

struct Site {
    std::string_view dbname;   // "enwiki", as a dump's <siteinfo><dbname> gives it
    std::string_view language; // the content language, a MediaWiki code: "en" for simplewiki
    std::string_view host;     // "en.wikipedia.org"

    // The wiki's citation module is English Wikipedia's own (en.wiki and simple.wiki): what
    // Module:Citation/CS1 accepts there is all it accepts.
    [[nodiscard]] bool english() const noexcept { return language == "en"; }
};

// Every wiki with a profile, sorted by dbname.
std::span<const Site> known_sites();

// The site named by its dbname ("dewiki"), its host ("de.wikipedia.org") or its subdomain
// ("de"), ASCII case ignored; null when citelint has no profile for it.
const Site* find_site(std::string_view name);

// The parameters whose values, after "CITEREF", make the anchor of `canonical_template` on
// `site` (rules/data/anchor_recipes.tsv: ru.wiki's {{книга}} makes CITEREF + ref + год +
// буква); empty when the wiki makes it as Module:Footnotes does, or citelint does not know.
std::span<const std::string_view> anchor_recipe(const Site& site,
                                                std::string_view canonical_template);

// " (did you mean 'dewiki'?)" for a name close to a known one, else empty: for the message
// that refuses an unknown --wiki.
std::string closest_site(std::string_view name);

} // namespace citelint::model
