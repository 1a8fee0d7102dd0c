// Renaming a ref name: every definition and use of the name in its group, in tags, in {{r}}
// and the other templates that name refs, and the follow= that continue it. Byte offsets in,
// edits out; the server converts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../engine/diagnostic.hpp"
#include "../model/article.hpp"

namespace citelint::lsp {

// A ref name where the editor asks to rename.
struct RenameTarget {
    Span span;         // the name as written there, quotes excluded
    std::string name;  // as Cite reads it
    std::string group; // the group it names a ref of
};

// The ref name at `offset`: on the value of a name= or follow= (its end included, where the
// cursor stands after typing it), or anywhere in a <ref> tag's opening; none elsewhere.
std::optional<RenameTarget> rename_target(const model::Article& a, std::uint32_t offset);

// Why `name` (trimmed, its blanks collapsed, as Cite reads it) cannot be a ref name; empty
// when it can.
std::string ref_name_problem(std::string_view name);

struct Renaming {
    std::vector<engine::Edit> edits; // in source order
    std::string refusal;             // why not, when the rename cannot be made
};

// The edits that rename the ref name at `offset` to `new_name`, or why they cannot be made:
// nothing to rename there, a name that cannot be a ref name, or one the group already uses.
Renaming rename_ref(const model::Article& a, std::uint32_t offset, std::string_view new_name);

} // namespace citelint::lsp
