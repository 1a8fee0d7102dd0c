// Documents given as JSON lines, one {"title": ..., "text": ...} object a line: what Spark's
// RDD.pipe writes for an RDD of JSON strings, or any program that has pages at hand.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "byte_stream.hpp"
#include "dump.hpp"

namespace citelint::io {

// One line read as a document named by its title, or why it is not one.
struct DocumentLine {
    std::optional<Document> document;
    std::string problem;    // e.g. "not valid JSON", "no \"text\" string"
    std::size_t column = 0; // where in the line the problem is (1-based); 0: the whole line
};

// Other members than "title" and "text" (an id, a namespace, a timestamp) are let be.
DocumentLine read_document_line(std::string_view line);

// Reads the lines one at a time: only the current line is held. Blank lines are skipped.
class JsonLinesReader {
  public:
    // head: the first decompressed bytes, already read from bytes to tell what they are.
    JsonLinesReader(std::unique_ptr<ByteStream> bytes, std::string head);

    // The next line that is not blank and its number (1-based); false at the end of the input
    // or where it could not be read (problem()).
    bool next(DocumentLine& line, std::size_t& number);
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
    // How far into the input (compressed bytes) the reader is, for progress.
    [[nodiscard]] std::uint64_t compressed_offset() const noexcept {
        return bytes_->compressed_offset();
    }

  private:
    std::unique_ptr<ByteStream> bytes_;
    std::string buffer_; // read and not yet taken as lines, from start_
    std::size_t start_ = 0;
    std::size_t lines_ = 0; // lines taken so far
    bool end_ = false;
    std::string problem_;
};

} // namespace citelint::io
