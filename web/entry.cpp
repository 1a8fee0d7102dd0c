// The WebAssembly module's exports (cmake/wasm.cmake): web/citelint-core.js calls them.
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "src/web/lint.hpp"

namespace {

// JSON for JavaScript to read and free: null when memory runs out.
char* copy(const std::string& json) {
    char* out = static_cast<char*>(std::malloc(json.size() + 1));
    if (out) std::memcpy(out, json.c_str(), json.size() + 1);
    return out;
}

} // namespace

extern "C" {

// The diagnostics of `length` bytes of UTF-8 at `text` under `options` (a NUL-terminated JSON
// object), as NUL-terminated JSON (src/web/lint.hpp), which the caller frees with
// citelint_free.
char* citelint_lint(const char* text, std::size_t length, const char* options) {
    return copy(citelint::web::lint_json(std::string_view(text, length), options));
}

// The sentences the claims family reads on the page (src/web/lint.hpp), the same way.
char* citelint_sentences(const char* text, std::size_t length, const char* options) {
    return copy(citelint::web::sentences_json(std::string_view(text, length), options));
}

void citelint_free(char* json) {
    std::free(json);
}
}
