// The sentence layer of the claims family: prose paragraphs with markup removed
// (projection.hpp), cut into sentences by UAX #29 (sentence_breaks.hpp), with the citation points
// of each paragraph and which sentences they cover (spec/unsourced-claims.md).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../article.hpp"
#include "sentence_breaks.hpp"

namespace citelint::model {

// UAX #29's sentence break rules, as ICU implements them, with fix-ups of ours. No sentence ends
// after an abbreviation of CLDR's list ("Dr.", "e.g.", "U.S.": what the locale keyword ss=standard
// suppresses) or ours, matched as a whole word; nor after an initial ("J. R. R. Tolkien") unless
// a word that opens sentences follows ("vitamin A. The"); nor after a number and a full stop
// before a month or a noun that ordinals govern ("im 19. Jahrhundert", ordinals.hpp). One does
// end before a number after a full stop and a long word ("grew fourfold. 1900 was"), which
// ICU's rule SB8 keeps together. Set up once and reused for every paragraph of every page a
// thread reads; not for use by two threads at once.
class SentenceSegmenter {
  public:
    SentenceSegmenter();
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter&) = delete;
    SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

    // The sentences of UTF-8 text as [begin, end) byte ranges, trimmed of white space, in
    // order; stretches without a letter or digit are not sentences (and are left out).
    void split(std::string_view text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);
    // The same with every break ICU's iterator finds, walking the whole text: slower, for
    // tests that split() asks ICU only where a sentence may end and loses nothing by it.
    void split_walking(std::string_view text,
                       std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

  private:
    void add(std::string_view text, std::uint32_t begin, std::uint32_t end,
             std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);
    bool break_at(std::string_view text, std::uint32_t floor, std::uint32_t at);
    bool merge_ = false; // the last sentence ended in an initial: the next one continues it
    SentenceBreaks breaks_;
    std::vector<std::uint32_t> candidates_; // where a sentence may end
    std::u16string window_;                 // the text around one of them, as UTF-16
};

// Whether UTF-8 text holds a letter or a digit.
bool has_word_character(std::string_view text);

} // namespace citelint::model
