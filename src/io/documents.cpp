#include "documents.hpp"

#include "inputs.hpp"

namespace citelint::io {

namespace {

// The first bytes of a file, decompressed when it is compressed, to tell a dump from wikitext.
std::string head_of(const std::string& path) {
    ByteStream bytes(path);
    std::string head;
    bytes.read(head);
    return head;
}

} // namespace

Documents::Documents(const std::string& path, DumpOptions dump_options) : path_(path) {
    if (path != "-" && (is_dump_path(path) || starts_like_dump(head_of(path))))
        dump_ = std::make_unique<DumpReader>(path, std::move(dump_options));
}

bool Documents::next(Document& document) {
    if (done_) return false;
    if (dump_) {
        if (dump_->next(document)) return true;
        problem_ = dump_->problem();
        done_ = true;
        return false;
    }
    done_ = true;
    ReadResult read = read_input(path_);
    if (!read.text) {
        problem_ = "cannot read: " + read.problem;
        return false;
    }
    read_ = read.text->size();
    document = {path_ == "-" ? "<stdin>" : path_, std::move(*read.text)};
    return true;
}

std::uint64_t Documents::position() const noexcept {
    return dump_ ? dump_->compressed_offset() : read_;
}

} // namespace citelint::io
