// Finding the anchors of a page, which the short-citation rules share: the anchors counted by
// id, the targets its links point to, the anchor a missing id most likely meant, and how a
// template is named in messages.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "../article.hpp"
#include "../text.hpp"

namespace citelint::model {

// "{{sfn}}", "{{Cite EB1911}}": a template's name as the page writes it.
inline std::string template_shown(const Article& a, std::uint32_t node) {
    return "{{" + strip_comments(php_trim(a.text(a.node(node).name))) + "}}";
}

// The anchors of a page by id: for each id, the anchors that make it, in document order.
class AnchorIndex {
  public:
    explicit AnchorIndex(const Article& a) {
        order_.reserve(a.anchors.size());
        for (std::uint32_t i = 0; i < a.anchors.size(); ++i)
            order_.push_back(i);
        std::stable_sort(order_.begin(), order_.end(), [&](std::uint32_t x, std::uint32_t y) {
            return a.anchors[x].id < a.anchors[y].id;
        });
        anchors_ = &a.anchors;
    }
    // The anchors making `id`, in document order.
    [[nodiscard]] std::vector<const Anchor*> makers(std::string_view id) const {
        const auto first = std::lower_bound(
            order_.begin(), order_.end(), id,
            [&](std::uint32_t i, std::string_view k) { return (*anchors_)[i].id < k; });
        std::vector<const Anchor*> out;
        for (auto it = first; it != order_.end() && (*anchors_)[*it].id == id; ++it)
            out.push_back(&(*anchors_)[*it]);
        return out;
    }

  private:
    const std::vector<Anchor>* anchors_ = nullptr;
    std::vector<std::uint32_t> order_;
};

// The targets links point to: short citations and [[#CITEREF...]] links written by hand.
inline std::vector<std::string> linked_targets(const Article& a) {
    std::vector<std::string> targets;
    for (const ShortCitation& s : a.short_citations)
        if (!s.target.empty()) targets.push_back(s.target);
    for (const auto& n : a.syntax.nodes) {
        if (n.kind != syntax::NodeKind::wikilink) continue;
        const std::string_view target = php_trim(a.text(n.name));
        if (target.size() > 1 && target.front() == '#')
            targets.push_back(anchor_encode(target.substr(1)));
    }
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    return targets;
}

// The anchor a missing id most likely meant, if any: the same year and a first name that holds
// the short citation's ("Doan" in "Alesha E. Doan"), else the same names with another year,
// else an id a typo away.
inline const Anchor* closest_anchor(const Article& a, std::string_view missing,
                                    const ShortCitation* s = nullptr) {
    if (s && !s->names.empty()) {
        const std::string first = ascii_lower(s->names.front());
        std::string names;
        for (const std::string& n : s->names)
            names += ascii_lower(n);
        for (const Anchor& anchor : a.anchors)
            if (!s->year.empty() && anchor.year == s->year && !anchor.names.empty() &&
                anchor.id != missing &&
                ascii_lower(anchor.names.front()).find(first) != std::string::npos)
                return &anchor;
        for (const Anchor& anchor : a.anchors) {
            std::string anchor_names;
            for (const std::string& n : anchor.names)
                anchor_names += ascii_lower(n);
            if (!anchor_names.empty() && anchor_names == names && anchor.id != missing)
                return &anchor;
        }
    }
    const Anchor* best = nullptr;
    std::size_t best_distance = 0;
    const std::string lower_missing = ascii_lower(missing);
    for (const Anchor& anchor : a.anchors) {
        std::size_t d = levenshtein(lower_missing, ascii_lower(anchor.id));
        if (d == 0 && anchor.id != missing) d = 1; // differs in case only
        if (d == 0) continue;
        if (d <= std::max<std::size_t>(1, missing.size() / 8) && (!best || d < best_distance)) {
            best = &anchor;
            best_distance = d;
        }
    }
    return best;
}

} // namespace citelint::model
