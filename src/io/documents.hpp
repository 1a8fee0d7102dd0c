// The documents of one input: a file of wikitext is one, a MediaWiki XML dump gives one per
// page, JSON lines of documents one per line.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dump.hpp"
#include "json_lines.hpp"

namespace citelint::io {

// What standard input holds (--stdin-format). detect reads it as wikitext unless it cannot be:
// a dump (<mediawiki or <page at its start, after an optional XML declaration; bzip2 and gzip
// are decompressed first) or a first line that is a {"title": ..., "text": ...} object.
enum class StdinFormat { detect, wikitext, dump, json_lines };

// The format named "auto", "wikitext", "dump" or "jsonl"; nothing for another name.
std::optional<StdinFormat> stdin_format_named(std::string_view name);

// Something to say about an input besides its documents, naming where: "PATH: line 3 col 1:
// mismatched tag", "<stdin>:4:2: not valid JSON".
struct InputMessage {
    bool is_error = true; // false: a warning, the input was read
    std::string text;
};

class Documents {
  public:
    explicit Documents(const std::string& path, DumpOptions dump_options = {},
                       StdinFormat stdin_format = StdinFormat::detect);

    // The next document; false at the end, or where the input could not be read on.
    bool next(Document& document);
    // The same, except that a dump's page may be given cut out (`raw`), to be read by
    // read_page on another thread; when read_page finds it broken, the input ends there with
    // broken_page_messages, and what this gives after it is not to be taken.
    Next next(Document& document, RawPage& raw);
    // What is said of the input at `path` whose page `page` is broken (`problem`): the same
    // as when the page is read in place.
    static std::vector<InputMessage>
    broken_page_messages(const std::string& path, const RawPage& page, std::string_view problem);
    // What went wrong, or is worth a warning, so far: a bad JSON line does not stop the lines
    // after it, an input that could not be read (a dump broken) stops there.
    [[nodiscard]] const std::vector<InputMessage>& messages() const noexcept { return messages_; }
    // Whether the documents are pages named by their titles (a dump, JSON lines), not the file.
    [[nodiscard]] bool is_dump() const noexcept { return dump_ || lines_; }
    // Bytes of the file read so far (compressed bytes for a compressed dump): the position a
    // progress display shows against the file's size.
    [[nodiscard]] std::uint64_t position() const noexcept;

  private:
    void open_stdin(DumpOptions dump_options, StdinFormat format);
    void error(std::string_view what);
    void end_of_dump();

    std::string path_;
    std::string name_; // the path, or <stdin>
    std::unique_ptr<DumpReader> dump_;
    std::unique_ptr<JsonLinesReader> lines_;
    std::optional<std::string> stdin_text_; // wikitext read from standard input
    bool done_ = false;
    std::uint64_t read_ = 0; // the size of a wikitext document once it is read
    std::vector<InputMessage> messages_;
    std::size_t bad_lines_ = 0; // JSON lines that are not documents
};

} // namespace citelint::io
