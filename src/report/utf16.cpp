// Columns in UTF-16 code units, the unit of LSP (by default) and of SARIF's columnKind
// "utf16CodeUnits": a character outside the BMP (most emoji) counts two.
#include <unicode/utf8.h>

#include "renderer.hpp"

namespace citelint::report {

std::uint32_t utf16_column(const Source& source, std::uint32_t offset) {
    const std::string_view text = source.text();
    if (offset > text.size()) offset = static_cast<std::uint32_t>(text.size());
    const std::uint32_t line_start = source.line_start(source.locate(offset).line);
    std::uint32_t units = 0;
    auto i = static_cast<std::int32_t>(line_start);
    const auto end = static_cast<std::int32_t>(offset);
    while (i < end) {
        UChar32 cp = 0;
        U8_NEXT(text.data(), i, end, cp);
        units += cp > 0xffff ? 2 : 1; // an invalid sequence (cp < 0) is one U+FFFD
    }
    return units + 1;
}

} // namespace citelint::report
