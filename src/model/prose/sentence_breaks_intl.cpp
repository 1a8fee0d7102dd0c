// Sentence boundaries from the JavaScript engine's Intl.Segmenter (the WebAssembly build),
// through the import web/sentence_breaks.js defines.
#include "sentence_breaks.hpp"

#include <algorithm>

// Writes the sentence boundaries of `length` UTF-16 units at `text` after its start (its end
// included) to `out`, at most `capacity` of them; returns how many there are.
extern "C" int citelint_sentence_boundaries(const char16_t* text, int length, std::int32_t* out,
                                            int capacity);

namespace citelint::model {

struct SentenceBreaks::Engine {};

SentenceBreaks::SentenceBreaks() = default;
SentenceBreaks::~SentenceBreaks() = default;

void SentenceBreaks::boundaries(std::u16string_view text, std::vector<std::int32_t>& out) {
    // A text has at most as many boundaries as units.
    out.resize(text.size() + 1);
    const int count = citelint_sentence_boundaries(text.data(), static_cast<int>(text.size()),
                                                   out.data(), static_cast<int>(out.size()));
    out.resize(static_cast<std::size_t>(std::clamp(count, 0, static_cast<int>(out.size()))));
}

bool SentenceBreaks::breaks_at(std::u16string_view text, std::int32_t at) {
    std::vector<std::int32_t> found;
    boundaries(text, found);
    return std::binary_search(found.begin(), found.end(), at);
}

} // namespace citelint::model
