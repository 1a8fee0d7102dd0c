#include "bzip2_parallel.hpp"

#include <bzlib.h>
#include <cerrno>
#include <cstring>

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

} // namespace

std::size_t next_bzip2_stream(std::string_view bytes, std::size_t from) {
    constexpr std::size_t header = 4; // "BZh" and '1'..'9'
    while (from + header + block_magic.size() <= bytes.size()) {
        const std::size_t at = bytes.find("BZh", from);
        if (at == std::string_view::npos || at + header + block_magic.size() > bytes.size())
            return std::string_view::npos;
        const char level = bytes[at + 3];
        const std::string_view magic = bytes.substr(at + header, block_magic.size());
        if (level >= '1' && level <= '9' && (magic == block_magic || magic == end_magic))
            return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

Bzip2Segments::Bzip2Segments(std::FILE* file, std::string head, unsigned threads,
                             std::size_t longest_segment)
    : file_(file), pending_(std::move(head)), longest_segment_(longest_segment),
      window_(static_cast<std::size_t>(threads) + 2) {
    cutting_ = std::thread([this] { cut(); });
    for (unsigned i = 0; i < threads; ++i)
        workers_.emplace_back([this] { decompress(); });
}

Bzip2Segments::~Bzip2Segments() {
    stop();
    cutting_.join();
    for (std::thread& worker : workers_)
        worker.join();
}

void Bzip2Segments::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
}

// Reads the file and cuts it at stream starts; the cut segments wait for a thread.
void Bzip2Segments::cut() {
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
        result.bytes.resize(read_size);
        std::size_t produced = 0;
        while (produced < result.bytes.size() && result.problem.empty()) {
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
            bz.next_out = result.bytes.data() + produced;
            bz.avail_out = static_cast<unsigned>(result.bytes.size() - produced);
            const int status = BZ2_bzDecompress(&bz);
            in = pending_.size() - bz.avail_in;
            produced = result.bytes.size() - bz.avail_out;
            if (status == BZ_STREAM_END) {
                BZ2_bzDecompressEnd(&bz);
                bz = {};
                open = false;
            } else if (status != BZ_OK) {
                result.problem = fmt::format("byte {}: bad bzip2 data", offset + in);
            }
        }
        result.bytes.resize(produced);
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
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || !waiting_.empty() || cut_all_; });
            if (stopping_ || waiting_.empty()) return;
            item = std::move(waiting_.front());
            waiting_.pop_front();
        }
        Result result = decompress(item.second);
        {
            std::lock_guard lock(mutex_);
            done_.emplace(item.first, std::move(result));
        }
        changed_.notify_all();
    }
}

// A segment's streams one after the other, as bunzip2 reads concatenated streams.
Bzip2Segments::Result Bzip2Segments::decompress(const Segment& segment) {
    Result result;
    result.last = segment.last;
    result.end = segment.offset + segment.bytes.size();
    std::size_t in = 0;
    std::size_t produced = 0;
    result.bytes.resize(segment.bytes.size() * 6 + 4096);
    while (in < segment.bytes.size()) {
        bz_stream bz{};
        if (BZ2_bzDecompressInit(&bz, 0, 0) != BZ_OK) {
            result.problem = "cannot start bzip2 decompression";
            return result;
        }
        int status = BZ_OK;
        while (status == BZ_OK) {
            if (produced == result.bytes.size()) result.bytes.resize(result.bytes.size() * 2);
            bz.next_in = const_cast<char*>(segment.bytes.data() + in);
            bz.avail_in = static_cast<unsigned>(segment.bytes.size() - in);
            bz.next_out = result.bytes.data() + produced;
            bz.avail_out = static_cast<unsigned>(result.bytes.size() - produced);
            status = BZ2_bzDecompress(&bz);
            in = segment.bytes.size() - bz.avail_in;
            produced = result.bytes.size() - bz.avail_out;
            if (status == BZ_OK && bz.avail_in == 0 && bz.avail_out > 0) {
                // Everything was given and the stream has not ended: the file is cut short.
                result.problem = fmt::format("byte {}: the bzip2 stream ends early (truncated file)",
                                             segment.offset + in);
                break;
            }
        }
        BZ2_bzDecompressEnd(&bz);
        if (!result.problem.empty()) break;
        if (status != BZ_STREAM_END) {
            result.problem = fmt::format("byte {}: bad bzip2 data", segment.offset + in);
            break;
        }
    }
    result.bytes.resize(produced);
    // The guess made room for six times the compressed size; the segments waiting to be read
    // should hold only their bytes.
    result.bytes.shrink_to_fit();
    return result;
}

bool Bzip2Segments::read(std::string& out) {
    out.clear();
    while (!finished_) {
        Result result;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return done_.count(next_) != 0; });
            const auto found = done_.find(next_);
            result = std::move(found->second);
            done_.erase(found);
            --in_flight_;
            ++next_;
            if (result.last && result.problem.empty()) result.problem = read_problem_;
        }
        changed_.notify_all();
        consumed_ = result.end;
        finished_ = result.last || !result.problem.empty();
        // The bytes before the place where the file broke are handed over first; the problem
        // is known once they have been read.
        later_problem_ = std::move(result.problem);
        out = std::move(result.bytes);
        if (!out.empty()) return true;
    }
    problem_ = later_problem_;
    return false;
}

} // namespace citelint::io
