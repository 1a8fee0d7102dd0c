// UTF-8 read backwards, and written.
#include "utf8.hpp"

namespace citelint::unicode {

namespace {

bool lead(unsigned char b) {
    return b >= 0xC2 && b <= 0xF4;
}

// Whether a three-byte (four-byte) sequence may start with these two bytes: no overlong
// forms, no surrogates, nothing above U+10FFFF.
bool valid_three(unsigned char lead, unsigned char t1) {
    if (lead == 0xE0) return t1 >= 0xA0 && t1 <= 0xBF;
    if (lead == 0xED) return t1 >= 0x80 && t1 <= 0x9F;
    return t1 >= 0x80 && t1 <= 0xBF;
}

bool valid_four(unsigned char lead, unsigned char t1) {
    if (lead == 0xF0) return t1 >= 0x90 && t1 <= 0xBF;
    if (lead == 0xF4) return t1 >= 0x80 && t1 <= 0x8F;
    return t1 >= 0x80 && t1 <= 0xBF;
}

} // namespace

CodePoint previous(std::string_view text, std::size_t floor, std::size_t& at) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char last = s[--at];
    if (last < 0x80) return last;
    if (!detail::trail(last) || at == floor) return ill_formed;
    const CodePoint low = last & 0x3F;
    const unsigned char b1 = s[at - 1];
    if (lead(b1)) {
        if (b1 < 0xE0) {
            --at;
            return ((b1 & 0x1F) << 6) | low;
        }
        if (b1 < 0xF0 ? valid_three(b1, last) : valid_four(b1, last)) {
            --at; // a sequence cut short after its first trail byte: one error
        }
        return ill_formed;
    }
    if (!detail::trail(b1) || at - 1 == floor) return ill_formed;
    const unsigned char b2 = s[at - 2];
    if (b2 >= 0xE0 && b2 < 0xF0) {
        if (!valid_three(b2, b1)) return ill_formed;
        at -= 2;
        return ((b2 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | low;
    }
    if (b2 >= 0xF0 && b2 <= 0xF4) {
        if (valid_four(b2, b1)) at -= 2; // cut short after two trail bytes
        return ill_formed;
    }
    if (!detail::trail(b2) || at - 2 == floor) return ill_formed;
    const unsigned char b3 = s[at - 3];
    if (b3 < 0xF0 || b3 > 0xF4 || !valid_four(b3, b2)) return ill_formed;
    at -= 3;
    return ((b3 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b1 & 0x3F) << 6) | low;
}

bool append(std::string& out, CodePoint c) {
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    const auto u = static_cast<std::uint32_t>(c);
    if (u < 0x80) {
        out += static_cast<char>(u);
    } else if (u < 0x800) {
        out += static_cast<char>(0xC0 | (u >> 6));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        out += static_cast<char>(0xE0 | (u >> 12));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (u >> 18));
        out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    }
    return true;
}

} // namespace citelint::unicode
