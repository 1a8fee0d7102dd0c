#include <catch2/catch.hpp>

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
