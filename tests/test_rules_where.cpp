// Where each rule lives, and the lists that name every rule, checked against the tree: the
// rule's file, its fixtures, the functions it relies on, the registry, the tables of docs/rules.md.
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "src/engine/rule.hpp"

using namespace citelint;

namespace {

const std::filesystem::path root = CITELINT_SOURCE_DIR;

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every match of the pattern's first group in the text.
std::vector<std::string> captures(const std::string& text, const std::regex& pattern) {
    std::vector<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it)
        out.push_back((*it)[1]);
    return out;
}

} // namespace

TEST_CASE("every rule's source file is under the repository and defines its code") {
    for (const engine::Rule* rule : engine::all_rules()) {
        INFO(rule->code);
        const std::filesystem::path file = engine::source_file(*rule);
        CHECK(file.is_relative());
        REQUIRE(std::filesystem::exists(root / file));
        const std::string code = ".code = \"" + std::string(rule->code) + "\",";
        CHECK(read(root / file).find(code) != std::string::npos);
    }
}

TEST_CASE("the registry lists every rule defined under rules/, each once") {
    const std::regex definition(R"re(extern const engine::Rule \w+\{\s*\.code = "(\w+)")re");
    std::map<std::string, std::string> defined; // code -> file
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root / "rules")) {
        if (entry.path().extension() != ".cpp") continue;
        for (const std::string& code : captures(read(entry.path()), definition)) {
            INFO(code);
            CHECK(defined.emplace(code, entry.path().lexically_relative(root).string()).second);
        }
    }
    std::map<std::string, std::string> registered;
    for (const engine::Rule* rule : engine::all_rules())
        registered.emplace(rule->code, engine::source_file(*rule));
    CHECK(registered == defined);
}

TEST_CASE("every function a rule relies on is in the file it names") {
    const std::regex form(R"(([\w/.]+): (\w+))");
    for (const engine::Rule* rule : engine::all_rules()) {
        INFO(rule->code);
        CHECK(!rule->relies_on.empty());
        for (std::string_view where : rule->relies_on) {
            INFO(where);
            std::smatch m;
            const std::string text(where);
            REQUIRE(std::regex_match(text, m, form));
            REQUIRE(std::filesystem::exists(root / m[1].str()));
            const std::regex function("\\b" + m[2].str() + "\\s*\\(");
            CHECK(std::regex_search(read(root / m[1].str()), function));
        }
    }
}

TEST_CASE("every rule names the fixtures that expect it, as the fixtures folder holds them") {
    // As the fixture runner reads an expectation: its first word is a code or a name.
    const std::regex marker(R"(<!--\s*expect:\s*([A-Za-z0-9-]+))");
    std::map<std::string, std::set<std::string>> expecting; // code or name -> fixtures
    for (const std::string& path : testing::fixture_files((root / "fixtures").string()))
        for (const std::string& word : captures(read(path), marker))
            expecting[word].insert(
                std::filesystem::path(path).lexically_relative(root).generic_string());
    for (const engine::Rule* rule : engine::all_rules()) {
        INFO(rule->code);
        std::set<std::string> expected = expecting[std::string(rule->code)];
        expected.merge(expecting[std::string(rule->name)]);
        const auto listed = engine::fixtures_of(*rule);
        CHECK(std::set<std::string>(listed.begin(), listed.end()) == expected);
        CHECK(!listed.empty());
    }
}

TEST_CASE("the rules tables of docs/rules.md agree with the registry") {
    const std::string section = read(root / "docs" / "rules.md");
    REQUIRE(section.rfind("# Rules\n", 0) == 0);
    // | R001 | undefined-named-ref | `cite_error_references_no_text` | error |
    const std::regex row(R"(\n\| ([A-Z][0-9]{3}) \| ([a-z-]+) \|([^|\n]*)\| (\w+) \|)");
    // | C001 unsourced-paragraph | warning | yes |
    const std::regex claims_row(R"(\n\| (C[0-9]{3}) ([a-z-]+) \| (\w+) \|)");
    std::map<std::string, std::smatch> rows, claims_rows;
    for (std::sregex_iterator it(section.begin(), section.end(), row), end; it != end; ++it)
        CHECK(rows.emplace((*it)[1], *it).second);
    for (std::sregex_iterator it(section.begin(), section.end(), claims_row), end; it != end; ++it)
        CHECK(claims_rows.emplace((*it)[1], *it).second);
    std::size_t claims = 0;
    for (const engine::Rule* rule : engine::all_rules()) {
        INFO(rule->code);
        const std::string severity(engine::severity_name(rule->severity));
        const auto found = rows.find(std::string(rule->code));
        REQUIRE(found != rows.end());
        const std::smatch& m = found->second;
        CHECK(m[2].str() == rule->name);
        CHECK(m[4].str() == severity);
        const std::string keys = m[3].str();
        for (std::string_view key : rule->mediawiki_keys) {
            const auto at = keys.find(key);
            CHECK((at != std::string::npos && at > 0 && keys[at - 1] == '`' &&
                   keys.compare(at + key.size(), 1, "`") == 0));
        }
        if (rule->family != engine::Family::claims) continue;
        ++claims;
        const auto claim = claims_rows.find(std::string(rule->code));
        REQUIRE(claim != claims_rows.end());
        CHECK(claim->second[2].str() == rule->name);
        CHECK(claim->second[3].str() == severity);
    }
    CHECK(rows.size() == engine::all_rules().size());
    CHECK(claims_rows.size() == claims);
}
