// Writing a file so that a reader sees the old contents or the new, never half of either.
#pragma once

#include <string>
#include <string_view>

namespace citelint::io {

// Writes `text` to a temporary file beside `path` and renames it over `path`. Returns why it
// failed (the temporary file removed), or an empty string.
std::string write_file_atomically(const std::string& path, std::string_view text);

} // namespace citelint::io
