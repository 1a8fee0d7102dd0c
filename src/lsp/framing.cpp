#include "framing.hpp"

#include <algorithm>
#include <charconv>

#include "../model/text.hpp"

namespace citelint::lsp {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The Content-Length of a header block (its lines without the blank line ending it).
bool content_length(std::string_view headers, std::size_t& length) {
    bool found = false;
    while (!headers.empty()) {
        const auto eol = headers.find('\n');
        const std::string_view line = headers.substr(0, eol);
        headers.remove_prefix(eol == std::string_view::npos ? headers.size() : eol + 1);
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        if (!model::ascii_iequal(trimmed(line.substr(0, colon)), "content-length")) continue;
        const std::string_view value = trimmed(line.substr(colon + 1));
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), length);
        found = error == std::errc{} && end == value.data() + value.size();
    }
    return found;
}

} // namespace

void MessageReader::feed(std::string_view bytes) {
    if (skipping_ > 0) {
        const std::size_t dropped = std::min(skipping_, bytes.size());
        skipping_ -= dropped;
        bytes.remove_prefix(dropped);
    }
    buffer_.append(bytes);
}

void MessageReader::compact() {
    if (start_ > 0 && start_ * 2 >= buffer_.size()) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
}

MessageReader::Status MessageReader::next(std::string& body) {
    if (!body_length_) {
        const std::string_view unread = std::string_view(buffer_).substr(start_);
        // Headers end at a blank line; "\r\n\r\n" as the spec says, "\n\n" from sloppy clients.
        std::size_t end = unread.find("\r\n\r\n"), separator = 4;
        if (const auto lf = unread.find("\n\n"); lf != std::string_view::npos && lf < end)
            end = lf, separator = 2;
        if (end == std::string_view::npos) {
            // Header blocks are short: a long run without a blank line is not one.
            if (unread.size() > 8192) {
                start_ = buffer_.size();
                compact();
                return Status::bad_header;
            }
            return Status::incomplete;
        }
        std::size_t length = 0;
        const bool known = content_length(unread.substr(0, end), length);
        start_ += end + separator;
        if (!known) {
            compact();
            return Status::bad_header;
        }
        if (length > largest_body_) {
            const std::size_t here = std::min(length, buffer_.size() - start_);
            start_ += here;
            skipping_ = length - here;
            compact();
            return Status::too_large;
        }
        body_length_ = length;
    }
    if (buffer_.size() - start_ < *body_length_) return Status::incomplete;
    body.assign(buffer_, start_, *body_length_);
    start_ += *body_length_;
    body_length_.reset();
    compact();
    return Status::message;
}

std::string frame(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

} // namespace citelint::lsp
