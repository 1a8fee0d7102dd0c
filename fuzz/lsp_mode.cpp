// The language server: message bodies given one by one, or the bytes of a client's stream cut
// by the framing reader, on a clock of the harness's own.
#include <chrono>
#include <sstream>
#include <string>

#include "harness.hpp"
#include "src/lsp/framing.hpp"
#include "src/lsp/server.hpp"

namespace citelint::fuzz {

namespace {

using namespace std::chrono_literals;

// A server with a small document limit, so that a check stays quick, and a clock that
// advances 100 ms a message: some changes are checked before the next one, some after several.
class Session {
  public:
    Session()
        : server_(log_, {.debounce = 150ms,
                         .largest_document = 64u << 10,
                         .rules_url = "https://x/{code}",
                         .version = "fuzz"}) {}

    void receive(std::string_view body) {
        if (server_.finished()) return;
        server_.receive(body, now_);
        advance(100ms);
    }
    void unreadable(std::string_view why) {
        if (!server_.finished()) server_.unreadable(why);
    }
    // The quiet time of every document passes: all are checked.
    void finish() { advance(1s); }

  private:
    void advance(lsp::Clock::duration by) {
        now_ += by;
        const auto deadline = server_.next_deadline();
        if (deadline && *deadline <= now_) server_.tick(now_);
        for (const std::string& message : server_.take_outgoing())
            expect(is_json(message));
    }

    std::ostringstream log_;
    lsp::Server server_;
    lsp::Clock::time_point now_{};
};

// What the framing reader gives for a body framed alone: the body.
void expect_framed_back(const std::string& body) {
    lsp::MessageReader reader;
    std::string back;
    reader.feed(lsp::frame(body));
    expect(reader.next(back) == lsp::MessageReader::Status::message && back == body);
    expect(reader.buffered() == 0);
}

} // namespace

void lsp_bodies(std::string_view bytes) {
    Session session;
    while (!bytes.empty()) {
        const std::size_t end = bytes.find('\0');
        session.receive(bytes.substr(0, end));
        bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
    }
    session.finish();
}

// As stdio.cpp reads the client: the bytes arrive in pieces (here of 1 to 64 bytes, as the
// input's size says), each piece fed to the reader and every message it has handed on.
void lsp_framed(std::string_view bytes) {
    constexpr std::size_t largest_body = 1u << 16;
    Session session;
    lsp::MessageReader reader(largest_body);
    const std::size_t piece = 1 + bytes.size() % 64;
    std::string body;
    for (std::size_t at = 0; at < bytes.size(); at += piece) {
        reader.feed(bytes.substr(at, piece));
        for (;;) {
            const auto status = reader.next(body);
            if (status == lsp::MessageReader::Status::incomplete) break;
            if (status == lsp::MessageReader::Status::message) {
                expect(body.size() <= largest_body);
                expect_framed_back(body);
                session.receive(body);
            } else {
                session.unreadable("unreadable");
            }
        }
        expect(reader.buffered() <= bytes.size());
    }
    session.finish();
}

} // namespace citelint::fuzz
