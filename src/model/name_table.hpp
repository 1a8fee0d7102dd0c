// A fixed table of names, each with a value, looked up by std::string_view: open addressing
// with linear probing over a power of two of slots, hashed by fnv1a(). For the catalogues
// looked up once per word or per template of a page, where std::unordered_map's hashing,
// bucket division and chained nodes cost several times the comparison itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.hpp"

namespace citelint::model {

template <typename Value> class NameTable {
  public:
    NameTable() = default;
    // `entries`: names that are all different.
    explicit NameTable(std::vector<std::pair<std::string, Value>> entries)
        : entries_(std::move(entries)) {
        std::size_t size = 16;
        while (size < entries_.size() * 4)
            size *= 2;
        slots_.assign(size, -1);
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            std::size_t slot = fnv1a(entries_[i].first) & (size - 1);
            while (slots_[slot] >= 0)
                slot = (slot + 1) & (size - 1);
            slots_[slot] = static_cast<std::int32_t>(i);
        }
    }

    // The value of `name`; null when the table has no such name.
    [[nodiscard]] const Value* find(std::string_view name) const {
        if (slots_.empty()) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t slot = fnv1a(name) & mask; slots_[slot] >= 0; slot = (slot + 1) & mask) {
            const auto& entry = entries_[static_cast<std::size_t>(slots_[slot])];
            if (entry.first == name) return &entry.second;
        }
        return nullptr;
    }

  private:
    std::vector<std::pair<std::string, Value>> entries_;
    std::vector<std::int32_t> slots_; // indices into entries_, -1 for an empty slot
};

} // namespace citelint::model
