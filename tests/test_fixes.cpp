// The fixes rules suggest: applied to the text, the page checked again, the problem is gone.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "src/cli/fix_output.hpp"
#include "src/engine/change.hpp"
#include "src/engine/fixes.hpp"
#include "src/line_diff.hpp"
#include "src/report/unified_diff.hpp"
#include "temporary_folder.hpp"

#include "src/engine/runner.hpp"
#include "src/model/article.hpp"

using namespace citelint;

namespace {

std::vector<engine::Diagnostic> check(const std::string& text) {
    const Source source("t.wiki", text);
    const auto article = model::build_article(source);
    return engine::run_rules(article, engine::Selection::make({}, {}, {})).diagnostics;
}

const engine::Diagnostic* find(const std::vector<engine::Diagnostic>& ds, std::string_view name) {
    for (const auto& d : ds)
        if (d.name == name) return &d;
    return nullptr;
}

std::string apply(std::string text, const engine::Fix& fix) {
    // Edits are in source order and do not overlap: applied from the last one back.
    for (auto it = fix.edits.rbegin(); it != fix.edits.rend(); ++it)
        text.replace(it->span.begin, it->span.size(), it->replacement);
    return text;
}

bool in_order(const engine::Fix& fix) {
    for (std::size_t i = 1; i < fix.edits.size(); ++i)
        if (fix.edits[i].span.begin < fix.edits[i - 1].span.end) return false;
    return true;
}

// The text after the rule's fix, which must be there.
std::string fixed(const std::string& text, std::string_view rule) {
    const auto ds = check(text);
    const engine::Diagnostic* d = find(ds, rule);
    REQUIRE(d);
    REQUIRE(d->fix);
    CHECK(!d->fix->title.empty());
    CHECK(in_order(*d->fix));
    return apply(text, *d->fix);
}

} // namespace

TEST_CASE("fix: duplicate-unnamed-citation names the first copy and reuses it in every other") {
    const std::string text = "A.<ref>{{cite book |last=Smith |year=2010 |title=History}}</ref> "
                             "B.<ref>{{cite book |last=Smith |year=2010 |title=History}}</ref> "
                             "C.<ref group=\"x\">Other citation, long enough.</ref> "
                             "D.<REF>{{cite book |last=Smith  |year=2010 |title=History}}</REF>\n"
                             "== References ==\n{{reflist}}\n{{reflist|group=x}}\n";
    const std::string after = fixed(text, "duplicate-unnamed-citation");
    CHECK(after == "A.<ref name=\"smith2010\">{{cite book |last=Smith |year=2010 "
                   "|title=History}}</ref> B.<ref name=\"smith2010\" /> C.<ref group=\"x\">Other "
                   "citation, long enough.</ref> D.<ref name=\"smith2010\" />\n"
                   "== References ==\n{{reflist}}\n{{reflist|group=x}}\n");
    const auto ds = check(after);
    CHECK(!find(ds, "duplicate-unnamed-citation"));
    CHECK(ds.empty());
}

TEST_CASE("fix: duplicate-unnamed-citation in a group keeps the group, a name is found without an "
          "author") {
    const std::string text = "A.<ref group=\"n\">A note that is long enough.</ref> "
                             "B.<ref group=\"n\">A note that is long enough.</ref>\n"
                             "<references group=\"n\" />\n";
    const std::string after = fixed(text, "duplicate-unnamed-citation");
    CHECK(after.find("B.<ref name=\"") != std::string::npos);
    CHECK(after.find("group=\"n\" />\n<references") != std::string::npos);
    CHECK(!find(check(after), "duplicate-unnamed-citation"));
    CHECK(!find(check(after), "undefined-named-ref"));
}

TEST_CASE("fix: duplicate-unnamed-citation offers none for {{efn}} copies") {
    const std::string text = "A.{{efn|A note that is long enough.}} B.{{efn|A note that is long "
                             "enough.}}\n== Notes ==\n{{notelist}}\n";
    const auto ds = check(text);
    const engine::Diagnostic* d = find(ds, "duplicate-unnamed-citation");
    REQUIRE(d);
    CHECK(!d->fix);
}

TEST_CASE("fix: missing-reference-list adds a References section before External links") {
    const std::string text = "Claim.<ref>Smith 2001.</ref>\n\n== External links ==\n* x\n";
    const std::string after = fixed(text, "missing-reference-list");
    CHECK(after == "Claim.<ref>Smith 2001.</ref>\n\n== References ==\n<references />\n\n"
                   "== External links ==\n* x\n");
    CHECK(check(after).empty());
}

TEST_CASE("fix: missing-reference-list goes before the categories at the end, {{reflist}} with "
          "citation templates") {
    const std::string text = "Claim.<ref>{{cite web |url=http://x.org |title=X}}</ref>\n"
                             "[[Category:Things]]\n{{DEFAULTSORT:Thing}}\n";
    const std::string after = fixed(text, "missing-reference-list");
    CHECK(after == "Claim.<ref>{{cite web |url=http://x.org |title=X}}</ref>\n\n"
                   "== References ==\n{{reflist}}\n\n[[Category:Things]]\n{{DEFAULTSORT:Thing}}\n");
    CHECK(!find(check(after), "missing-reference-list"));
}

TEST_CASE("fix: missing-reference-list fills an empty References section, at the end of a page "
          "without a final newline") {
    const std::string empty_section = "Claim.<ref>Smith 2001.</ref>\n== References ==\n";
    const std::string after = fixed(empty_section, "missing-reference-list");
    CHECK(after == "Claim.<ref>Smith 2001.</ref>\n== References ==\n<references />\n");
    CHECK(check(after).empty());
    const std::string no_newline = "Claim.<ref>{{cite web |url=https://x.org/a |title=A}}</ref>";
    const std::string after2 = fixed(no_newline, "missing-reference-list");
    CHECK(after2 == no_newline + "\n\n== References ==\n{{reflist}}\n");
    CHECK(check(after2).empty());
    // Nothing says the page's language: no heading is offered in any.
    const auto unknown = check("Claim.<ref>Smith 2001.</ref>");
    REQUIRE(find(unknown, "missing-reference-list"));
    CHECK(!find(unknown, "missing-reference-list")->fix);
}

TEST_CASE("fix: undefined-named-ref renames every use of a misspelt name to the defined one") {
    const std::string text = "A.<ref name=\"Merat 2018\">Merat, Z. (2018). Book.</ref> "
                             "B.<ref name=\"Merat 2108\"/> C.<ref name=\"Merat 2108\" /> "
                             "D.{{r|Merat 2108}}\n<references />\n";
    const std::string after = fixed(text, "undefined-named-ref");
    CHECK(after == "A.<ref name=\"Merat 2018\">Merat, Z. (2018). Book.</ref> "
                   "B.<ref name=\"Merat 2018\"/> C.<ref name=\"Merat 2018\" /> "
                   "D.{{r|Merat 2018}}\n<references />\n");
    CHECK(check(after).empty());
}

TEST_CASE("fix: undefined-named-ref quotes a name that needs quotes") {
    const std::string text =
        "A.<ref name=\"Smith 2001\">Smith 2001.</ref> B.<ref name=Smith2001 />\n<references />\n";
    const std::string after = fixed(text, "undefined-named-ref");
    CHECK(after == "A.<ref name=\"Smith 2001\">Smith 2001.</ref> B.<ref name=\"Smith 2001\" />\n"
                   "<references />\n");
    CHECK(check(after).empty());
}

TEST_CASE("fix: similar-ref-names renames the later name and makes its definition a reuse") {
    const std::string text = "A.<ref name=\"merat2018\">Merat, Arron (2018).</ref> B.<ref "
                             "name=merat2018/>\nC.<ref name=Merat_2018>Merat, Arron (2018).</ref> "
                             "D.<ref name=\"Merat_2018\" />\n<references />\n";
    const std::string after = fixed(text, "similar-ref-names");
    CHECK(after == "A.<ref name=\"merat2018\">Merat, Arron (2018).</ref> B.<ref "
                   "name=merat2018/>\nC.<ref name=\"merat2018\" /> D.<ref name=\"merat2018\" />\n"
                   "<references />\n");
    CHECK(check(after).empty());
}

TEST_CASE("fix: the safety of the reference fixes") {
    const auto fix_of = [](const std::string& text, std::string_view rule) {
        const auto ds = check(text);
        const engine::Diagnostic* d = find(ds, rule);
        REQUIRE(d);
        REQUIRE(d->fix);
        return *d->fix;
    };
    // A case or punctuation slip is certain; another spelling only likely.
    CHECK(fix_of("A.<ref name=\"Smith 2001\">S.</ref> B.<ref name=smith_2001 />\n<references />\n",
                 "undefined-named-ref")
              .safety == engine::Safety::safe);
    CHECK(fix_of("A.<ref name=\"Smith-2001\">G.</ref> B.<ref name=\"Smyth-2001\" />\n"
                 "<references />\n",
                 "undefined-named-ref")
              .safety == engine::Safety::unsafe);
    // Other digits are another source as often as a slip: no fix.
    const auto digits = check("A.<ref name=\"Graham-05\">G.</ref> B.<ref name=\"Graham-2005\" />\n"
                              "<references />\n");
    REQUIRE(find(digits, "undefined-named-ref"));
    CHECK(!find(digits, "undefined-named-ref")->fix);
    // Two names of one source merged, when both say the same, as one content is dropped.
    const std::string same = "A.<ref name=usgs>{{cite web |url=https://x.org/e |title=E}}</ref> "
                             "B.<ref name=USGS>{{cite web |url=https://x.org/e |title=E}}</ref>\n"
                             "<references />\n";
    const std::string other = "A.<ref name=usgs>{{cite web |url=https://x.org/e |title=E "
                              "|date=2005}}</ref> B.<ref name=USGS>{{cite web |url=https://x.org/e "
                              "|title=E |date=2001}}</ref>\n<references />\n";
    CHECK(fix_of(same, "similar-ref-names").safety == engine::Safety::safe);
    const auto different = check(other); // which copy to keep is the editor's choice
    REQUIRE(find(different, "similar-ref-names"));
    CHECK(!find(different, "similar-ref-names")->fix);
    // A stray </ref> doubling a ref's own goes (unsafe); one after text may be what is left of
    // a ref whose <ref> was lost, and gets no fix.
    CHECK(fix_of("A.<ref>x</ref><</ref>\n", "stray-ref-close").safety == engine::Safety::unsafe);
    CHECK(apply("A.<ref>x</ref><</ref>\n", fix_of("A.<ref>x</ref><</ref>\n", "stray-ref-close")) ==
          "A.<ref>x</ref>\n");
    const auto lost = check("Text cite web |url=https://x.org |title=T}}</ref>\n");
    REQUIRE(find(lost, "stray-ref-close"));
    CHECK(!find(lost, "stray-ref-close")->fix);
    REQUIRE(find(lost, "stray-template-close"));
    CHECK(!find(lost, "stray-template-close")->fix);
}

TEST_CASE("fix: missing-reference-list speaks the page's language, unsafe unless English, and "
          "offers nothing when the language is not known") {
    const std::string text = "Satz.<ref>Quelle.</ref>\n\n== Geschichte ==\nMehr.\n";
    const Source source("t.wiki", text);
    model::ModelOptions options;
    options.site = model::find_site("dewiki");
    options.site_given = true;
    const auto article = model::build_article(source, options);
    const auto ds = engine::run_rules(article, engine::Selection::make({}, {}, {})).diagnostics;
    const engine::Diagnostic* d = find(ds, "missing-reference-list");
    REQUIRE(d);
    REQUIRE(d->fix);
    CHECK(d->fix->safety == engine::Safety::unsafe);
    CHECK(apply(text, *d->fix) == text + "\n== Einzelnachweise ==\n<references />\n");
    // A page of no known wiki whose headings are not English: likely, not certain.
    const auto unknown = check("Claim.<ref>Source.</ref>\n\n== Историја ==\nText.\n");
    const engine::Diagnostic* u = find(unknown, "missing-reference-list");
    REQUIRE(u);
    CHECK(!u->fix); // a heading in English there would be wrong; its own is not known
}

TEST_CASE("fix: unknown-citation-parameter renames to the module's suggestion") {
    const std::string list = "\n== References ==\n{{reflist}}\n";
    const auto fix_of = [&](const std::string& citation) -> std::optional<engine::Fix> {
        const auto ds = check("A.<ref>" + citation + "</ref>" + list);
        const engine::Diagnostic* d = find(ds, "unknown-citation-parameter");
        REQUIRE(d);
        return d->fix;
    };
    const auto after = [&](const std::string& citation) {
        const std::string text = "A.<ref>" + citation + "</ref>" + list;
        const std::string fixed_text = fixed(text, "unknown-citation-parameter");
        CHECK(find(check(fixed_text), "unknown-citation-parameter") == nullptr);
        return fixed_text.substr(7, fixed_text.size() - 7 - 6 - list.size());
    };
    CHECK(after("{{cite web |url=https://x.org |title=T |acessdate=5 May 2020}}") ==
          "{{cite web |url=https://x.org |title=T |access-date=5 May 2020}}");
    CHECK(after("{{cite web |url=https://x.org |title=T |deadurl=yes |archive-url=https://a.org "
                "|archive-date=2011-01-01}}") ==
          "{{cite web |url=https://x.org |title=T |url-status=dead |archive-url=https://a.org "
          "|archive-date=2011-01-01}}");
    // Without an archived copy |deadurl= did nothing, and goes.
    CHECK(after("{{cite web |url=https://x.org |title=T |deadurl=no |website=W}}") ==
          "{{cite web |url=https://x.org |title=T |website=W}}");
    CHECK(after("{{cite book |title=T |last1=A |last2=B |lastauthoramp=yes}}") ==
          "{{cite book |title=T |last1=A |last2=B |name-list-style=amp}}");
    CHECK(fix_of("{{cite web |url=https://x.org |title=T |acessdate=5 May 2020}}")->safety ==
          engine::Safety::safe);
    // Another language's name: its value may be written that language's way.
    CHECK(fix_of("{{cite web |url=https://x.org |title=T |abruf=5. Mai 2020}}")->safety ==
          engine::Safety::unsafe);
    // The new name is given already (|last= is an |author=): no fix.
    CHECK(!fix_of("{{cite book |title=T |last=A |coauthors=B}}"));
    CHECK(!fix_of("{{cite web |url=https://x.org |title=T |accessdate=1 May 2020 "
                  "|acessdate=5 May 2020}}"));
}

TEST_CASE("fix: duplicate-template-parameter drops an empty or repeated value") {
    const auto fix_of = [](const std::string& citation) {
        const std::string text = "A.<ref>" + citation + "</ref>\n== References ==\n{{reflist}}\n";
        const auto ds = check(text);
        const engine::Diagnostic* d = find(ds, "duplicate-template-parameter");
        REQUIRE(d);
        REQUIRE(d->fix);
        const std::string after = apply(text, *d->fix);
        return std::pair{after.substr(7, after.find("</ref>") - 7), d->fix->safety};
    };
    CHECK(fix_of("{{cite web |url=https://x.org |title=T |date= |date=2011}}") ==
          std::pair{std::string("{{cite web |url=https://x.org |title=T |date=2011}}"),
                    engine::Safety::safe});
    CHECK(fix_of("{{cite web |url=https://x.org |title=T |date=2011 |date=2011}}") ==
          std::pair{std::string("{{cite web |url=https://x.org |title=T |date=2011}}"),
                    engine::Safety::safe});
    // The empty one last: MediaWiki showed nothing; the page then shows the first value.
    CHECK(fix_of("{{cite web |url=https://x.org |title=T\n |date=2011\n |date=\n}}") ==
          std::pair{std::string("{{cite web |url=https://x.org |title=T\n |date=2011\n}}"),
                    engine::Safety::unsafe});
    const auto ds = check("A.<ref>{{cite web |url=https://x.org |title=T |date=2010 |date=2011}}"
                          "</ref>\n== References ==\n{{reflist}}\n");
    REQUIRE(find(ds, "duplicate-template-parameter"));
    CHECK(!find(ds, "duplicate-template-parameter")->fix); // which is meant is not certain
}

TEST_CASE("fix: stray }} and bare URLs, unsafe") {
    const std::string text =
        "A.<ref>https://example.org/report</ref> B.<ref>[https://example.org/b]"
        "</ref> x}} y.\n== References ==\n{{reflist}}\n";
    const auto ds = check(text);
    std::vector<engine::Diagnostic> fixes;
    for (const auto& d : ds)
        if (d.fix && (d.code == "T013" || d.code == "T019")) fixes.push_back(d);
    REQUIRE(fixes.size() == 3);
    for (const auto& d : fixes)
        CHECK(d.fix->safety == engine::Safety::unsafe);
    const std::string after = engine::apply_fixes(text, fixes, engine::FixMode::unsafe).text;
    CHECK(after ==
          "A.<ref>{{cite web |url=https://example.org/report |title=}}</ref> B.<ref>{{cite "
          "web |url=https://example.org/b |title=}}</ref> x y.\n== References ==\n"
          "{{reflist}}\n");
    CHECK(fixes[0].fix->leaves == std::vector<std::string_view>{"T014"});
}

// --- Applying fixes (src/engine/fixes.*) ------------------------------------------------------

namespace {

engine::Diagnostic with_fix(std::string_view code, std::vector<engine::Edit> edits,
                            engine::Safety safety = engine::Safety::safe) {
    engine::Diagnostic d;
    d.code = code;
    d.fix = engine::Fix{"fix", std::move(edits), safety};
    return d;
}

} // namespace

TEST_CASE("apply_fixes: fixes that touch one taken before wait for the next round") {
    const std::string text = "abcdefghij";
    std::vector<engine::Diagnostic> ds;
    ds.push_back(with_fix("A", {{{1, 3}, "X"}})); // bc -> X
    ds.push_back(with_fix("B", {{{2, 4}, "Y"}})); // overlaps A
    ds.push_back(with_fix("C", {{{3, 3}, "+"}})); // inserts where A ends: order unclear
    ds.push_back(with_fix("D", {{{5, 6}, ""}, {{8, 9}, "Z"}}));
    ds.push_back(with_fix("E", {{{1, 3}, "X"}})); // the same as A: fixed with it
    ds.push_back(with_fix("F", {{{9, 10}, "!"}}, engine::Safety::unsafe));
    const engine::FixRound safe = engine::apply_fixes(text, ds, engine::FixMode::safe);
    CHECK(safe.text == "aXdeghZj");
    CHECK(safe.fixed == std::vector<std::size_t>{0, 3, 4});
    CHECK(safe.deferred == 2);
    const engine::FixRound all = engine::apply_fixes(text, ds, engine::FixMode::unsafe);
    CHECK(all.text == "aXdeghZ!");
    CHECK(engine::apply_fixes(text, ds, engine::FixMode::none).fixed.empty());
}

TEST_CASE("apply_fixes: a fix with edits out of order or past the end is never applied") {
    std::vector<engine::Diagnostic> ds;
    ds.push_back(with_fix("A", {{{4, 5}, "x"}, {{1, 2}, "y"}}));
    ds.push_back(with_fix("B", {{{3, 99}, ""}}));
    const engine::FixRound round = engine::apply_fixes("abcdef", ds, engine::FixMode::unsafe);
    CHECK(round.text == "abcdef");
    CHECK(round.fixed.empty());
}

TEST_CASE("fix_document: rounds until settled, a fix that makes a problem is refused") {
    const auto all = engine::Selection::make({}, {}, {});
    const engine::CheckText check = [&](std::string text) {
        engine::Checked c;
        c.source = std::make_unique<Source>("t.wiki", std::move(text));
        c.article = std::make_unique<model::Article>(model::build_article(*c.source));
        c.diagnostics = engine::run_rules(*c.article, all).diagnostics;
        return c;
    };
    // A misspelt name, a duplicate citation and no list: three fixes, two rounds at most.
    const std::string page =
        "A.<ref name=\"Sun\">{{cite web |url=https://example.org/s |title=Sun}}</ref> "
        "B.<ref name=\"sun\"/> C.<ref>{{cite web |url=https://example.org/m |title=Moon}}</ref> "
        "D.<ref>{{cite web |url=https://example.org/m |title=Moon}}</ref>\n";
    engine::Fixed fixed = engine::fix_document(check(page), check, engine::FixMode::safe);
    REQUIRE(fixed.original);
    CHECK(*fixed.original == page);
    CHECK(fixed.fixed["R001"] == 1);
    CHECK(fixed.fixed["R024"] == 1);
    CHECK(fixed.fixed["R025"] == 1);
    CHECK(fixed.refused.empty());
    CHECK(!fixed.unsettled);
    CHECK(fixed.last.source->text().find("<ref name=\"sun\"/>") == std::string_view::npos);

    // A check that reports a problem more after any change: the fix is undone and refused.
    const engine::CheckText stubborn = [&](std::string text) {
        engine::Checked c = check(text);
        if (text != page) {
            engine::Diagnostic extra;
            extra.code = "X999";
            c.diagnostics.push_back(extra);
        }
        return c;
    };
    const engine::Fixed refused =
        engine::fix_document(check(page), stubborn, engine::FixMode::safe);
    CHECK(!refused.original);
    CHECK(refused.last.source->text() == page);
    CHECK(refused.refused.size() == 3);
}

TEST_CASE("unified_diff: hunks with context, merged when close, as patch reads them") {
    CHECK(report::unified_diff("a\n", "a\n", "x", "x").empty());
    std::string before, after;
    for (int i = 1; i <= 20; ++i) {
        before += fmt::format("line {}\n", i);
        after += i == 2 ? "changed 2\n" : i == 15 ? "" : fmt::format("line {}\n", i);
    }
    after += "added";
    CHECK(report::unified_diff(before, after, "a/p", "b/p") ==
          "--- a/p\n+++ b/p\n"
          "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+changed 2\n line 3\n line 4\n line 5\n"
          "@@ -12,9 +12,9 @@\n line 12\n line 13\n line 14\n-line 15\n line 16\n line 17\n"
          " line 18\n line 19\n line 20\n+added\n\\ No newline at end of file\n");
    // Changes within six lines of each other share a hunk.
    CHECK(report::unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\nx\n3\n4\n5\n6\ny\n8\n", "p", "p") ==
          "--- p\n+++ p\n@@ -1,8 +1,8 @@\n 1\n-2\n+x\n 3\n 4\n 5\n 6\n-7\n+y\n 8\n");
    CHECK(report::unified_diff("", "new\n", "p", "p") == "--- p\n+++ p\n@@ -0,0 +1 @@\n+new\n");
}

TEST_CASE("fix output: a file changed since it was read is never written over") {
    const testing::TemporaryFolder dir("citelint-fix-test");
    const std::string path = (dir.path / "page.wiki").string();
    std::ofstream(path, std::ios::binary) << "changed meanwhile\n";
    cli::Outcome outcome;
    outcome.source.emplace(path, "fixed text\n");
    outcome.fixing.original = "text as read\n";
    outcome.fixing.fixed["R001"] = 1;
    std::ostringstream out;
    cli::FixOutput output(false, out, false);
    CHECK(!output.take({path, ""}, outcome));
    std::ifstream in(path, std::ios::binary);
    std::stringstream now;
    now << in.rdbuf();
    CHECK(now.str() == "changed meanwhile\n");
    CHECK(!output.changed());
    // As read, it is written.
    outcome.fixing.original = "changed meanwhile\n";
    CHECK(output.take({path, ""}, outcome));
    std::ifstream again(path, std::ios::binary);
    std::stringstream written;
    written << again.rdbuf();
    CHECK(written.str() == "fixed text\n");
}

// --- What a change is answerable for (src/engine/change.*, --diff-base) -----------------------

TEST_CASE("changed_lines: the lines a change adds or modifies, none it only removes around") {
    CHECK(changed_lines("a\nb\nc\n", "a\nB\nc\n") == std::vector<bool>{false, true, false});
    CHECK(changed_lines("a\nb\nc\n", "a\nc\n") == std::vector<bool>{false, false});
    CHECK(changed_lines("", "x\ny") == std::vector<bool>{true, true});
    CHECK(changed_lines("a\r\nb\r\n", "a\r\nb\r\nc") == std::vector<bool>{false, false, true});
}

TEST_CASE("made_by_change: problems on changed lines, and problems new anywhere in the page") {
    const std::string before = "Old.<ref name=\"gone\"/>\n\nA.<ref name=\"k\">K.</ref>\n\n"
                               "Use.<ref name=\"k\"/>\n\n<references />\n";
    const std::string after = "Old.<ref name=\"gone\"/>\n\nA.<ref>K.</ref> B.<ref name=\"x\"/>\n\n"
                              "Use.<ref name=\"k\"/>\n\n<references />\n";
    const Source then("p.wiki", before), now("p.wiki", after);
    const auto all = engine::Selection::make({}, {}, {});
    const auto before_ds = engine::run_rules(model::build_article(then), all).diagnostics;
    const auto now_article = model::build_article(now);
    auto now_ds = engine::run_rules(now_article, all).diagnostics;
    REQUIRE(now_ds.size() == 3); // "gone", "x" and "k" undefined
    const auto kept = engine::made_by_change(now, now_ds, before, before_ds);
    std::vector<std::string> messages;
    for (const auto& d : kept)
        messages.push_back(d.message);
    // "gone" was undefined before, on a line not touched: the page's past, left out.
    CHECK(messages == std::vector<std::string>{"named ref \"x\" is used but never defined",
                                               "named ref \"k\" is used but never defined"});
}
