// The fuzz entry point: one mode of harness.hpp per input, chosen by its first byte, or one mode
// for every input when CITELINT_FUZZ_MODE names it (fuzz/run.sh's MODE=): a campaign then
// spends all its inputs on that mode, which a campaign over all of them reaches only when a
// mutation keeps the mode's byte.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "harness.hpp"

namespace {

namespace fuzz = citelint::fuzz;

struct Mode {
    char byte;
    void (*run)(std::string_view bytes); // the bytes after the mode's
    std::string_view name;               // as CITELINT_FUZZ_MODE names it
};

constexpr Mode modes[] = {
    {fuzz::lsp_messages, fuzz::lsp_bodies, "lsp"},
    {fuzz::lsp_stream, fuzz::lsp_framed, "lsp-stream"},
    {fuzz::xml_dump, fuzz::dump, "dump"},
    {fuzz::toml_config, fuzz::config, "toml"},
    {fuzz::json_lines, fuzz::document_lines, "jsonl"},
    {fuzz::web_check, fuzz::web, "web"},
    {'\0', fuzz::wikitext, "wikitext"},
};

// The mode CITELINT_FUZZ_MODE names, or null when it is not set; an unknown name stops the run.
const Mode* pinned_mode() {
    const char* const name = std::getenv("CITELINT_FUZZ_MODE");
    if (!name || !*name) return nullptr;
    for (const Mode& mode : modes)
        if (mode.name == name) return &mode;
    std::fprintf(stderr,
                 "CITELINT_FUZZ_MODE=%s: not lsp, lsp-stream, dump, toml, jsonl or "
                 "wikitext\n",
                 name);
    std::exit(2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    static const Mode* const pinned = pinned_mode();
    if (pinned) {
        // A seed of the mode starts with its byte; what the campaign makes may not.
        if (!bytes.empty() && bytes[0] == pinned->byte && pinned->byte != '\0')
            bytes.remove_prefix(1);
        pinned->run(bytes);
        return 0;
    }
    for (const Mode& mode : modes)
        if (!bytes.empty() && mode.byte != '\0' && bytes[0] == mode.byte) {
            mode.run(bytes.substr(1));
            return 0;
        }
    fuzz::wikitext(bytes);
    return 0;
}
