// Acceptance over the real articles of ../shared/corpus (beside the checkout, in CI too):
// every page parses whole, and every diagnostic points inside its page.
#include <algorithm>
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
        const auto found = engine::run_rules(article, all).diagnostics;
        std::vector<Span> places; // of the claims diagnostics that speak for one
        for (const auto& d : found) {
            CHECK(d.span.begin <= d.span.end);
            CHECK(d.span.end <= source.text().size());
            if (d.place) places.push_back(*d.place);
            ++diagnostics;
        }
        // One claims diagnostic per place: no sentence carries two, and a paragraph or section
        // reported as a whole has none of its sentences reported again.
        std::sort(places.begin(), places.end(), [](Span x, Span y) { return x.begin < y.begin; });
        for (std::size_t k = 1; k < places.size(); ++k)
            CHECK(places[k - 1].end <= places[k].begin);
        ++pages;
    }
    CHECK(pages >= 400);
    CHECK(diagnostics > 0);
}
