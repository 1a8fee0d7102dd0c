// Cite's bookkeeping: processing order, group clearing, follow=, first content wins.
#include <algorithm>

#include <catch2/catch.hpp>

#include "src/model/article.hpp"

using namespace citelint;
using model::CiteKey;

namespace {
std::vector<CiteKey> keys(std::string text, bool subref = false) {
    const Source source("t.wiki", std::move(text));
    model::ModelOptions options;
    options.cite_subreferencing = subref;
    const auto a = model::build_article(source, options);
    std::vector<CiteKey> out;
    for (const auto& f : a.findings)
        out.push_back(f.key);
    return out;
}
bool has(const std::vector<CiteKey>& k, CiteKey key) {
    return std::find(k.begin(), k.end(), key) != k.end();
}
} // namespace

TEST_CASE("the first content wins, identical and empty re-definitions are fine") {
    CHECK(keys("<ref name=a>x</ref><ref name=a>x</ref><ref name=a> </ref><ref name=a/>").empty());
    CHECK(keys("<ref name=a>x</ref><ref name=a>y</ref>") ==
          std::vector{CiteKey::references_duplicate_key});
    CHECK(keys("<ref name=a>x</ref><ref name=a>x </ref>") ==
          std::vector{CiteKey::references_duplicate_key});
}

TEST_CASE("names are scoped per group") {
    CHECK(keys("<ref name=a>x</ref><ref name=a group=g>y</ref>\n<references group=g/>").empty());
}

TEST_CASE("each list clears its group") {
    CHECK(keys("<ref name=a/><references/><ref name=a>t</ref>") ==
          std::vector{CiteKey::references_no_text});
    CHECK(keys("<ref name=a>t</ref><references/><ref name=a/>") ==
          std::vector{CiteKey::references_no_text});
    CHECK(keys("<ref name=a>t</ref><references/><ref name=a>u</ref>").empty());
}

TEST_CASE("an invalid list does not clear its group") {
    const auto k = keys("<ref name=a group=g/><references group=g name=x/><ref name=a "
                        "group=g>t</ref><references group=g/>");
    CHECK(k == std::vector{CiteKey::references_invalid_parameters});
}

TEST_CASE("a group without a list after it") {
    CHECK(keys("<ref group=g>x</ref>") == std::vector{CiteKey::group_refs_without_references});
    CHECK(keys("<references group=g/><ref group=g>x</ref>") ==
          std::vector{CiteKey::group_refs_without_references});
    CHECK(keys("<ref>x</ref>").empty()); // the default group gets an automatic list
}

TEST_CASE("the arguments of {{#tag:ref}} run before it") {
    // The inner ref defines x before the outer one reuses it.
    CHECK(keys("{{#tag:ref|see <ref name=x>X</ref>|name=outer}}<ref name=x/>").empty());
    // A self-referential redefinition conflicts.
    CHECK(keys("{{#tag:ref|<div><ref name=\"x\">y</ref></div>|name=\"x\"}}") ==
          std::vector{CiteKey::references_duplicate_key});
}

TEST_CASE("{{#tag:references}}: its refs run first, then the list takes them back") {
    // A list inside the argument renders the name the argument's ref defined; the outer list
    // fails, takes the ref back all the same and finds the name gone (T242437).
    CHECK(keys("<ref name=f/>{{#tag:references|<ref name=f>b</ref><references/>}}") ==
          std::vector{CiteKey::included_references, CiteKey::references_missing_key});
    // A new name taken back is no longer known; a reused one keeps its text.
    CHECK(keys("{{#tag:references|<ref name=n>b</ref>}}") ==
          std::vector{CiteKey::references_missing_key});
    CHECK(keys("<ref name=u/>{{#tag:references|<ref name=u>b</ref>}}").empty());
    // A ref inside {{#tag:ref}} in the argument is an ordinary ref (T349981); inside a
    // <references> tag, list-defined.
    CHECK(keys("<ref name=o/>{{#tag:references|{{#tag:ref|o<ref>i</ref>|name=o}}}}").empty());
    CHECK(keys("<ref name=o/><references>{{#tag:ref|o<ref>i</ref>|name=o}}</references>") ==
          std::vector{CiteKey::references_no_key});
    // A list refused inside <references> leaves its refs to the outer list.
    CHECK(keys("<ref name=r/><references>{{#tag:references|<ref name=r>b</ref>}}</references>")
              .empty());
}

TEST_CASE("a list that fails still defines its refs") {
    CHECK(keys("<ref name=a/><references bad=1><ref name=a>t</ref></references><references/>") ==
          std::vector{CiteKey::references_invalid_parameters});
    CHECK(keys("<references><ref name=b>t</ref><references/></references>") ==
          std::vector{CiteKey::included_references, CiteKey::references_missing_key});
}

TEST_CASE("follow= appends to an existing ref, else stands alone") {
    CHECK(keys("<ref name=p>A</ref><ref follow=p>B</ref>").empty());
    CHECK(keys("<ref follow=p>B</ref><ref name=p>A</ref>").empty());
    // The appended text makes a later identical definition differ.
    CHECK(keys("<ref name=p>A</ref><ref follow=p>B</ref><ref name=p>A</ref>") ==
          std::vector{CiteKey::references_duplicate_key});
    // A follow= does not count as a use of a list-defined ref.
    CHECK(keys("<ref follow=p>B</ref><references><ref name=p>A</ref></references>") ==
          std::vector{CiteKey::references_missing_key});
}

TEST_CASE("the validator's order: numeric names first, then emptiness") {
    CHECK(keys("<ref name=\"1\"/>") == std::vector{CiteKey::ref_numeric_key, CiteKey::ref_no_key});
    CHECK(keys("<ref name=\"1\">x</ref>") == std::vector{CiteKey::ref_numeric_key});
    CHECK(keys("<ref name=\"123test\"/>") == std::vector{CiteKey::references_no_text});
    CHECK(keys("<ref follow=\"2\">x</ref>") == std::vector{CiteKey::ref_numeric_key});
    CHECK(keys("<ref name=\"5\" follow=\"a\">x</ref>") ==
          std::vector{CiteKey::ref_numeric_key, CiteKey::ref_follow_conflicts});
    CHECK(keys("<ref name=\"0\" follow=\"a\">x</ref>") == std::vector{CiteKey::ref_numeric_key});
}

TEST_CASE("unknown attributes: the first one, with a suggestion when close") {
    CHECK(keys("<ref nmae=a>x</ref>") == std::vector{CiteKey::ref_parameter_suggestion});
    CHECK(keys("<ref dummy=a other=b>x</ref>") == std::vector{CiteKey::ref_too_many_keys});
    CHECK(keys("<ref details=p>x</ref>") ==
          std::vector{CiteKey::ref_too_many_keys}); // no allowed name is close
    CHECK(keys("<ref name=b details=\"p. 1\">x</ref>", true).empty());
}

TEST_CASE("included_ref: a missing </ref> before the next ref") {
    CHECK(keys("<ref name=n>Foo <ref name=bar>Bar</ref>") == std::vector{CiteKey::included_ref});
    CHECK(!has(keys("<ref>a <span><ref name=x/></span></ref>"), CiteKey::included_ref));
    CHECK(!has(keys("<ref>a <!-- <ref> --></ref>"), CiteKey::included_ref));
    // Unpaired tags stay, paired ones go with their content, whatever stands between.
    CHECK(has(keys("<ref>a <b>bold</b> <br> <br> <ref name=x/></ref>"), CiteKey::included_ref));
    CHECK(!has(keys("<ref>a <br><span>x <ref name=y/> y</span><br></ref>"), CiteKey::included_ref));
    // The back-reference is case-sensitive: <span>...</SPAN> is no pair.
    CHECK(has(keys("<ref>a <span>x <ref name=y/> y</SPAN></ref>"), CiteKey::included_ref));
}

TEST_CASE("sub-references when enabled") {
    CHECK(keys("<ref details=\"p. 1\"/>", true) == std::vector{CiteKey::details_missing_parent});
    CHECK(keys("<ref details=\"p. 1\">Book</ref>", true) ==
          std::vector{CiteKey::ref_with_details_no_name});
    CHECK(keys("<ref details=\"\">Book</ref>", true).empty());
    CHECK(keys("<ref name=a/><references><ref name=a details=x>B</ref></references>", true) ==
          std::vector{CiteKey::details_unsupported_context});
}
