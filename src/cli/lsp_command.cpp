#include <iostream>

#include <unistd.h>

#include "../lsp/stdio.hpp"
#include "commands.hpp"

namespace citelint::cli {

int run_lsp(const LspOptions& options) {
    lsp::ServerOptions server;
    server.debounce = std::chrono::milliseconds(options.debounce_ms);
    server.rules_url = options.rules_url;
    server.version = options.version;
    // stdout carries the protocol: everything else goes to stderr.
    return lsp::serve(STDIN_FILENO, STDOUT_FILENO, std::cerr, std::move(server));
}

} // namespace citelint::cli
