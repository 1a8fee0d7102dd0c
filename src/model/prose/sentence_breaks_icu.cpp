// Sentence boundaries from ICU's break iterator (the native build).
#include "sentence_breaks.hpp"

#include <stdexcept>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace citelint::model {

namespace {

// ICU's sentence rules (UAX #29) without its filter of abbreviations: that filter takes an
// abbreviation for the end of any word that ends like it ("ca." in "Africa.", "pp." in "app.",
// "F." in "IMF."), so the segmenter matches whole words instead.
std::unique_ptr<icu::BreakIterator> make_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    if (U_FAILURE(status) || !iterator)
        throw std::runtime_error(std::string("cannot set up ICU sentence segmentation: ") +
                                 u_errorName(status));
    return iterator;
}

// Loading the rules costs more than segmenting a page, so it is done once; each segmenter
// clones the result, which ICU allows from any thread (the clone shares the read-only rules,
// reference-counted atomically).
const icu::BreakIterator& prototype() {
    static const std::unique_ptr<icu::BreakIterator> iterator = make_iterator();
    return *iterator;
}

} // namespace

struct SentenceBreaks::Engine {
    std::unique_ptr<icu::BreakIterator> iterator{prototype().clone()};
    UText text = UTEXT_INITIALIZER;

    ~Engine() { utext_close(&text); }

    bool read(std::u16string_view s) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&text, s.data(), static_cast<std::int64_t>(s.size()), &status);
        iterator->setText(&text, status);
        return U_SUCCESS(status);
    }
};

SentenceBreaks::SentenceBreaks() : engine_(std::make_unique<Engine>()) {
    if (!engine_->iterator) throw std::runtime_error("cannot set up ICU sentence segmentation");
}

SentenceBreaks::~SentenceBreaks() = default;

bool SentenceBreaks::breaks_at(std::u16string_view text, std::int32_t at) {
    if (!engine_->read(text)) return false;
    return engine_->iterator->following(at - 1) == at;
}

void SentenceBreaks::boundaries(std::u16string_view text, std::vector<std::int32_t>& out) {
    out.clear();
    if (!engine_->read(text)) return;
    for (std::int32_t b = engine_->iterator->next(); b != icu::BreakIterator::DONE;
         b = engine_->iterator->next())
        out.push_back(b);
}

} // namespace citelint::model
