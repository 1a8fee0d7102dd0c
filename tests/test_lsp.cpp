// The language server: framing, positions in UTF-16 and UTF-8, incremental edits, the protocol
// (errors, lifecycle, debounced diagnostics), navigation and code actions.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "src/lsp/framing.hpp"
#include "src/lsp/positions.hpp"
#include "src/lsp/server.hpp"
#include "temporary_folder.hpp"

using namespace citelint;
using lsp::Encoding;
using lsp::MessageReader;
using lsp::Position;
using nlohmann::json;

TEST_CASE("framing: messages cut from a stream, whole, split and several at once") {
    MessageReader reader;
    std::string body;
    const std::string two = lsp::frame("{\"a\":1}") + lsp::frame("{\"b\":2}");
    reader.feed(two.substr(0, 10));
    CHECK(reader.next(body) == MessageReader::Status::incomplete);
    reader.feed(two.substr(10, 20));
    REQUIRE(reader.next(body) == MessageReader::Status::message);
    CHECK(body == "{\"a\":1}");
    CHECK(reader.next(body) == MessageReader::Status::incomplete);
    reader.feed(two.substr(30));
    REQUIRE(reader.next(body) == MessageReader::Status::message);
    CHECK(body == "{\"b\":2}");
    CHECK(reader.buffered() == 0);
}

TEST_CASE("framing: header names in any case, other headers, a byte count of UTF-8") {
    MessageReader reader;
    std::string body;
    reader.feed("content-length: 4\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8"
                "\r\n\r\n\"é\"");
    REQUIRE(reader.next(body) == MessageReader::Status::message);
    CHECK(body == "\"é\"");
}

TEST_CASE("framing: a header without a length is dropped, a body too large skipped") {
    MessageReader reader(16);
    std::string body;
    reader.feed("X-Nothing: 1\r\n\r\n");
    CHECK(reader.next(body) == MessageReader::Status::bad_header);
    reader.feed("Content-Length: 40\r\n\r\n0123456789");
    CHECK(reader.next(body) == MessageReader::Status::too_large);
    reader.feed(std::string(30, 'x') + lsp::frame("{}"));
    REQUIRE(reader.next(body) == MessageReader::Status::message);
    CHECK(body == "{}");
    reader.feed(std::string(10000, 'y'));
    CHECK(reader.next(body) == MessageReader::Status::bad_header);
    CHECK(reader.buffered() == 0);
}

TEST_CASE("framing: a body of megabytes read in pieces as a pipe delivers them") {
    MessageReader reader;
    std::string body;
    const std::string big = "\"" + std::string(5u << 20, 'x') + "\"";
    const std::string stream = lsp::frame(big) + lsp::frame("{}");
    std::size_t messages = 0;
    for (std::size_t at = 0; at < stream.size(); at += 65536) {
        reader.feed(std::string_view(stream).substr(at, 65536));
        while (reader.next(body) == MessageReader::Status::message)
            CHECK(body.size() == (messages++ == 0 ? big.size() : 2));
    }
    CHECK(messages == 2);
    CHECK(reader.buffered() == 0);
}

TEST_CASE("positions: UTF-16 units for CJK, emoji and other astral characters") {
    // "日本" 3 bytes and 1 unit each; 😀 and 𝄞 4 bytes and 2 units (a surrogate pair).
    const Source source("t", "a日本😀b\n𝄞x\r\nlast");
    CHECK(lsp::position_of(source, 1, Encoding::utf16) == Position{0, 1});
    CHECK(lsp::position_of(source, 7, Encoding::utf16) == Position{0, 3});
    CHECK(lsp::position_of(source, 11, Encoding::utf16) == Position{0, 5}); // 'b'
    CHECK(lsp::position_of(source, 13, Encoding::utf16) == Position{1, 0});
    CHECK(lsp::position_of(source, 17, Encoding::utf16) == Position{1, 2}); // 'x'
    CHECK(lsp::offset_of(source, {0, 3}, Encoding::utf16) == 7);
    CHECK(lsp::offset_of(source, {0, 5}, Encoding::utf16) == 11);
    CHECK(lsp::offset_of(source, {1, 2}, Encoding::utf16) == 17);
    // Half a surrogate pair is the character's start.
    CHECK(lsp::offset_of(source, {0, 4}, Encoding::utf16) == 7);
    // Past the line's end: the end, before "\r\n"; past the last line: the text's end.
    CHECK(lsp::offset_of(source, {1, 99}, Encoding::utf16) == 18);
    CHECK(lsp::offset_of(source, {0, 99}, Encoding::utf16) == 12);
    CHECK(lsp::offset_of(source, {9, 0}, Encoding::utf16) == source.text().size());
    CHECK(lsp::position_of(source, 9999, Encoding::utf16) == Position{2, 4});
}

TEST_CASE("positions: UTF-8 columns are bytes, inside a sequence is its start") {
    const Source source("t", "a日本😀b\n𝄞x");
    CHECK(lsp::position_of(source, 11, Encoding::utf8) == Position{0, 11});
    CHECK(lsp::offset_of(source, {0, 11}, Encoding::utf8) == 11);
    CHECK(lsp::offset_of(source, {0, 5}, Encoding::utf8) == 4);
    CHECK(lsp::offset_of(source, {1, 4}, Encoding::utf8) == 17);
}

TEST_CASE("positions: invalid UTF-8 counts one unit per maximal subpart, as an editor decodes it") {
    // 'a', a lone 0xFF (one U+FFFD), the first two bytes of a three-byte sequence cut short by
    // 'z' (one U+FFFD, as the WHATWG decoder and ICU read it), 'z': the columns SARIF gives too.
    const Source source("t", std::string("a\xff\xe6\x97z", 5));
    CHECK(lsp::position_of(source, 5, Encoding::utf16) == Position{0, 4});
    CHECK(lsp::offset_of(source, {0, 3}, Encoding::utf16) == 4);
    CHECK(lsp::position_of(source, 5, Encoding::utf16).character + 1 ==
          source.column(5, ColumnUnit::utf16));
}

TEST_CASE("incremental edits: replace, insert, delete across lines, clamp past the end") {
    const Source source("t", "Hé😀llo\nworld\n");
    CHECK(lsp::changed_text(source, {0, 4}, {0, 6}, "y", Encoding::utf16) == "Hé😀yo\nworld\n");
    CHECK(lsp::changed_text(source, {1, 0}, {1, 0}, "new ", Encoding::utf16) ==
          "Hé😀llo\nnew world\n");
    CHECK(lsp::changed_text(source, {0, 2}, {1, 2}, "", Encoding::utf16) == "Hérld\n");
    CHECK(lsp::changed_text(source, {0, 7}, {0, 9}, "-", Encoding::utf8) == "Hé😀-o\nworld\n");
    CHECK(lsp::changed_text(source, {7, 3}, {99, 0}, "end", Encoding::utf16) ==
          "Hé😀llo\nworld\nend");
    // A range starting inside a surrogate pair starts at the pair.
    CHECK(lsp::changed_text(source, {0, 3}, {0, 5}, "y", Encoding::utf16) == "Héylo\nworld\n");
    // An end before the start inserts at the start.
    CHECK(lsp::changed_text(source, {1, 3}, {1, 1}, "!", Encoding::utf16) == "Hé😀llo\nwor!ld\n");
}

namespace {

// Drives a Server with messages and a clock of the test's own.
struct Session {
    std::ostringstream log;
    lsp::Server server{log, {std::chrono::milliseconds(150), 1u << 20, "https://x/{code}", "t"}};
    lsp::Clock::time_point now{};
    int next_id = 1;

    std::vector<json> send(const json& message) {
        server.receive(message.dump(), now);
        return take();
    }
    std::vector<json> take() {
        std::vector<json> out;
        for (const std::string& body : server.take_outgoing())
            out.push_back(json::parse(body));
        return out;
    }
    json request(const std::string& method, json params) {
        const int id = next_id++;
        const auto out =
            send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
        for (const json& m : out)
            if (m.contains("id") && m["id"] == id) return m;
        FAIL("no response to " << method);
        return {};
    }
    std::vector<json> notify(const std::string& method, json params) {
        return send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
    }
    std::vector<json> wait(std::chrono::milliseconds ms) {
        now += ms;
        server.tick(now);
        return take();
    }
    json initialize(json capabilities = json::object()) {
        const json r = request("initialize", {{"capabilities", capabilities}});
        notify("initialized", json::object());
        return r;
    }
};

json pos(int line, int character) {
    return {{"line", line}, {"character", character}};
}

// An incremental change of a didChange notification.
json edit(json start, json end, const std::string& text) {
    json range = json::object();
    range["start"] = std::move(start);
    range["end"] = std::move(end);
    json change = json::object();
    change["range"] = std::move(range);
    change["text"] = text;
    return change;
}

json changed(int version, json change) {
    json params = json::object();
    params["textDocument"] = {{"uri", "file:///a.wiki"}, {"version", version}};
    params["contentChanges"] = json::array({std::move(change)});
    return params;
}

json doc(const std::string& uri = "file:///a.wiki") {
    return {{"uri", uri}};
}

const json* published(const std::vector<json>& messages,
                      const std::string& uri = "file:///a.wiki") {
    for (const json& m : messages)
        if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
            return &m["params"]["diagnostics"];
    return nullptr;
}

bool has_code(const json& diagnostics, const std::string& code) {
    for (const json& d : diagnostics)
        if (d["code"] == code) return true;
    return false;
}

const std::string page =
    "Intro.<ref name=\"smith\">Smith 2001, p. 4</ref> More.<ref name=\"smiht\"/>"
    " Again.<ref name=\"smith\"/>\n"
    "\n== References ==\n<references />\n";

} // namespace

TEST_CASE("lsp: position encoding negotiated: utf-8 when offered, else utf-16") {
    Session utf8;
    const json r = utf8.initialize({{"general", {{"positionEncodings", {"utf-16", "utf-8"}}}}});
    CHECK(r["result"]["capabilities"]["positionEncoding"] == "utf-8");
    CHECK(r["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
    Session utf16;
    CHECK(utf16.initialize()["result"]["capabilities"]["positionEncoding"] == "utf-16");
    Session odd;
    CHECK(odd.initialize({{"general",
                           {{"positionEncodings",
                             {"utf-32"}}}}})["result"]["capabilities"]["positionEncoding"] ==
          "utf-16");
}

TEST_CASE("lsp: bad input gets JSON-RPC errors and the server stays up") {
    Session s;
    s.server.receive("{not json", s.now);
    auto out = s.take();
    REQUIRE(out.size() == 1);
    CHECK(out[0]["error"]["code"] == -32700);
    CHECK(out[0]["id"].is_null());
    // Requests before initialize.
    CHECK(s.request("textDocument/hover", json::object())["error"]["code"] == -32002);
    s.initialize();
    CHECK(s.send(json::array({1, 2}))[0]["error"]["code"] == -32600);
    CHECK(s.send({{"jsonrpc", "2.0"}, {"id", 5}})[0]["error"]["code"] == -32600);
    CHECK(s.request("citelint/nothing", json::object())["error"]["code"] == -32601);
    CHECK(s.notify("citelint/nothing", json::object()).empty());
    CHECK(s.notify("$/cancelRequest", {{"id", 3}}).empty());
    // Parameters of the wrong shape.
    CHECK(s.request("textDocument/definition", {{"textDocument", 3}})["error"]["code"] == -32602);
    CHECK(s.notify("textDocument/didOpen", {{"textDocument", {{"uri", 1}}}}).empty());
    s.server.unreadable("a message header without a Content-Length");
    CHECK(s.take()[0]["error"]["code"] == -32700);
    CHECK_FALSE(s.server.finished());
    // Still serving.
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    const auto diagnostics = s.wait(std::chrono::milliseconds(0));
    REQUIRE(published(diagnostics));
    CHECK(has_code(*published(diagnostics), "R001"));
}

TEST_CASE("lsp: shutdown then exit is exit code 0, exit alone is 1, requests after shutdown fail") {
    Session s;
    s.initialize();
    CHECK(s.request("shutdown", nullptr)["result"].is_null());
    CHECK(s.request("textDocument/hover", json::object())["error"]["code"] == -32600);
    CHECK_FALSE(s.server.finished());
    s.notify("exit", nullptr);
    CHECK(s.server.finished());
    CHECK(s.server.exit_code() == 0);
    Session t;
    t.initialize();
    t.notify("exit", nullptr);
    CHECK(t.server.finished());
    CHECK(t.server.exit_code() == 1);
}

TEST_CASE("lsp: diagnostics on open, debounced on change, cleared on close") {
    Session s;
    s.initialize();
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    auto out = s.wait(std::chrono::milliseconds(0));
    REQUIRE(published(out));
    const json& diagnostics = *published(out);
    REQUIRE(diagnostics.size() == 1);
    const json& d = diagnostics[0];
    CHECK(d["code"] == "R001");
    CHECK(d["severity"] == 1);
    CHECK(d["source"] == "citelint");
    CHECK(d["codeDescription"]["href"] == "https://x/R001");
    CHECK(d["range"]["start"] == pos(0, 63));
    CHECK(d["range"]["end"] == pos(0, 68));
    CHECK(d["message"].get<std::string>().find("did you mean") != std::string::npos);

    // Two quick changes: one check, 150 ms after the last.
    s.notify("textDocument/didChange", changed(2, edit(pos(0, 63), pos(0, 68), "smit")));
    CHECK(!published(s.wait(std::chrono::milliseconds(100))));
    s.notify("textDocument/didChange", changed(3, edit(pos(0, 67), pos(0, 67), "h")));
    CHECK(!published(s.wait(std::chrono::milliseconds(100))));
    out = s.wait(std::chrono::milliseconds(60));
    REQUIRE(published(out));
    CHECK(published(out)->empty());
    CHECK(out[0]["params"]["version"] == 3);

    // A change past the end is clamped to it.
    s.notify("textDocument/didChange",
             changed(4, edit(pos(99, 0), pos(120, 4), "Late.<ref name=\"nowhere\"/>\n")));
    out = s.wait(std::chrono::milliseconds(200));
    REQUIRE(published(out));
    CHECK(has_code(*published(out), "R001"));

    out = s.notify("textDocument/didClose", {{"textDocument", doc()}});
    REQUIRE(published(out));
    CHECK(published(out)->empty());
    CHECK(!s.server.next_deadline());
}

TEST_CASE("lsp: full-text changes replace the document") {
    Session s;
    s.initialize();
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    s.wait(std::chrono::milliseconds(0));
    json full = json::object();
    full["text"] = "Plain text.\n";
    s.notify("textDocument/didChange", changed(2, full));
    const auto out = s.wait(std::chrono::milliseconds(150));
    REQUIRE(published(out));
    CHECK(published(out)->empty());
}

TEST_CASE("lsp: a document over the size limit is not checked, and the server goes on") {
    Session s;
    s.initialize();
    std::string big(2u << 20, 'x');
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///big.wiki"}, {"version", 1}, {"text", big}}}});
    const auto out = s.wait(std::chrono::milliseconds(0));
    REQUIRE(published(out, "file:///big.wiki"));
    CHECK(published(out, "file:///big.wiki")->empty());
    CHECK(s.log.str().find("not checked") != std::string::npos);
    CHECK(s.request("textDocument/hover",
                    {{"textDocument", doc("file:///big.wiki")}, {"position", pos(0, 1)}})["result"]
              .is_null());
}

TEST_CASE("lsp: definition, references and hover of a named ref") {
    Session s;
    s.initialize();
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    // Asked before the check has run: the server checks first.
    const json def =
        s.request("textDocument/definition", {{"textDocument", doc()}, {"position", pos(0, 90)}});
    REQUIRE(def["result"].is_array());
    REQUIRE(def["result"].size() == 1);
    CHECK(def["result"][0]["range"]["start"] == pos(0, 6));
    CHECK(def["result"][0]["range"]["end"] == pos(0, 46));
    const json refs =
        s.request("textDocument/references", {{"textDocument", doc()},
                                              {"position", pos(0, 90)},
                                              {"context", {{"includeDeclaration", true}}}});
    REQUIRE(refs["result"].size() == 2);
    CHECK(refs["result"][0]["range"]["start"] == pos(0, 17));
    CHECK(refs["result"][1]["range"]["start"] == pos(0, 89));
    const json hover =
        s.request("textDocument/hover", {{"textDocument", doc()}, {"position", pos(0, 90)}});
    CHECK(hover["result"]["contents"]["value"].get<std::string>().find("Smith 2001, p. 4") !=
          std::string::npos);
    CHECK(s.request("textDocument/definition",
                    {{"textDocument", doc()}, {"position", pos(0, 2)}})["result"]
              .is_null());
}

TEST_CASE("lsp: definition of a short citation is its full citation, {{r}} leads to the ref") {
    Session s;
    s.initialize({{"general", {{"positionEncodings", {"utf-8"}}}}});
    const std::string text = "Claim.{{sfn|Smith|2001|p=4}} Other.{{r|jones}}\n"
                             "Third.<ref name=\"jones\">Jones 1999, a book.</ref>\n"
                             "== References ==\n{{reflist}}\n"
                             "== Sources ==\n* {{cite book |last=Smith |year=2001 |title=T}}\n";
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", text}}}});
    const json def =
        s.request("textDocument/definition", {{"textDocument", doc()}, {"position", pos(0, 10)}});
    REQUIRE(def["result"].size() == 1);
    CHECK(def["result"][0]["range"]["start"] == pos(5, 2));
    CHECK(def["result"][0]["range"]["end"] == pos(5, 47));
    const json r =
        s.request("textDocument/definition", {{"textDocument", doc()}, {"position", pos(0, 40)}});
    REQUIRE(r["result"].size() == 1);
    CHECK(r["result"][0]["range"]["start"] == pos(1, 6));
    const json hover =
        s.request("textDocument/hover", {{"textDocument", doc()}, {"position", pos(0, 10)}});
    CHECK(hover["result"]["contents"]["value"].get<std::string>().find("cite book") !=
          std::string::npos);
}

TEST_CASE("lsp: a code action carries the fix as a workspace edit") {
    Session s;
    s.initialize();
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    const json actions = s.request("textDocument/codeAction",
                                   {{"textDocument", doc()},
                                    {"range", {{"start", pos(0, 65)}, {"end", pos(0, 65)}}},
                                    {"context", {{"diagnostics", json::array()}}}});
    REQUIRE(actions["result"].size() == 1);
    const json& action = actions["result"][0];
    CHECK(action["kind"] == "quickfix");
    CHECK(action["title"] == "rename to \"smith\" (unsafe: read it)"); // another spelling
    CHECK(action["isPreferred"] == false);
    const json& edits = action["edit"]["changes"]["file:///a.wiki"];
    REQUIRE(edits.size() == 1);
    CHECK(edits[0]["range"]["start"] == pos(0, 63));
    CHECK(edits[0]["range"]["end"] == pos(0, 68));
    CHECK(edits[0]["newText"] == "smith");
    CHECK(s.request("textDocument/codeAction",
                    {{"textDocument", doc()},
                     {"range", {{"start", pos(0, 65)}, {"end", pos(0, 65)}}},
                     {"context", {{"diagnostics", json::array()}, {"only", {"source"}}}}})["result"]
              .empty());
    CHECK(s.request("textDocument/codeAction",
                    {{"textDocument", doc()},
                     {"range", {{"start", pos(3, 0)}, {"end", pos(3, 1)}}},
                     {"context", {{"diagnostics", json::array()}}}})["result"]
              .empty());
}

TEST_CASE("lsp: a diagnostic's notes are its related information") {
    Session s;
    s.initialize();
    const std::string text = "A.<ref>Smith, J. (2010). History. Oxford.</ref>\n"
                             "B.<ref>Smith, J. (2010). History. Oxford.</ref>\n<references />\n";
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", text}}}});
    const auto out = s.wait(std::chrono::milliseconds(0));
    REQUIRE(published(out));
    REQUIRE(published(out)->size() == 1);
    const json& d = (*published(out))[0];
    CHECK(d["code"] == "R024");
    CHECK(d["severity"] == 2);
    REQUIRE(d["relatedInformation"].size() == 1);
    CHECK(d["relatedInformation"][0]["message"] == "first written here");
    CHECK(d["relatedInformation"][0]["location"]["uri"] == "file:///a.wiki");
    CHECK(d["relatedInformation"][0]["location"]["range"]["start"] == pos(0, 2));
    const json actions =
        s.request("textDocument/codeAction", {{"textDocument", doc()},
                                              {"range", {{"start", pos(1, 3)}, {"end", pos(1, 4)}}},
                                              {"context", {{"diagnostics", json::array()}}}});
    REQUIRE(actions["result"].size() == 1);
    CHECK(actions["result"][0]["edit"]["changes"]["file:///a.wiki"].size() == 2);
    CHECK(actions["result"][0]["isPreferred"] == true); // a safe fix
}

TEST_CASE("lsp: an unsafe fix is offered as one, and not preferred") {
    Session s;
    s.initialize();
    const std::string text = "A.<ref>x</ref></ref>\n<references />\n";
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", text}}}});
    const json actions = s.request("textDocument/codeAction",
                                   {{"textDocument", doc()},
                                    {"range", {{"start", pos(0, 16)}, {"end", pos(0, 16)}}},
                                    {"context", {{"diagnostics", json::array()}}}});
    REQUIRE(actions["result"].size() == 1);
    CHECK(actions["result"][0]["title"] == "remove the stray </ref> (unsafe: read it)");
    CHECK(actions["result"][0]["isPreferred"] == false);
}

TEST_CASE("lsp: a file URI names its file, percent-escapes decoded, other URIs name none") {
    CHECK(lsp::path_of_uri("file:///tmp/a%20b/c.wiki") == std::filesystem::path("/tmp/a b/c.wiki"));
    CHECK(lsp::path_of_uri("file://localhost/x.wiki") == std::filesystem::path("/x.wiki"));
    CHECK_FALSE(lsp::path_of_uri("file://server/share/x.wiki"));
    CHECK_FALSE(lsp::path_of_uri("untitled:Untitled-1"));
}

TEST_CASE("lsp: a document is checked with the .citelint.toml above its file, and its "
          "suppressions") {
    namespace fs = std::filesystem;
    const testing::TemporaryFolder folder("citelint-lsp-config-test");
    const fs::path& root = folder.path;
    fs::create_directories(root / "wiki" / "deep");
    const std::string undefined = "Used.<ref name=\"x\"/>\n\n== References ==\n<references />\n";
    const std::string uri = "file://" + (root / "wiki" / "deep" / "a.wiki").string();
    Session s;
    s.initialize();
    const auto open = [&](const std::string& text) {
        s.notify("textDocument/didOpen",
                 {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", text}}}});
        auto out = s.wait(std::chrono::milliseconds(0));
        REQUIRE(published(out, uri));
        json diagnostics = *published(out, uri);
        s.notify("textDocument/didClose", {{"textDocument", doc(uri)}});
        s.wait(std::chrono::milliseconds(0));
        return diagnostics;
    };
    // No configuration: R001 reported.
    CHECK(has_code(open(undefined), "R001"));
    // A configuration two folders up that ignores it.
    {
        std::ofstream toml(root / "wiki" / ".citelint.toml");
        toml << "ignore = [\"undefined-named-ref\"]\n";
    }
    CHECK_FALSE(has_code(open(undefined), "R001"));
    // Changed on disk (its time moved on, whatever the file system's resolution): read again.
    {
        std::ofstream toml(root / "wiki" / ".citelint.toml");
        toml << "[severity]\nR001 = \"info\"\n";
    }
    fs::last_write_time(root / "wiki" / ".citelint.toml",
                        fs::file_time_type::clock::now() + std::chrono::seconds(5));
    const json relaxed = open(undefined);
    REQUIRE(has_code(relaxed, "R001"));
    for (const json& d : relaxed)
        if (d["code"] == "R001") CHECK(d["severity"] == 3); // information
    // A broken one: said in the log, the defaults are used.
    {
        std::ofstream toml(root / "wiki" / ".citelint.toml");
        toml << "selct = [\"R001\"]\n";
    }
    fs::last_write_time(root / "wiki" / ".citelint.toml",
                        fs::file_time_type::clock::now() + std::chrono::seconds(10));
    CHECK(has_code(open(undefined), "R001"));
    CHECK(s.log.str().find("did you mean 'select'") != std::string::npos);
    // An inline suppression is honoured as citelint check honours it.
    fs::remove(root / "wiki" / ".citelint.toml");
    CHECK_FALSE(has_code(open("<!-- citelint-disable-next-line R001 -->\n" + undefined), "R001"));
}

namespace {

// A session in UTF-8 columns (bytes, easy to count in a test) with one document open.
struct Page {
    Session s;
    const std::string base;
    std::string text;
    explicit Page(std::string page, Encoding encoding = Encoding::utf8)
        : base(page), text(std::move(page)) {
        s.initialize(encoding == Encoding::utf8
                         ? json{{"general", {{"positionEncodings", {"utf-8"}}}},
                                {"textDocument", {{"rename", {{"prepareSupport", true}}}}}}
                         : json::object());
        open(text);
    }
    void open(const std::string& page) {
        text = page;
        s.notify("textDocument/didOpen",
                 {{"textDocument", {{"uri", "file:///a.wiki"}, {"version", 1}, {"text", page}}}});
    }
    // The position of the `nth` occurrence of `needle` (0: the first), plus `plus` bytes.
    json at(std::string_view needle, std::size_t plus = 0, int nth = 0) const {
        std::size_t offset = text.find(needle);
        for (int k = 0; k < nth; ++k)
            offset = text.find(needle, offset + 1);
        REQUIRE(offset != std::string::npos);
        offset += plus;
        const std::string_view before = std::string_view(text).substr(0, offset);
        const auto newline = before.rfind('\n');
        const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
        const auto line = std::count(before.begin(), before.end(), '\n');
        return pos(static_cast<int>(line), static_cast<int>(offset - begin));
    }
    json rename(const json& where, const std::string& name) {
        return s.request("textDocument/rename",
                         {{"textDocument", doc()}, {"position", where}, {"newName", name}});
    }
    json complete(const json& where) {
        return s.request("textDocument/completion", {{"textDocument", doc()}, {"position", where}});
    }
    // The completion at the end of `line`, the last line of the page after the first text.
    json probe(const std::string& line) {
        open(base + line + "\n");
        return complete(at(line, line.size()));
    }
    // The document's text with a rename's edits applied (each on one line, as here).
    std::string renamed(const json& result) const {
        std::string out = text;
        const json& edits = result["changes"]["file:///a.wiki"];
        for (auto e = edits.rbegin(); e != edits.rend(); ++e) {
            std::size_t line_start = 0;
            for (int l = 0; l < (*e)["range"]["start"]["line"]; ++l)
                line_start = out.find('\n', line_start) + 1;
            const std::size_t begin =
                line_start + (*e)["range"]["start"]["character"].get<std::size_t>();
            const std::size_t end =
                line_start + (*e)["range"]["end"]["character"].get<std::size_t>();
            out.replace(begin, end - begin, (*e)["newText"].get<std::string>());
        }
        return out;
    }
};

const std::string named_page = "Lead.<ref name=smith>Smith 2001, p. 4</ref>\n"
                               "== History ==\n"
                               "Text.<ref name=\"smith\"/> More.{{r|smith}} Note.<ref group=\"n\" "
                               "name=\"smith\">A note.</ref>\n"
                               "=== Early ===\n"
                               "Old.<ref name='jones'>Jones 1999.</ref><ref follow=\"smith\">More "
                               "of it.</ref>\n"
                               "== Notes ==\n"
                               "{{reflist|group=n}}\n"
                               "== References ==\n"
                               "<references>\n<ref name=\"listed\">Listed 2005.</ref>\n"
                               "</references>\n";

// Named refs of two groups, for completion.
const std::string names_page =
    "Lead.<ref name=\"smith\">Smith 2001.</ref><ref name=\"two words\">Two.</ref>"
    "<ref group=\"n\" name=\"note\">A note.</ref>\n"
    "== References ==\n{{reflist}}\n{{reflist|group=n}}\n";

// Full citations, one twice, for the targets of short citations.
const std::string sources_page =
    "Claim.{{sfn|Brown|2003|p=1}}\n== References ==\n{{reflist}}\n== Sources ==\n"
    "* {{cite book |last=Brown |year=2003 |title=Brown's Book}}\n"
    "* {{cite book |last1=Green |last2=White |date=May 1990 |title=Colours}}\n"
    "* {{cite book |last=Brown |year=2003 |title=A second copy}}\n";

std::vector<std::string> labels(const json& completion) {
    std::vector<std::string> out;
    for (const json& item : completion["result"]["items"])
        out.push_back(item["label"]);
    return out;
}

} // namespace

TEST_CASE("lsp rename: every use of the name in its group, quoted where it must be") {
    Page p(named_page);
    const json result = p.rename(p.at("\"smith\"/>", 3), "Smith J");
    REQUIRE(result.contains("result"));
    CHECK(result["result"]["changes"]["file:///a.wiki"].size() == 4);
    const std::string renamed = p.renamed(result["result"]);
    // Unquoted: quoted now; quoted: kept; {{r}}: as is; follow= too; group n untouched.
    CHECK(renamed.find("<ref name=\"Smith J\">Smith 2001") != std::string::npos);
    CHECK(renamed.find("Text.<ref name=\"Smith J\"/>") != std::string::npos);
    CHECK(renamed.find("{{r|Smith J}}") != std::string::npos);
    CHECK(renamed.find("<ref follow=\"Smith J\">") != std::string::npos);
    CHECK(renamed.find("<ref group=\"n\" name=\"smith\">") != std::string::npos);
    // From {{r|...}}, with blanks around the new name: trimmed, as Cite reads it.
    CHECK(p.renamed(p.rename(p.at("{{r|smith", 5), "  smith2  ")["result"]).find("{{r|smith2}}") !=
          std::string::npos);
    // In single quotes, a name with an apostrophe gets double ones.
    CHECK(p.renamed(p.rename(p.at("'jones'", 2), "O'Neil")["result"])
              .find("<ref name=\"O'Neil\">Jones") != std::string::npos);
    // The same name in group n: renamed alone, from anywhere in its opening tag.
    const json note = p.rename(p.at("<ref group=", 2), "note");
    REQUIRE(note["result"]["changes"]["file:///a.wiki"].size() == 1);
    CHECK(p.renamed(note["result"]).find("name=\"note\">A note.") != std::string::npos);
}

TEST_CASE("lsp rename: names given to {{#tag:ref}} are renamed in place, quotes kept") {
    Page p("A.{{#tag:ref|Text.|name=\"a b\"}} B.<ref name=\"a b\"/>\n<references />\n");
    const json r = p.rename(p.at("<ref name=", 12), "c d");
    REQUIRE(r["result"]["changes"]["file:///a.wiki"].size() == 2);
    CHECK(p.renamed(r["result"]) ==
          "A.{{#tag:ref|Text.|name=\"c d\"}} B.<ref name=\"c d\"/>\n<references />\n");
}

TEST_CASE("lsp rename: invalid names and names the group uses are refused") {
    Page p(named_page);
    const json where = p.at("{{r|smith", 4);
    for (const std::string bad : {"", "   ", "123", "a|b", "a\"b", "x}}", "a=b", "x<y", "a\x01"}) {
        const json r = p.rename(where, bad);
        CHECK(r["error"]["code"] == -32803);
        CHECK_FALSE(r["error"]["message"].get<std::string>().empty());
    }
    const json used = p.rename(where, "jones");
    CHECK(used["error"]["code"] == -32803);
    CHECK(used["error"]["message"] == "\"jones\" already names a ref in the default group");
    // "listed" is defined in <references>: the default group too.
    CHECK(p.rename(where, "listed")["error"]["code"] == -32803);
    // A name of another group is free here.
    CHECK(p.rename(p.at("<ref group=", 2), "jones").contains("result"));
    // Nothing to rename in plain text.
    CHECK(p.rename(p.at("Lead."), "x")["error"]["code"] == -32803);
}

TEST_CASE("lsp prepareRename: the name's range and text, null where there is none") {
    Page p(named_page);
    const json init =
        Session{}.initialize({{"textDocument", {{"rename", {{"prepareSupport", true}}}}}});
    CHECK(init["result"]["capabilities"]["renameProvider"]["prepareProvider"] == true);
    CHECK(Session{}.initialize()["result"]["capabilities"]["renameProvider"] == true);
    const json r = p.s.request("textDocument/prepareRename",
                               {{"textDocument", doc()}, {"position", p.at("smith>")}});
    CHECK(r["result"]["placeholder"] == "smith");
    CHECK(r["result"]["range"]["start"] == p.at("smith>"));
    CHECK(r["result"]["range"]["end"] == p.at("smith>", 5));
    // At the end of the name, where the cursor stands after typing it.
    CHECK(p.s.request("textDocument/prepareRename",
                      {{"textDocument", doc()},
                       {"position", p.at("smith}}", 5)}})["result"]["placeholder"] == "smith");
    CHECK(p.s.request("textDocument/prepareRename",
                      {{"textDocument", doc()}, {"position", p.at("Smith 2001")}})["result"]
              .is_null());
}

TEST_CASE("lsp completion: ref names after name= and in {{r|, of the group given") {
    Page p(names_page);
    const json unquoted = p.probe("X.<ref name=");
    CHECK(labels(unquoted) == std::vector<std::string>{"smith", "two words"});
    CHECK(unquoted["result"]["items"][1]["textEdit"]["newText"] == "\"two words\"");
    CHECK(unquoted["result"]["items"][0]["kind"] == 18);
    CHECK(unquoted["result"]["items"][0]["documentation"]["value"].get<std::string>().find(
              "Smith 2001.") != std::string::npos);
    const json quoted = p.probe("X.<ref name=\"tw");
    CHECK(labels(quoted) == std::vector<std::string>{"smith", "two words"});
    const json& edit = quoted["result"]["items"][1]["textEdit"];
    CHECK(edit["newText"] == "two words");
    CHECK(edit["range"]["start"] == p.at("X.<ref name=\"tw", 13));
    CHECK(edit["range"]["end"] == p.at("X.<ref name=\"tw", 15));
    CHECK(labels(p.probe("X.<ref group=\"n\" name='")) == std::vector<std::string>{"note"});
    CHECK(labels(p.probe("X.<ref name=\"x\" group=n follow=")) == std::vector<std::string>{"note"});
    CHECK(labels(p.probe("X.{{r|")) == std::vector<std::string>{"smith", "two words"});
    CHECK(labels(p.probe("X.{{r|smith|tw")) == std::vector<std::string>{"smith", "two words"});
    CHECK(labels(p.probe("X.{{r|group=n|")) == std::vector<std::string>{"note"});
    // Elsewhere: nothing.
    CHECK(labels(p.probe("X.<ref name=\"smith\">")).empty());
    CHECK(labels(p.probe("X.<ref name=smith ")).empty());
    CHECK(labels(p.probe("X.<references group=")).empty());
    CHECK(labels(p.probe("X.{{r|name=")).empty());
    CHECK(labels(p.probe("X.{{cite web|")).empty());
    CHECK(labels(p.probe("X. plain")).empty());
}

TEST_CASE("lsp completion: short-citation targets in {{sfn| and {{harvnb|") {
    Page p(sources_page);
    const json first = p.probe("X.{{sfn|");
    CHECK(labels(first) == std::vector<std::string>{"Brown 2003", "Green White 1990"});
    CHECK(first["result"]["items"][1]["textEdit"]["newText"] == "Green|White|1990");
    CHECK(first["result"]["items"][0]["detail"] == "Brown's Book");
    const json second = p.probe("X.{{harvnb|Green|");
    CHECK(labels(second) == std::vector<std::string>{"White 1990"});
    CHECK(second["result"]["items"][0]["textEdit"]["newText"] == "White|1990");
    const json typed = p.probe("X.{{sfnp| Gr");
    REQUIRE(labels(typed).size() == 2);
    CHECK(typed["result"]["items"][0]["textEdit"]["range"]["start"] == p.at("| Gr", 2));
    CHECK(labels(p.probe("X.{{sfn|Brown|2003|")).empty());
    CHECK(labels(p.probe("X.{{sfn|p=")).empty());
    // Inside a closed call, before its other arguments.
    p.open(sources_page + "X.{{sfn||p=4}}\n");
    CHECK(labels(p.complete(p.at("{{sfn||", 6))).size() == 2);
}

TEST_CASE("lsp completion: a word the cursor stands in is replaced whole") {
    Page p(sources_page + "<ref name=\"smith\">Smith.</ref>\n");
    const auto range_at = [&](const std::string& line, std::size_t cursor) {
        p.open(p.base + line + "\n");
        const json r = p.complete(p.at(line, cursor));
        REQUIRE_FALSE(r["result"]["items"].empty());
        return r["result"]["items"][0]["textEdit"]["range"];
    };
    // Quoted: up to the closing quote; unquoted: up to the '/' of "/>".
    json r = range_at("X.<ref name=\"smxx\"/>", 15);
    CHECK(r["start"] == p.at("X.<ref", 13));
    CHECK(r["end"] == p.at("X.<ref", 17));
    r = range_at("X.<ref name=smxx/>", 14);
    CHECK(r["start"] == p.at("X.<ref", 12));
    CHECK(r["end"] == p.at("X.<ref", 16));
    // An unclosed quote: only what is typed.
    r = range_at("X.<ref name=\"smxx more", 15);
    CHECK(r["end"] == p.at("X.<ref", 15));
    // A template's argument: up to the '|' or "}}", blanks left out.
    r = range_at("X.{{r|smxx}}", 8);
    CHECK(r["end"] == p.at("X.{{r", 10));
    r = range_at("X.{{sfn| Grxx |p=1}}", 11);
    CHECK(r["start"] == p.at("X.{{sfn", 9));
    CHECK(r["end"] == p.at("X.{{sfn", 13));
}

TEST_CASE("lsp completion: the range in UTF-16 units, and the capability") {
    Session fresh;
    const json caps = fresh.initialize()["result"]["capabilities"];
    CHECK(caps["completionProvider"]["triggerCharacters"] == json::array({"=", "\"", "'", "|"}));
    CHECK(caps["documentSymbolProvider"] == true);
    Page p("A.<ref name=\"smith\">Smith.</ref>\n😀日本 <ref name=\"\n", Encoding::utf16);
    const json r = p.complete(pos(1, 16));
    REQUIRE(labels(r) == std::vector<std::string>{"smith"});
    CHECK(r["result"]["items"][0]["textEdit"]["range"]["start"] == pos(1, 16));
}

TEST_CASE("lsp documentSymbol: sections nested by level, lists and named refs in them") {
    Page p(named_page);
    const json r = p.s.request("textDocument/documentSymbol", {{"textDocument", doc()}})["result"];
    REQUIRE(r.size() == 4);
    CHECK(r[0]["name"] == "smith"); // the lead's ref
    CHECK(r[0]["kind"] == 20);
    CHECK(r[0]["selectionRange"]["start"] == p.at("smith>"));
    const json& history = r[1];
    CHECK(history["name"] == "History");
    CHECK(history["kind"] == 3);
    CHECK(history["range"]["start"] == p.at("== History"));
    CHECK(history["range"]["end"] == p.at("== Notes"));
    REQUIRE(history["children"].size() == 2);
    CHECK(history["children"][0]["name"] == "smith");
    CHECK(history["children"][0]["detail"] == "group \"n\"");
    CHECK(history["children"][1]["name"] == "Early");
    REQUIRE(history["children"][1]["children"].size() == 1);
    CHECK(history["children"][1]["children"][0]["name"] == "jones");
    CHECK(r[2]["name"] == "Notes");
    REQUIRE(r[2]["children"].size() == 1);
    CHECK(r[2]["children"][0]["name"] == "{{reflist}}");
    CHECK(r[2]["children"][0]["kind"] == 18);
    CHECK(r[2]["children"][0]["detail"] == "group \"n\"");
    const json& list = r[3]["children"][0];
    CHECK(list["name"] == "<references>");
    REQUIRE(list["children"].size() == 1);
    CHECK(list["children"][0]["name"] == "listed");
}

TEST_CASE("lsp: a bad configuration is shown to the user once, until it is fixed") {
    namespace fs = std::filesystem;
    const testing::TemporaryFolder folder("citelint-lsp-message-test");
    const fs::path& root = folder.path;
    const std::string uri = "file://" + (root / "a.wiki").string();
    const auto write = [&](const std::string& toml, int seconds) {
        std::ofstream(root / ".citelint.toml") << toml;
        fs::last_write_time(root / ".citelint.toml",
                            fs::file_time_type::clock::now() + std::chrono::seconds(seconds));
    };
    Session s;
    s.initialize();
    const auto change = [&](int version, const std::string& text) {
        json params = json::object();
        params["textDocument"] = {{"uri", uri}, {"version", version}};
        params["contentChanges"] = json::array({json{{"text", text}}});
        s.notify("textDocument/didChange", params);
    };
    const auto messages = [](const std::vector<json>& out) {
        std::vector<json> shown;
        for (const json& m : out)
            if (m.value("method", "") == "window/showMessage") shown.push_back(m["params"]);
        return shown;
    };
    write("selct = [\"R001\"]\n", 1);
    s.notify("textDocument/didOpen",
             {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", "Text.\n"}}}});
    auto shown = messages(s.wait(std::chrono::milliseconds(0)));
    REQUIRE(shown.size() == 1);
    CHECK(shown[0]["type"] == 1);
    CHECK(shown[0]["message"].get<std::string>().find("did you mean 'select'") !=
          std::string::npos);
    // Checked again, the file touched with the same problem: not shown again.
    change(2, "More.\n");
    write("selct = [\"R001\"]\n", 2);
    CHECK(messages(s.wait(std::chrono::milliseconds(200))).empty());
    // Another problem is; fixed, then broken again as before: shown again.
    write("ignore = 3\n", 3);
    change(3, "Again.\n");
    CHECK(messages(s.wait(std::chrono::milliseconds(200))).size() == 1);
    write("ignore = []\n", 4);
    change(4, "Fixed.\n");
    CHECK(messages(s.wait(std::chrono::milliseconds(200))).empty());
    write("ignore = 3\n", 5);
    change(5, "Broken.\n");
    CHECK(messages(s.wait(std::chrono::milliseconds(200))).size() == 1);
}
