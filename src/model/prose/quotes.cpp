// Block quotations and the citation points that source them: inside, right after, or at the
// end of the sentence that introduces them.
#include <algorithm>

#include "../article.hpp"
#include "../builders.hpp"

namespace citelint::model {

namespace {

bool blank_between(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    for (std::uint32_t i = begin; i < end; ++i)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') return false;
    return true;
}

} // namespace

void attach_block_quotes(Article& a, const std::vector<std::uint8_t>& appendix) {
    const std::string_view text = a.source->text();
    const auto& points = a.page_citation_points;
    std::size_t point = 0, paragraph = 0;
    for (BlockQuote& q : a.block_quotes) {
        q.prose = q.section >= appendix.size() || !appendix[q.section];
        while (point < points.size() && points[point].span.begin < q.span.begin)
            ++point;
        q.cited_inside = point < points.size() && points[point].span.begin < q.span.end;
        // Right after it: past spaces, a citation point's first byte.
        std::uint32_t after = q.span.end;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
            ++after;
        for (std::size_t k = point; k < points.size() && points[k].span.begin <= after; ++k)
            q.cited_after = q.cited_after || points[k].span.begin == after;
        // The paragraph that ends right before it.
        while (paragraph < a.paragraphs.size() && a.paragraphs[paragraph].span.end <= q.span.begin)
            ++paragraph;
        if (paragraph == 0) continue;
        const Paragraph& before = a.paragraphs[paragraph - 1];
        const ProseParagraph& prose = a.prose_paragraphs[paragraph - 1];
        if (prose.prose && prose.sentence_count > 0 &&
            blank_between(text, before.span.end, q.span.begin))
            q.introduction =
                static_cast<std::int32_t>(prose.first_sentence + prose.sentence_count - 1);
    }
}

} // namespace citelint::model
