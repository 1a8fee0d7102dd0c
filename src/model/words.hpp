// Words of prose as the figures of a page count them (Article::prose_words), the same in every
// script, so that "citations per 1,000 words" compares pages of different languages.
#pragma once

#include <cstdint>
#include <string_view>

namespace citelint::model {

// A word is a run of letters and digits of any script, combining marks and format characters
// (a ZWNJ in Persian) included; an apostrophe between two letters joins them ("don't",
// "l’homme" are one word), as a full stop or comma between two digits does ("3.5", "1,000"),
// and any other character ends the word. Chinese and Japanese write no
// spaces between words: each Han ideograph, hiragana and katakana character is a word of its
// own (what word processors count for them). Scripts written without spaces that are not CJK
// (Thai, Lao, Khmer, Myanmar) count a run between spaces as one word: fewer than a reader
// counts. Invalid UTF-8 ends a word.
std::uint32_t count_prose_words(std::string_view text);

} // namespace citelint::model
