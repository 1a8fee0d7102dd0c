// The documents of one input: a file of wikitext is one, a MediaWiki XML dump gives one per page.
#pragma once

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

  private:
    std::string path_;
    std::unique_ptr<DumpReader> dump_;
    bool done_ = false;
    std::string problem_;
};

} // namespace citelint::io
