#include "dump.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>
#include <vector>

#include <expat.h>
#include <fmt/format.h>

#include "redirects.hpp"

namespace citelint::io {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

bool is_dump_path(std::string_view path) {
    return ends_with(path, ".xml") || ends_with(path, ".xml.bz2") || ends_with(path, ".xml.gz");
}

namespace {

// Where the first element of a UTF-8 document begins: after a byte order mark, an XML
// declaration and white space; npos when the declaration does not end in head.
std::size_t first_element(std::string_view head) {
    std::size_t at = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    at = std::min(head.find_first_not_of(" \t\n\r", at), head.size());
    if (head.substr(at, 5) == "<?xml") {
        const auto end = head.find("?>", at);
        if (end == std::string_view::npos) return std::string_view::npos;
        at = std::min(head.find_first_not_of(" \t\n\r", end + 2), head.size());
    }
    return at;
}

// Whether the document is <page> elements without a <mediawiki> root (a dump cut in parts).
bool is_fragment(std::string_view head) {
    const std::size_t at = first_element(head);
    return at != std::string_view::npos && head.substr(at, 5) == "<page";
}

enum class Utf16 { no, little_endian, big_endian };

// UTF-16 is told by its byte order mark, as expat tells it.
Utf16 utf16_order(std::string_view head) {
    if (head.substr(0, 2) == "\xFF\xFE") return Utf16::little_endian;
    if (head.substr(0, 2) == "\xFE\xFF") return Utf16::big_endian;
    return Utf16::no;
}

// The code units of UTF-16 text after its byte order mark, one char each: ASCII as itself,
// anything else as '?'. What starts a dump is ASCII, and unit i is at byte 2 + 2i.
std::string utf16_as_ascii(std::string_view text, Utf16 order) {
    std::string ascii;
    for (std::size_t at = 2; at + 1 < text.size(); at += 2) {
        const auto high =
            static_cast<unsigned char>(text[order == Utf16::big_endian ? at : at + 1]);
        const auto low = static_cast<unsigned char>(text[order == Utf16::big_endian ? at + 1 : at]);
        ascii += high == 0 && low < 0x80 ? static_cast<char>(low) : '?';
    }
    return ascii;
}

std::string as_utf16(std::string_view ascii, Utf16 order) {
    std::string wide;
    for (const char c : ascii) {
        if (order == Utf16::big_endian) wide += '\0';
        wide += c;
        if (order == Utf16::little_endian) wide += '\0';
    }
    return wide;
}

} // namespace

bool starts_like_dump(std::string_view head) {
    if (const Utf16 order = utf16_order(head); order != Utf16::no)
        return starts_like_dump(utf16_as_ascii(head.substr(0, 400), order));
    const std::size_t at = first_element(head);
    return at != std::string_view::npos &&
           (head.substr(at, 10) == "<mediawiki" || head.substr(at, 5) == "<page");
}

struct DumpReader::State {
    XML_Parser parser = nullptr;
    std::vector<std::string> open; // the elements open, outermost first
    std::string* capture = nullptr;
    std::string title, ns, text;
    std::string dbname;                        // <siteinfo><dbname>, before the pages
    std::string sitename, base;                // <siteinfo><sitename> and <base>
    std::shared_ptr<const SiteInfo> site_info; // made at </siteinfo>
    // <siteinfo><namespaces>: the key of the one being read, and the names read so far (a new
    // copy for each name, as pages read before it may be read on other threads)
    std::string namespace_key, namespace_name;
    std::shared_ptr<const DumpNamespaces> namespaces;
    bool redirect = false;
    bool has_ns = false;
    const DumpOptions* options = nullptr;
    std::deque<Document> ready;
    std::string warning;
    bool stand_in = false;       // the <page> parsed stands in for a page cut out: it gives none
    XmlPosition origin;          // where the bytes parsed start in the dump (a page cut out)
    std::uint64_t page_line = 0; // the line of the current <page> in the dump
    bool header_changed = true;  // what the pages share has changed since it was last taken

    [[nodiscard]] bool parent_is(std::string_view name) const {
        return open.size() >= 2 && open[open.size() - 2] == name;
    }
};

namespace {

bool chosen_namespace(const DumpOptions& options, std::string_view ns) {
    const auto first = ns.find_first_not_of(" \t\n\r");
    ns = first == std::string_view::npos ? std::string_view{} : ns.substr(first);
    ns = ns.substr(0, ns.find_last_not_of(" \t\n\r") + 1);
    return options.namespaces.empty() ||
           std::find(options.namespaces.begin(), options.namespaces.end(), ns) !=
               options.namespaces.end();
}

// A schema version such as "0.10" as {0, 10}; nothing when it is not one.
std::optional<std::pair<int, int>> schema_number(std::string_view version) {
    int major = 0;
    int minor = 0;
    const char* const end = version.data() + version.size();
    const auto [dot, major_problem] = std::from_chars(version.data(), end, major);
    if (major_problem != std::errc{} || dot == end || *dot != '.') return std::nullopt;
    const auto [rest, minor_problem] = std::from_chars(dot + 1, end, minor);
    if (minor_problem != std::errc{} || rest != end) return std::nullopt;
    return std::pair{major, minor};
}

// The schema of an export, from <mediawiki version="0.10"> or else from its namespace
// (xmlns="http://www.mediawiki.org/xml/export-0.10/"); empty when neither says.
std::string schema_version(const XML_Char** attributes) {
    constexpr std::string_view namespace_start = "http://www.mediawiki.org/xml/export-";
    std::string from_namespace;
    for (const XML_Char** attribute = attributes; *attribute; attribute += 2) {
        const std::string_view name = attribute[0];
        std::string_view value = attribute[1];
        if (name == "version") return std::string(value);
        if (name == "xmlns" && value.substr(0, namespace_start.size()) == namespace_start) {
            value.remove_prefix(namespace_start.size());
            from_namespace = value.substr(0, value.find('/'));
        }
    }
    return from_namespace;
}

// Every schema from oldest_schema to newest_schema is read the same way: what was added between
// them (<ns> in 0.5, <redirect/> and later its title, the content model, the slots of 0.11) is
// read where it is and not needed where it is not. A newer schema is most likely the same
// again with something added, so it is read as the newest rather than refused.
std::string schema_warning(std::string_view version) {
    if (version.empty()) return {};
    const auto number = schema_number(version);
    if (!number)
        return fmt::format("export schema '{}' is not a version citelint knows; read as {}",
                           version, newest_schema);
    if (*number > *schema_number(newest_schema))
        return fmt::format("export schema {} is newer than {}; read as {}", version, newest_schema,
                           newest_schema);
    if (*number < *schema_number(oldest_schema))
        return fmt::format("export schema {} is older than {}; read as {}", version, oldest_schema,
                           oldest_schema);
    return {};
}

void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto& s = *static_cast<DumpReader::State*>(data);
    s.open.emplace_back(name);
    const std::string_view element = name;
    if (element == "mediawiki" && s.open.size() == 1) {
        s.warning = schema_warning(schema_version(attributes));
        s.header_changed = true;
    } else if (element == "page") {
        s.page_line = offset_by(s.origin, {XML_GetCurrentLineNumber(s.parser), 0}).line;
        s.title.clear();
        s.ns.clear();
        s.text.clear();
        s.redirect = false;
        s.has_ns = false;
    } else if (element == "namespace" && s.parent_is("namespaces")) {
        s.namespace_key.clear();
        for (const XML_Char** attribute = attributes; *attribute; attribute += 2)
            if (std::string_view(attribute[0]) == "key") s.namespace_key = attribute[1];
        s.namespace_name.clear();
        s.capture = &s.namespace_name;
    } else if (s.parent_is("siteinfo") &&
               (element == "dbname" || element == "sitename" || element == "base")) {
        std::string& field = element == "dbname"     ? s.dbname
                             : element == "sitename" ? s.sitename
                                                     : s.base;
        field.clear();
        s.capture = &field;
    } else if (element == "title" && s.parent_is("page")) {
        s.title.clear();
        s.capture = &s.title;
    } else if (element == "ns" && s.parent_is("page")) {
        s.ns.clear();
        s.has_ns = true;
        s.capture = &s.ns;
    } else if (element == "redirect" && s.parent_is("page")) {
        s.redirect = true;
    } else if (element == "text" && s.parent_is("revision")) {
        s.text.clear(); // a later revision replaces an earlier one
        s.capture = &s.text;
    }
}

// A page named as "dbname:Title" when its dump names its wiki. A page without a title (the
// export schema requires one; a dump put together by hand may leave it out) is named by the
// line where it starts, so that what is said of it says where it is.
std::string page_name(std::string_view dbname, std::string& title, std::uint64_t line) {
    if (title.find_first_not_of(" \t\n\r") == std::string::npos)
        title = fmt::format("(page without a title, line {})", line);
    if (dbname.empty()) return std::move(title);
    std::string name;
    name.reserve(dbname.size() + 1 + title.size());
    name.append(dbname).append(1, ':').append(title);
    return name;
}

void on_end(void* data, const XML_Char* name) {
    auto& s = *static_cast<DumpReader::State*>(data);
    s.capture = nullptr;
    if (!s.open.empty()) s.open.pop_back();
    const std::string_view element = name;
    if (element == "siteinfo") {
        s.site_info = std::make_shared<const SiteInfo>(SiteInfo{s.sitename, s.dbname, s.base});
        s.header_changed = true;
    } else if (element == "dbname") {
        s.header_changed = true;
    } else if (element == "namespace" && !s.namespace_name.empty() &&
               (s.namespace_key == "6" || s.namespace_key == "-2" || s.namespace_key == "14")) {
        auto names = s.namespaces ? std::make_shared<DumpNamespaces>(*s.namespaces)
                                  : std::make_shared<DumpNamespaces>();
        (s.namespace_key == "14" ? names->category : names->file).push_back(s.namespace_name);
        s.namespaces = std::move(names);
        s.header_changed = true;
    }
    // Exports before 0.5 have no <ns>: their pages are taken as articles.
    if (element == "page" && !s.stand_in && !s.redirect && !is_redirect_text(s.text) &&
        chosen_namespace(*s.options, s.has_ns ? s.ns : "0"))
        s.ready.push_back({page_name(s.dbname, s.title, s.page_line), std::move(s.text), s.dbname,
                           s.namespaces, s.site_info});
}

void on_text(void* data, const XML_Char* text, int length) {
    auto& s = *static_cast<DumpReader::State*>(data);
    if (s.capture) s.capture->append(text, static_cast<std::size_t>(length));
}

void set_handlers(XML_Parser parser, DumpReader::State& state) {
    XML_SetUserData(parser, &state);
    XML_SetElementHandler(parser, on_start, on_end);
    XML_SetCharacterDataHandler(parser, on_text);
}

// Where expat stands, and what it found wrong there, as "line 12 col 3: mismatched tag", with
// the place of its input's first byte in the whole dump.
std::string parse_problem(XML_Parser parser, XmlPosition start = {}) {
    const XmlPosition at =
        offset_by(start, {XML_GetCurrentLineNumber(parser), XML_GetCurrentColumnNumber(parser)});
    return fmt::format("line {} col {}: {}", at.line, at.column + 1,
                       XML_ErrorString(XML_GetErrorCode(parser)));
}

// One parser for the pages each thread reads, made again for each page by XML_ParserReset.
struct PageParser {
    XML_Parser parser = XML_ParserCreate(nullptr);
    PageParser() = default;
    ~PageParser() { XML_ParserFree(parser); }
    PageParser(const PageParser&) = delete;
    PageParser& operator=(const PageParser&) = delete;
};

// Whether a document's XML declaration, if any, leaves it in UTF-8, in which its pages can
// be read apart from it.
bool declared_utf8(std::string_view head) {
    std::size_t at = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    at = std::min(head.find_first_not_of(" \t\n\r", at), head.size());
    if (head.substr(at, 5) != "<?xml") return true;
    const std::string_view declaration = head.substr(at, head.find("?>", at) - at);
    const std::size_t key = declaration.find("encoding");
    if (key == std::string_view::npos) return true;
    const std::size_t quote = declaration.find_first_of("\"'", key);
    if (quote == std::string_view::npos) return false;
    const std::size_t end = declaration.find(declaration[quote], quote + 1);
    if (end == std::string_view::npos) return false;
    std::string name(declaration.substr(quote + 1, end - quote - 1));
    for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return name == "utf-8";
}

} // namespace

PageFate read_page(const RawPage& page, Document& document, std::string& problem) {
    thread_local PageParser pages;
    XML_Parser parser = pages.parser;
    XML_ParserReset(parser, nullptr);
    DumpReader::State s;
    s.parser = parser;
    s.origin = page.at;
    s.dbname = page.context->dbname;
    s.namespaces = page.context->namespaces;
    s.site_info = page.context->site_info;
    s.options = &page.context->options;
    set_handlers(parser, s);
    if (XML_Parse(parser, page.xml.data(), static_cast<int>(page.xml.size()), 1) ==
        XML_STATUS_ERROR) {
        problem = parse_problem(parser, page.at);
        return PageFate::broken;
    }
    if (s.ready.empty()) return PageFate::passed_over;
    document = std::move(s.ready.front());
    return PageFate::chosen;
}

DumpReader::DumpReader(std::unique_ptr<ByteStream> bytes, std::string head, DumpOptions options)
    : bytes_(std::move(bytes)), head_(std::move(head)), options_(std::move(options)),
      state_(std::make_unique<State>()) {
    state_->options = &options_;
    state_->parser = XML_ParserCreate(nullptr);
    set_handlers(state_->parser, *state_);
    if (!bytes_->problem().empty()) {
        problem_ = bytes_->problem();
        finished_ = true;
    }
}

DumpReader::~DumpReader() {
    XML_ParserFree(state_->parser);
}

const std::string& DumpReader::warning() const noexcept {
    return state_->warning;
}

bool DumpReader::next(Document& page) {
    for (RawPage raw;;) {
        const Next next = next_piece(page, raw);
        if (next != Next::raw_page) return next == Next::document;
        std::string problem;
        const PageFate fate = read_page(raw, page, problem);
        if (fate == PageFate::chosen) return true;
        if (fate == PageFate::broken) {
            // The dump breaks at this page: what was cut or read after it is not given.
            problem_ = std::move(problem);
            finished_ = true;
            raw_.clear();
            state_->ready.clear();
            return false;
        }
    }
}

Next DumpReader::next_piece(Document& page, RawPage& raw) {
    while (raw_.empty() && state_->ready.empty() && !finished_)
        if (!feed()) finished_ = true;
    // The pages cut come before those read here: a dump is read here from where the cutting
    // stopped to its end.
    if (!raw_.empty()) {
        raw = std::move(raw_.front());
        raw_.pop_front();
        return Next::raw_page;
    }
    if (state_->ready.empty()) return Next::end;
    page = std::move(state_->ready.front());
    state_->ready.pop_front();
    return Next::document;
}

// <page> fragments are given a root of their own, on the line of the first page so that lines
// stay where they are, and in the fragments' own encoding (UTF-8, or UTF-16 after a byte order
// mark, which expat reads by itself). It is a <mediawiki>, so that the last part of a dump cut
// between pages may close it with the dump's own </mediawiki>.
void DumpReader::wrap_fragments(std::string& first_chunk) {
    const Utf16 order = utf16_order(first_chunk);
    if (order == Utf16::no) {
        if (!is_fragment(first_chunk)) return;
        first_chunk.insert(first_element(first_chunk), "<mediawiki>");
        fragments_end_ = "</mediawiki>";
        return;
    }
    const std::string ascii = utf16_as_ascii(first_chunk, order);
    if (!is_fragment(ascii)) return;
    first_chunk.insert(2 + 2 * first_element(ascii), as_utf16("<mediawiki>", order));
    fragments_end_ = as_utf16("</mediawiki>", order);
}

bool DumpReader::parse(std::string_view bytes, bool last) {
    if (XML_Parse(state_->parser, bytes.data(), static_cast<int>(bytes.size()), last) !=
        XML_STATUS_ERROR)
        return true;
    problem_ = parse_problem(state_->parser);
    return false;
}

// A UTF-8 dump without a document type (which could declare entities its pages use) has its
// pages cut out from the first element on.
void DumpReader::start_cutting(std::string_view first_chunk) {
    if (utf16_order(first_chunk) != Utf16::no || !declared_utf8(first_chunk)) return;
    const std::size_t start = first_element(first_chunk);
    if (start != std::string_view::npos) cutter_.emplace(start);
}

// What the pages cut share, made again when the dump's header has said more.
std::shared_ptr<const DumpContext> DumpReader::context() {
    State& s = *state_;
    if (!context_ || s.header_changed) {
        context_ = std::make_shared<const DumpContext>(
            DumpContext{s.dbname, s.namespaces, s.site_info, options_, s.warning});
        s.header_changed = false;
    }
    return context_;
}

// Parses the next bytes, or with a cutter what lies between the pages, each page cut out
// standing in as an empty element of its lines and characters; a page is given once what is
// before it (and its stand-in) parsed.
bool DumpReader::take(std::string_view bytes, bool last) {
    if (!cutter_) return parse(bytes, false);
    pieces_.clear();
    cutter_->cut(bytes, last, pieces_);
    for (DumpPiece& piece : pieces_) {
        if (!piece.is_page) {
            if (!parse(piece.bytes, false)) return false;
            continue;
        }
        state_->stand_in = true;
        const bool parsed = parse(page_stand_in(piece), false);
        state_->stand_in = false;
        if (!parsed) return false;
        raw_.push_back({std::move(piece.bytes), piece.at, context()});
    }
    return true;
}

// Gives expat the next chunk (first the head read before); false when the dump is done or
// broken.
bool DumpReader::feed() {
    std::string chunk;
    bool more = true;
    if (first_chunk_) {
        first_chunk_ = false;
        chunk = std::move(head_);
        more = !chunk.empty();
        wrap_fragments(chunk);
        start_cutting(chunk);
    } else {
        more = bytes_->read(chunk);
    }
    if (!bytes_->problem().empty()) {
        problem_ = bytes_->problem();
        return false;
    }
    if (more) return take(chunk, false);
    if (!take(chunk, true)) return false;
    parse(fragments_end_.empty() || state_->open.empty() ? std::string() : fragments_end_, true);
    return false;
}

} // namespace citelint::io
