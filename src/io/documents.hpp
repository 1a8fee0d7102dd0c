// The documents of one input: a file of wikitext is one, a MediaWiki XML dump gives one per page.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "dump.hpp"

namespace citelint::io {

class Documents {
  public:
    explicit Documents(const std::string& path, DumpOptions dump_options = {});

    // The next document; false at the end, or where the input could not be read (problem()).
    bool next(Document& document);
    // Why the input could not be read, or where a dump broke; empty when it could.
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
    [[nodiscard]] bool is_dump() const noexcept { return dump_ != nullptr; }
    // Bytes of the file read so far (compressed bytes for a compressed dump): the position a
    // progress display shows against the file's size.
    [[nodiscard]] std::uint64_t position() const noexcept;

  private:
    std::string path_;
    std::unique_ptr<DumpReader> dump_;
    bool done_ = false;
    std::uint64_t read_ = 0; // the size of a wikitext file once it is read
    std::string problem_;
};

} // namespace citelint::io
