#include "bzip2_parallel.hpp"

#include <bzlib.h>
#include <cerrno>
#include <cstring>
#include <exception>

#include <fmt/format.h>

namespace citelint::io {

namespace {

constexpr std::size_t read_size = 1 << 20;
// A segment is cut at the first stream start after this many bytes: big enough that a
// thread's work outweighs handing it over, small enough to keep every thread busy.
constexpr std::size_t segment_size = 1 << 20;

// The 48-bit magics that follow a stream header: a block's start (the digits of pi) and the
// end of the stream (those of sqrt(pi)), for a stream without blocks.
constexpr std::string_view block_magic{"\x31\x41\x59\x26\x53\x59", 6};
constexpr std::string_view end_magic{"\x17\x72\x45\x38\x50\x90", 6};
// A segment's bytes are handed over in pieces of at most this size, and at most
// `pieces_waiting` of them wait per segment.
constexpr std::size_t piece_size = 8 << 20;
constexpr std::size_t pieces_waiting = 2;
// What a worker's decompression gives when the run stopped under it.
constexpr std::string_view stopped = "stopped";

} // namespace

std::size_t next_bzip2_stream(std::string_view bytes, std::size_t from) {
    constexpr std::size_t header = 4; // "BZh" and '1'..'9'
    while (from + header + block_magic.size() <= bytes.size()) {
        const std::size_t at = bytes.find("BZh", from);
        if (at == std::string_view::npos || at + header + block_magic.size() > bytes.size())
            return std::string_view::npos;
        const char level = bytes[at + 3];
        const std::string_view magic = bytes.substr(at + header, block_magic.size());
        if (level >= '1' && level <= '9' && (magic == block_magic || magic == end_magic)) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

Bzip2Segments::Bzip2Segments(std::FILE* file, std::string head, unsigned threads,
                             std::size_t longest_segment)
    : file_(file), pending_(std::move(head)), longest_segment_(longest_segment),
      // With fewer segments in flight the threads were seen waiting (two jobs: 48.5 s against
      // 44.8 s on the 1.1 GB bench dump, on a noisy machine).
      window_(2 * static_cast<std::size_t>(threads) + 2) {
    try {
        cutting_ = std::thread([this] { cut(); });
        for (unsigned i = 0; i < threads; ++i)
            workers_.emplace_back([this] { decompress(); });
    } catch (...) {
        // A thread could not be started: the ones that were are stopped before giving up.
        join_all();
        throw;
    }
}

Bzip2Segments::~Bzip2Segments() {
    join_all();
}

void Bzip2Segments::join_all() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    if (cutting_.joinable()) cutting_.join();
    for (std::thread& worker : workers_)
        worker.join();
}

// Reads the file and cuts it at stream starts; the cut segments wait for a thread. A failure
// (memory) ends the file there, with the problem.
void Bzip2Segments::cut() {
    try {
        cut_segments();
    } catch (const std::exception& failure) {
        Result result;
        result.problem = fmt::format("cannot read on: {}", failure.what());
        result.last = true;
        result.complete = true;
        {
            std::lock_guard lock(mutex_);
            done_.emplace(cut_count_++, std::move(result));
            ++in_flight_;
            cut_all_ = true;
        }
        changed_.notify_all();
    }
}

void Bzip2Segments::cut_segments() {
    std::uint64_t offset = 0; // of pending_ in the file
    std::size_t scanned = 1;  // pending_ is searched for a stream start from here on
    bool eof = false;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || in_flight_ < window_; });
            if (stopping_) return;
        }
        std::size_t at = std::string_view::npos;
        while (!eof) {
            if (pending_.size() >= segment_size) {
                at = next_bzip2_stream(pending_, std::max(scanned, segment_size));
                if (at != std::string_view::npos) break;
                if (pending_.size() >= longest_segment_) {
                    decompress_rest(offset);
                    return;
                }
                // Keep the last bytes: a header may straddle the read.
                scanned = pending_.size() > 10 ? pending_.size() - 10 : 1;
            }
            const std::size_t before = pending_.size();
            pending_.resize(before + read_size);
            const std::size_t n = std::fread(pending_.data() + before, 1, read_size, file_);
            pending_.resize(before + n);
            if (n < read_size) {
                eof = true;
                if (std::ferror(file_)) {
                    std::lock_guard lock(mutex_);
                    read_problem_ = std::strerror(errno);
                }
            }
        }
        Segment segment;
        segment.offset = offset;
        if (at == std::string_view::npos) {
            segment.bytes = std::move(pending_);
            segment.last = true;
        } else {
            segment.bytes = pending_.substr(0, at);
            pending_.erase(0, at);
            offset += at;
            scanned = 1;
        }
        const bool last = segment.last;
        {
            std::lock_guard lock(mutex_);
            waiting_.emplace_back(cut_count_++, std::move(segment));
            ++in_flight_;
            if (last) cut_all_ = true;
        }
        changed_.notify_all();
        if (last) return;
    }
}

// A stream longer than `longest_segment_` (a file whose later streams are not small, as
// Wikimedia's are) is decompressed here, on this thread, a megabyte at a time in order after
// the segments before it, so that memory stays bounded whatever its size. The rest of the
// file is read so.
void Bzip2Segments::decompress_rest(std::uint64_t offset) {
    bz_stream bz{};
    bool open = false;
    std::size_t in = 0; // in pending_
    bool eof = false;
    for (bool last = false; !last;) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || in_flight_ < window_; });
            if (stopping_) break;
        }
        Result result;
        result.complete = true;
        std::string bytes(read_size, '\0');
        std::size_t produced = 0;
        while (produced < bytes.size() && result.problem.empty()) {
            if (in == pending_.size()) {
                if (eof) break;
                pending_.erase(0, in);
                offset += in;
                in = 0;
                pending_.resize(read_size);
                const std::size_t n = std::fread(pending_.data(), 1, read_size, file_);
                pending_.resize(n);
                eof = n < read_size;
                if (std::ferror(file_)) result.problem = std::strerror(errno);
                continue;
            }
            if (!open) {
                if (BZ2_bzDecompressInit(&bz, 0, 0) != BZ_OK) {
                    result.problem = "cannot start bzip2 decompression";
                    break;
                }
                open = true;
            }
            bz.next_in = pending_.data() + in;
            bz.avail_in = static_cast<unsigned>(pending_.size() - in);
            bz.next_out = bytes.data() + produced;
            bz.avail_out = static_cast<unsigned>(bytes.size() - produced);
            const int status = BZ2_bzDecompress(&bz);
            in = pending_.size() - bz.avail_in;
            produced = bytes.size() - bz.avail_out;
            if (status == BZ_STREAM_END) {
                BZ2_bzDecompressEnd(&bz);
                bz = {};
                open = false;
            } else if (status != BZ_OK) {
                result.problem = fmt::format("byte {}: bad bzip2 data", offset + in);
            }
        }
        bytes.resize(produced);
        result.pieces.push_back(std::move(bytes));
        result.end = offset + in;
        if (result.problem.empty() && eof && in == pending_.size()) {
            if (open)
                result.problem = fmt::format(
                    "byte {}: the bzip2 stream ends early (truncated file)", offset + in);
            result.last = true;
        }
        last = result.last || !result.problem.empty();
        result.last = last;
        {
            std::lock_guard lock(mutex_);
            done_.emplace(cut_count_++, std::move(result));
            ++in_flight_;
            if (last) cut_all_ = true;
        }
        changed_.notify_all();
    }
    if (open) BZ2_bzDecompressEnd(&bz);
}

void Bzip2Segments::decompress() {
    for (;;) {
        std::pair<std::uint64_t, Segment> item;
        Result* result = nullptr;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || !waiting_.empty() || cut_all_; });
            if (stopping_ || waiting_.empty()) return;
            item = std::move(waiting_.front());
            waiting_.pop_front();
            // Segments are taken in order, so the one read next is always being decompressed.
            result = &done_[item.first];
            result->last = item.second.last;
            result->end = item.second.offset + item.second.bytes.size();
        }
        std::string problem;
        try {
            problem = decompress(item.second, *result);
        } catch (const std::exception& failure) {
            problem =
                fmt::format("byte {}: cannot decompress: {}", item.second.offset, failure.what());
        }
        if (problem == stopped) return;
        {
            std::lock_guard lock(mutex_);
            result->problem = std::move(problem);
            result->complete = true;
        }
        changed_.notify_all(); // the reader may drop the result from here on
    }
}

// Hands a piece of a segment's bytes over, waiting while the segment has enough of them
// waiting to be read: however much a segment decompresses to (a few bytes can make
// gigabytes), only a few pieces are held. False when the run is stopping.
bool Bzip2Segments::hand_over(Result& result, std::string& piece) {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || result.pieces.size() < pieces_waiting; });
        if (stopping_) return false;
        result.pieces.push_back(std::move(piece));
    }
    changed_.notify_all();
    piece.clear();
    return true;
}

// A segment's streams one after the other, as bunzip2 reads concatenated streams, in pieces;
// returns what went wrong, if anything.
std::string Bzip2Segments::decompress(const Segment& segment, Result& result) {
    std::size_t in = 0;
    std::string piece;
    std::size_t produced = 0;
    std::string problem;
    while (in < segment.bytes.size() && problem.empty()) {
        bz_stream bz{};
        if (BZ2_bzDecompressInit(&bz, 0, 0) != BZ_OK) return "cannot start bzip2 decompression";
        int status = BZ_OK;
        while (status == BZ_OK) {
            if (produced == piece_size) {
                piece.resize(produced);
                if (!hand_over(result, piece)) {
                    BZ2_bzDecompressEnd(&bz);
                    return std::string(stopped);
                }
                produced = 0;
            }
            // The first guess is the compressed size six times, as text compresses.
            if (produced == piece.size())
                piece.resize(std::min(piece_size,
                                      std::max(piece.size() * 2, segment.bytes.size() * 6 + 4096)));
            bz.next_in = const_cast<char*>(segment.bytes.data() + in);
            bz.avail_in = static_cast<unsigned>(segment.bytes.size() - in);
            bz.next_out = piece.data() + produced;
            bz.avail_out = static_cast<unsigned>(piece.size() - produced);
            status = BZ2_bzDecompress(&bz);
            in = segment.bytes.size() - bz.avail_in;
            produced = piece.size() - bz.avail_out;
            if (status == BZ_OK && bz.avail_in == 0 && bz.avail_out > 0) {
                // Everything was given and the stream has not ended: the file is cut short.
                problem = fmt::format("byte {}: the bzip2 stream ends early (truncated file)",
                                      segment.offset + in);
                break;
            }
        }
        BZ2_bzDecompressEnd(&bz);
        if (problem.empty() && status != BZ_STREAM_END)
            problem = fmt::format("byte {}: bad bzip2 data", segment.offset + in);
    }
    piece.resize(produced);
    // The guess may have made room for more: the pieces waiting to be read hold their bytes.
    piece.shrink_to_fit();
    if (!piece.empty() && !hand_over(result, piece)) return std::string(stopped);
    return problem;
}

bool Bzip2Segments::read(std::string& out) {
    out.clear();
    while (!finished_) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] {
                const auto found = done_.find(next_);
                return found != done_.end() &&
                       (!found->second.pieces.empty() || found->second.complete);
            });
            Result& result = done_.find(next_)->second;
            if (!result.pieces.empty()) {
                out = std::move(result.pieces.front());
                result.pieces.pop_front();
            } else {
                consumed_ = result.end;
                finished_ = result.last || !result.problem.empty();
                // A read error explains a last segment cut short better than its stream does.
                if (result.last && !read_problem_.empty()) result.problem = read_problem_;
                // The bytes before the place where the file broke have been handed over.
                problem_ = std::move(result.problem);
                done_.erase(next_);
                --in_flight_;
                ++next_;
            }
        }
        changed_.notify_all();
        if (!out.empty()) return true;
    }
    return false;
}

} // namespace citelint::io
