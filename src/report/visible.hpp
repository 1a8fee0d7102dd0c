// Text from a page made safe to write where a terminal reads it.
#pragma once

#include <string>
#include <string_view>

namespace citelint::report {

// C0 control characters, DEL and the C1 controls (U+0080-U+009F) written as visible escapes
// ("\x1b", "\x07", "\u{9b}"), so that a page's ESC or BEL never reaches a terminal raw and a
// line break never splits a one-line format. Tabs are kept, and line breaks when
// `keep_line_breaks` (for text that is laid out in lines already).
std::string visible_controls(std::string_view text, bool keep_line_breaks = false);

// Text of a source line made safe to print in columns, and how many display columns it takes
// from `column` on: tabs expanded to the next multiple of 4, control characters and invalid
// UTF-8 shown as U+FFFD. The pretty format's snippets and the Markdown report's excerpts put
// carets under a span with it.
struct Printable {
    std::string text;
    std::size_t width = 0;
};
Printable printable(std::string_view bytes, std::size_t column);

} // namespace citelint::report
