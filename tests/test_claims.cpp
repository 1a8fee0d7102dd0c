// The claim model's features, computed from a sentence's text and its section title.
#include <catch2/catch.hpp>

#include "src/model/prose/claims.hpp"

using namespace citelint;
using model::ClaimFeature;

namespace {
std::vector<std::string_view> fired(std::string_view sentence, std::string_view title = "") {
    const auto x = model::ClaimModel::builtin().features(sentence, title, {1, 3}); // mid-paragraph
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < model::claim_feature_count; ++i)
        if (x[i] != 0.0F) names.push_back(model::claim_feature_name(static_cast<ClaimFeature>(i)));
    return names;
}
using V = std::vector<std::string_view>;
} // namespace

TEST_CASE("claim features: figures, years, money, percentages") {
    CHECK(fired("The town had 4,500 inhabitants in 1901.") == V{"number", "year"});
    CHECK(fired("The town had 4500 inhabitants in 1901.") == V{"number", "year"});
    CHECK(fired("Unemployment in the region fell to 7% last year.") == V{"number", "percent"});
    CHECK(fired("The new bridge cost $3 million to build.") == V{"number", "money", "quantity"});
}

TEST_CASE("claim features: figures and signs in every script") {
    // Years and counts written in the digits of Persian, Arabic, Hindi, Bengali, Burmese, Thai
    // and full width, and the percent and currency signs of those scripts.
    CHECK(fired("سال ۱۳۹۸") == V{"year", "short_sentence"});
    CHECK(fired("सन् १९४७") == V{"year", "short_sentence"});
    CHECK(fired("১৯৭১ সাল") == V{"year", "short_sentence"});
    CHECK(fired("၁၉၄၇ ခုနှစ်") == V{"year", "short_sentence"});
    CHECK(fired("１９４７") == V{"year", "short_sentence"});
    CHECK(fired("ปี ๒๕๖๓") == V{"number", "short_sentence"});
    CHECK(fired("١٢٣ منزلا") == V{"number", "short_sentence"});
    CHECK(fired("نسبة ٤٥٪") == V{"number", "percent", "short_sentence"});
    CHECK(fired("રૂ. ૫૬ લાખ") == V{"number", "short_sentence"});
    CHECK(fired("人口が５０％増えた。") == V{"number", "percent", "short_sentence"});
    CHECK(fired("Цена — 500 ₽.") == V{"number", "money", "short_sentence"});
    // Scripts written without spaces run figures into their words.
    CHECK(fired("東京は1868年に首都となった。") == V{"year", "short_sentence"});
    // Letters are no figures, whatever their script; digits after a letter name something.
    CHECK(fired("سال نو") == V{"short_sentence"});
    CHECK(fired("The formula of water is H2O and the file is an MP3.") == V{"proper_names"});
    CHECK(fired("The runners met in the 1500m race of the 1990s.") == V{"number"});
    CHECK(fired("Her brother (1814–1830) ruled the duchy after her.") == V{"year"});
}

TEST_CASE("claim features: speech, superlatives, evaluations, contentious words, hedges") {
    CHECK(fired("According to the mayor, the plan works well.") == V{"reported_speech"});
    CHECK(fired("It is the largest lake in the country.") == V{"superlative"});
    CHECK(fired("The album was widely praised on its release.") == V{"evaluative"});
    CHECK(fired("He was arrested and charged the next day.") == V{"contentious"});
    CHECK(fired("Some historians disagree with this reading of events.") == V{"hedge"});
    // Phrases match as consecutive whole words only.
    CHECK(fired("The well in the village is known to all.") == V{});
    CHECK(fired("The band is well known in the region.") == V{"evaluative"});
    // A word of the lists written as part of a name is the name's: "States" in "the United
    // States" reports no speech; the same word outside a name does.
    CHECK(fired("The company moved its offices to the United States.") == V{"proper_names"});
    CHECK(fired("The report states that the company moved its offices.") == V{"reported_speech"});
    // German capitalises its nouns: a capitalised word before another is still read.
    CHECK(fired("Der Bau kostete 3,7 Millionen Euro.") == V{"number", "quantity", "proper_names"});
}

TEST_CASE("claim features: quotations, names, length, section") {
    CHECK(fired("He called it \"the worst day of my life\".") ==
          V{"quotation", "reported_speech", "superlative"});
    CHECK(fired("He said \"no\".") == V{"reported_speech", "short_sentence"});
    CHECK(fired("It was played by Anna Smith in Paris.") == V{"proper_names"});
    CHECK(fired("A b c d e f g h i j k l m n o p q r s t u v w x y z.") == V{"long_sentence"});
    CHECK(fired("It rains.") == V{"short_sentence"});
    CHECK(fired("The village grew slowly over the years.", "Early history") ==
          V{"section_history"});
    CHECK(fired("The village grew slowly over the years.", "Plot") == V{"section_plot"});
}

TEST_CASE("claim features: the sentence's place in its paragraph") {
    const auto& m = model::ClaimModel::builtin();
    auto on = [&](model::SentencePlace place, ClaimFeature f) {
        return m.features("The village grew slowly over the years.", "",
                          place)[static_cast<std::size_t>(f)] != 0.0F;
    };
    CHECK(on({0, 1}, ClaimFeature::alone_in_paragraph));
    CHECK(on({0, 3}, ClaimFeature::first_in_paragraph));
    CHECK_FALSE(on({0, 3}, ClaimFeature::last_in_paragraph));
    CHECK(on({2, 3}, ClaimFeature::last_in_paragraph));
    CHECK_FALSE(on({1, 3}, ClaimFeature::first_in_paragraph));
}

TEST_CASE("the claim model scores with its weights and explains what fired") {
    const model::ClaimModel m("superlative\tlargest\nnumber\t#unused\n",
                              "bias\t-1\nsuperlative\t2\nthreshold\t0.6\n");
    const auto x = m.features("It is the largest of 3.", "");
    CHECK(m.score(x) == Approx(1.0 / (1.0 + std::exp(-1.0))));
    CHECK(m.threshold() == Approx(0.6));
    CHECK(m.explain(x) == std::vector<std::string_view>{"superlative"});
}

TEST_CASE("the claim model's lexicon adds each distinct word's weight once") {
    const model::ClaimModel m("", "bias\t0\nword\tfinest\t2\nword\tbridge\t-0.5\n");
    CHECK(m.lexical_weight("The finest bridge, the finest.") == Approx(1.5));
    CHECK(m.lexical_weight("Nothing here.") == Approx(0.0));
    CHECK(m.telling_words("The Finest bridge.", 3) == std::vector<std::string>{"finest"});
    const auto x = m.features("The finest bridge.", "");
    CHECK(m.score(x, m.lexical_weight("The finest bridge.")) ==
          Approx(1.0 / (1.0 + std::exp(-1.5))));
}

TEST_CASE("quotations, not titles in quotation marks nor glosses") {
    CHECK(model::find_quotation("He called it \"the worst day of my life\"."));
    CHECK(
        model::find_quotation("Er sagte, „möglichst wenig Unrecht im Gemeinwesen“ sei das Ziel."));
    CHECK(model::find_quotation("Il déclara : « Ich bin ein Berliner » devant la foule."));
    CHECK_FALSE(model::find_quotation("He said \"no\".")); // too short
    CHECK_FALSE(
        model::find_quotation("The album includes \"The World We Made\" and more.")); // a title
    CHECK_FALSE(model::find_quotation(
        "A Latin phrase meaning \"virtue is stronger when united\".")); // a gloss
    CHECK_FALSE(model::find_quotation(
        "The Teufelsberg (\"the hill of the devil\") rises here.")); // a gloss
    // A name after the words that give one.
    CHECK_FALSE(model::find_quotation("Berlino è detta \"Città dei cento villaggi e borghi\"."));
    CHECK_FALSE(model::find_quotation("It is known as \"the city of a hundred villages\"."));
    // Marks of seconds and inches, and a Hebrew abbreviation's gershayim, pair with nothing.
    CHECK_FALSE(model::find_quotation("It lies at 52° 31' 6\" N and 13° 24' 30\" E of here."));
    CHECK_FALSE(model::find_quotation("\u05D4\u05E2\u05D9\u05E8 \u05E7\"\u05DE \u05D0\u05D7\u05D3 "
                                      "\u05D5\u05E2\u05D5\u05D3 \u05E7\"\u05DE"));
    // ... while a quotation after a figure still counts.
    CHECK(model::find_quotation("In 1990 \"we built the finest bridge in the land\", he said."));
}

// The verdict the claims rules share, and one diagnostic per place.
#include "src/engine/runner.hpp"
#include "src/model/prose/claim_verdict.hpp"
#include "tests/built.hpp"

namespace {

model::ClaimVerdict verdict_of(const testing::Built& b, std::uint32_t sentence) {
    model::ClaimJudge judge(b.article);
    return judge.judge(sentence);
}

std::vector<engine::Diagnostic> claims_of(const testing::Built& b) {
    return engine::run_rules(b.article, engine::Selection::make({"claims"}, {}, {})).diagnostics;
}

} // namespace

TEST_CASE("weak signs alone do not make a claim likely to be challenged") {
    // A year and "may" are weak signs (rules/data/claim_words.tsv): together they are not enough.
    const auto weak = testing::build("== History ==\nIt was built in 1950.<ref>a</ref> The mill "
                                     "may have been sold in 1990. It closed.<ref>b</ref>\n");
    const auto v = verdict_of(weak, 1);
    CHECK(model::content_evidence(v.features) < 1.0F);
    CHECK_FALSE(v.likely_challenged);
    // A figure is a strong sign.
    const auto strong = testing::build("== History ==\nIt was built in 1950.<ref>a</ref> It was "
                                       "the largest mill in Europe, with 12,000 workers. It "
                                       "closed.<ref>b</ref>\n");
    CHECK(model::content_evidence(verdict_of(strong, 1).features) >= 1.0F);
}

TEST_CASE("a sentence's words after a footnote inside it are judged on their own") {
    const auto b = testing::build("== History ==\nThe bridge was the longest in the world, with "
                                  "12,000 tonnes of steel,<ref>a</ref> and it was painted red.\n");
    const auto v = verdict_of(b, 0);
    CHECK(b.source.slice(v.span) == "and it was painted red.");
    CHECK(b.article.prose(v.text) == "and it was painted red.");
    CHECK_FALSE(v.likely_challenged); // the superlative and the figure are the footnote's
}

TEST_CASE("one claims diagnostic per place: the wider place keeps the others as notes") {
    // An uncited paragraph quoting someone: the paragraph is reported, the quotation is its note.
    const auto b = testing::build("== Reception ==\nThe bridge opened in 1932.<ref>a</ref>\n\n"
                                  "A critic wrote that it was \"the finest bridge of the whole "
                                  "age of steel\". It was the largest in Europe, with 12,000 "
                                  "tonnes of steel.\n");
    const auto found = claims_of(b);
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "C001");
    bool quotation = false;
    for (const auto& n : found[0].notes)
        quotation |= n.message.find("(uncited-quotation)") != std::string::npos;
    CHECK(quotation);
    // With the paragraph rule off, the quotation is reported on its own again.
    const auto alone = engine::run_rules(b.article, engine::Selection::make({"C003"}, {}, {}));
    REQUIRE(alone.diagnostics.size() == 1);
    CHECK(alone.diagnostics[0].code == "C003");
}

TEST_CASE("a quotation is cited in its sentence, or by default by its paragraph's next citation") {
    // A citation right after the quotation, mid-sentence, cites it; so does one at the source
    // the sentence names before it.
    const auto cited = testing::build("== Reception ==\nA critic called it \"the finest bridge of "
                                      "the age\"<ref>a</ref> in a review. It opened in "
                                      "1932.<ref>b</ref>\n");
    CHECK(claims_of(cited).empty());
    const auto named = testing::build("== Reception ==\nLincoln<ref>a</ref> called it \"the "
                                      "finest bridge of the whole age\" in a review.\n");
    CHECK(engine::run_rules(named.article, engine::Selection::make({"C003"}, {}, {}))
              .diagnostics.empty());
    // A citation later in the paragraph covers it by default; strict coverage asks one in its
    // own sentence (WP:MINREF).
    const std::string later = "== Reception ==\nA critic called it \"the finest bridge of the "
                              "age\" in a review. It opened in 1932. It was painted "
                              "red.<ref>b</ref>\n";
    CHECK(claims_of(testing::build(later)).empty());
    model::ModelOptions strict;
    strict.claims.strict = true;
    const auto found = claims_of(testing::build(later, strict));
    REQUIRE(found.size() == 1);
    CHECK(found[0].code == "C003");
    CHECK(found[0].message.find("only in a later sentence") != std::string::npos);
}

TEST_CASE("titles, mentioned phrases and names in quotation marks are no quotations") {
    // Titles in sentence case or in another language after the word for the work, and titles
    // in title case with their minor words in lower case.
    CHECK_FALSE(model::find_quotation("She recorded the song \"Love me tender and true\"."));
    CHECK_FALSE(model::find_quotation("Elle chanta la chanson « Ne me quitte pas ce soir »."));
    CHECK_FALSE(model::find_quotation("L'articolo \"Sulla forma dei ponti di pietra\" uscì."));
    CHECK_FALSE(model::find_quotation("Its last episode was \"End of the Tunnel\"."));
    // Words and phrases mentioned, names, and a German compound.
    CHECK_FALSE(model::find_quotation("They use the term \"the long walk to the water\"."));
    CHECK_FALSE(model::find_quotation("Expressions such as \"as quiet as the valley\" abound."));
    CHECK_FALSE(model::find_quotation("Die sogenannte „Mauer in den Köpfen“ blieb."));
    CHECK_FALSE(model::find_quotation("Die „Wir schaffen das schon wieder“-Rede fiel 2015."));
    CHECK_FALSE(model::find_quotation("通りは「6月17日の大通り」と改名された。"));
    // Real quotations stay: after "that", after a title's word when the run is a description
    // in lower case, a cue word inside a longer word, and a German quotation's short words.
    CHECK(model::find_quotation("He said that \"we will never surrender to them\"."));
    CHECK(model::find_quotation("A critic called the book \"a gentle satire on an age\"."));
    CHECK(model::find_quotation("It was renamed \"we will never surrender to them\"."));
    CHECK(model::find_quotation("Er rief: „Ich bin ein Berliner“."));
}
