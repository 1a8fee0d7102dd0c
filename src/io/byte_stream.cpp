#include "byte_stream.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace citelint::io {

namespace {

constexpr std::size_t chunk_size = 1 << 16;

} // namespace

ByteStream::ByteStream(const std::string& path) {
    file_ = std::fopen(path.c_str(), "rb");
    if (!file_) {
        problem_ = std::strerror(errno);
        return;
    }
    if (!fill()) return;
    if (input_.size() >= 3 && input_.compare(0, 3, "BZh") == 0)
        compression_ = Compression::bzip2;
    else if (input_.size() >= 2 && input_[0] == '\x1f' && input_[1] == '\x8b')
        compression_ = Compression::gzip;
}

ByteStream::~ByteStream() {
    if (file_) std::fclose(file_);
    if (stream_open_ && compression_ == Compression::bzip2) BZ2_bzDecompressEnd(&bz_);
    if (stream_open_ && compression_ == Compression::gzip) inflateEnd(&z_);
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
    out.clear();
    if (!problem_.empty() || !file_) return false;
    switch (compression_) {
    case Compression::bzip2:
        return read_bzip2(out);
    case Compression::gzip:
        return read_gzip(out);
    case Compression::none:
        break;
    }
    if (!fill()) return false;
    out.assign(input_, input_pos_);
    consumed_ += out.size();
    input_pos_ = input_.size();
    return true;
}

bool ByteStream::read_bzip2(std::string& out) {
    out.resize(chunk_size);
    std::size_t produced = 0;
    while (produced == 0) {
        if (!fill()) {
            if (problem_.empty() && stream_open_)
                problem_ =
                    fmt::format("byte {}: the bzip2 stream ends early (truncated file)", consumed_);
            out.clear();
            return false;
        }
        if (!stream_open_) {
            bz_ = {};
            if (BZ2_bzDecompressInit(&bz_, 0, 0) != BZ_OK) {
                problem_ = "cannot start bzip2 decompression";
                return false;
            }
            stream_open_ = true;
        }
        bz_.next_in = input_.data() + input_pos_;
        bz_.avail_in = static_cast<unsigned>(input_.size() - input_pos_);
        bz_.next_out = out.data() + produced;
        bz_.avail_out = static_cast<unsigned>(out.size() - produced);
        const int status = BZ2_bzDecompress(&bz_);
        const std::size_t used = input_.size() - input_pos_ - bz_.avail_in;
        input_pos_ += used;
        consumed_ += used;
        produced = out.size() - bz_.avail_out;
        if (status == BZ_STREAM_END) {
            // A multistream file goes on with the next stream.
            BZ2_bzDecompressEnd(&bz_);
            stream_open_ = false;
            if (produced == 0 && !fill()) {
                out.clear();
                return false;
            }
        } else if (status != BZ_OK) {
            problem_ = fmt::format("byte {}: bad bzip2 data (error {})", consumed_, status);
            out.clear();
            return false;
        }
    }
    out.resize(produced);
    return true;
}

bool ByteStream::read_gzip(std::string& out) {
    out.resize(chunk_size);
    std::size_t produced = 0;
    while (produced == 0) {
        if (!fill()) {
            if (problem_.empty() && stream_open_)
                problem_ =
                    fmt::format("byte {}: the gzip stream ends early (truncated file)", consumed_);
            out.clear();
            return false;
        }
        if (!stream_open_) {
            z_ = {};
            if (inflateInit2(&z_, 15 + 16) != Z_OK) {
                problem_ = "cannot start gzip decompression";
                return false;
            }
            stream_open_ = true;
        }
        z_.next_in = reinterpret_cast<Bytef*>(input_.data() + input_pos_);
        z_.avail_in = static_cast<uInt>(input_.size() - input_pos_);
        z_.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        z_.avail_out = static_cast<uInt>(out.size() - produced);
        const int status = inflate(&z_, Z_NO_FLUSH);
        const std::size_t used = input_.size() - input_pos_ - z_.avail_in;
        input_pos_ += used;
        consumed_ += used;
        produced = out.size() - z_.avail_out;
        if (status == Z_STREAM_END) {
            // Several gzip members are read as one file, as gunzip does.
            inflateEnd(&z_);
            stream_open_ = false;
            if (produced == 0 && !fill()) {
                out.clear();
                return false;
            }
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            problem_ =
                fmt::format("byte {}: bad gzip data ({})", consumed_, z_.msg ? z_.msg : "error");
            out.clear();
            return false;
        }
    }
    out.resize(produced);
    return true;
}

} // namespace citelint::io
