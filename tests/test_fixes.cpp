// The fixes rules suggest: applied to the text, the page checked again, the problem is gone.
#include <algorithm>

#include <catch2/catch.hpp>

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
    const std::string no_newline = "Claim.<ref>Smith 2001.</ref>";
    const std::string after2 = fixed(no_newline, "missing-reference-list");
    CHECK(after2 == "Claim.<ref>Smith 2001.</ref>\n\n== References ==\n<references />\n");
    CHECK(check(after2).empty());
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
