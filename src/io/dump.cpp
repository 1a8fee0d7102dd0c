#include "dump.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <expat.h>
#include <fmt/format.h>

namespace citelint::io {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A hand-made export may mark a redirect by its text alone, as MediaWiki itself reads it (the
// English magic word only: another language's is not known here).
bool redirect_text(std::string_view text) {
    const auto start = text.find_first_not_of(" \t\n\r");
    if (start == std::string_view::npos) return false;
    text = text.substr(start, 9);
    constexpr std::string_view magic = "#redirect";
    return text.size() == magic.size() &&
           std::equal(text.begin(), text.end(), magic.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
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

} // namespace

bool starts_like_dump(std::string_view head) {
    // UTF-16 with a byte order mark: its ASCII start, without the zero bytes, tells.
    if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") {
        std::string narrow;
        for (const char c : head.substr(2, 200))
            if (c != '\0') narrow += c;
        return starts_like_dump(narrow);
    }
    const std::size_t at = first_element(head);
    return at != std::string_view::npos &&
           (head.substr(at, 10) == "<mediawiki" || head.substr(at, 5) == "<page");
}

struct DumpReader::State {
    XML_Parser parser = nullptr;
    std::vector<std::string> open; // the elements open, outermost first
    std::string* capture = nullptr;
    std::string title, ns, text;
    bool redirect = false;
    bool has_ns = false;
    DumpOptions options;
    std::deque<Document> ready;

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

void on_start(void* data, const XML_Char* name, const XML_Char** /*attributes*/) {
    auto& s = *static_cast<DumpReader::State*>(data);
    s.open.emplace_back(name);
    const std::string_view element = name;
    if (element == "page") {
        s.title.clear();
        s.ns.clear();
        s.text.clear();
        s.redirect = false;
        s.has_ns = false;
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

void on_end(void* data, const XML_Char* name) {
    auto& s = *static_cast<DumpReader::State*>(data);
    s.capture = nullptr;
    if (!s.open.empty()) s.open.pop_back();
    // Exports before 0.5 have no <ns>: their pages are taken as articles.
    if (std::string_view(name) == "page" && !s.redirect && !redirect_text(s.text) &&
        chosen_namespace(s.options, s.has_ns ? s.ns : "0"))
        s.ready.push_back({std::move(s.title), std::move(s.text)});
}

void on_text(void* data, const XML_Char* text, int length) {
    auto& s = *static_cast<DumpReader::State*>(data);
    if (s.capture) s.capture->append(text, static_cast<std::size_t>(length));
}

} // namespace

DumpReader::DumpReader(const std::string& path, DumpOptions options)
    : bytes_(path, options.decompression_threads), state_(std::make_unique<State>()) {
    state_->options = std::move(options);
    state_->parser = XML_ParserCreate(nullptr);
    XML_SetUserData(state_->parser, state_.get());
    XML_SetElementHandler(state_->parser, on_start, on_end);
    XML_SetCharacterDataHandler(state_->parser, on_text);
    if (!bytes_.problem().empty()) {
        problem_ = bytes_.problem();
        finished_ = true;
    }
}

DumpReader::~DumpReader() {
    XML_ParserFree(state_->parser);
}

bool DumpReader::next(Document& page) {
    while (state_->ready.empty() && !finished_)
        if (!feed()) finished_ = true;
    if (state_->ready.empty()) return false;
    page = std::move(state_->ready.front());
    state_->ready.pop_front();
    return true;
}

// Gives expat the next chunk; false when the dump is done or broken.
bool DumpReader::feed() {
    std::string chunk;
    const bool more = bytes_.read(chunk);
    if (!bytes_.problem().empty()) {
        problem_ = bytes_.problem();
        return false;
    }
    // <page> fragments are given a root of their own, on the line of the first page so that
    // lines stay where they are (UTF-8 fragments only).
    constexpr std::string_view root = "<fragments>";
    if (first_chunk_) {
        first_chunk_ = false;
        fragments_ = is_fragment(chunk);
        if (fragments_) chunk.insert(first_element(chunk), root);
    }
    if (!more && fragments_) chunk += "</fragments>";
    if (XML_Parse(state_->parser, chunk.data(), static_cast<int>(chunk.size()), !more) ==
        XML_STATUS_ERROR) {
        problem_ = fmt::format("line {} col {}: {}", XML_GetCurrentLineNumber(state_->parser),
                               XML_GetCurrentColumnNumber(state_->parser) + 1,
                               XML_ErrorString(XML_GetErrorCode(state_->parser)));
        return false;
    }
    return more;
}

} // namespace citelint::io
