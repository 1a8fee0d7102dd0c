// What the template rules share.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "../../src/model/text.hpp"
#include "../references/common.hpp"

namespace citelint::rules {

// The span without the blanks around it (the whole span when it is blank).
inline Span trimmed_span(const Article& a, Span s) {
    const std::string_view text = a.text(s);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return s;
    const auto last = text.find_last_not_of(" \t\r\n");
    return {s.begin + static_cast<std::uint32_t>(first),
            s.begin + static_cast<std::uint32_t>(last + 1)};
}

// Several CS1 meta-parameters resolved in one pass over a citation's parameters, each to the
// parameter Module:Citation/CS1 takes: among the meta's aliases, the first in its order of
// precedence whose value is not empty (of several of one name, the last counts). Made once
// per rule (a function-level static), used per citation.
template <std::size_t N> class Cs1Params {
  public:
    explicit Cs1Params(const std::array<std::string_view, N>& metas) {
        for (std::size_t m = 0; m < N; ++m) {
            const auto& names = model::Catalogues::builtin().cs1_aliases.names(metas[m]);
            for (std::size_t rank = 0; rank < names.size(); ++rank)
                aliases_.push_back(
                    {names[rank], static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(rank)});
        }
        std::sort(aliases_.begin(), aliases_.end(),
                  [](const Alias& x, const Alias& y) { return x.name < y.name; });
        if (aliases_.size() > max_aliases) throw std::logic_error("too many CS1 aliases");
        for (std::size_t i = 0; i < aliases_.size(); ++i) {
            signatures_.set(signature(aliases_[i].name));
            // Of two aliases of one name (in two metas), the first in name order is the one
            // found, as a search of the sorted list would.
            if (find(aliases_[i].name)) continue;
            std::size_t slot = model::fnv1a(aliases_[i].name) % slots_.size();
            while (slots_[slot] != 0)
                slot = (slot + 1) % slots_.size();
            slots_[slot] = static_cast<std::uint8_t>(i + 1);
        }
    }

    // The parameter taken for each of the metas, in their order; null where none is.
    [[nodiscard]] std::array<const model::CitationParam*, N> given(const model::Citation& c) const {
        std::array<const model::CitationParam*, N> out{};
        std::array<std::uint8_t, N> rank{};
        std::uint64_t seen = 0; // the aliases met, from the last parameter back: the last counts
        for (auto p = c.params.rbegin(); p != c.params.rend(); ++p) {
            if (p->positional || !maybe(p->name)) continue;
            const Alias* it = find(p->name);
            if (!it) continue;
            const std::uint64_t bit = std::uint64_t{1} << (it - aliases_.data());
            if (seen & bit) continue;
            seen |= bit;
            if (p->value.empty()) continue;
            if (!out[it->meta] || it->rank < rank[it->meta])
                out[it->meta] = &*p, rank[it->meta] = it->rank;
        }
        return out;
    }

  private:
    // A cheap test that rules out most other names before the search: whether an alias has
    // the name's signature.
    [[nodiscard]] bool maybe(std::string_view name) const {
        return !name.empty() && signatures_.test(signature(name));
    }
    // The name's first and last bytes and its length, mixed into a bit of signatures_.
    static std::size_t signature(std::string_view name) {
        const auto first = static_cast<unsigned char>(name.front());
        const auto last = static_cast<unsigned char>(name.back());
        return (first * 67 + last * 11 + name.size()) % signature_bits;
    }

    static constexpr std::size_t max_aliases = 64; // one bit each in given()
    struct Alias {
        std::string_view name; // into the builtin catalogue
        std::uint8_t meta;
        std::uint8_t rank; // precedence among the meta's aliases
    };
    // The alias of that name, or null: looked up in slots_.
    [[nodiscard]] const Alias* find(std::string_view name) const {
        for (std::size_t slot = model::fnv1a(name) % slots_.size(); slots_[slot] != 0;
             slot = (slot + 1) % slots_.size())
            if (aliases_[slots_[slot] - 1].name == name) return &aliases_[slots_[slot] - 1];
        return nullptr;
    }

    static constexpr std::size_t signature_bits = 1024;
    std::vector<Alias> aliases_;                        // sorted by name
    std::array<std::uint8_t, 4 * max_aliases> slots_{}; // open addressing: index in aliases_ + 1
    std::bitset<signature_bits> signatures_{};          // of the aliases' names
};

// Says once per document, as a limitation, that a check of citation parameters could not run.
inline void say_if_parameters_lost(const Article& a, Sink& sink, std::string_view what) {
    if (a.dialect != model::Dialect::rendered) return;
    if (const std::size_t lost = a.lost_citations.size(); lost > 0) {
        const Span first = a.lost_citations.front();
        const std::string_view noun =
            lost == 1 ? "citation: its parameters were" : "citations: their parameters were";
        Diagnostic& d = sink.report(
            first, fmt::format("could not check {} of {} {} lost in the rendered dialect", what,
                               lost, noun));
        d.limitation = true;
        d.limitation_what = std::string(what);
        d.limitation_shared = fmt::format("{} {} lost in the rendered dialect", lost, noun);
    }
}

} // namespace citelint::rules
