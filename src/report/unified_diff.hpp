// A unified diff of two texts, as `diff -u` and `git diff` write it and `patch` and
// `git apply` read it: what `citelint check --diff` prints for each document its fixes change.
#pragma once

#include <string>
#include <string_view>

namespace citelint::report {

// The hunks that turn `before` into `after`, with `context` unchanged lines around each
// change, under the header "--- OLD_NAME" / "+++ NEW_NAME"; empty when the texts are equal.
// A last line without a line break is marked "\ No newline at end of file".
std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                         std::string_view new_name, std::size_t context = 3);

} // namespace citelint::report
