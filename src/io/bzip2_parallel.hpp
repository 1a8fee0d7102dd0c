// A multistream bzip2 file decompressed on several threads. Wikimedia writes its dumps as many
// small bzip2 streams one after the other (100 pages each), and a stream can be decompressed
// without the ones before it; one thread decompressing stays near 30 MB/s, too slow for the
// threads that check the pages.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace citelint::io {

// Where the next bzip2 stream starts in `bytes`, at or after `from`: a stream header ("BZh" and
// the block size digit) followed by the magic of a first block or of an empty stream's end,
// both byte-aligned only at a stream's start. npos when there is none.
std::size_t next_bzip2_stream(std::string_view bytes, std::size_t from);

class Bzip2Segments {
  public:
    // Reads `file` from where `head` (its first bytes, already read) ends. The file is cut at
    // stream starts into segments of about a megabyte, which `threads` threads decompress;
    // read() hands them over in order. A stream longer than `longest_segment` is not held
    // whole: it and the rest of the file are decompressed as they are read, on one thread.
    Bzip2Segments(std::FILE* file, std::string head, unsigned threads,
                  std::size_t longest_segment = 32 << 20);
    ~Bzip2Segments();
    Bzip2Segments(const Bzip2Segments&) = delete;
    Bzip2Segments& operator=(const Bzip2Segments&) = delete;

    // The next decompressed bytes (one segment) into out; false at the end or on a problem.
    bool read(std::string& out);
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
    // Compressed bytes of the segments handed over so far.
    [[nodiscard]] std::uint64_t compressed_offset() const noexcept { return consumed_; }

  private:
    struct Segment {
        std::uint64_t offset = 0; // in the file
        std::string bytes;        // compressed, whole streams
        bool last = false;
    };
    // A segment being decompressed: its bytes in pieces, waiting to be read.
    struct Result {
        std::deque<std::string> pieces;
        bool complete = false; // every piece is there
        std::uint64_t end = 0; // of the segment in the file
        std::string problem;
        bool last = false;
    };

    void cut();
    void cut_segments();
    void decompress_rest(std::uint64_t offset);
    void decompress();
    std::string decompress(const Segment& segment, Result& result);
    bool hand_over(Result& result, std::string& piece);
    void join_all();

    std::FILE* file_;
    std::string pending_; // read and not yet cut off
    const std::size_t longest_segment_;
    const std::size_t window_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::pair<std::uint64_t, Segment>> waiting_; // cut, numbered, not yet taken
    std::map<std::uint64_t, Result> done_; // by segment number, from when a thread takes it
    std::uint64_t cut_count_ = 0;
    std::uint64_t next_ = 0;
    std::size_t in_flight_ = 0; // cut and not yet handed over
    bool cut_all_ = false;
    bool stopping_ = false;
    bool finished_ = false;
    std::string read_problem_; // a read error of the file, after the segments before it
    std::string problem_;
    std::uint64_t consumed_ = 0;
    std::thread cutting_;
    std::vector<std::thread> workers_;
};

} // namespace citelint::io
