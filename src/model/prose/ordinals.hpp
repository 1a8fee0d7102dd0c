// Ordinal numbers written with a full stop ("im 19. Jahrhundert", "am 3. Oktober"), which
// ICU's sentence rules take for the end of a sentence when a capitalised word follows.
#pragma once

#include <cstdint>
#include <string_view>

namespace citelint::model {

// Whether the sentence break before `at` (the first character of the next sentence, after the
// full stop and the spaces) follows an ordinal number: one to three digits and a full stop,
// with a word of rules/data/ordinal_words.tsv or a month name after it, or a word of that file
// before it.
bool after_ordinal(std::string_view text, std::uint32_t at);

} // namespace citelint::model
