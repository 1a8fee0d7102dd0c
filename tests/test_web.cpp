// src/web/lint: what the WebAssembly module answers, checked natively (the module against the
// native program on whole pages is tests/web_compare.js).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "src/web/lint.hpp"

using namespace citelint;
using Json = nlohmann::json;

namespace {

Json lint(std::string_view text, std::string_view options) {
    return Json::parse(web::lint_json(text, options));
}

std::vector<std::string> codes(const Json& result) {
    std::vector<std::string> out;
    for (const Json& d : result.at("diagnostics"))
        out.push_back(d.at("code").get<std::string>());
    return out;
}

const char* const page = "Alpha.<ref name=\"a\" />\n\n== References ==\n<references />\n";

} // namespace

TEST_CASE("web lint: a page's diagnostics with their place, path and fix", "[web]") {
    const Json result = lint(page, R"({"path": "Alpha.wiki", "today": "2026-12-06",
                                       "select": ["references"]})");
    REQUIRE(codes(result) == std::vector<std::string>{"R001"});
    const Json& d = result["diagnostics"][0];
    CHECK(d["path"] == "Alpha.wiki");
    CHECK(d["name"] == "undefined-named-ref");
    CHECK(d["family"] == "references");
    // The span is the name that nothing defines.
    CHECK(d["start"]["offset"] == 17);
    CHECK(d["start"]["line"] == 1);
    CHECK(d["start"]["column"] == 18);
    CHECK(d["end"]["offset"] == 18);
}

TEST_CASE("web lint: select, ignore and severity as the configuration has them", "[web]") {
    CHECK(codes(lint(page, R"({"select": ["references"], "ignore": ["R001"]})")).empty());
    const Json severe = lint(page, R"({"select": ["R001"], "severity": {"R001": "info"}})");
    REQUIRE(codes(severe) == std::vector<std::string>{"R001"});
    CHECK(severe["diagnostics"][0]["severity"] == "info");
    // A duplicated citation comes with its fix.
    const Json fixed = lint("A.<ref>Smith, J. (2010). History. Oxford.</ref> "
                            "B.<ref>Smith, J. (2010). History. Oxford.</ref>\n"
                            "<references />\n",
                            R"({"select": ["R024"]})");
    REQUIRE(codes(fixed) == std::vector<std::string>{"R024"});
    CHECK(fixed["diagnostics"][0]["fix"]["edits"].size() >= 1);
}

TEST_CASE("web lint: options that cannot be used are an error naming the problem", "[web]") {
    const auto error_of = [](std::string_view options) {
        const Json result = lint(page, options);
        REQUIRE(result.contains("error"));
        CHECK_FALSE(result.contains("diagnostics"));
        return result["error"].get<std::string>();
    };
    // As in a configuration file, with the closest key or rule named.
    CHECK(error_of(R"({"colour": "red"})") == "options: unknown key 'colour'");
    CHECK(error_of(R"({"selct": ["R001"]})").find("did you mean 'select'") != std::string::npos);
    CHECK(error_of(R"({"select": ["R999"]})").find("R999") != std::string::npos);
    CHECK(error_of(R"({"select": "R001"})").find("'select' must be") != std::string::npos);
    CHECK(error_of(R"({"claims": {"strict": "yes"}})").find("strict") != std::string::npos);
    CHECK(error_of(R"({"templates": ["a.tsv"]})").find("catalogue") != std::string::npos);
    CHECK(error_of(R"({"wiki": null})").find("null") != std::string::npos);
    const std::string deep =
        R"({"catalogue": )" + std::string(10000, '[') + std::string(10000, ']') + "}";
    CHECK(error_of(deep).find("nests deeper") != std::string::npos);
    CHECK(error_of(R"({"today": "2026-02-30"})").find("'today'") != std::string::npos);
    CHECK(error_of(R"({"wiki": "nowhere"})").find("unknown wiki 'nowhere'") != std::string::npos);
    CHECK_FALSE(error_of("[1, 2").empty());
    CHECK(error_of("[]").find("JSON object") != std::string::npos);
}

TEST_CASE("web lint: the claims table, as in .citelint.toml", "[web]") {
    // A lead is exempt from citations by default (WP:LEADCITE); claims.lead = checked reads it.
    const char* const text = "The bridge cost $4 million in 1932 and carried 12,000 cars a day.\n\n"
                             "== History ==\nIt opened in 1932.<ref>Smith, J. (2010). History. "
                             "Oxford.</ref>\n\n== References ==\n{{reflist}}\n";
    CHECK(codes(lint(text, R"({"select": ["claims"]})")).empty());
    CHECK(codes(lint(text, R"({"select": ["claims"], "claims": {"lead": "checked"}})")) ==
          std::vector<std::string>{"C001"});
    // Catalogue rows are read as a file's are: a row of an unknown catalogue is an error.
    const Json bad = lint(text, R"({"catalogue": {"citations": ["Cite mysource"]}})");
    REQUIRE(bad.contains("error"));
    CHECK(bad["error"].get<std::string>().find("citations") != std::string::npos);
}

TEST_CASE("web lint: no options, no text, ill-formed UTF-8", "[web]") {
    CHECK(lint("", "").at("diagnostics").empty());
    const Json result = lint("Caf\xC3<ref name=x/>", "{}");
    CHECK(result.contains("diagnostics"));
}
