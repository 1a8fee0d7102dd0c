#include "documents.hpp"

#include <fmt/format.h>

#include "inputs.hpp"

namespace citelint::io {

namespace {

// How many bad JSON lines of an input are named, each with its place.
constexpr std::size_t named_bad_lines = 100;

std::string shown_name(const std::string& path) {
    return path == "-" ? "<stdin>" : path;
}

} // namespace

std::optional<StdinFormat> stdin_format_named(std::string_view name) {
    if (name == "auto") return StdinFormat::detect;
    if (name == "wikitext") return StdinFormat::wikitext;
    if (name == "dump") return StdinFormat::dump;
    if (name == "jsonl") return StdinFormat::json_lines;
    return std::nullopt;
}

Documents::Documents(const std::string& path, DumpOptions dump_options, StdinFormat stdin_format)
    : path_(path), name_(shown_name(path)) {
    if (path == "-") {
        open_stdin(std::move(dump_options), stdin_format);
        return;
    }
    auto bytes = std::make_unique<ByteStream>(path, dump_options.decompression_threads);
    std::string head;
    bytes->read(head);
    if (is_dump_path(path) || starts_like_dump(head))
        dump_ = std::make_unique<DumpReader>(std::move(bytes), std::move(head),
                                             std::move(dump_options));
}

// Standard input is read once: what tells its format (its first chunk, or its first line) is
// kept and handed on.
void Documents::open_stdin(DumpOptions dump_options, StdinFormat format) {
    auto bytes = std::make_unique<ByteStream>("-", dump_options.decompression_threads);
    std::string head;
    std::string chunk;
    bytes->read(head);
    if (format == StdinFormat::detect) {
        if (starts_like_dump(head)) {
            format = StdinFormat::dump;
        } else {
            std::size_t line_end = head.find('\n');
            while (line_end == std::string::npos && bytes->read(chunk)) {
                if (const auto in_chunk = chunk.find('\n'); in_chunk != std::string::npos)
                    line_end = head.size() + in_chunk;
                head += chunk;
            }
            const std::string_view first_line = std::string_view(head).substr(0, line_end);
            format = read_document_line(first_line).document ? StdinFormat::json_lines
                                                             : StdinFormat::wikitext;
        }
    }
    if (format == StdinFormat::dump) {
        dump_ = std::make_unique<DumpReader>(std::move(bytes), std::move(head),
                                             std::move(dump_options));
    } else if (format == StdinFormat::json_lines) {
        lines_ = std::make_unique<JsonLinesReader>(std::move(bytes), std::move(head));
    } else {
        while (bytes->read(chunk))
            head += chunk;
        if (!bytes->problem().empty()) {
            error("cannot read: " + bytes->problem());
            done_ = true;
            return;
        }
        ReadResult read = usable_text(std::move(head), "input");
        if (!read.text) {
            error("cannot read: " + read.problem);
            done_ = true;
            return;
        }
        stdin_text_ = std::move(read.text);
    }
}

void Documents::error(std::string_view what) {
    messages_.push_back({true, fmt::format("{}: {}", name_, what)});
}

void Documents::end_of_dump() {
    done_ = true;
    if (!dump_->warning().empty())
        messages_.push_back({false, fmt::format("{}: {}", name_, dump_->warning())});
    if (!dump_->problem().empty()) error(dump_->problem());
}

std::vector<InputMessage> Documents::broken_page_messages(const std::string& path,
                                                          const RawPage& page,
                                                          std::string_view problem) {
    std::vector<InputMessage> messages;
    const std::string name = shown_name(path);
    if (!page.context->warning.empty())
        messages.push_back({false, fmt::format("{}: {}", name, page.context->warning)});
    messages.push_back({true, fmt::format("{}: {}", name, problem)});
    return messages;
}

Next Documents::next(Document& document, RawPage& raw) {
    if (!dump_) return next(document) ? Next::document : Next::end;
    if (done_) return Next::end;
    const Next next = dump_->next_piece(document, raw);
    if (next == Next::end) end_of_dump();
    return next;
}

bool Documents::next(Document& document) {
    if (done_) return false;
    if (dump_) {
        if (dump_->next(document)) return true;
        end_of_dump();
        return false;
    }
    if (lines_) {
        DocumentLine line;
        std::size_t number = 0;
        while (lines_->next(line, number)) {
            if (line.document) {
                document = std::move(*line.document);
                return true;
            }
            // The first bad lines are named; after them, a whole file that is not JSON lines
            // would only fill memory with messages, so the others are counted.
            if (++bad_lines_ > named_bad_lines) continue;
            const std::string where = line.column
                                          ? fmt::format("{}:{}:{}", name_, number, line.column)
                                          : fmt::format("{}:{}", name_, number);
            messages_.push_back({true, fmt::format("{}: {}", where, line.problem)});
        }
        done_ = true;
        if (bad_lines_ > named_bad_lines)
            error(fmt::format("{} more lines are not documents", bad_lines_ - named_bad_lines));
        if (!lines_->problem().empty()) error(lines_->problem());
        return false;
    }
    done_ = true;
    if (stdin_text_) {
        read_ = stdin_text_->size();
        document = {name_, std::move(*stdin_text_), {}, nullptr, nullptr};
        return true;
    }
    ReadResult read = read_input(path_);
    if (!read.text) {
        error("cannot read: " + read.problem);
        return false;
    }
    // A file that is no text (an image, an executable) is passed over with a warning.
    if (const std::string kind = binary_kind(*read.text); !kind.empty()) {
        messages_.push_back({false, fmt::format("{}: skipped: not text ({})", name_, kind)});
        return false;
    }
    read_ = read.text->size();
    document = {name_, std::move(*read.text), {}, nullptr, nullptr};
    return true;
}

std::uint64_t Documents::position() const noexcept {
    if (dump_) return dump_->compressed_offset();
    if (lines_) return lines_->compressed_offset();
    return read_;
}

} // namespace citelint::io
