// What the claims rules share.
#pragma once

#include "../templates/common.hpp"

namespace citelint::rules {

using model::Mark;
using model::MarkScope;
using model::NeedKind;

// The mark as the reader of the source finds it: "{{cn}}" as written, or the placeholder.
inline std::string mark_shown(const Article& a, const Mark& m) {
    if (m.node == syntax::no_parent) return std::string(a.text(m.opening));
    return fmt::format("{{{{{}}}}}", m.written_name);
}

// Whether a section is `ancestor` or one of its subsections.
inline bool within_section(const Article& a, std::uint32_t section, std::uint32_t ancestor) {
    if (section == ancestor) return true;
    if (ancestor == 0 || section < ancestor) return ancestor == 0;
    const std::uint8_t level = a.sections[ancestor].level;
    for (std::uint32_t k = ancestor + 1; k <= section; ++k)
        if (a.sections[k].level <= level) return false;
    return true;
}

// A section banner ({{unreferenced section}}) in the section or a section above it: editors
// have marked the whole section, and marked-unsourced (C004) reports the banner; nothing in
// the section is reported again.
inline bool section_marked(const Article& a, std::uint32_t section) {
    return std::any_of(a.marks.begin(), a.marks.end(), [&](const Mark& m) {
        return m.scope == MarkScope::section && within_section(a, section, m.section);
    });
}

} // namespace citelint::rules
