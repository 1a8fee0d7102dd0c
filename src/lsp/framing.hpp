// The base protocol of LSP: messages framed by a Content-Length header.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace citelint::lsp {

// Cuts the bytes read from the client into message bodies.
class MessageReader {
  public:
    // A body larger than this is skipped, not buffered: the reader stays bounded.
    explicit MessageReader(std::size_t largest_body = 64u << 20) : largest_body_(largest_body) {}

    void feed(std::string_view bytes);

    enum class Status {
        message,    // `body` holds the next message
        incomplete, // more bytes are needed
        bad_header, // a header block with no usable Content-Length: dropped
        too_large,  // a body over the limit: skipped as it arrives
    };
    // The next message, or why there is none. Call until it returns `incomplete`.
    Status next(std::string& body);

    // Bytes still held (for tests and for bounding memory).
    [[nodiscard]] std::size_t buffered() const noexcept { return buffer_.size() - start_; }

  private:
    void compact();

    std::size_t largest_body_;
    std::string buffer_;
    std::size_t start_ = 0;    // where unread bytes begin in buffer_
    std::size_t skipping_ = 0; // bytes of a too-large body still to drop
    // The length of the body being read, once its header is: the header is not searched for
    // again at every read of a large body.
    std::optional<std::size_t> body_length_;
};

// A message body with its header, ready to write.
std::string frame(std::string_view body);

} // namespace citelint::lsp
