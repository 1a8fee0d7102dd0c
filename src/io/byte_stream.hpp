// A file's bytes (or standard input's) in chunks, decompressed when they are bzip2 or gzip.
#pragma once

#include <bzlib.h>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <zlib.h>

#include "bzip2_parallel.hpp"
#include "read_ahead.hpp"

namespace citelint::io {

enum class Compression { none, bzip2, gzip };

// Reads a file chunk by chunk (64 KiB of the file at a time), never whole. The compression
// is told by the file's first bytes, not its name; concatenated streams (bzip2 multistream,
// several gzip members) are read one after the other. The path "-" is standard input: it
// cannot be opened twice, so the bytes that told the compression are kept and read first.
class ByteStream {
  public:
    // `threads` above 1 lets a multistream bzip2 file be decompressed on that many threads,
    // and any other compressed file on a thread of its own, ahead of its reader.
    explicit ByteStream(const std::string& path, unsigned threads = 1);
    ~ByteStream();
    ByteStream(const ByteStream&) = delete;
    ByteStream& operator=(const ByteStream&) = delete;

    // The next decompressed bytes into out (replacing its content); false at the end or on
    // a problem (then problem() says what broke).
    bool read(std::string& out);
    [[nodiscard]] const std::string& problem() const noexcept {
        return ahead_ ? ahead_problem_ : problem_;
    }
    [[nodiscard]] std::uint64_t compressed_offset() const noexcept {
        return ahead_ ? ahead_offset_ : consumed_;
    }
    [[nodiscard]] Compression compression() const noexcept { return compression_; }

  private:
    enum class Step { more, stream_end, broken };

    bool fill();
    bool decompress(std::string& out);
    void start_stream();
    Step step(std::string& out, std::size_t& produced);
    void end_stream();
    void start_read_ahead();
    [[nodiscard]] const char* format_name() const noexcept {
        return compression_ == Compression::bzip2 ? "bzip2" : "gzip";
    }

    std::FILE* file_ = nullptr;
    Compression compression_ = Compression::none;
    std::string input_; // compressed bytes read and not yet consumed
    std::size_t input_pos_ = 0;
    std::uint64_t consumed_ = 0; // compressed bytes consumed by the decompressor
    bool eof_ = false;
    bool stream_open_ = false;
    bz_stream bz_{};
    z_stream z_{};
    std::string problem_;
    std::unique_ptr<Bzip2Segments> parallel_; // a multistream bzip2 file on several threads
    // Any other compressed file decompressed on a thread of its own: that thread alone then
    // touches the members above, and the reader sees where it stands through these two.
    std::unique_ptr<ReadAhead> ahead_;
    std::uint64_t ahead_offset_ = 0;
    std::string ahead_problem_;
};

} // namespace citelint::io
