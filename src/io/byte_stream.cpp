#include "byte_stream.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace citelint::io {

namespace {

constexpr std::size_t chunk_size = 1 << 16;
// How far a bzip2 file is searched for a second stream before it is taken for a single one,
// which only one thread can decompress.
constexpr std::size_t multistream_probe = 8 << 20;

} // namespace

ByteStream::ByteStream(const std::string& path, unsigned threads) {
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file_) {
        problem_ = std::strerror(errno);
        return;
    }
    if (!fill()) return;
    if (input_.size() >= 3 && input_.compare(0, 3, "BZh") == 0)
        compression_ = Compression::bzip2;
    else if (input_.size() >= 2 && input_[0] == '\x1f' && input_[1] == '\x8b')
        compression_ = Compression::gzip;
    if (compression_ == Compression::none || threads <= 1) return;
    if (compression_ == Compression::gzip) {
        start_read_ahead();
        return;
    }
    std::size_t searched = 1;
    while (!eof_ && input_.size() < multistream_probe) {
        if (next_bzip2_stream(input_, searched) != std::string::npos) break;
        searched = input_.size() > 10 ? input_.size() - 10 : 1;
        const std::size_t before = input_.size();
        input_.resize(before + chunk_size);
        const std::size_t n = std::fread(input_.data() + before, 1, chunk_size, file_);
        input_.resize(before + n);
        if (n < chunk_size) eof_ = true;
    }
    if (std::ferror(file_)) {
        problem_ = std::strerror(errno);
        return;
    }
    if (next_bzip2_stream(input_, 1) != std::string::npos)
        parallel_ = std::make_unique<Bzip2Segments>(file_, std::move(input_), threads);
    else
        start_read_ahead();
}

void ByteStream::start_read_ahead() {
    ahead_ = std::make_unique<ReadAhead>([this] {
        ReadAhead::Chunk chunk;
        chunk.more = decompress(chunk.bytes);
        chunk.offset = consumed_;
        chunk.problem = problem_;
        return chunk;
    });
}

ByteStream::~ByteStream() {
    ahead_.reset();    // its thread reads the file and decompresses
    parallel_.reset(); // its threads read the file
    if (file_ && file_ != stdin) std::fclose(file_);
    if (stream_open_) end_stream();
}

// Reads the next chunk of the file into input_ when all of it was consumed.
bool ByteStream::fill() {
    if (input_pos_ < input_.size()) return true;
    if (eof_) return false;
    input_.resize(chunk_size);
    const std::size_t n = std::fread(input_.data(), 1, chunk_size, file_);
    input_.resize(n);
    input_pos_ = 0;
    if (n < chunk_size) {
        eof_ = true;
        if (std::ferror(file_)) {
            problem_ = std::strerror(errno);
            return false;
        }
    }
    return n > 0;
}

bool ByteStream::read(std::string& out) {
    if (ahead_) {
        ReadAhead::Chunk chunk = ahead_->next();
        out = std::move(chunk.bytes);
        ahead_offset_ = chunk.offset;
        ahead_problem_ = std::move(chunk.problem);
        return chunk.more;
    }
    out.clear();
    if (!problem_.empty() || !file_) return false;
    if (parallel_) {
        const bool more = parallel_->read(out);
        consumed_ = parallel_->compressed_offset();
        problem_ = parallel_->problem();
        return more;
    }
    if (compression_ != Compression::none) return decompress(out);
    if (!fill()) return false;
    out.assign(input_, input_pos_);
    consumed_ += out.size();
    input_pos_ = input_.size();
    return true;
}

void ByteStream::start_stream() {
    if (compression_ == Compression::bzip2) {
        bz_ = {};
        stream_open_ = BZ2_bzDecompressInit(&bz_, 0, 0) == BZ_OK;
    } else {
        z_ = {};
        stream_open_ = inflateInit2(&z_, 15 + 16) == Z_OK; // 16: a gzip header, not zlib's
    }
    if (!stream_open_) problem_ = fmt::format("cannot start {} decompression", format_name());
}

void ByteStream::end_stream() {
    if (compression_ == Compression::bzip2)
        BZ2_bzDecompressEnd(&bz_);
    else
        inflateEnd(&z_);
    stream_open_ = false;
}

// One call of the decompressor from input_ into out[produced..]; advances both.
ByteStream::Step ByteStream::step(std::string& out, std::size_t& produced) {
    const std::size_t available = input_.size() - input_pos_;
    std::size_t left_in = 0;
    std::size_t left_out = 0;
    Step result = Step::more;
    if (compression_ == Compression::bzip2) {
        bz_.next_in = input_.data() + input_pos_;
        bz_.avail_in = static_cast<unsigned>(available);
        bz_.next_out = out.data() + produced;
        bz_.avail_out = static_cast<unsigned>(out.size() - produced);
        const int status = BZ2_bzDecompress(&bz_);
        left_in = bz_.avail_in;
        left_out = bz_.avail_out;
        if (status == BZ_STREAM_END)
            result = Step::stream_end;
        else if (status != BZ_OK)
            result = Step::broken;
    } else {
        z_.next_in = reinterpret_cast<Bytef*>(input_.data() + input_pos_);
        z_.avail_in = static_cast<uInt>(available);
        z_.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        z_.avail_out = static_cast<uInt>(out.size() - produced);
        const int status = inflate(&z_, Z_NO_FLUSH);
        left_in = z_.avail_in;
        left_out = z_.avail_out;
        if (status == Z_STREAM_END)
            result = Step::stream_end;
        else if (status != Z_OK && status != Z_BUF_ERROR)
            result = Step::broken;
    }
    input_pos_ += available - left_in;
    consumed_ += available - left_in;
    produced = out.size() - left_out;
    return result;
}

bool ByteStream::decompress(std::string& out) {
    out.resize(chunk_size);
    std::size_t produced = 0;
    while (produced == 0) {
        if (!fill()) {
            if (problem_.empty() && stream_open_)
                problem_ = fmt::format("byte {}: the {} stream ends early (truncated file)",
                                       consumed_, format_name());
            out.clear();
            return false;
        }
        if (!stream_open_) start_stream();
        if (!stream_open_) return false;
        switch (step(out, produced)) {
        case Step::more:
            break;
        case Step::stream_end:
            // Concatenated streams (bzip2 multistream, gzip members) are one file, as bunzip2
            // and gunzip read them.
            end_stream();
            break;
        case Step::broken:
            problem_ = fmt::format("byte {}: bad {} data", consumed_, format_name());
            out.clear();
            return false;
        }
    }
    out.resize(produced);
    return true;
}

} // namespace citelint::io
