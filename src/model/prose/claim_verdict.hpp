// The claim model's verdict on one sentence of an article: the one judgement the claims rules
// report (likely-challenged, and the notes of the rules that report a paragraph, a tail or a
// section), `citelint explain` shows and bench/claims-eval measures.
#pragma once

#include <string>
#include <vector>

#include "../article.hpp"
#include "claims.hpp"

namespace citelint::model {

struct ClaimVerdict {
    // What was judged: the sentence, or, when a footnote stands inside it, its words after the
    // last such footnote (the footnote sources the words before it; the rest is a claim of its
    // own, and is scored on its own words).
    Span span; // in the source
    Span text; // in Article::prose_text
    ClaimFeatures features{};
    std::vector<std::uint32_t> signs; // the model's phrases its words matched (ClaimScratch)
    double lexical = 0;               // what the learned lexicon adds
    double score = 0;                 // the probability that it needs a citation
    // At or over the threshold, on evidence about its content strong enough to act on: see
    // ClaimJudge::judge.
    bool likely_challenged = false;
};

// Judges the sentences of one article; holds the buffers scoring reuses, so one per thread.
class ClaimJudge {
  public:
    explicit ClaimJudge(const Article& article)
        : article_(article), model_(ClaimModel::builtin()) {}
    [[nodiscard]] ClaimVerdict judge(std::uint32_t sentence);
    [[nodiscard]] const ClaimModel& model() const { return model_; }

  private:
    const Article& article_;
    const ClaimModel& model_;
    ClaimScratch scratch_;
};

// Where the words of a paragraph's prose text from `text` on begin in the source: at the first
// visible character, past spaces and past markup that shows nothing ('', {{rp|...}}, &nbsp;).
std::uint32_t visible_begin(const Article& a, std::uint32_t paragraph, std::uint32_t text);

// Why a verdict is what it is, for a message: the signs about its content, strongest first,
// with the words that fired them, and the score: `a superlative ("largest"), a figure; score
// 0.55`.
std::string describe(const ClaimModel& model, const ClaimVerdict& verdict);

} // namespace citelint::model
