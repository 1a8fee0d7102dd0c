// The server's loop: messages read from a file descriptor, replies written to another, and
// the debounced checks run when their time comes. Single-threaded: poll() waits for input or
// for the next check, whichever comes first.
#pragma once

#include <ostream>

#include "server.hpp"

namespace citelint::lsp {

// Serves until the client's exit notification or the end of the input; returns the exit code
// (0 after shutdown and exit, 1 otherwise, as LSP says).
int serve(int input, int output, std::ostream& log, ServerOptions options);

} // namespace citelint::lsp
