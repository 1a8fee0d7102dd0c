// The sentence layer: prose with markup removed, sentences, citation points and coverage.
#include <catch2/catch.hpp>

#include "tests/built.hpp"

#include "src/model/article.hpp"
#include "src/model/prose/sentences.hpp"

using namespace citelint;
using model::CitationPointKind;

namespace {

using testing::build;
using testing::build_rendered;
using testing::Built;

// The sentences as source text.
std::vector<std::string> sentences_of(const Built& b) {
    std::vector<std::string> out;
    for (const auto& s : b.article.sentences)
        out.emplace_back(b.source.slice(s.span));
    return out;
}

// The sentences as prose text (markup removed).
std::vector<std::string> prose_of(const Built& b) {
    std::vector<std::string> out;
    for (const auto& s : b.article.sentences)
        out.emplace_back(b.article.prose(s.text));
    return out;
}

std::vector<std::string> split(std::string_view text) {
    model::SentenceSegmenter segmenter;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    segmenter.split(text, cuts);
    std::vector<std::string> out;
    for (const auto& [b, e] : cuts)
        out.emplace_back(text.substr(b, e - b));
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("projection: markup goes, visible text stays") {
    const auto b = build("'''Paris''' is the [[capital city|capital]] of [[France]],<ref>a</ref> "
                         "a {{lang|fr|ville}}<!-- c --> of <sup>2</sup> [[File:x.jpg|thumb|cap]]"
                         "{{cn}}[http://x.org 2 million] people&nbsp;and [http://y.org] more "
                         "&amp; ''more''.{{sfn|A|2000}}\n[[Category:Cities]]");
    REQUIRE(b.article.prose_paragraphs.size() == 1);
    CHECK(b.article.prose(b.article.prose_paragraphs[0].text) ==
          "Paris is the capital of France, a ville of 2 2 million people\u00a0and  more & more.");
}

TEST_CASE("projection: nested templates are dropped, visible arguments projected") {
    const auto b = build("A {{nowrap|[[Jean Dupont|Jean]] {{small|Dupont}}}} met "
                         "{{infobox|a={{b|{{c}}}}}} him {{convert|3|km|mi}} away.");
    CHECK(prose_of(b) == Strings{"A Jean Dupont met  him 3 km away."});
}

TEST_CASE("projection maps back to the source") {
    const auto b = build("Tom &amp; Jerry ran.<ref>x</ref> Then [[Cat|cats]] sat.");
    CHECK(sentences_of(b) == Strings{"Tom &amp; Jerry ran.", "Then [[Cat|cats]] sat."});
    CHECK(prose_of(b) == Strings{"Tom & Jerry ran.", "Then cats sat."});
}

TEST_CASE("sentence spans begin and end at visible characters") {
    // Not at quote marks, a link's target, a template's name and hidden arguments, a no-break
    // space, a behaviour switch or a tag.
    const auto b = build("&nbsp;'''Paris''' is big. ''[[Lyon]]'' is small. [[Capital city|"
                         "Capitals]] are great. {{lang|fr|Tr\u00e8s}} grand. __NOTOC__ "
                         "<li>'''One''' item</li> here. <onlyinclude>Berlin is a city."
                         "</onlyinclude>\n\n<ol><li>First point.</li><li>Second point.</li></ol>");
    CHECK(sentences_of(b) == Strings{"Paris''' is big.", "Lyon]]'' is small.",
                                     "Capitals]] are great.", "Tr\u00e8s}} grand.",
                                     "One''' item</li> here.", "Berlin is a city.", "First point.",
                                     "Second point."});
    CHECK(prose_of(b) == Strings{"Paris is big.", "Lyon is small.", "Capitals are great.",
                                 "Tr\u00e8s grand.", "One item  here.", "Berlin is a city.",
                                 "First point.", "Second point."});
}

TEST_CASE("segmentation: abbreviations, initials, decimals, ellipses") {
    CHECK(split("He moved to the U.S. in 1990. Then he left.") ==
          Strings{"He moved to the U.S. in 1990.", "Then he left."});
    CHECK(split("He served in the U.S. Army for years. Mr. Jones did not.") ==
          Strings{"He served in the U.S. Army for years.", "Mr. Jones did not."});
    CHECK(split("Dr. Smith arrived. He sat.") == Strings{"Dr. Smith arrived.", "He sat."});
    CHECK(split("Some fruits, e.g. apples, are red. Others are green.") ==
          Strings{"Some fruits, e.g. apples, are red.", "Others are green."});
    CHECK(split("The book is by J. R. R. Tolkien. It is long.") ==
          Strings{"The book is by J. R. R. Tolkien.", "It is long."});
    CHECK(split("Pi is about 3.14 in value. It is irrational.") ==
          Strings{"Pi is about 3.14 in value.", "It is irrational."});
    CHECK(split("He waited... and waited. Nobody came... Then it rained.") ==
          Strings{"He waited... and waited.", "Nobody came...", "Then it rained."});
}

TEST_CASE("segmentation: quotations and other scripts") {
    CHECK(split("He said \"Go.\" Then he left.") == Strings{"He said \"Go.\"", "Then he left."});
    CHECK(split("東京は日本の首都である。人口は多い。") ==
          Strings{"東京は日本の首都である。", "人口は多い。"});
    CHECK(split("यह एक वाक्य है। यह दूसरा है।") == Strings{"यह एक वाक्य है।", "यह दूसरा है।"});
    CHECK(split("هل هذا صحيح؟ نعم.") == Strings{"هل هذا صحيح؟", "نعم."});
}

TEST_CASE("segmentation: ordinals written with a full stop are no sentence ends") {
    // German (and Danish, Czech, Polish, ...) write ordinals "19.", Roman ones "XIV.".
    CHECK(split("Im 19. Jahrhundert wuchs die Stadt. Danach kam der Krieg.") ==
          Strings{"Im 19. Jahrhundert wuchs die Stadt.", "Danach kam der Krieg."});
    CHECK(split("Die Einheit wurde am 3. Oktober 1990 vollzogen. Berlin wurde Hauptstadt.") ==
          Strings{"Die Einheit wurde am 3. Oktober 1990 vollzogen.", "Berlin wurde Hauptstadt."});
    CHECK(split("Das Ende des 20. Jahrhunderts brachte den Umbruch.") ==
          Strings{"Das Ende des 20. Jahrhunderts brachte den Umbruch."});
    CHECK(split("Er kam zum 2. Mal nach Rom. Sie blieb.") ==
          Strings{"Er kam zum 2. Mal nach Rom.", "Sie blieb."});
    CHECK(split("Sie wurde im 5. Wahlgang gewählt.") ==
          Strings{"Sie wurde im 5. Wahlgang gewählt."});
    CHECK(split("Ludwig XIV. war König von Frankreich.") ==
          Strings{"Ludwig XIV. war König von Frankreich."});
    CHECK(split("Byen blev grundlagt den 3. oktober 1237.") ==
          Strings{"Byen blev grundlagt den 3. oktober 1237."});
    CHECK(split("V 19. století vzniklo nové nádraží.") ==
          Strings{"V 19. století vzniklo nové nádraží."});
    // A year, or a number after an unlisted word, may end a sentence before a capital.
    CHECK(split("Die Mauer fiel 1989. Danach wuchs die Stadt zusammen.") ==
          Strings{"Die Mauer fiel 1989.", "Danach wuchs die Stadt zusammen."});
    CHECK(split("He moved there in 1990. Danach he left.") ==
          Strings{"He moved there in 1990.", "Danach he left."});
    CHECK(split("Die Zahl der Bezirke sank von 23 auf 12. Berlins Verwaltung wurde kleiner.") ==
          Strings{"Die Zahl der Bezirke sank von 23 auf 12.", "Berlins Verwaltung wurde kleiner."});
    CHECK(split("The single peaked at number 5. The album sold better.") ==
          Strings{"The single peaked at number 5.", "The album sold better."});
    CHECK(split("Sein Nachfolger war Ludwig XV. Er regierte lange.") ==
          Strings{"Sein Nachfolger war Ludwig XV.", "Er regierte lange."});
}

TEST_CASE("segmentation: an ordinal before a no-break space is no sentence end") {
    // "19.&nbsp;Jahrhundert": the space after the full stop is a no-break one.
    CHECK(split("Im 19.\u00a0Jahrhundert wuchs die Stadt. Danach kam der Krieg.") ==
          Strings{"Im 19.\u00a0Jahrhundert wuchs die Stadt.", "Danach kam der Krieg."});
    CHECK(split("Die Einheit kam am 3.\u202fOktober 1990.") ==
          Strings{"Die Einheit kam am 3.\u202fOktober 1990."});
    CHECK(prose_of(build("Der Bau begann im 14.&nbsp;Jahrhundert. Er dauerte lange.")) ==
          Strings{"Der Bau begann im 14.\u00a0Jahrhundert.", "Er dauerte lange."});
    // A count before a capitalised word still ends its sentence.
    CHECK(split("Von den Booten blieben nur\u00a098. Nach dem Krieg kamen neue.") ==
          Strings{"Von den Booten blieben nur\u00a098.", "Nach dem Krieg kamen neue."});
}

TEST_CASE("segmentation: a sentence may open with a number") {
    CHECK(split("The population grew fourfold. 1900 was the peak year.") ==
          Strings{"The population grew fourfold.", "1900 was the peak year."});
    CHECK(split("Er zog nach Hamburg. 1995 kehrte er zur\u00fcck.") ==
          Strings{"Er zog nach Hamburg.", "1995 kehrte er zur\u00fcck."});
    CHECK(split("The share of farmers fell sharply. 85% of the people now live in towns.") ==
          Strings{"The share of farmers fell sharply.", "85% of the people now live in towns."});
    // Abbreviations, initials, short words that may be abbreviations and dates keep the
    // number in their sentence.
    CHECK(split("It held approx. 300 people in all.") ==
          Strings{"It held approx. 300 people in all."});
    CHECK(split("The hall held ca. 300 people.") == Strings{"The hall held ca. 300 people."});
    CHECK(split("See the map on p. 5 of the guide.") ==
          Strings{"See the map on p. 5 of the guide."});
    CHECK(split("Das regelt Art. 5 des Gesetzes.") == Strings{"Das regelt Art. 5 des Gesetzes."});
    CHECK(split("The vote is held under para. 2 of the rules.") ==
          Strings{"The vote is held under para. 2 of the rules."});
    CHECK(split("Er wurde am 3. 10. 1990 geboren.") == Strings{"Er wurde am 3. 10. 1990 geboren."});
}

TEST_CASE("segmentation: an abbreviation is a whole word") {
    // "ca." and "pp." are abbreviations; "Africa." and "app." end in them but are none.
    CHECK(split("They sailed around Africa. The voyage took a year.") ==
          Strings{"They sailed around Africa.", "The voyage took a year."});
    CHECK(split("She wrote an app. The store sold it, see pp. 4-5 of the report.") ==
          Strings{"She wrote an app.", "The store sold it, see pp. 4-5 of the report."});
    CHECK(split("The soldiers came from (Gen. Lee's) army.") ==
          Strings{"The soldiers came from (Gen. Lee's) army."});
    CHECK(split("They served in the non-U.S. Army units.") ==
          Strings{"They served in the non-U.S. Army units."});
    // A capitalised abbreviation stands before a name, not before a word that opens sentences.
    CHECK(split("Funds came under the Act. In 2004 it was renewed.") ==
          Strings{"Funds came under the Act.", "In 2004 it was renewed."});
    CHECK(split("She moved to the U.S. The move was long. Dr. No was filmed in 1962.") ==
          Strings{"She moved to the U.S.", "The move was long.", "Dr. No was filmed in 1962."});
}

TEST_CASE("segmentation: an acronym or a single capital letter may end a sentence") {
    CHECK(split("It was funded by the IMF. A 3% tax followed.") ==
          Strings{"It was funded by the IMF.", "A 3% tax followed."});
    CHECK(split("The country joined NATO. Its army grew.") ==
          Strings{"The country joined NATO.", "Its army grew."});
    CHECK(split("The office moved to Washington, DC. The staff followed.") ==
          Strings{"The office moved to Washington, DC.", "The staff followed."});
    CHECK(split("He took vitamin A. The results were good.") ==
          Strings{"He took vitamin A.", "The results were good."});
    CHECK(split("The line runs along 75\u00b0 E. In the north it turns.") ==
          Strings{"The line runs along 75\u00b0 E.", "In the north it turns."});
    // Initials do not.
    CHECK(split("J. R. R. Tolkien wrote it. It sold.") ==
          Strings{"J. R. R. Tolkien wrote it.", "It sold."});
    CHECK(split("John A. Smith said so.") == Strings{"John A. Smith said so."});
    CHECK(split("The book by J. A. Smith sold well.") ==
          Strings{"The book by J. A. Smith sold well."});
    CHECK(split("He served in the U.S. Army for years.") ==
          Strings{"He served in the U.S. Army for years."});
    CHECK(split("The essay by B. Miller appeared in 1990.") ==
          Strings{"The essay by B. Miller appeared in 1990."});
    CHECK(split("The clinic \"G. M. Lancisi\" opened.") ==
          Strings{"The clinic \"G. M. Lancisi\" opened."});
}

TEST_CASE("refs and templates between sentences") {
    const auto b = build("First.<ref>a</ref> Second.{{sfn|A|2000}} Third.");
    const auto& a = b.article;
    CHECK(sentences_of(b) == Strings{"First.", "Second.", "Third."});
    REQUIRE(a.citation_points.size() == 2);
    CHECK(a.citation_points[0].kind == CitationPointKind::ref);
    CHECK(a.citation_points[0].sentence == 0);
    CHECK(a.citation_points[0].at_sentence_end);
    CHECK(a.citation_points[1].kind == CitationPointKind::short_footnote);
    CHECK(a.citation_points[1].sentence == 1);
    CHECK(a.citation_points[1].at_sentence_end);
    // The span of a sentence stops before the ref after it.
    CHECK(a.sentences[0].span.end == 6);
    CHECK(a.sentences[1].span == Span{19, 26});
}

TEST_CASE("a citation before the full stop, and one running into the next sentence") {
    const auto b = build("It rained<ref name=r/>. It was cold.<ref>x</ref>Then it snowed.");
    CHECK(sentences_of(b) == Strings{"It rained<ref name=r/>.", "It was cold.", "Then it snowed."});
    REQUIRE(b.article.citation_points.size() == 2);
    CHECK(b.article.citation_points[0].sentence == 0);
    CHECK(b.article.citation_points[0].at_sentence_end);
    CHECK(b.article.citation_points[1].sentence == 1);
    CHECK(b.article.sentences[0].cited_at_end);
    CHECK(b.article.sentences[1].cited_at_end);
    CHECK_FALSE(b.article.sentences[2].covered);
}

TEST_CASE("citation points in every form") {
    const auto b =
        build("Ann ran.{{r|a}} Bob ran.{{harvnb|Smith|2000}} Cat ran.{{cite web|title=t}} "
              "Dan ran.{{efn|A note.}} Eve ran.{{efn|Noted.<ref>x</ref>}} "
              "Fay ran.<ref name=\"a\">y</ref>"
              "{{rp|4}}\n\n== Notes ==\n{{notelist}}\n{{reflist}}");
    const auto& a = b.article;
    REQUIRE(a.citation_points.size() == 5);
    CHECK(a.citation_points[0].kind == CitationPointKind::reuse);
    CHECK(a.citation_points[1].kind == CitationPointKind::short_citation);
    CHECK(a.citation_points[2].kind == CitationPointKind::citation);
    CHECK(a.citation_points[3].kind == CitationPointKind::note);
    CHECK(a.citation_points[4].kind == CitationPointKind::ref);
    REQUIRE(a.sentences.size() == 6);
    CHECK(a.sentences[2].cited_at_end);
    CHECK_FALSE(a.sentences[3].cited_at_end); // a note without a citation is not one
    CHECK(a.sentences[3].covered);            // but E.'s note covers it, by the convention
    CHECK(a.sentences[4].cited_at_end);
    CHECK(a.sentences[5].cited_at_end);
}

TEST_CASE("coverage: own citation and the paragraph convention") {
    const auto b = build("One. Two. Three.<ref>a</ref> Four.<ref>b</ref> Five. Six.\n\n"
                         "Seven. Eight.<ref>c</ref>\n\nNine.");
    const auto& s = b.article.sentences;
    REQUIRE(s.size() == 9);
    // One and Two rest on the citation at the end of Three.
    CHECK_FALSE(s[0].cited_at_end);
    CHECK(s[0].covered);
    CHECK(s[0].covered_by == 0);
    CHECK(s[1].covered_by == 0);
    CHECK(s[2].cited_at_end);
    CHECK(s[2].covered_by == 0);
    CHECK(s[3].cited_at_end);
    CHECK(s[3].covered_by == 1);
    // An uncited tail after the last citation point of the paragraph.
    CHECK_FALSE(s[4].covered);
    CHECK_FALSE(s[5].covered);
    CHECK(s[5].covered_by == model::no_index);
    // A citation does not reach into the paragraph before it.
    CHECK(s[6].covered_by == 2);
    CHECK_FALSE(s[8].covered);
    const auto& pp = b.article.prose_paragraphs;
    REQUIRE(pp.size() == 3);
    CHECK(pp[0].sentence_count == 6);
    CHECK(pp[0].point_count == 2);
    CHECK(pp[0].cited_sentences == 2);
    CHECK(pp[0].covered_sentences == 4);
    CHECK(pp[2].point_count == 0);
}

TEST_CASE("coverage: a separately cited sentence in between") {
    // One is covered by Two's own citation, not by the one at the paragraph's end; Three by
    // the one at the end.
    const auto b = build("One. Two.<ref>a</ref> Three. Four.<ref>b</ref>");
    const auto& s = b.article.sentences;
    REQUIRE(s.size() == 4);
    CHECK(s[0].covered_by == 0);
    CHECK(s[2].covered_by == 1);
    CHECK_FALSE(s[2].cited_at_end);
}

TEST_CASE("a Roman numeral after a word ends a sentence, an initial does not") {
    CHECK(sentences_of(build("It ended with World War I. Then peace came.")) ==
          Strings{"It ended with World War I.", "Then peace came."});
    CHECK(sentences_of(build("The crown passed to Charles V. He ruled long.")) ==
          Strings{"The crown passed to Charles V.", "He ruled long."});
    CHECK(sentences_of(build("The book is by J. R. R. Tolkien. It is long.")) ==
          Strings{"The book is by J. R. R. Tolkien.", "It is long."});
    CHECK(sentences_of(build("He met George W. Bush in Texas.")) ==
          Strings{"He met George W. Bush in Texas."});
}

TEST_CASE("a citation inside a sentence is not at its end") {
    // A footnote sources the words before it; the sentence is neither cited at its end nor
    // attributed in its text. By default it covers the sentence's end, as a later citation
    // covers the sentences before it; strict coverage drops that.
    const auto b = build("Smith<ref>a</ref> says so, and Jones agrees.");
    REQUIRE(b.article.sentences.size() == 1);
    CHECK_FALSE(b.article.sentences[0].cited_inside);
    CHECK_FALSE(b.article.sentences[0].cited_at_end);
    CHECK(b.article.sentences[0].covered);
    model::ModelOptions strict;
    strict.claims.strict = true;
    CHECK_FALSE(
        build("Smith<ref>a</ref> says so, and Jones agrees.", strict).article.sentences[0].covered);
    // A citation written into the text (Harvard style) attributes the sentence it stands in.
    const auto h = build("As {{harvnb|Smith|2001|p=9}} shows, the bridge fell in a storm.");
    REQUIRE(h.article.sentences.size() == 1);
    CHECK(h.article.sentences[0].cited_inside);
    CHECK_FALSE(h.article.sentences[0].cited_at_end);
}

TEST_CASE("strict coverage drops the paragraph convention") {
    const std::string text = "The bridge opened in 1932. It was painted green.<ref>a</ref>";
    const auto standard = build(text);
    REQUIRE(standard.article.sentences.size() == 2);
    CHECK(standard.article.sentences[0].covered);
    model::ModelOptions options;
    options.claims.strict = true;
    const auto strict = build(text, options);
    REQUIRE(strict.article.sentences.size() == 2);
    CHECK_FALSE(strict.article.sentences[0].covered);
    CHECK(strict.article.sentences[1].covered);
}

TEST_CASE("the lead, and sections that are not prose") {
    const auto b = build("Lead sentence.\n\n== History ==\nBody sentence.<ref>a</ref>\n\n"
                         "== See also ==\nNot prose.\n\n== References ==\n{{reflist}}");
    const auto& a = b.article;
    CHECK(sentences_of(b) == Strings{"Lead sentence.", "Body sentence."});
    CHECK(a.sentences[0].in_lead);
    CHECK_FALSE(a.sentences[1].in_lead);
    REQUIRE(a.prose_paragraphs.size() == 3);
    CHECK_FALSE(a.prose_paragraphs[2].prose);
}

TEST_CASE("paragraphs: a line opening with an inline template is prose") {
    const auto b = build("{{Infobox person\n|name=X\n}}'''X''' is a writer.\n"
                         "{{lang|fr|Il}} est connu.\n{{Short description|A writer}}\n\nNext.");
    REQUIRE(b.article.paragraphs.size() == 2);
    CHECK(b.source.slice(b.article.paragraphs[0].span) ==
          "'''X''' is a writer.\n{{lang|fr|Il}} est connu.");
    CHECK(prose_of(b) == Strings{"X is a writer.", "Il est connu.", "Next."});
}

TEST_CASE("block quotations are no paragraphs, and know their citations and introductions") {
    const auto b = build("He wrote:<ref>a</ref><blockquote>One two three four.</blockquote> Then "
                         "he left.\n\nShe said:\n{{quote|text=Five six seven eight.|author=Her"
                         "<ref>b</ref>}}\n\n{{cquote|Nine ten eleven twelve.}} <ref>c</ref> More "
                         "text.\n\n{{Rquote|right|Thirteen fourteen.}}\n* {{quote|In a list.}}");
    const auto& a = b.article;
    CHECK(sentences_of(b) == Strings{"He wrote:", "Then he left.", "She said:", "More text."});
    REQUIRE(a.block_quotes.size() == 4);
    const auto& element = a.block_quotes[0];
    CHECK(b.source.slice(element.text) == "One two three four.");
    CHECK(element.template_name.empty());
    CHECK(element.words == 4);
    CHECK(element.introduction == 0);
    CHECK_FALSE(element.cited_inside);
    CHECK_FALSE(element.cited_after);
    CHECK(a.sentences[0].cited_at_end);
    const auto& quote = a.block_quotes[1];
    CHECK(quote.template_name == "Quote");
    CHECK(b.source.slice(quote.text) == "Five six seven eight.");
    CHECK(quote.introduction == 2);
    CHECK(quote.cited_inside);
    const auto& cquote = a.block_quotes[2];
    CHECK(cquote.introduction == model::no_index); // the {{quote}} stands between
    CHECK_FALSE(cquote.cited_inside);
    CHECK(cquote.cited_after);
    CHECK(a.sentences[3].span.begin > cquote.span.end); // the ref after it is the block's
    CHECK(a.citation_points.size() == 1);
    CHECK(a.block_quotes[3].words == 2); // {{rquote}}'s text is its second argument
}

TEST_CASE("rendered dialect: placeholders are citation points or dropped") {
    const auto b =
        build_rendered("Template:Use dmy dates One fact.Template:Sfn Two facts.Template:R "
                       "Three facts.Template:Harvnb Four.Template:Efn\n");
    const auto& a = b.article;
    CHECK(prose_of(b) == Strings{"dmy dates One fact.", "Two facts.", "Three facts.", "Four."});
    REQUIRE(a.citation_points.size() == 3);
    CHECK(a.citation_points[0].kind == CitationPointKind::short_footnote);
    CHECK(a.citation_points[1].kind == CitationPointKind::reuse);
    CHECK(a.citation_points[2].kind == CitationPointKind::short_citation);
    CHECK_FALSE(a.sentences[3].covered);
}

TEST_CASE("segmentation asks ICU only where a sentence may end, and loses nothing by it") {
    model::SentenceSegmenter segmenter;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> asked, walked;
    for (std::string_view text :
         {"He moved to the U.S. in 1990. Then he left.", "Wait... what? No! Yes.",
          "(He left.) She stayed. \"Why?\" he asked.", "Pi is 3.14. E is 2.72.",
          "東京は日本の首都である。人口は多い。", "هل هذا صحيح؟ نعم.",
          "The book is by J. R. R. Tolkien. It is long.", "No stop at all",
          "Im 19. Jahrhundert wuchs sie. Am 3. Oktober 1990 kam die Einheit.", "Es war im 5.",
          // A full stop, a space and a capital break without ICU unless an abbreviation may
          // end there.
          "He met Mr. Smith. Then XMr. Jones left.", "It is in the U.S. The end came.",
          "See Smith et al. The study ended.", "He got a Ph.D. The next year.",
          "It opened at 5 a.m. Then it closed.", "Some fruit, e.g. Apples were sold.",
          "Call the Dept. The line is open.", "It was the area. The town grew.",
          "He wrote in 1990. The book sold.", "It was big etc. The end.",
          // Decided from the Sentence_Break classes (UAX #29 SB6-SB11) without ICU.
          "It cost $4.2 billion. Then it fell.", "It was a concept.  The words stayed.",
          "It is at google.com today.", "He joined Muhl & Co., a firm.",
          "She got her Ph.D. in 1990.", "He led the club (TMRC). In 1960 it grew.",
          "It said \"good luck\". This was odd.", "It was noted. \"The first day\" came.",
          "Od 3. oktobra 1990 je bilo.", "Bu şəhər idi. Şəhərin əhalisi çoxdur.",
          "O bölündü. 1990-cu ildə bitdi.", "Wait! what was that? Nothing.",
          "Yahoo! Is it here? Yes.", "It was in 3. The rest.", "Он пришёл. Она ушла. и всё.",
          "市に位置する。市域人口は多い。16ある。", "यह सही है। वह भी।",
          "Sony Corp. trial ended. Then.", "It ended.) Then more.", "Soft\u00ad. Hyphen.",
          "Mark.\u0301 Then.", "It ended . Then more.", "A.B. Then.", "He said: no. yes. No.",
          // Our fix-ups: numbers opening sentences, whole-word abbreviations, capitals.
          "The town grew fourfold. 1900 was the peak.", "It grew fourfold.\u00a0\"1900 was\" odd.",
          "It held approx. 300 people. Then 5.", "They sailed around Africa. The voyage ended.",
          "It was funded by the IMF. A 3% tax followed.", "He took vitamin A. The results came.",
          "Washington, DC. The staff. DC. 1990 came.", "Im 19.\u00a0Jahrhundert wuchs sie.",
          "The clinic \"G. M. Lancisi\" opened.", "Under the Act. In 2004 it ended."}) {
        segmenter.split(text, asked);
        segmenter.split_walking(text, walked);
        INFO(text);
        CHECK(asked == walked);
    }
}

TEST_CASE("projection: a file link by a name its dump's <siteinfo> gives shows no text") {
    const std::string text = "Berlin is big. [[Pictura:Berlin.jpg]] It grew.\n";
    const Built plain = build(text);
    CHECK(plain.article.prose_text.find("Pictura") != std::string::npos); // a link to a page
    const std::vector<std::string> files{"Pictura"};
    model::ModelOptions options;
    options.file_namespaces = files;
    const Built named = build(text, options);
    CHECK(named.article.prose_text.find("Pictura") == std::string::npos);
    CHECK(named.article.prose_text.find("It grew.") != std::string::npos);
}

TEST_CASE("projection: with the page's wiki known, only its language's namespace names count") {
    const std::string text = "Berlin is big. [[Fichier:Berlin.jpg]] It grew.\n";
    model::ModelOptions en;
    en.site = model::find_site("enwiki");
    CHECK(build(text, en).article.prose_text.find("Fichier") != std::string::npos);
    model::ModelOptions fr;
    fr.site = model::find_site("frwiki");
    CHECK(build(text, fr).article.prose_text.find("Fichier") == std::string::npos);
    CHECK(build(text).article.prose_text.find("Fichier") == std::string::npos); // any language's
}
