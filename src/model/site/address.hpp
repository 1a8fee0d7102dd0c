// Where a wiki's pages are on the web: the address of an article and of its edit page, as
// MediaWiki makes them ($wgArticlePath, $wgScript, wfUrlencode), for the reports that link to
// the pages they list. A wiki whose addresses citelint does not know has none: no link is made
// rather than a guessed one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "site.hpp"

namespace citelint::model {

struct WikiAddress {
    // A page's address is this followed by its title as a URL writes it:
    // "https://en.wikipedia.org/wiki/" ($wgArticlePath without its "$1").
    std::string article_path;
    // index.php of the wiki ("https://en.wikipedia.org/w/index.php", $wgScript); empty when not
    // known, and the edit page is then asked of the article's address (?action=edit), which
    // every MediaWiki answers.
    std::string script;
    friend bool operator==(const WikiAddress&, const WikiAddress&) = default;
};

// A Wikimedia wiki's addresses: https://HOST/wiki/ and https://HOST/w/index.php.
WikiAddress address_of(const Site& site);

// The addresses from a dump's <siteinfo><base>, the address of the wiki's main page: the main
// page's title taken off ("https://fo.wikipedia.org/wiki/Fors%C3%AD%C3%B0a" gives
// "https://fo.wikipedia.org/wiki/"). A host citelint has a profile for gets that wiki's
// addresses (https, and its index.php). Nothing for a base that is no http(s) address.
std::optional<WikiAddress> address_from_base(std::string_view base);

// The addresses from an article path as --site-url gives it: "https://wiki.example.org/wiki/",
// with or without MediaWiki's "$1" at its end; a missing final '/' is added. Nothing for one
// that is no http(s) address.
std::optional<WikiAddress> address_from_article_path(std::string_view url);

// A title as MediaWiki writes it in a URL (wfUrlencode of the DB key): spaces as '_', every
// byte but letters, digits and -_.;@$!*(),/~: percent-encoded.
std::string title_in_url(std::string_view title);

std::string page_url(const WikiAddress& address, std::string_view title);
// The page's edit page: SCRIPT?title=TITLE&action=edit.
std::string edit_url(const WikiAddress& address, std::string_view title);

// Whether `url` may be written as a link: http or https, a host, and only characters that
// need no escaping in a URL (so nothing that could end an attribute or a Markdown link).
bool is_web_address(std::string_view url);

} // namespace citelint::model
