// Whether a page's text makes it a redirect, as MediaWiki reads the text.
#pragma once

#include <string_view>

namespace citelint::io {

// A redirect magic word of any language (#REDIRECT, #WEITERLEITUNG, #ПЕРЕНАПРАВЛЕНИЕ, ...)
// at the start of the text, in any case, then [[ after optional spaces and a colon. Only
// exports without <redirect/> need this: old ones, and hand-made ones.
bool is_redirect_text(std::string_view text);

} // namespace citelint::io
