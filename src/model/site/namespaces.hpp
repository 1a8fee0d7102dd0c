// The namespaces of links that show no text where they stand: files (an image, its caption
// apart; Media: links counted with them) and categories, by the names MediaWiki gives them in
// each language (rules/data/namespaces.tsv, made from MediaWiki's languages/messages/
// Messages*.php by tools/namespaces_from_mediawiki.py). Names are compared as canonical titles
// (canonical_title(): first letter upper-case, underscores as spaces), as the callers make them.
#pragma once

#include <string_view>

namespace citelint::model {

// On a wiki in any language: a name of the namespace in one language or another.
bool is_file_namespace(std::string_view canonical);
bool is_category_namespace(std::string_view canonical);

// On a wiki in `language` (MediaWiki's code, lower case: "de", "pt-br"): the English names,
// which every wiki takes, and the language's own, with those it takes from its fallbacks. A
// language MediaWiki has no Messages file for ("simple") has the English names only.
bool is_file_namespace(std::string_view canonical, std::string_view language);
bool is_category_namespace(std::string_view canonical, std::string_view language);

} // namespace citelint::model
