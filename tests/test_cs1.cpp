// The CS1 parameter whitelist, the module's suggestions and the Lua patterns behind them.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "rules/templates/cs1_arguments.hpp"
#include "src/model/article.hpp"
#include "src/model/citations/catalogue.hpp"
#include "src/model/citations/cs1_whitelist.hpp"
#include "src/model/citations/lua_pattern.hpp"

using namespace citelint;
using model::Cs1Whitelist;
using model::lua_match;
using model::ParamState;

TEST_CASE("lua_match follows string.match") {
    CHECK(lua_match("hello world", "o w") == "o w");
    CHECK(lua_match("key = value", "(%w+)%s*=%s*(%w+)") == "key");
    CHECK(lua_match("THE (quick) fox", "%((%a+)%)") == "quick");
    CHECK(lua_match("THE (quick) fox", "%f[%a]%a+") == "THE");
    CHECK(lua_match("x [[a]] y", "%b[]") == "[[a]]");
    CHECK(lua_match("aaab", "a-b") == "aaab");
    CHECK(lua_match("abab", "(ab)%1") == "ab");
    CHECK(lua_match("abc", "^b") == std::nullopt);
    CHECK(lua_match("abc", "c$") == "c");
    CHECK(lua_match("a$c", "a$c") == "a$c"); // '$' not at the end is a plain character
    CHECK(lua_match("a.b", "a%.b") == "a.b");
    CHECK(lua_match("axb", "a%.b") == std::nullopt);
    CHECK(lua_match("x]", "[%]]") == "]");
    CHECK(lua_match("b", "[^a]") == "b");
    CHECK(lua_match("m", "[a-z]") == "m");
    CHECK(lua_match("abc", "()b") == "2"); // a position capture
    CHECK(lua_match("", "^$") == "");
    // Malformed patterns match nothing (Lua raises an error).
    CHECK(lua_match("abc", "[a") == std::nullopt);
    CHECK(lua_match("abc", "a%") == std::nullopt);
    CHECK(lua_match("abc", "a)") == std::nullopt);
}

TEST_CASE("lua_match with the patterns of Module:Citation/CS1/Suggestions") {
    CHECK(lua_match("acessdate", "^ac+es+ ?d?a?t?e?$") == "acessdate");
    CHECK(lua_match("acces date", "^ac+es+ ?d?a?t?e?$") == "acces date");
    CHECK(lua_match("accessdated", "^ac+es+ ?d?a?t?e?$") == std::nullopt);
    CHECK(lua_match("apellido2", "^apellido[s]?(%d+)$") == "2");
    CHECK(lua_match("apellidos12", "^apellido[s]?(%d+)$") == "12");
    CHECK(lua_match("athor", "^a[utho]+r$") == "athor");
    CHECK(lua_match("auther", "^a[utho]+r$") == std::nullopt);
    CHECK(lua_match("publishers", "^pu[blish]+ers?$") == "publishers");
    CHECK(lua_match("first 3", "^first (%d+)$") == "3");
}

TEST_CASE("validate() looks in the lists of the citation's class") {
    const Cs1Whitelist& w = model::Catalogues::builtin().cs1_whitelist;
    const auto web = w.scope("web"), book = w.scope("book"), arxiv = w.scope("arxiv");
    const auto conference = w.scope("conference"), episode = w.scope("episode");
    CHECK(web.preprint == 0);
    CHECK(web.unique == 0);
    CHECK(arxiv.preprint != 0);
    CHECK(conference.unique != 0);

    CHECK(w.validate("title", web) == ParamState::valid);
    CHECK(w.validate("access-date", web) == ParamState::valid);
    CHECK(w.validate("accessdate", web) == ParamState::valid);
    CHECK(w.validate("Title", web) == ParamState::unknown);
    CHECK(w.validate("acessdate", web) == ParamState::unknown);
    // Enumerated names: every run of digits stands for '#'.
    CHECK(w.validate("last12", web) == ParamState::valid);
    CHECK(w.validate("author3-link", web) == ParamState::valid);
    CHECK(w.validate("last#", web) == ParamState::unknown); // '#' is reserved
    CHECK(w.validate("lastx", web) == ParamState::unknown);
    // The preprint classes take only the limited lists.
    CHECK(w.validate("url", web) == ParamState::valid);
    CHECK(w.validate("url", arxiv) == ParamState::unknown);
    CHECK(w.validate("eprint", arxiv) == ParamState::valid);
    CHECK(w.validate("last2", arxiv) == ParamState::valid);
    CHECK(w.validate("class", arxiv) == ParamState::valid);
    CHECK(w.validate("class", web) == ParamState::unknown);
    // Unique arguments, then the general lists.
    CHECK(w.validate("book-title", book) == ParamState::unknown);
    CHECK(w.validate("book-title", conference) == ParamState::valid);
    CHECK(w.validate("title", conference) == ParamState::valid);
    CHECK(w.validate("season", episode) == ParamState::valid);
    CHECK(w.validate("season", web) == ParamState::unknown);
    // Removed by 2022.
    CHECK(w.validate("lastauthoramp", web) == ParamState::unknown);
    CHECK(w.validate("deadurl", web) == ParamState::unknown);
    CHECK(w.validate("coauthors", web) == ParamState::unknown);
    // Deprecated: works with a value, unknown when empty.
    CHECK(w.validate("lay-url", web) == ParamState::deprecated);
    CHECK(w.validate("lay-url", web, true) == ParamState::unknown);
    CHECK(w.validate("transcripturl", episode) == ParamState::deprecated);
    CHECK(w.validate("transcripturl", web) == ParamState::unknown);
    CHECK(w.validate("transcript-url", episode) == ParamState::valid);
}

TEST_CASE("the module's suggestions, in its order") {
    const Cs1Whitelist& w = model::Catalogues::builtin().cs1_whitelist;
    const auto web = w.scope("web"), book = w.scope("book"), arxiv = w.scope("arxiv");
    const auto conference = w.scope("conference");
    CHECK(w.suggestion("Title", web) == "title");           // the lower-cased name
    CHECK(w.suggestion("URL", web) == "url");               // not reached: URL is valid
    CHECK(w.suggestion("acessdate", web) == "access-date"); // a pattern
    CHECK(w.suggestion("apellido2", web) == "last2");       // a pattern with a capture
    CHECK(w.suggestion("titel", web) == "title");           // an exact misspelling
    CHECK(w.suggestion("TITOLO", web) == "title");          // looked up lower-cased
    CHECK(w.suggestion("lastauthoramp", web) == "name-list-style");
    // Only what the class accepts.
    CHECK(w.suggestion("booktitle", book) == "");
    CHECK(w.suggestion("booktitle", conference) == "book-title");
    // A matching pattern whose suggestion the class rejects ends the search.
    CHECK(w.suggestion("publishers", web) == "publisher");
    CHECK(w.suggestion("publishers", arxiv) == "");
    CHECK(w.suggestion("xyzzy", web) == "");
}

TEST_CASE("citelint's own guess and the classes that own a name") {
    const Cs1Whitelist& w = model::Catalogues::builtin().cs1_whitelist;
    const auto web = w.scope("web");
    CHECK(w.nearest("tilte", web, 2) == "title");
    CHECK(w.nearest("acess-date", web, 2) == "access-date");
    CHECK(w.nearest("xyzzyplugh", web, 2) == "");
    CHECK(w.nearest("season", web, 2) != "season"); // only names the class takes
    const auto owners = w.unique_classes("book-title");
    REQUIRE(owners.size() == 1);
    CHECK(owners.front() == "conference");
    CHECK(w.unique_classes("title").empty());
}

TEST_CASE("citation templates carry the module's class") {
    const auto& catalogue = model::Catalogues::builtin().citations;
    CHECK(catalogue.cite_class("Cite web") == "web");
    CHECK(catalogue.cite_class("Cite website") == "web");
    CHECK(catalogue.cite_class("Cite newspaper") == "news");
    CHECK(catalogue.cite_class("Cite encyclopedia") == "encyclopaedia");
    CHECK(catalogue.cite_class("Cite AV media") == "audio-visual");
    CHECK(catalogue.cite_class("Cite arXiv") == "arxiv");
    CHECK(catalogue.cite_class("Citation") == "citation");
    CHECK(catalogue.cite_class("Cite foo").empty());
    const Source source("t.wiki", "<ref>{{cite book |title=T}}</ref>");
    const model::Article a = model::build_article(source);
    REQUIRE(a.citations.size() == 1);
    CHECK(a.citations.front().cite_class == "book");
}

TEST_CASE("the module's arguments are the last value of each name, in written order") {
    // A short citation is looked through pair by pair, a long one through an index: the same.
    for (const int count : {6, 40, 3000}) {
        std::string text = "<ref>{{cite web |title=A |1=x |title=B";
        for (int i = 0; i < count; ++i)
            text += fmt::format(" |p{}=v{}", i % (count / 2), i);
        text += " |1=y}}</ref>";
        const citelint::Source source("page.wiki", text);
        const auto article = citelint::model::build_article(source, {});
        REQUIRE(article.citations.size() == 1);
        const auto& c = article.citations.front();
        std::vector<const citelint::model::CitationParam*> args;
        citelint::rules::module_arguments(c, args);
        std::vector<std::string> got;
        for (const auto* p : args)
            got.push_back(fmt::format("{}={}", p->name, p->value));
        std::vector<std::string> expected = {"title=B"};
        for (int i = count / 2; i < count; ++i)
            expected.push_back(fmt::format("p{}=v{}", i % (count / 2), i));
        expected.push_back("1=y");
        CHECK(got == expected);
    }
}
