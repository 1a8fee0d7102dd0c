// Direct quotations in the text of a sentence: what uncited-quotation (C003) reports and the
// claim model's quotation feature counts.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace citelint::model {

// A direct quotation in a text: a run of four or more words between quotation marks ("", “”,
// «», „“, 「」) that is not a title in title case ("The World We Made", "End of the Tunnel":
// rules/data/title_case_minor_words.tsv), nor a gloss in parentheses (Teufelsberg ("the devil's
// hill")), nor a run the words around it make a gloss, a name, a mention or a title ("meaning",
// "known as", the term "...", the song "...", il romanzo "...": rules/data/quotation_cues.tsv).
// Its bytes in the text, or none.
std::optional<std::pair<std::size_t, std::size_t>> find_quotation(std::string_view text);

} // namespace citelint::model
