// The fuzz entry point: one mode of harness.hpp per input, chosen by its first byte.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "harness.hpp"

namespace {

namespace fuzz = citelint::fuzz;

struct Mode {
    char byte;
    void (*run)(std::string_view bytes); // the bytes after the mode's
};

constexpr Mode modes[] = {
    {fuzz::lsp_messages, fuzz::lsp_bodies},
    {fuzz::lsp_stream, fuzz::lsp_framed},
    {fuzz::xml_dump, fuzz::dump},
    {fuzz::toml_config, fuzz::config},
    {fuzz::json_lines, fuzz::document_lines},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const Mode& mode : modes)
        if (!bytes.empty() && bytes[0] == mode.byte) {
            mode.run(bytes.substr(1));
            return 0;
        }
    fuzz::wikitext(bytes);
    return 0;
}
