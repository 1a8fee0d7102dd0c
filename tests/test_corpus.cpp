// Acceptance over the real articles of ../shared/corpus (beside the checkout, in CI too):
// every page parses whole, and every diagnostic points inside its page.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "src/engine/runner.hpp"
#include "src/model/article.hpp"

using namespace citelint;

TEST_CASE("every corpus article parses whole and its diagnostics point inside it") {
    const std::filesystem::path corpus = CITELINT_SOURCE_DIR "/../shared/corpus/articles";
    REQUIRE(std::filesystem::is_directory(corpus));
    const auto all = engine::Selection::make({}, {}, {});
    std::size_t pages = 0, diagnostics = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
        if (entry.path().extension() != ".wiki") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const Source source(entry.path().filename().string(), text.str());
        const auto article = model::build_article(source);
        INFO(entry.path().filename().string());
        CHECK(!article.syntax.truncated);
        for (const auto& d : engine::run_rules(article, all).diagnostics) {
            CHECK(d.span.begin <= d.span.end);
            CHECK(d.span.end <= source.text().size());
            ++diagnostics;
        }
        ++pages;
    }
    CHECK(pages >= 400);
    CHECK(diagnostics > 0);
}
