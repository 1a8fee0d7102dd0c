// MediaWiki XML dumps: which pages are documents, compression, and where a broken dump broke.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/io/bzip2_parallel.hpp"
#include "src/io/documents.hpp"
#include "src/io/redirects.hpp"
#include "temporary_folder.hpp"

namespace {

namespace fs = std::filesystem;
using citelint::io::Document;
using citelint::io::Documents;
using citelint::io::StdinFormat;

const std::string dump_text =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">
  <siteinfo><sitename>Test</sitename></siteinfo>
  <page>
    <title>First &amp; last</title>
    <ns>0</ns>
    <id>1</id>
    <revision><id>10</id><text xml:space="preserve">old text</text></revision>
    <revision><id>11</id><text xml:space="preserve">Used.&lt;ref name="x" /&gt;</text></revision>
  </page>
  <page>
    <title>Elsewhere</title>
    <ns>0</ns>
    <redirect title="First &amp; last" />
    <revision><text>#REDIRECT [[First &amp; last]]</text></revision>
  </page>
  <page>
    <title>Talk:First &amp; last</title>
    <ns>1</ns>
    <revision><text>Talk.</text></revision>
  </page>
  <page>
    <title>Marked by its text</title>
    <ns>0</ns>
    <revision><text> #Redirect [[Second]]</text></revision>
  </page>
  <page>
    <title>Second</title>
    <ns>0</ns>
    <revision><text>Plain.</text></revision>
  </page>
</mediawiki>
)";

struct Read {
    std::vector<std::pair<std::string, std::string>> pages;
    std::string problem;               // the errors, one a line, without the input's name
    std::vector<std::string> warnings; // with it
};

Read read_all(const std::string& path, StdinFormat stdin_format = StdinFormat::detect,
              unsigned threads = 1) {
    Read read;
    citelint::io::DumpOptions options;
    options.decompression_threads = threads;
    Documents documents(path, options, stdin_format);
    Document document;
    while (documents.next(document))
        read.pages.emplace_back(document.name, document.text);
    const std::string name = path == "-" ? "<stdin>" : path;
    for (const auto& message : documents.messages()) {
        if (!message.is_error) {
            read.warnings.push_back(message.text);
            continue;
        }
        if (!read.problem.empty()) read.problem += '\n';
        read.problem +=
            message.text.substr(message.text.rfind(name + ": ", 0) == 0 ? name.size() + 2 : 0);
    }
    return read;
}

fs::path temporary(const std::string& name) {
    static const citelint::testing::TemporaryFolder folder("citelint-test-dumps");
    return folder.path / name;
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// The bytes given as standard input, as a pipe would give them.
Read read_stdin(const std::string& bytes, StdinFormat stdin_format = StdinFormat::detect) {
    const fs::path path = temporary("stdin");
    write(path, bytes);
    REQUIRE(std::freopen(path.string().c_str(), "rb", stdin));
    return read_all("-", stdin_format);
}

std::string compressed(const std::string& text, const std::string& tool) {
    const fs::path plain = temporary("to_compress");
    write(plain, text);
    const fs::path packed = temporary("compressed");
    REQUIRE(std::system(
                (tool + " -c '" + plain.string() + "' >'" + packed.string() + "'").c_str()) == 0);
    std::ifstream in(packed, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string utf16(std::string_view text, bool little_endian) {
    std::string wide = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (const char c : text) { // the dump above is ASCII
        if (!little_endian) wide += '\0';
        wide += c;
        if (little_endian) wide += '\0';
    }
    return wide;
}

std::string fragments_of(const std::string& dump) {
    const std::size_t first = dump.find("  <page>");
    const std::size_t end = dump.rfind("</page>") + 7;
    return dump.substr(first, end - first) + "\n";
}

const std::vector<std::pair<std::string, std::string>> expected_pages = {
    {"First & last", "Used.<ref name=\"x\" />"}, {"Second", "Plain."}};

} // namespace

TEST_CASE("a dump gives the last revision of each article, redirects and talk pages skipped") {
    const fs::path path = temporary("plain.xml");
    write(path, dump_text);
    const Read read = read_all(path.string());
    CHECK(read.problem.empty());
    CHECK(read.pages == expected_pages);
}

TEST_CASE("a dump's namespaces are chosen") {
    const fs::path path = temporary("namespaces.xml");
    write(path, dump_text);
    const auto titles = [&](std::vector<std::string> namespaces) {
        Documents documents(path.string(), {std::move(namespaces)});
        std::vector<std::string> names;
        Document document;
        while (documents.next(document))
            names.push_back(document.name);
        return names;
    };
    using Titles = std::vector<std::string>;
    CHECK(titles({"1"}) == Titles{"Talk:First & last"});
    CHECK(titles({"0", "1"}) == Titles{"First & last", "Talk:First & last", "Second"});
    CHECK(titles({}) == titles({"0", "1"}));
}

TEST_CASE("a dump is told by its content whatever its name") {
    const fs::path path = temporary("dump.txt");
    write(path, "\xEF\xBB\xBF" + dump_text);
    CHECK(read_all(path.string()).pages == expected_pages);
    CHECK(citelint::io::starts_like_dump("<mediawiki>"));
    CHECK_FALSE(citelint::io::starts_like_dump("Some <mediawiki> text"));
}

TEST_CASE("<page> fragments without a root are read as a dump") {
    const fs::path path = temporary("fragments.txt");
    write(path, fragments_of(dump_text));
    const Read read = read_all(path.string());
    CHECK(read.problem.empty());
    CHECK(read.pages == expected_pages);
}

TEST_CASE("the last part of a dump cut between pages may end with the dump's </mediawiki>") {
    const fs::path path = temporary("last_part.xml");
    write(path, fragments_of(dump_text) + "</mediawiki>\n");
    const Read read = read_all(path.string());
    CHECK(read.problem.empty());
    CHECK(read.pages == expected_pages);
    write(path, fragments_of(dump_text) + "</mediawiki>\n</mediawiki>\n");
    CHECK(read_all(path.string()).problem == "line 30 col 2: not well-formed (invalid token)");
}

TEST_CASE("a wikitext file is one document named by its path") {
    const fs::path path = temporary("page.wiki");
    write(path, "Text.");
    const Read read = read_all(path.string());
    CHECK(read.pages == std::vector<std::pair<std::string, std::string>>{{path.string(), "Text."}});
}

TEST_CASE("bzip2 and gzip dumps are decompressed as they are read") {
    const fs::path plain = temporary("compressed.xml");
    for (const std::string tool : {"bzip2", "gzip"}) {
        write(plain, dump_text);
        const std::string suffix = tool == "bzip2" ? ".bz2" : ".gz";
        fs::remove(plain.string() + suffix);
        REQUIRE(std::system((tool + " -k -f '" + plain.string() + "'").c_str()) == 0);
        const Read read = read_all(plain.string() + suffix);
        CHECK(read.problem.empty());
        CHECK(read.pages == expected_pages);
    }
}

TEST_CASE("a compressed file that one thread must inflate is read ahead on a thread of its own") {
    // gzip (several members) and a single bzip2 stream: with more than one thread they are
    // decompressed beside the reader, and read the same, problems and all.
    const fs::path plain = temporary("ahead.xml");
    std::string big = "<mediawiki>\n";
    std::vector<std::pair<std::string, std::string>> pages;
    std::uint32_t seed = 2026; // letters that compress badly, so that the file is long
    for (int i = 0; i < 300; ++i) {
        std::string text(4000, ' ');
        for (char& c : text)
            c = static_cast<char>('a' + ((seed = seed * 1103515245 + 12345) >> 16) % 26);
        pages.emplace_back("Page " + std::to_string(i), text);
        big += "<page><title>Page " + std::to_string(i) + "</title><ns>0</ns><revision><text>" +
               text + "</text></revision></page>\n";
    }
    write(plain, big + "</mediawiki>\n");
    for (const std::string tool : {"gzip", "bzip2"}) {
        const std::string path = plain.string() + (tool == "gzip" ? ".gz" : ".bz2");
        fs::remove(path);
        REQUIRE(std::system((tool + " -k -f '" + plain.string() + "'").c_str()) == 0);
        const Read ahead = read_all(path, StdinFormat::detect, 2);
        CHECK(ahead.problem.empty());
        CHECK(ahead.pages == pages);
        // Cut short: the same pages before the break and the same message.
        const std::string cut =
            temporary("ahead-cut.xml").string() + (tool == "gzip" ? ".gz" : ".bz2");
        const auto half = std::to_string(fs::file_size(path) / 2);
        REQUIRE(std::system(("head -c " + half + " '" + path + "' >'" + cut + "'").c_str()) == 0);
        const Read alone = read_all(cut, StdinFormat::detect, 1);
        const Read beside = read_all(cut, StdinFormat::detect, 2);
        CHECK_FALSE(alone.problem.empty());
        CHECK(beside.problem == alone.problem);
        CHECK(beside.pages == alone.pages);
        // (bzip2 gives nothing of a block cut short, and this file is one block)
        if (tool == "gzip") CHECK_FALSE(beside.pages.empty());
    }
}

TEST_CASE("a bzip2 multistream dump is read stream after stream") {
    const fs::path first = temporary("multi1.xml");
    const fs::path second = temporary("multi2.xml");
    const std::size_t half = dump_text.find("<page>", dump_text.find("</page>"));
    write(first, dump_text.substr(0, half));
    write(second, dump_text.substr(half));
    const fs::path path = temporary("multistream.xml.bz2");
    REQUIRE(std::system(("bzip2 -c '" + first.string() + "' >'" + path.string() +
                         "' && bzip2 -c '" + second.string() + "' >>'" + path.string() + "'")
                            .c_str()) == 0);
    const Read read = read_all(path.string());
    CHECK(read.problem.empty());
    CHECK(read.pages == expected_pages);
}

TEST_CASE("a UTF-16 dump with a byte order mark is read as UTF-8") {
    const std::string text = dump_text.substr(dump_text.find("?>") + 2); // no encoding="UTF-8"
    const fs::path path = temporary("utf16.dump");
    write(path, utf16(text, true));
    const Read read = read_all(path.string());
    CHECK(read.problem.empty());
    CHECK(read.pages == expected_pages);
}

TEST_CASE("UTF-16 <page> fragments are read, in either byte order") {
    for (const bool little_endian : {true, false}) {
        const fs::path path = temporary("utf16_fragments.xml");
        write(path, utf16(fragments_of(dump_text), little_endian));
        const Read read = read_all(path.string());
        CHECK(read.problem.empty());
        CHECK(read.pages == expected_pages);
        CHECK(read_stdin(utf16(fragments_of(dump_text), little_endian)).pages == expected_pages);
    }
}

TEST_CASE("a truncated bzip2 dump says at which compressed byte") {
    const fs::path plain = temporary("cut.xml");
    write(plain, dump_text);
    const fs::path path = temporary("cut.xml.bz2");
    REQUIRE(std::system(("bzip2 -c '" + plain.string() + "' | head -c 200 >'" + path.string() + "'")
                            .c_str()) == 0);
    const Read read = read_all(path.string());
    CHECK(read.problem == "byte 200: the bzip2 stream ends early (truncated file)");
}

TEST_CASE("a truncated dump says where it broke and keeps the pages before") {
    const fs::path path = temporary("truncated.xml");
    write(path, dump_text.substr(0, dump_text.find("<title>Second")));
    const Read read = read_all(path.string());
    CHECK(read.pages == std::vector<std::pair<std::string, std::string>>{expected_pages[0]});
    CHECK(read.problem == "line 28 col 5: no element found");
}

TEST_CASE("bad XML says where it broke") {
    const fs::path path = temporary("bad.xml");
    write(path, "<mediawiki>\n<page><title>A</titel></page></mediawiki>");
    const Read read = read_all(path.string());
    CHECK(read.pages.empty());
    CHECK(read.problem == "line 2 col 17: mismatched tag");
}

TEST_CASE("bad compression says at which compressed byte") {
    const fs::path path = temporary("bad.xml.gz");
    write(path, std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + "garbage data here");
    const Read read = read_all(path.string());
    CHECK(read.pages.empty());
    CHECK(read.problem.rfind("byte ", 0) == 0);
    CHECK(read.problem.find("bad gzip data") != std::string::npos);
}

namespace {

// A multistream bzip2 dump as Wikimedia writes them (a stream per 100 pages) whose pages hold
// text that compresses badly, so that it is cut into several segments; returns its pages.
std::vector<std::pair<std::string, std::string>> write_multistream(const fs::path& path) {
    std::vector<std::pair<std::string, std::string>> pages;
    std::uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1103515245 + 12345; };
    const fs::path folder = temporary("streams");
    fs::remove_all(folder);
    fs::create_directories(folder);
    constexpr int count = 2000;
    std::string part = "<mediawiki>\n";
    for (int i = 0; i < count; ++i) {
        std::string text;
        for (int w = 0; w < 400; ++w) {
            for (unsigned letters = 2 + next() % 8; letters > 0; --letters)
                text += static_cast<char>('a' + (next() >> 16) % 26);
            text += ' ';
        }
        pages.emplace_back("Page " + std::to_string(i), text);
        part += "<page><title>Page " + std::to_string(i) + "</title><ns>0</ns><revision><text>" +
                text + "</text></revision></page>\n";
        if (i % 100 == 99 || i == count - 1) {
            if (i == count - 1) part += "</mediawiki>\n";
            char name[16];
            std::snprintf(name, sizeof name, "%04d.xml", i / 100);
            write(folder / name, part);
            part.clear();
        }
    }
    const std::string command = "cd '" + folder.string() +
                                "' && for f in *.xml; do bzip2 -c $f; done >'" + path.string() +
                                "' && cat *.xml >all";
    REQUIRE(std::system(command.c_str()) == 0);
    return pages;
}

} // namespace

TEST_CASE("a bzip2 stream start is found only where a stream header and a block begin") {
    using citelint::io::next_bzip2_stream;
    const std::string block = "BZh91AY&SY";
    const std::string empty = std::string("BZh9") + "\x17\x72\x45\x38\x50\x90";
    CHECK(next_bzip2_stream("xx" + block + "yy", 0) == 2);
    CHECK(next_bzip2_stream(block + "yy" + block, 1) == 12);
    CHECK(next_bzip2_stream("xx" + empty, 0) == 2);
    CHECK(next_bzip2_stream("BZh01AY&SY", 0) == std::string::npos); // no block size 0
    CHECK(next_bzip2_stream("BZh91AY&SX", 0) == std::string::npos);
    CHECK(next_bzip2_stream("BZh91AY&S", 0) == std::string::npos); // cut short
}

TEST_CASE("a multistream bzip2 dump decompressed on several threads gives the same pages") {
    const fs::path path = temporary("parallel.xml.bz2");
    const auto pages = write_multistream(path);
    REQUIRE(fs::file_size(path) > 3 * (1 << 20)); // several segments of a megabyte
    const Read one = read_all(path.string(), StdinFormat::detect, 1);
    const Read three = read_all(path.string(), StdinFormat::detect, 3);
    CHECK(one.problem.empty());
    CHECK(three.problem.empty());
    CHECK(one.pages == pages);
    CHECK(three.pages == pages);
}

TEST_CASE("a broken multistream bzip2 dump on several threads keeps the pages before") {
    const fs::path path = temporary("parallel.xml.bz2");
    const auto pages = write_multistream(path);
    const auto size = fs::file_size(path);
    std::string bytes(size, '\0');
    std::ifstream(path, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(size));

    SECTION("cut short") {
        const fs::path cut = temporary("parallel-cut.xml.bz2");
        write(cut, bytes.substr(0, size - 1000));
        const Read read = read_all(cut.string(), StdinFormat::detect, 3);
        CHECK(read.problem == "byte " + std::to_string(size - 1000) +
                                  ": the bzip2 stream ends early (truncated file)");
        CHECK(read.pages.size() > 1000);
        CHECK(read.pages.size() < pages.size());
        CHECK(std::equal(read.pages.begin(), read.pages.end(), pages.begin()));
    }
    SECTION("bad data in a later stream") {
        const fs::path bad = temporary("parallel-bad.xml.bz2");
        const std::size_t at = size * 3 / 4;
        std::string broken = bytes;
        for (std::size_t i = at; i < at + 64; ++i)
            broken[i] = static_cast<char>(broken[i] ^ 0x5a);
        write(bad, broken);
        const Read read = read_all(bad.string(), StdinFormat::detect, 3);
        CHECK(read.problem.rfind("byte ", 0) == 0);
        CHECK(read.problem.find("bad bzip2 data") != std::string::npos);
        CHECK(std::stoull(read.problem.substr(5)) >= at);
        CHECK(read.pages.size() > 1000);
        CHECK(std::equal(read.pages.begin(), read.pages.end(), pages.begin()));
        const Read sequential = read_all(bad.string(), StdinFormat::detect, 1);
        CHECK(sequential.problem.find("bad bzip2 data") != std::string::npos);
    }
}

namespace {

// Everything a Bzip2Segments gives for a file, and its problem.
std::pair<std::string, std::string> segments_of(const fs::path& path, std::size_t longest) {
    std::FILE* file = std::fopen(path.string().c_str(), "rb");
    REQUIRE(file);
    std::string all;
    std::string problem;
    {
        citelint::io::Bzip2Segments segments(file, {}, 3, longest);
        std::string chunk;
        while (segments.read(chunk))
            all += chunk;
        problem = segments.problem();
    }
    std::fclose(file);
    return {all, problem};
}

} // namespace

TEST_CASE("a bzip2 stream longer than a segment may be is decompressed as it is read") {
    const fs::path path = temporary("long-stream.xml.bz2");
    write_multistream(path);
    const fs::path folder = temporary("streams");
    // The first 800 pages in streams of 100 (over a megabyte: a segment is cut among them),
    // the 1,200 others in one stream longer than the 1.5 MiB a segment may be here.
    REQUIRE(std::system(("cd '" + folder.string() +
                         "' && for f in $(ls *.xml | head -n 8); do bzip2 -c $f; done >'" +
                         path.string() + "' && cat $(ls *.xml | tail -n +9) | bzip2 -c >>'" +
                         path.string() + "'")
                            .c_str()) == 0);
    std::string expected;
    {
        std::ifstream in(folder / "all", std::ios::binary);
        expected.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto size = fs::file_size(path);
    REQUIRE(size > 2 * (1 << 20));
    const auto [all, problem] = segments_of(path, 3 << 19);
    CHECK(problem.empty());
    CHECK(all == expected);

    std::string bytes(size, '\0');
    std::ifstream(path, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(size));
    const fs::path cut = temporary("long-stream-cut.xml.bz2");
    write(cut, bytes.substr(0, size - 100));
    const auto [some, cut_problem] = segments_of(cut, 3 << 19);
    CHECK(cut_problem ==
          "byte " + std::to_string(size - 100) + ": the bzip2 stream ends early (truncated file)");
    CHECK(some.size() > (1 << 20));
    CHECK(expected.compare(0, some.size(), some) == 0);
}

TEST_CASE("standard input is wikitext unless it unmistakably is a dump or JSON lines") {
    using Pages = std::vector<std::pair<std::string, std::string>>;
    const std::string infobox = "{{Infobox person\n| name = A\n}}\n<mediawiki> is text here.";
    CHECK(read_stdin(infobox).pages == Pages{{"<stdin>", infobox}});
    const std::string json_text = "{\"title\": \"A\"} is not a line of a document";
    CHECK(read_stdin(json_text).pages == Pages{{"<stdin>", json_text}});
    CHECK(read_stdin(dump_text).pages == expected_pages);
    CHECK(read_stdin(fragments_of(dump_text)).pages == expected_pages);
    // A hadoop streaming mapper gets each <page> record followed by a tab and a newline.
    std::string records = fragments_of(dump_text);
    for (std::size_t at = 0; (at = records.find("</page>\n", at)) != std::string::npos; at += 8)
        records.replace(at, 8, "</page>\t\n");
    CHECK(read_stdin(records).pages == expected_pages);
    CHECK(read_stdin(dump_text, StdinFormat::wikitext).pages == Pages{{"<stdin>", dump_text}});
}

TEST_CASE("a compressed dump on standard input is told by its first bytes and decompressed") {
    for (const std::string tool : {"bzip2", "gzip"}) {
        const Read read = read_stdin(compressed(fragments_of(dump_text), tool));
        CHECK(read.problem.empty());
        CHECK(read.pages == expected_pages);
    }
}

TEST_CASE("JSON lines of documents are named by their titles, a bad line does not stop the rest") {
    const std::string lines = "{\"title\": \"One\", \"text\": \"First.\", \"id\": 7}\n"
                              "\n"
                              "{\"title\": \"Two\", \"text\": \"Second\\n\"}\r\n"
                              "{\"title\": \"Three\", \"text\": \"Thi\n"
                              "[\"a\", \"list\"]\n"
                              "{\"text\": \"no title\"}\n"
                              "{\"title\": \"Four\", \"text\": 4}\n"
                              "{\"title\": \"Five\", \"text\": \"Last, no newline.\"}";
    using Pages = std::vector<std::pair<std::string, std::string>>;
    const Pages expected = {{"One", "First."}, {"Two", "Second\n"}, {"Five", "Last, no newline."}};
    const Read read = read_stdin(lines);
    CHECK(read.pages == expected);
    CHECK(read.problem ==
          "<stdin>:4:32: not valid JSON\n"
          "<stdin>:5: not a JSON object (expected {\"title\": ..., \"text\": ...})\n"
          "<stdin>:6: no \"title\" string to name the document\n"
          "<stdin>:7: no \"text\" string");
    CHECK(read_stdin(compressed(lines, "gzip"), StdinFormat::json_lines).pages == expected);
    CHECK(read_stdin("not JSON\n", StdinFormat::json_lines).problem ==
          "<stdin>:1:2: not valid JSON");
    // A number no double holds is a bad line like the others (nlohmann throws another kind of
    // error for it, which once stopped the run: found by fuzzing JSON lines).
    const Read huge = read_stdin("{\"title\": \"A\", \"text\": \"a\", \"n\": 1E400}\n[[1E555455\n"
                                 "{\"title\": \"B\", \"text\": \"b\"}\n",
                                 StdinFormat::json_lines);
    CHECK(huge.pages == Pages{{"B", "b"}});
    CHECK(huge.problem == "<stdin>:1: not valid JSON: a number too large to read\n"
                          "<stdin>:2: not valid JSON: a number too large to read");
}

TEST_CASE("an export schema newer than 0.11 is read, with one warning") {
    const auto with_root = [](const std::string& root) {
        std::string text = dump_text;
        const std::size_t start = text.find("<mediawiki");
        text.replace(start, text.find('>', start) - start + 1, root);
        return text;
    };
    const fs::path path = temporary("schema.xml");
    write(path,
          with_root(
              R"(<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.12/" version="0.12">)"));
    Read read = read_all(path.string());
    CHECK(read.pages == expected_pages);
    CHECK(read.problem.empty());
    CHECK(read.warnings ==
          std::vector<std::string>{path.string() +
                                   ": export schema 0.12 is newer than 0.11; read as 0.11"});
    write(path, with_root(R"(<mediawiki xmlns="http://www.mediawiki.org/xml/export-1.0/">)"));
    CHECK(read_all(path.string()).warnings ==
          std::vector<std::string>{path.string() +
                                   ": export schema 1.0 is newer than 0.11; read as 0.11"});
    for (const std::string version : {"0.3", "0.5", "0.10", "0.11"}) {
        write(path, with_root("<mediawiki version=\"" + version + "\">"));
        read = read_all(path.string());
        CHECK(read.warnings.empty());
        CHECK(read.pages == expected_pages);
    }
}

TEST_CASE("the corpus's exports of every schema are read without a word") {
    const fs::path dumps = CITELINT_SOURCE_DIR "/../shared/corpus/dumps";
    std::ifstream table(dumps / "DUMPS.tsv");
    REQUIRE(table);
    std::vector<std::string> versions_read;
    std::string line;
    std::getline(table, line); // the header
    while (std::getline(table, line)) {
        std::vector<std::string> columns;
        for (std::size_t start = 0, end = 0; end != std::string::npos; start = end + 1)
            columns.push_back(line.substr(start, (end = line.find('\t', start)) - start));
        const std::string& version = columns.at(4);
        if (std::find(versions_read.begin(), versions_read.end(), version) != versions_read.end())
            continue;
        versions_read.push_back(version);
        INFO(columns[0]);
        const Read read = read_all((dumps / columns[0]).string());
        CHECK(read.problem.empty());
        CHECK(read.warnings.empty());
        CHECK(std::to_string(read.pages.size()) ==
              std::to_string(std::stoi(columns.at(6)) - std::stoi(columns.at(7))));
    }
    for (const std::string version : {"0.3", "0.5", "0.8", "0.10", "0.11"})
        CHECK(std::find(versions_read.begin(), versions_read.end(), version) !=
              versions_read.end());
}

TEST_CASE("a redirect is told by its text in any language MediaWiki knows, in any case") {
    using citelint::io::is_redirect_text;
    CHECK(is_redirect_text("#REDIRECT [[Target]]"));
    CHECK(is_redirect_text("  #redirect[[Target]]"));
    CHECK(is_redirect_text("#Redirect: [[Target]]"));
    CHECK(is_redirect_text("#WEITERLEITUNG [[Ziel]]"));
    CHECK(is_redirect_text("#weiterleitung\n[[Ziel]]"));
    CHECK(is_redirect_text("#REDIRECTION [[Cible]]"));
    CHECK(is_redirect_text("#redirección [[Destino]]"));
    CHECK(is_redirect_text("#ПЕРЕНАПРАВЛЕНИЕ [[Цель]]"));
    CHECK(is_redirect_text("#перенаправление [[Цель]]"));
    CHECK(is_redirect_text("#RINVIA [[Destinazione]]"));
    CHECK(is_redirect_text("#転送 [[目標]]"));
    CHECK(is_redirect_text("#ανακατευθυνση [[Στόχος]]"));
    CHECK(is_redirect_text("#վերահղում [[Թիրախ]]"));
    CHECK(is_redirect_text("#Suuna [[Siht]]"));
    CHECK_FALSE(is_redirect_text("#REDIRECTIONS [[Cible]]"));  // no word of any language
    CHECK_FALSE(is_redirect_text("#REDIRECT to the article")); // no link after it
    CHECK_FALSE(is_redirect_text("# REDIRECT [[Target]]"));
    CHECK_FALSE(is_redirect_text("Text. #REDIRECT [[Target]]"));
    CHECK_FALSE(is_redirect_text("#WEITERLEIT [[Ziel]]"));
    CHECK_FALSE(is_redirect_text("#"));
}

TEST_CASE("a page marked a redirect only by its text in another language is skipped") {
    std::string text = dump_text;
    const std::string english = "#Redirect [[Second]]";
    text.replace(text.find(english), english.size(), "#Weiterleitung [[Second]]");
    const fs::path path = temporary("weiterleitung.xml");
    write(path, text);
    CHECK(read_all(path.string()).pages == expected_pages);
}

TEST_CASE("a bzip2 segment that decompresses to far more than its size comes in bounded pieces") {
    // A few hundred bytes of bzip2 that make 128 MB: each piece handed over is at most 8 MiB,
    // whatever the segment holds, so such a file cannot make memory grow.
    const fs::path path = temporary("spaces.bz2");
    REQUIRE(std::system(("{ head -c 67108864 /dev/zero | tr '\\0' ' ' | bzip2 -9; "
                         "head -c 67108864 /dev/zero | tr '\\0' ' ' | bzip2 -9; } >'" +
                         path.string() + "'")
                            .c_str()) == 0);
    REQUIRE(fs::file_size(path) < 4096);
    std::FILE* file = std::fopen(path.string().c_str(), "rb");
    REQUIRE(file);
    std::size_t total = 0;
    std::size_t largest = 0;
    std::string problem;
    {
        citelint::io::Bzip2Segments segments(file, {}, 2);
        std::string chunk;
        while (segments.read(chunk)) {
            total += chunk.size();
            largest = std::max(largest, chunk.size());
            CHECK(chunk.find_first_not_of(' ') == std::string::npos);
        }
        problem = segments.problem();
    }
    std::fclose(file);
    CHECK(problem.empty());
    CHECK(total == 2 * 67108864u);
    CHECK(largest <= 8u << 20);
}

TEST_CASE("a dump's <siteinfo> names its wiki and its file and category namespaces") {
    const fs::path path = temporary("siteinfo.xml");
    write(path, R"(<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">
  <siteinfo>
    <sitename>Vikipedeja</sitename>
    <dbname>ltgwiki</dbname>
    <namespaces>
      <namespace key="-2" case="first-letter">Medeja</namespace>
      <namespace key="0" case="first-letter" />
      <namespace key="6" case="first-letter">Fails</namespace>
      <namespace key="10" case="first-letter">Taiss</namespace>
      <namespace key="14" case="first-letter">Kategoreja</namespace>
    </namespaces>
  </siteinfo>
  <page><title>Rēzekne</title><ns>0</ns><revision><text>Text.</text></revision></page>
  <page><title>Daugpiļs</title><ns>0</ns><revision><text>More.</text></revision></page>
</mediawiki>
)");
    Documents documents(path.string());
    Document first, second;
    REQUIRE(documents.next(first));
    REQUIRE(documents.next(second));
    CHECK(first.name == "ltgwiki:Rēzekne");
    CHECK(first.wiki == "ltgwiki");
    REQUIRE(first.namespaces != nullptr);
    CHECK(first.namespaces->file == std::vector<std::string>{"Medeja", "Fails"});
    CHECK(first.namespaces->category == std::vector<std::string>{"Kategoreja"});
    CHECK(second.namespaces == first.namespaces); // one list for the whole dump
}

TEST_CASE("a dump without <siteinfo> names pages by their titles alone") {
    const fs::path path = temporary("no_siteinfo.xml");
    write(path, dump_text);
    Documents documents(path.string());
    Document document;
    REQUIRE(documents.next(document));
    CHECK(document.name == "First & last");
    CHECK(document.wiki.empty());
    CHECK(document.namespaces == nullptr);
}
