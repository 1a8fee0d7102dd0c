// Which lines two texts share and which they do not: the shortest edit script between their
// lines, as `citelint check --diff` prints it and `--diff-base` reads it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace citelint {

// The lines of a text, each with its line break ("\n" or "\r\n"), the last perhaps without.
std::vector<std::string_view> lines_of(std::string_view text);

enum class LineOp { same, removed, added };

// The operations that turn the lines `a` into the lines `b`, in order (Myers' O((N+M)D)
// algorithm, after the lines both start and end with). Past `limit` differences it gives up
// finding the shortest script and removes the one middle to add the other: still a correct
// script, only a longer one.
std::vector<LineOp> line_edit_script(const std::vector<std::string_view>& a,
                                     const std::vector<std::string_view>& b,
                                     std::size_t limit = 4000);

// For each line of `after` (0-based), whether the change from `before` added or modified it.
std::vector<bool> changed_lines(std::string_view before, std::string_view after);

} // namespace citelint
