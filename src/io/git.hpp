// Reading a file as a git revision has it, for `citelint check --diff-base REV`: git itself is
// run (`git -C FOLDER ...`), so any revision git understands is understood.
#pragma once

#include <optional>
#include <string>

namespace citelint::io {

// Why `revision` cannot be used for the file at `path` (not in a git work tree, no such
// commit), or an empty string.
std::string check_revision(const std::string& path, const std::string& revision);

// The file's bytes at `revision`; none when the revision has no such file (it is new).
std::optional<std::string> file_at_revision(const std::string& path, const std::string& revision);

} // namespace citelint::io
