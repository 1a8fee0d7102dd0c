// Whole-output snapshots of real articles. The expected text was checked diagnostic by
// diagnostic against the article (see the comments in each .expected file's test below).
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "src/engine/runner.hpp"
#include "src/model/article.hpp"
#include "src/report/renderer.hpp"

using namespace citelint;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string render_file(const std::string& relative, bool pretty) {
    const Source source(relative, read(CITELINT_SOURCE_DIR "/" + relative));
    const auto article = model::build_article(source);
    const auto result = engine::run_rules(article, engine::Selection::make({}, {}, {}));
    std::ostringstream out;
    auto renderer = pretty ? report::make_pretty(out, {false, 120}) : report::make_gcc(out);
    renderer->document(source, result.diagnostics, report::figures_of(article), {});
    return out.str();
}

} // namespace

// fixtures/mek-rendered.txt (the seed article, rendered dialect). Checked by reading the text:
// seven names are only ever reused, never given content, before the reference list
// (Template:Reflist, line 450): "Iranian Politics", "disarmament", "hostage-crisis-support",
// "Rubin", "Spencer", "fourth-geneva-convention", "vox-lobby"; line 330 starts with "}}</ref>"
// after a ref that was already closed on line 327, so that </ref> closes nothing, and no
// template is open there either, so that "}}" closes nothing too (the "{{#invoke:" it ended
// was lost in rendering, leaving "citation CitationClass=web" on line 328);
// "Merat_2018" (line 177) names the source that "merat2018" names everywhere else;
// the unnamed refs' citations were lost in rendering and cannot be compared, nor can the
// identifiers, paired, unknown, deprecated and redundant parameters, titles and dates (said once,
// naming the seven rules) of its 321
// citation templates (269 "Template:Cit..." placeholders and 52 unexpanded #invoke calls), which
// have all lost their parameters (it has no ref that is a bare URL);
// the {{bulleted list in the ref of line 3 is never closed before that ref's </ref>; the 185
// "Template:Sfn" placeholders (the first on line 1) are short citations whose targets cannot be
// checked, their arguments and the citations' anchors being lost. Two maintenance marks stand in
// it as placeholders, without their dates: "Template:Failed verification" (line 36) and
// "Template:Bsn" (line 362, {{better source needed}}); its sections all cite (the one section
// with no ref, "Terrorist designation", holds only the placeholder "Template:See also").
// Claims: the paragraph ending line 221 ends with a sentence after its last Template:Sfn that
// quotes "especially the Kurdish minority" with no citation: one uncited tail, with the
// quotation and the claim model's verdict as its notes (one diagnostic per place). Quotations
// whose citation comes later in their paragraph (line 106's Abrahamian quotation, three
// sentences on) are covered by it unless --claims-strict. Image captions after "File:" lines and
// list lead-ins ending in ":" are not prose.
TEST_CASE("snapshot: the seed article, pretty") {
    CHECK(render_file("fixtures/mek-rendered.txt", true) ==
          read(CITELINT_SOURCE_DIR "/tests/snapshots/mek-rendered.pretty.txt"));
}

TEST_CASE("snapshot: the seed article, gcc") {
    CHECK(render_file("fixtures/mek-rendered.txt", false) ==
          read(CITELINT_SOURCE_DIR "/tests/snapshots/mek-rendered.gcc.txt"));
}
