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

#include "src/io/documents.hpp"
#include "src/io/redirects.hpp"

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

Read read_all(const std::string& path, StdinFormat stdin_format = StdinFormat::detect) {
    Read read;
    Documents documents(path, {}, stdin_format);
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
    const fs::path folder = fs::temp_directory_path() / "citelint_test_dumps";
    fs::create_directories(folder);
    return folder / name;
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

TEST_CASE("JSON lines of documents are named by their titles; a bad line does not stop the rest") {
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
