// Runs the selected rules over one document.
#pragma once

#include <vector>

#include "../model/article.hpp"
#include "selection.hpp"

namespace citelint::engine {

struct CheckResult {
    std::vector<Diagnostic> diagnostics; // sorted by position, then code
};

CheckResult run_rules(const model::Article& article, const Selection& selection);

// What a check of the page reports: the selected rules' diagnostics less those its inline
// comments suppress (suppressions.hpp), and the problems of those comments.
std::vector<Diagnostic> reported(const model::Article& article, const Selection& selection);

} // namespace citelint::engine
