// What an open document is checked with: the .citelint.toml nearest to its file, as
// `citelint check` would read it for that file, or the defaults.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../config/effective.hpp"
#include "analysis.hpp"

namespace citelint::model {
class SentenceSegmenter;
}

namespace citelint::lsp {

// The file a file:// URI names (percent-escapes decoded); none for other schemes.
std::optional<std::filesystem::path> path_of_uri(std::string_view uri);

class DocumentSettings {
  public:
    // `segmenter` is the server's, lent to every check that reads sentences.
    DocumentSettings(std::ostream& log, model::SentenceSegmenter* segmenter);

    // The settings for the document at `uri`. The configuration file is looked for at each
    // call (a few stat calls) and read again when it has changed since; one that cannot be
    // used is said in the log, and the defaults are used until it is fixed.
    CheckSettings for_uri(std::string_view uri);

    // What the user should be told since the last call: each problem of a configuration file
    // once, not at every check; a problem coming back after the file was fixed is told again.
    std::vector<std::string> take_problems();

  private:
    struct Loaded {
        std::filesystem::file_time_type written;
        std::unique_ptr<config::Effective> effective;
    };
    const config::Effective& effective_for(const std::optional<std::filesystem::path>& file);

    std::ostream& log_;
    model::SentenceSegmenter* segmenter_;
    std::unique_ptr<config::Effective> defaults_;
    std::map<std::filesystem::path, Loaded> files_;
    std::map<std::filesystem::path, std::string> told_; // the problem last told, per file
    std::vector<std::string> problems_;                 // not yet taken
};

} // namespace citelint::lsp
