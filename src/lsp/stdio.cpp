#include "stdio.hpp"

#include <array>
#include <cerrno>
#include <cstring>

#include <poll.h>
#include <unistd.h>

#include "framing.hpp"

namespace citelint::lsp {

namespace {

bool write_all(int output, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(output, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) {
                pollfd p{output, POLLOUT, 0};
                ::poll(&p, 1, -1);
                continue;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

int milliseconds_until(std::optional<Clock::time_point> deadline) {
    if (!deadline) return -1;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now()).count();
    return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left + 1, 60'000));
}

} // namespace

int serve(int input, int output, std::ostream& log, ServerOptions options) {
    Server server(log, std::move(options));
    MessageReader reader;
    std::array<char, 1 << 16> buffer{};
    std::string body;
    bool open = true;
    while (open && !server.finished()) {
        for (const std::string& message : server.take_outgoing())
            if (!write_all(output, frame(message))) {
                log << "citelint lsp: cannot write to the client: " << std::strerror(errno) << '\n';
                return 1;
            }
        pollfd p{input, POLLIN, 0};
        const int ready = ::poll(&p, 1, milliseconds_until(server.next_deadline()));
        if (ready < 0 && errno != EINTR) {
            log << "citelint lsp: poll: " << std::strerror(errno) << '\n';
            return 1;
        }
        if (ready > 0) {
            const ssize_t n = ::read(input, buffer.data(), buffer.size());
            if (n == 0) {
                open = false; // the client went away; the documents' checks no longer matter
            } else if (n < 0 && errno != EINTR && errno != EAGAIN) {
                log << "citelint lsp: cannot read from the client: " << std::strerror(errno)
                    << '\n';
                open = false;
            } else if (n > 0) {
                reader.feed(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
                for (;;) {
                    const auto status = reader.next(body);
                    if (status == MessageReader::Status::incomplete) break;
                    if (status == MessageReader::Status::message)
                        server.receive(body, Clock::now());
                    else if (status == MessageReader::Status::bad_header)
                        server.unreadable("a message header without a Content-Length");
                    else
                        server.unreadable("a message too large to read: skipped");
                    if (server.finished()) break;
                }
            }
        }
        server.tick(Clock::now());
    }
    for (const std::string& message : server.take_outgoing())
        write_all(output, frame(message));
    return server.finished() ? server.exit_code() : 1;
}

} // namespace citelint::lsp
