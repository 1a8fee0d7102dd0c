// Words of prose as the figures of a page count them (Article::prose_words), the same in every
// script, so that "citations per 1,000 words" compares pages of different languages.
#pragma once

#include <cstdint>
#include <string_view>

namespace citelint::model {

// A word is a run of letters and digits; an apostrophe between two letters joins them ("don't",
// "l’homme" are one word), as a full stop or comma between two digits does ("3.5", "1,000"),
// and any other character ends the word. Chinese and Japanese write no spaces between words:
// each Han ideograph, hiragana and katakana letter is a word of its own (what word processors
// count for them; 々, 〆 and 〇 too). What is a letter: ASCII letters and digits; every
// character of U+00C0-U+1FFF and U+A000-U+DFFF (the Latin, Greek, Cyrillic, Arabic, Hebrew,
// Indic, Hangul, ... blocks, which a fast path knows by their first byte: their few
// punctuation marks stand next to spaces and change no count); elsewhere, what Unicode calls
// alphabetic or a digit, with combining marks and format characters (a ZWNJ, a soft hyphen)
// continuing the word they follow. The punctuation and symbols of U+0080-U+00BF (the no-break
// space), U+2000-U+2BFF (but ’, an apostrophe), U+2E00-U+303F and fullwidth punctuation end a
// word.
// Scripts written without spaces that are not CJK (Thai, Lao, Khmer, Myanmar) count a run
// between spaces as one word: fewer than a reader counts. Invalid UTF-8 ends a word.
std::uint32_t count_prose_words(std::string_view text);

} // namespace citelint::model
