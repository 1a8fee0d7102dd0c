// Direct quotations in the text of a sentence: what uncited-quotation (C003) reports and the
// claim model's quotation feature counts.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace citelint::model {

// A direct quotation in a text: a run of four or more words between quotation marks ("", “”,
// «», „“, 「」) that is not a title in quotation marks (most of its words capitalised: "The
// World We Made") nor a gloss (after "meaning", "literally", "translated as", or inside
// parentheses: Teufelsberg ("the devil's hill")). Its bytes in the text, or none.
std::optional<std::pair<std::size_t, std::size_t>> find_quotation(std::string_view text);

} // namespace citelint::model
