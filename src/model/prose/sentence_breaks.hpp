// Where UAX #29's sentence rules break UTF-16 text, as ICU's English sentence iterator
// (without a locale's suppressions) decides. The native build asks ICU
// (sentence_breaks_icu.cpp); the WebAssembly build, which has no ICU, asks the browser's
// Intl.Segmenter, which is ICU inside every engine (sentence_breaks_intl.cpp). The segmenter
// decides most places itself and asks only where the rules it knows cannot tell.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace citelint::model {

class SentenceBreaks {
  public:
    SentenceBreaks();
    ~SentenceBreaks();
    SentenceBreaks(const SentenceBreaks&) = delete;
    SentenceBreaks& operator=(const SentenceBreaks&) = delete;

    // Whether a sentence boundary stands at UTF-16 index `at` of `text`, read from its start.
    bool breaks_at(std::u16string_view text, std::int32_t at);
    // Every boundary after the start, the end included, in order.
    void boundaries(std::u16string_view text, std::vector<std::int32_t>& out);

  private:
    struct Engine;
    std::unique_ptr<Engine> engine_;
};

} // namespace citelint::model
