// Memo of searches that already failed, so that unclosed constructs cost linear time
// (MediaWiki's preprocessor keeps the same memo: noMoreGT, noMoreClosingTag).
#pragma once

#include <array>
#include <cstddef>
#include <limits>

#include "tags.hpp"

namespace citelint::grammar {

struct ScanCache {
    static constexpr std::size_t never = std::numeric_limits<std::size_t>::max();
    // A search for '>' starting at or after this offset finds nothing.
    std::size_t no_tag_end_from = never;
    // A search for the closing tag of extension tag i at or after this offset finds nothing.
    std::array<std::size_t, extension_tag_count> no_close_from = [] {
        std::array<std::size_t, extension_tag_count> a{};
        a.fill(never);
        return a;
    }();
};

} // namespace citelint::grammar
