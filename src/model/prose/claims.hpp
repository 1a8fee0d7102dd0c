// The claim model: what in a sentence makes it a claim readers are likely to challenge, and
// how much each feature counts. Features are computed from the sentence's visible text and its
// section title; the words behind them are data (rules/data/claim_words.tsv), the weights are
// learned by bench/train-claims.py from labelled sentences (rules/data/claim_weights.tsv).
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../name_table.hpp"
#include "quotations.hpp"

namespace citelint::model {

enum class ClaimFeature : std::uint8_t {
    number,          // a figure other than a year
    year,            // a year (1000-2099), as dates of events
    percent,         // "%", "percent"
    money,           // a currency sign
    quantity,        // million, billion, ...
    quotation,       // a quoted run of four or more words
    reported_speech, // said, according to, ...
    superlative,     // first, largest, only, ...
    evaluative,      // famous, influential, criticised, ...
    contentious,     // alleged, convicted, scandal, ...
    hedge,           // believed, some, scholars, ...
    proper_names,    // two or more capitalised words after the first
    long_sentence,   // 25 words or more
    short_sentence,  // 6 words or fewer
    section_history,
    section_reception,
    section_plot,
    last_in_paragraph,  // the paragraph's last sentence (where its citation usually stands)
    first_in_paragraph, // the paragraph's first sentence, with others after it
    alone_in_paragraph, // a paragraph of one sentence
};

inline constexpr std::size_t claim_feature_count = 20;

// How much a sentence's content says it is a claim: a feature about its content counts 1 when a
// strong sign fired it (a figure, a quotation, "according to", "the largest"), 0.4 when only a
// weak one did (a year, "may", "first", "charged", "called": words most sentences that use them
// need no citation for; rules/data/claim_words.tsv marks them). A verdict needs 1: one strong
// sign, or three weak ones.
inline float content_evidence(const std::array<float, claim_feature_count>& x) {
    float sum = 0;
    for (auto f = static_cast<std::size_t>(ClaimFeature::number);
         f <= static_cast<std::size_t>(ClaimFeature::hedge); ++f)
        sum += x[f];
    return sum;
}

// A feature's value when only weak signs fired it.
inline constexpr float weak_sign = 0.4F;

// Where a sentence stands in its paragraph.
struct SentencePlace {
    std::uint32_t index = 0; // 0-based
    std::uint32_t count = 1; // sentences in the paragraph
};

std::string_view claim_feature_name(ClaimFeature f);

using ClaimFeatures = std::array<float, claim_feature_count>;

// Buffers ClaimModel::features() reuses from one sentence to the next, so that scoring a page
// does not allocate per sentence; one per caller, never shared between threads.
struct ClaimScratch {
    std::string lowered, lowered_title;         // lower-cased copies of sentence and title
    std::vector<std::string_view> words, title; // their words, views into the copies
    std::string title_text; // the title `title` was read from: a section's sentences share it
    bool title_read = false;
    // The phrases the last sentence's words matched, in order (ClaimModel::signs() names them):
    // kept so that a message need not find them again.
    std::vector<std::uint32_t> signs;
};

class ClaimModel {
  public:
    // `words`: feature<TAB>word[<TAB>weak] rows; `weights`: feature<TAB>weight rows, with "bias"
    // and "threshold" rows.
    ClaimModel(std::string_view words, std::string_view weights);
    static const ClaimModel& builtin();

    [[nodiscard]] ClaimFeatures features(std::string_view sentence, std::string_view section_title,
                                         SentencePlace place = {}) const;
    [[nodiscard]] ClaimFeatures features(std::string_view sentence, std::string_view section_title,
                                         SentencePlace place, ClaimScratch& scratch) const;
    // The probability that the sentence needs a citation.
    // The probability that the sentence needs a citation; `lexical` is lexical_weight() of it.
    [[nodiscard]] double score(const ClaimFeatures& x, double lexical = 0) const;
    // What the sentence's words add to the score (the learned lexicon: "word" rows of the
    // weights), each distinct word once.
    [[nodiscard]] double lexical_weight(std::string_view sentence) const;
    // The sentence's words that raise the score most, strongest first.
    [[nodiscard]] std::vector<std::string> telling_words(std::string_view sentence,
                                                         std::size_t most) const;
    [[nodiscard]] double threshold() const { return threshold_; }
    // The higher bar for a sentence a later citation in its paragraph covers by convention:
    // set for precision (bench/train-claims.py), since such a sentence has a source nearby.
    [[nodiscard]] double challenge_threshold() const { return challenge_threshold_; }
    [[nodiscard]] double bias() const { return bias_; }
    [[nodiscard]] double weight(ClaimFeature f) const {
        return weights_[static_cast<std::size_t>(f)];
    }
    // The words and phrases of a sentence that fired a feature about its content, in order of
    // appearance, each once: what a message quotes as the reason ("largest", "according to").
    // `phrases`: those features() matched (ClaimScratch::signs).
    [[nodiscard]] std::vector<std::pair<ClaimFeature, std::string>>
    signs(const std::vector<std::uint32_t>& phrases) const;
    // The features that fired with a positive weight, strongest contribution first.
    [[nodiscard]] std::vector<ClaimFeature> fired(const ClaimFeatures& x) const;
    // The same, as names.
    [[nodiscard]] std::vector<std::string_view> explain(const ClaimFeatures& x) const;

  private:
    struct Phrase {
        std::vector<std::string> words; // lower-cased
        ClaimFeature feature;
        bool section = false; // matched against the section title, not the sentence
        bool weak = false;    // a weak sign (content_evidence())
    };
    // A word's first and last byte and its length, folded into a few bits: most words of a
    // sentence begin no phrase, and this turns them away before they are hashed.
    static std::size_t shape(std::string_view word) {
        const auto front = static_cast<unsigned char>(word.front());
        const auto back = static_cast<unsigned char>(word.back());
        return ((front * 97U + back) * 32U + std::min<std::size_t>(word.size(), 31)) % 4096;
    }
    // Calls `found` with each phrase of the sentence's (or, `section`, the title's) words, in
    // order of the word it begins at.
    template <typename Found>
    void for_each_phrase(const std::vector<std::string_view>& words, bool section,
                         Found found) const {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!first_word_shapes_.test(shape(words[i]))) continue;
            const auto* range = first_words_.find(words[i]);
            if (!range) continue;
            for (std::uint32_t k = range->first; k < range->second; ++k) {
                const Phrase& phrase = phrases_[k];
                if (phrase.section == section && i + phrase.words.size() <= words.size() &&
                    std::equal(phrase.words.begin(), phrase.words.end(),
                               words.begin() + static_cast<std::ptrdiff_t>(i)))
                    found(phrase, i);
            }
        }
    }
    std::bitset<4096> first_word_shapes_;
    std::vector<Phrase> phrases_; // sorted by first word
    // First word -> the range of phrases_ that begin with it: every word of a scored sentence
    // that passes first_word_shapes_ is looked up.
    NameTable<std::pair<std::uint32_t, std::uint32_t>> first_words_;
    std::array<double, claim_feature_count> weights_{};
    std::vector<std::pair<std::string, double>> lexicon_; // sorted by word
    double bias_ = 0;
    double threshold_ = 0.5;
    double challenge_threshold_ = 0.5;
};

// The words of a text as a reader counts them: runs of letters and digits, and a word for every
// two Han or kana characters (Chinese and Japanese write no spaces between words, and most of
// their words are of one to three characters; so a quoted name such as 「西部劇場」 or “山海花园”
// is no four-word quotation).
std::uint32_t count_words(std::string_view text);

// The words of a text, lower-cased (ASCII letters; other bytes kept), split at anything that is
// not a letter, digit or apostrophe.
std::vector<std::string> claim_words(std::string_view text);

} // namespace citelint::model
