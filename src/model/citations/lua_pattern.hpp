// Lua 5.1 string patterns, as string.match reads them: what Module:Citation/CS1/Suggestions
// holds its misspelling patterns in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace citelint::model {

// string.match(subject, pattern): the first capture, or the whole match when the pattern has
// no capture; none when it does not match. Character classes are the C locale's (ASCII).
// A malformed pattern matches nothing (Lua would raise an error).
std::optional<std::string> lua_match(std::string_view subject, std::string_view pattern);

} // namespace citelint::model
