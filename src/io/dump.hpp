// The pages of a MediaWiki XML export, read as a stream.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "byte_stream.hpp"
#include "page_cutter.hpp"

namespace citelint::io {

// The names a dump's <siteinfo><namespaces> gives the namespaces of links that show no text
// where they stand: files (and media) and categories, as the dump writes them.
struct DumpNamespaces {
    std::vector<std::string> file;
    std::vector<std::string> category;
};

// What a dump's <siteinfo> says of its wiki, for the reports that name it and link to its pages.
struct SiteInfo {
    std::string sitename; // "Wikipedia"
    std::string dbname;   // "enwiki"
    std::string base;     // the main page's address: "https://en.wikipedia.org/wiki/Main_Page"
};

struct Document {
    // The file's path, or a dump page's title: "enwiki:Berlin" when the dump names its wiki
    // (<siteinfo><dbname>), so that pages of one title from two wikis are told apart.
    std::string name;
    std::string text;
    std::string wiki; // the dbname of the page's wiki, as its dump or JSON line gives it
    // Its dump's namespace names (shared by every page of the dump); null when not a dump's.
    std::shared_ptr<const DumpNamespaces> namespaces;
    // Its dump's <siteinfo> (shared by every page of the dump); null when not a dump's or when
    // the dump has none.
    std::shared_ptr<const SiteInfo> site_info;
};

// Whether a file looks like a MediaWiki XML export: by its name (.xml, .xml.bz2, .xml.gz) or
// by its first bytes (<mediawiki, or <page for fragments without a root, after an optional byte
// order mark and XML declaration).
bool is_dump_path(std::string_view path);
bool starts_like_dump(std::string_view head);

struct DumpOptions {
    // The namespaces checked, as numbers ("0" the articles, "1" their talk pages); empty: all.
    // A page of an export older than 0.5 (no <ns>) is in namespace 0.
    std::vector<std::string> namespaces{"0"};
    // Threads that may decompress a multistream bzip2 dump side by side.
    unsigned decompression_threads = 1;
};

// What the pages of a dump share, for a page read apart from its dump (read_page).
struct DumpContext {
    std::string dbname;
    std::shared_ptr<const DumpNamespaces> namespaces;
    std::shared_ptr<const SiteInfo> site_info;
    DumpOptions options;
    std::string warning; // DumpReader::warning(), known from the root element on
};

// A <page> element cut from a dump, to be read on any thread.
struct RawPage {
    std::string xml;
    XmlPosition at; // where its "<page" stands in the dump
    std::shared_ptr<const DumpContext> context;
};

enum class PageFate { chosen, passed_over, broken };

// Reads a page cut from its dump as the dump's reader would have read it in place: `document`
// when it is to be checked (not a redirect, in a chosen namespace), or where and how it is
// broken, placed in the whole dump ("line 12 col 3: mismatched tag").
PageFate read_page(const RawPage& page, Document& document, std::string& problem);

// What a dump gives next: a page read, a page to read (read_page), or nothing more.
enum class Next { end, document, raw_page };

// The export schemas read: <mediawiki version="0.3"> to "0.11" (Special:Export and the dumps
// since MediaWiki 1.5). A newer one is read as the newest, with a warning.
constexpr std::string_view oldest_schema = "0.3";
constexpr std::string_view newest_schema = "0.11";

// Reads a dump with expat, one decompressed chunk at a time; only the pages of the current
// chunk are held. Each page of the chosen namespaces that is not a redirect gives one document:
// the text of its last revision, named by its title.
class DumpReader {
  public:
    // head: the first decompressed bytes, already read from bytes to tell what they are.
    DumpReader(std::unique_ptr<ByteStream> bytes, std::string head, DumpOptions options);
    ~DumpReader();
    DumpReader(const DumpReader&) = delete;
    DumpReader& operator=(const DumpReader&) = delete;

    // The next page to check; false at the end of the dump or where it broke (problem()).
    bool next(Document& page);
    // The next page, read (`page`) or cut from the dump to be read by read_page (`raw`):
    // the pages of a UTF-8 dump are cut by their markup and only what is between them is
    // parsed here, so that the threads that check the pages read them side by side. A page
    // read by read_page may be broken: the dump is then broken there, and what this reader
    // gives after it is not of the dump.
    Next next_piece(Document& page, RawPage& raw);
    // Where and how the dump broke, e.g. "line 12 col 3: unclosed token"; empty when it did not.
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }
    // How far into the file (compressed bytes) the reader is, for progress.
    [[nodiscard]] std::uint64_t compressed_offset() const noexcept {
        return bytes_->compressed_offset();
    }
    // What the dump's reader should know though nothing broke (a schema newer than
    // newest_schema); empty when nothing.
    [[nodiscard]] const std::string& warning() const noexcept;

    struct State; // what expat's callbacks fill in

  private:
    bool feed();
    void wrap_fragments(std::string& first_chunk);
    void start_cutting(std::string_view first_chunk);
    bool take(std::string_view bytes, bool last);
    bool parse(std::string_view bytes, bool last);
    std::shared_ptr<const DumpContext> context();

    std::unique_ptr<ByteStream> bytes_;
    std::string head_;
    DumpOptions options_;
    std::unique_ptr<State> state_;
    std::optional<PageCutter> cutter_; // none: the whole dump is parsed here
    std::vector<DumpPiece> pieces_;    // of the last bytes cut
    std::deque<RawPage> raw_;          // pages cut and not yet given
    std::shared_ptr<const DumpContext> context_;
    bool finished_ = false;
    bool first_chunk_ = true;
    std::string fragments_end_; // the end of the root given to <page> fragments, as encoded
    std::string problem_;
};

} // namespace citelint::io
