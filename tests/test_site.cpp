#include <catch2/catch.hpp>

#include "src/model/site/address.hpp"
#include "src/model/site/site.hpp"

using citelint::model::closest_site;
using citelint::model::find_site;
using citelint::model::known_sites;

TEST_CASE("a wiki is found by its dbname, its host or its subdomain, in any case") {
    const auto* de = find_site("dewiki");
    REQUIRE(de != nullptr);
    CHECK(de->language == "de");
    CHECK(de->host == "de.wikipedia.org");
    CHECK(find_site("de") == de);
    CHECK(find_site("de.wikipedia.org") == de);
    CHECK(find_site(" DEWIKI ") == de);
}

TEST_CASE("a wiki's content language is not always its subdomain") {
    REQUIRE(find_site("simple") != nullptr);
    CHECK(find_site("simple")->dbname == "simplewiki");
    CHECK(find_site("simple")->english());
    CHECK(find_site("enwiki")->english());
    CHECK_FALSE(find_site("afwiki")->english());
    REQUIRE(find_site("be-tarask.wikipedia.org") != nullptr);
    CHECK(find_site("be-tarask.wikipedia.org")->dbname == "be_x_oldwiki");
    CHECK(find_site("nowiki")->language == "nb");
}

TEST_CASE("an unknown wiki has no site, and a near name is suggested") {
    CHECK(find_site("nosuchwiki") == nullptr);
    CHECK(find_site("") == nullptr);
    CHECK(find_site("wikipedia.org") == nullptr);
    CHECK(closest_site("dewikki") == " (did you mean 'dewiki'?)");
    CHECK(closest_site("zzzzzzzzzz").empty());
}

TEST_CASE("the profiles cover the largest Wikipedias and the corpus's languages") {
    for (const char* name :
         {"enwiki", "cebwiki", "dewiki",  "frwiki", "svwiki", "nlwiki", "ruwiki",  "eswiki",
          "itwiki", "plwiki",  "arzwiki", "zhwiki", "jawiki", "ukwiki", "viwiki",  "warwiki",
          "arwiki", "ptwiki",  "fawiki",  "cawiki", "idwiki", "srwiki", "kowiki",  "nowiki",
          "trwiki", "cewiki",  "fiwiki",  "huwiki", "cswiki", "ttwiki", "ltgwiki", "afwiki"})
        CHECK(find_site(name) != nullptr);
    CHECK(known_sites().size() >= 100);
    for (std::size_t i = 1; i < known_sites().size(); ++i)
        CHECK(known_sites()[i - 1].dbname < known_sites()[i].dbname);
}

TEST_CASE("a wiki's own anchor recipe: ru.wiki's {{книга}} makes CITEREF + ref + год + буква") {
    const auto* ru = find_site("ruwiki");
    REQUIRE(ru != nullptr);
    const auto recipe = citelint::model::anchor_recipe(*ru, "Книга");
    REQUIRE(recipe.size() == 3);
    CHECK(recipe[0] == "ref");
    CHECK(recipe[1] == "год");
    CHECK(citelint::model::anchor_recipe(*find_site("enwiki"), "Книга").empty());
    CHECK(citelint::model::anchor_recipe(*ru, "Cite book").empty());
}

TEST_CASE("a Wikimedia wiki's addresses: the article path and index.php") {
    using namespace citelint::model;
    const WikiAddress de = address_of(*find_site("dewiki"));
    CHECK(de.article_path == "https://de.wikipedia.org/wiki/");
    CHECK(de.script == "https://de.wikipedia.org/w/index.php");
    CHECK(page_url(de, "Café (1999 film)") ==
          "https://de.wikipedia.org/wiki/Caf%C3%A9_(1999_film)");
    CHECK(edit_url(de, "AC/DC") == "https://de.wikipedia.org/w/index.php?title=AC/DC&action=edit");
}

TEST_CASE("titles are encoded as MediaWiki's wfUrlencode does") {
    using citelint::model::title_in_url;
    CHECK(title_in_url("Ren & Stimpy \"Show\" <b>") == "Ren_%26_Stimpy_%22Show%22_%3Cb%3E");
    CHECK(title_in_url("C++ (language)") == "C%2B%2B_(language)");
    CHECK(title_in_url("Who's who?") == "Who%27s_who%3F");
    CHECK(title_in_url("100% #1") == "100%25_%231");
    CHECK(title_in_url("Wikipedia:Village pump/Archive;1,@$!*~") ==
          "Wikipedia:Village_pump/Archive;1,@$!*~");
}

TEST_CASE("a dump's <siteinfo><base> gives the article path") {
    using namespace citelint::model;
    // A known wiki's host: its addresses, on https, whatever the base's scheme.
    const auto en = address_from_base("http://en.wikipedia.org/wiki/Main_Page");
    REQUIRE(en);
    CHECK(*en == address_of(*find_site("enwiki")));
    CHECK(address_from_base("https://fo.wikipedia.org/wiki/Fors%C3%AD%C3%B0a")->article_path ==
          "https://fo.wikipedia.org/wiki/");
    // Another wiki: the main page's title taken off; its index.php is not known, and the edit
    // page is asked of the article's address.
    const auto other = address_from_base("https://wiki.example.org/wiki/Portal:Main/Page");
    REQUIRE(other);
    CHECK(other->article_path == "https://wiki.example.org/wiki/");
    CHECK(other->script.empty());
    CHECK(edit_url(*other, "A b") == "https://wiki.example.org/wiki/A_b?action=edit");
    const auto query = address_from_base("http://example.org/index.php?title=Main_Page");
    REQUIRE(query);
    CHECK(query->article_path == "http://example.org/index.php?title=");
    CHECK(edit_url(*query, "A") == "http://example.org/index.php?title=A&action=edit");
    CHECK(address_from_base("http://example.org/mw/Main_Page")->article_path ==
          "http://example.org/mw/");
    // No link rather than a wrong or unsafe one.
    CHECK_FALSE(address_from_base(""));
    CHECK_FALSE(address_from_base("javascript:alert(1)//wiki/x"));
    CHECK_FALSE(address_from_base("https://example.org"));
    CHECK_FALSE(address_from_base("https://example.org/wiki/\"onmouseover=alert(1)"));
    CHECK_FALSE(address_from_base("https://example.org/wiki/Main Page"));
}

TEST_CASE("the article path as --site-url gives it") {
    using namespace citelint::model;
    CHECK(address_from_article_path("https://wiki.example.org/wiki")->article_path ==
          "https://wiki.example.org/wiki/");
    CHECK(address_from_article_path("https://wiki.example.org/index.php?title=$1")->article_path ==
          "https://wiki.example.org/index.php?title=");
    CHECK(*address_from_article_path("https://en.wikipedia.org/wiki/") ==
          address_of(*find_site("enwiki")));
    CHECK_FALSE(address_from_article_path("en.wikipedia.org/wiki/"));
    CHECK_FALSE(address_from_article_path("file:///etc/passwd"));
    CHECK(is_web_address("https://en.wikipedia.org/w/index.php?title=A&action=edit"));
    CHECK_FALSE(is_web_address("https://en.wikipedia.org/wiki/<script>"));
    CHECK_FALSE(is_web_address("https:///wiki/A"));
}
