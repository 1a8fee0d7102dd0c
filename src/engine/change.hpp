// What a change to a page is answerable for, as `citelint check --diff-base REV` and the
// pre-commit hook judge it: not the page's past, only what the change wrote or broke.
#pragma once

#include <string_view>
#include <vector>

#include "../source.hpp"
#include "diagnostic.hpp"

namespace citelint::engine {

// Of the page's diagnostics now, those whose span (or place) touches a line the change added
// or modified, and those the page did not have before the change anywhere (a name it left
// undefined, a reference list it removed: compared by code and message, numbers aside, as a
// count of each such problem), in their order.
std::vector<Diagnostic> made_by_change(const Source& now, std::vector<Diagnostic> diagnostics,
                                       std::string_view before,
                                       const std::vector<Diagnostic>& before_diagnostics);

} // namespace citelint::engine
