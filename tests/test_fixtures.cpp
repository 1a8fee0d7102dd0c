#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace citelint::testing;

TEST_CASE("every fixture produces exactly the diagnostics it expects") {
    const auto files = fixture_files(CITELINT_SOURCE_DIR "/fixtures");
    REQUIRE(files.size() >= 1);
    for (const auto& path : files) {
        DYNAMIC_SECTION(path) {
            const Fixture fixture = load_fixture(path);
            const auto differences = compare(fixture);
            for (const auto& d : differences)
                UNSCOPED_INFO(d);
            CHECK(differences.empty());
        }
    }
}

TEST_CASE("the fixture runner reports missing and unexpected diagnostics") {
    Fixture f;
    f.path = "inline.wiki";
    f.text = "A.<ref name=\"x\" />\n<references />\n";
    // Nothing expected: the undefined named ref is unexpected.
    auto differences = compare(f);
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].find("unexpected R001") != std::string::npos);
    // Expected at the wrong column: one missing, one unexpected.
    f.expectations.push_back({"undefined-named-ref", 1, 3, "", 0});
    differences = compare(f);
    CHECK(differences.size() == 2);
    // Expected where it is.
    f.expectations[0].column = 14;
    CHECK(compare(f).empty());
}
