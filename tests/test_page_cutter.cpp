// A dump's pages cut out by their markup and read apart, on the threads that check them: the
// same pages, and a broken page placed where a parse of the whole dump places it.
#include <catch2/catch.hpp>

#include <expat.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "src/io/documents.hpp"
#include "src/io/page_cutter.hpp"
#include "temporary_folder.hpp"

namespace {

namespace fs = std::filesystem;
using citelint::io::DumpPiece;
using citelint::io::PageCutter;
using citelint::io::XmlPosition;

// Pages with what moves lines and columns: CR LF, a lone CR, characters of 2, 3 and 4 bytes,
// a tag spread over lines, and a page of more than one chunk of the reader (64 KiB).
std::string sample_dump() {
    std::string long_text;
    for (int i = 0; long_text.size() < 150'000; ++i)
        long_text += fmt::format("Line {} \xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 "
                                 "&lt;ref&gt;x&lt;/ref&gt;\n",
                                 i);
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<mediawiki version=\"0.10\">\r\n"
           "  <siteinfo><dbname>testwiki</dbname></siteinfo>\n"
           "  <page>\n    <title>\xC3\x89t\xC3\xA9</title>\r\n    <ns>0</ns>\r"
           "    <revision><text>One \xE2\x82\xAC.\r\nTwo.</text></revision>\n  </page>"
           "<page\n   ><title>Long</title><ns>0</ns>\n    <revision><text>" +
           long_text +
           "</text></revision>\n  </page>\n"
           "  <page><title>Talk:Long</title><ns>1</ns><revision><text>Talk.</text></revision>"
           "</page>\n"
           "  <page>\n    <title>Last</title>\n    <ns>0</ns>\n"
           "    <revision><text>Last \xF0\x9F\x98\x80.</text></revision>\n  </page>\n"
           "</mediawiki>\n";
}

// The pieces of `text` cut in chunks of `size` bytes, adjacent bytes between pages joined.
std::vector<DumpPiece> cut(std::string_view text, std::size_t size, std::size_t skip = 0) {
    PageCutter cutter(skip);
    std::vector<DumpPiece> pieces;
    for (std::size_t at = 0; at < text.size(); at += size)
        cutter.cut(text.substr(at, size), at + size >= text.size(), pieces);
    std::vector<DumpPiece> joined;
    for (DumpPiece& piece : pieces) {
        if (!piece.is_page && !joined.empty() && !joined.back().is_page)
            joined.back().bytes += piece.bytes;
        else
            joined.push_back(std::move(piece));
    }
    return joined;
}

// Where expat stands after `prefix`, the start of a document that parses so far, by its own
// count: an invalid token put after it breaks it, and expat names the character after its '<'.
XmlPosition expat_position(const std::string& prefix) {
    const std::string text = prefix + "<>";
    XML_Parser parser = XML_ParserCreate(nullptr);
    XML_Parse(parser, text.data(), static_cast<int>(text.size()), 1);
    const XML_Error error = XML_GetErrorCode(parser);
    const XmlPosition at{XML_GetCurrentLineNumber(parser), XML_GetCurrentColumnNumber(parser) - 1};
    XML_ParserFree(parser);
    REQUIRE(error == XML_ERROR_INVALID_TOKEN);
    return at;
}

// What expat says of a whole document: "line 3 col 5: mismatched tag", or nothing.
std::string expat_problem(const std::string& text) {
    XML_Parser parser = XML_ParserCreate(nullptr);
    std::string problem;
    if (XML_Parse(parser, text.data(), static_cast<int>(text.size()), 1) == XML_STATUS_ERROR)
        problem = fmt::format("line {} col {}: {}", XML_GetCurrentLineNumber(parser),
                              XML_GetCurrentColumnNumber(parser) + 1,
                              XML_ErrorString(XML_GetErrorCode(parser)));
    XML_ParserFree(parser);
    return problem;
}

fs::path temporary(const std::string& name) {
    static const citelint::testing::TemporaryFolder folder("citelint-test-page-cutter");
    return folder.path / name;
}

struct Read {
    std::vector<std::string> titles;
    std::vector<std::string> messages;
};

// The documents of a dump as the threads that check pages read them: pages cut out are read
// by read_page, and a broken one ends the dump with broken_page_messages.
Read read_cut(const std::string& text) {
    const fs::path path = temporary("dump.xml");
    std::ofstream(path, std::ios::binary) << text;
    citelint::io::Documents documents(path.string());
    Read read;
    citelint::io::Document document;
    citelint::io::RawPage raw;
    for (;;) {
        const citelint::io::Next next = documents.next(document, raw);
        if (next == citelint::io::Next::end) break;
        if (next == citelint::io::Next::raw_page) {
            std::string problem;
            const auto fate = citelint::io::read_page(raw, document, problem);
            if (fate == citelint::io::PageFate::passed_over) continue;
            if (fate == citelint::io::PageFate::broken) {
                for (const auto& message :
                     citelint::io::Documents::broken_page_messages(path.string(), raw, problem))
                    read.messages.push_back(message.text.substr(path.string().size() + 2));
                return read;
            }
        }
        read.titles.push_back(document.name);
    }
    for (const auto& message : documents.messages())
        read.messages.push_back(message.text.substr(path.string().size() + 2));
    return read;
}

// The same, read in place by the dump's reader alone.
Read read_in_place(const std::string& text) {
    const fs::path path = temporary("in_place.xml");
    std::ofstream(path, std::ios::binary) << text;
    citelint::io::Documents documents(path.string());
    Read read;
    for (citelint::io::Document document; documents.next(document);)
        read.titles.push_back(document.name);
    for (const auto& message : documents.messages())
        read.messages.push_back(message.text.substr(path.string().size() + 2));
    return read;
}

} // namespace

TEST_CASE("a dump's pages are cut the same in chunks of any size, each where it stands") {
    const std::string text = sample_dump();
    const std::size_t declaration = text.find("<mediawiki"); // given as it is
    const std::vector<DumpPiece> whole = cut(text, text.size(), declaration);
    std::vector<std::string> pages;
    std::string joined;
    for (const DumpPiece& piece : whole) {
        joined += piece.bytes;
        if (!piece.is_page) continue;
        pages.push_back(piece.bytes);
        CHECK(piece.bytes.rfind("<page", 0) == 0);
        CHECK(piece.bytes.substr(piece.bytes.size() - 7) == "</page>");
        // Its place is where expat is after the bytes before it.
        const XmlPosition at = expat_position(text.substr(0, joined.size() - piece.bytes.size()));
        CHECK(piece.at.line == at.line);
        CHECK(piece.at.column == at.column);
    }
    CHECK(joined == text);
    CHECK(pages.size() == 4);
    for (const std::size_t size : {1, 2, 3, 5, 6, 7, 8, 13, 64, 4096, 65536}) {
        INFO("chunks of " << size);
        const std::vector<DumpPiece> pieces = cut(text, size, declaration);
        REQUIRE(pieces.size() == whole.size());
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            CHECK(pieces[i].is_page == whole[i].is_page);
            CHECK(pieces[i].bytes == whole[i].bytes);
            CHECK(pieces[i].at.line == whole[i].at.line);
            CHECK(pieces[i].at.column == whole[i].at.column);
        }
    }
}

TEST_CASE("expat's count of lines and columns: CR, LF, CR LF and characters of many bytes") {
    for (const std::string_view bytes :
         {"a\r\nb", "a\rb\nc", "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x", "a\r", "\r\n\r\n",
          "\n\r\r\n\xC3\xA9"}) {
        XmlPosition at;
        bool after_cr = false;
        citelint::io::advance(at, after_cr, bytes);
        // In an element of its own: "<a>" is 3 characters of the first line.
        const XmlPosition expected = expat_position("<a>" + std::string(bytes));
        CHECK(at.line == expected.line);
        CHECK(at.column == (expected.line == 1 ? expected.column - 3 : expected.column));
        // Given a byte at a time, a CR and its LF split between two reads count once.
        XmlPosition stepwise;
        bool stepwise_cr = false;
        for (std::size_t i = 0; i < bytes.size(); ++i)
            citelint::io::advance(stepwise, stepwise_cr, bytes.substr(i, 1));
        CHECK(stepwise.line == at.line);
        CHECK(stepwise.column == at.column);
    }
}

TEST_CASE("what could hide a page stops the cutting, and every byte after is given as it is") {
    const std::string start = "<mediawiki>\n  <page><title>A</title></page>\n  ";
    for (const std::string hiding :
         {"<!-- <page> -->", "<![CDATA[</page>]]>", "<?pi </page>?>", "<page/>", "</page >",
          "<page><title><page></page></title></page>", "<page><!-- </page> --></page>",
          "</page>"}) {
        INFO(hiding);
        const std::string text =
            start + hiding + "\n  <page><title>B</title></page>\n</mediawiki>\n";
        const std::vector<DumpPiece> pieces = cut(text, 5);
        REQUIRE(pieces.size() == 3); // before the first page, the first page, the rest
        CHECK(pieces[1].bytes == "<page><title>A</title></page>");
        CHECK(pieces[2].bytes == text.substr(start.size() - 3));
    }
    // A page the input leaves open is given as it is.
    const std::vector<DumpPiece> open = cut(start + "<page><title>B", 4);
    REQUIRE(open.size() == 3);
    CHECK(open[2].bytes == "\n  <page><title>B");
}

TEST_CASE("a page's stand-in has the page's lines and characters and nothing in it") {
    const std::string text = sample_dump();
    for (const DumpPiece& piece : cut(text, 65536, text.find("<mediawiki"))) {
        if (!piece.is_page) continue;
        const std::string stand_in = citelint::io::page_stand_in(piece);
        CHECK(stand_in.rfind("<page>", 0) == 0);
        CHECK(stand_in.find_first_not_of(" \n", 6) == stand_in.size() - 7);
        XmlPosition page{1, 0};
        XmlPosition stood{1, 0};
        bool cr = false;
        citelint::io::advance(page, cr, piece.bytes);
        citelint::io::advance(stood, cr, stand_in);
        CHECK(stood.line == page.line);
        CHECK(stood.column == page.column);
    }
}

TEST_CASE("a dump broken in a page read apart is broken where a parse of it all says") {
    const std::string text = sample_dump();
    const std::size_t long_page = text.find("<page\n");
    const std::size_t deep = text.find("Line 2000 ");
    REQUIRE(deep > long_page + 70'000); // past the reader's first chunk of the page
    struct Break {
        std::size_t at;
        std::string_view insert;
    };
    // In the first page's first line, after characters of several bytes; in the long page far
    // past a chunk; between pages; after the last; on a line ended by a lone CR; in a page of
    // one line that starts after others on its line.
    const std::vector<Break> breaks = {{text.find("</title>") - 2, "<"},
                                       {text.find("Two."), "&nowhere;"},
                                       {deep + 12, "</text>"},
                                       {deep + 20, "\x01"},
                                       {text.find("<page><title>Talk"), "<x"},
                                       {text.rfind("</mediawiki>"), "<x>"},
                                       {text.find("<ns>0</ns>\r") + 10, "<"},
                                       {text.rfind("Last"), "\xFF"},
                                       {text.find("Talk.</text>"), "&nowhere;"},
                                       {text.size(), "<page>"}};
    for (const Break& at : breaks) {
        std::string broken = text;
        broken.insert(at.at, at.insert);
        INFO("broken at byte " << at.at << " by " << at.insert);
        const Read cut_apart = read_cut(broken);
        const Read in_place = read_in_place(broken);
        REQUIRE(!cut_apart.messages.empty());
        CHECK(cut_apart.messages.back() == expat_problem(broken));
        CHECK(cut_apart.titles == in_place.titles);
        CHECK(cut_apart.messages == in_place.messages);
    }
    const Read whole = read_cut(text);
    CHECK(whole.messages.empty());
    CHECK(whole.titles ==
          std::vector<std::string>{"testwiki:\xC3\x89t\xC3\xA9", "testwiki:Long", "testwiki:Last"});
}

TEST_CASE("a dump broken in a page after a newer schema's warning says both, in that order") {
    std::string text = sample_dump();
    text.replace(text.find("version=\"0.10\""), 14, "version=\"0.99\"");
    text.insert(text.find("<title>Last"), "</nowhere>");
    const Read read = read_cut(text);
    CHECK(read.titles == std::vector<std::string>{"testwiki:\xC3\x89t\xC3\xA9", "testwiki:Long"});
    REQUIRE(read.messages.size() == 2);
    CHECK(read.messages[0] == "export schema 0.99 is newer than 0.11; read as 0.11");
    CHECK(read.messages[1] == expat_problem(text));
    CHECK(read.messages == read_in_place(text).messages);
}

TEST_CASE("a page without a title is named by the line it starts on, read apart or in place") {
    const std::string text = "<mediawiki>\n"
                             "  <siteinfo><dbname>testwiki</dbname></siteinfo>\n"
                             "  <page><title>A</title><ns>0</ns><revision><text>a</text>"
                             "</revision></page>\n"
                             "  <page>\n    <title> </title><ns>0</ns><revision><text>b</text>"
                             "</revision></page>\n"
                             "  <page><ns>0</ns><revision><text>c</text></revision></page>\n"
                             "</mediawiki>\n";
    const std::vector<std::string> names = {"testwiki:A", "testwiki:(page without a title, line 4)",
                                            "testwiki:(page without a title, line 6)"};
    CHECK(read_cut(text).titles == names);
    CHECK(read_in_place(text).titles == names);
    // An empty <page/> ends the cutting: it is read in place, and named all the same.
    CHECK(read_in_place("<page/>").titles ==
          std::vector<std::string>{"(page without a title, line 1)"});
}
