#include "server.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "../model/citations/dates.hpp"
#include "../model/prose/sentences.hpp"

namespace citelint::lsp {

using nlohmann::json;

namespace {

// JSON-RPC and LSP error codes.
constexpr int parse_error = -32700;
constexpr int invalid_request = -32600;
constexpr int method_not_found = -32601;
constexpr int invalid_params = -32602;
constexpr int internal_error = -32603;
constexpr int server_not_initialized = -32002;
constexpr int request_failed = -32803;

int lsp_severity(const engine::Diagnostic& d) {
    if (d.limitation || d.maintenance) return 3;
    switch (d.severity) {
    case engine::Severity::error:
        return 1;
    case engine::Severity::warning:
        return 2;
    case engine::Severity::info:
        return 3;
    }
    return 3;
}

Position position(const json& p) {
    return {p.at("line").get<std::uint32_t>(), p.at("character").get<std::uint32_t>()};
}

} // namespace

Server::Server(std::ostream& log, ServerOptions options)
    : log_(log), options_(std::move(options)),
      segmenter_(std::make_unique<model::SentenceSegmenter>()), settings_(log, segmenter_.get()) {}

Server::~Server() = default;

std::vector<std::string> Server::take_outgoing() {
    return std::exchange(outgoing_, {});
}

void Server::send(const json& message) {
    // Invalid UTF-8 in a document's text is replaced, never a reason to fail.
    outgoing_.push_back(message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::reply(const json& id, json result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::reply_error(const json& id, int code, std::string_view message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::unreadable(std::string_view why) {
    log_ << "citelint lsp: " << why << '\n';
    reply_error(nullptr, parse_error, why);
}

void Server::receive(std::string_view body, Clock::time_point now) {
    const json message = json::parse(body, nullptr, false);
    if (message.is_discarded()) {
        log_ << "citelint lsp: a message that is not JSON\n";
        reply_error(nullptr, parse_error, "the message is not JSON");
        return;
    }
    if (!message.is_object()) {
        reply_error(nullptr, invalid_request, "a message must be a JSON object");
        return;
    }
    const auto method = message.find("method");
    const auto id = message.find("id");
    const bool id_ok = id != message.end() && (id->is_number_integer() || id->is_string());
    if (method == message.end() || !method->is_string()) {
        // A response to a request of ours (the server sends none that wait for one).
        if (id != message.end() && (message.contains("result") || message.contains("error")))
            return;
        reply_error(id_ok ? *id : json(nullptr), invalid_request, "a message needs a method");
        return;
    }
    if (id != message.end() && !id_ok) {
        reply_error(nullptr, invalid_request, "a request's id is a number or a string");
        return;
    }
    try {
        if (id != message.end())
            request(message, now);
        else
            notification(message, now);
    } catch (const RequestFailed& e) {
        if (id != message.end()) reply_error(*id, request_failed, e.what());
    } catch (const json::exception& e) {
        log_ << "citelint lsp: " << method->get<std::string>() << ": bad parameters: " << e.what()
             << '\n';
        if (id != message.end()) reply_error(*id, invalid_params, e.what());
    } catch (const std::exception& e) {
        log_ << "citelint lsp: " << method->get<std::string>() << ": " << e.what() << '\n';
        if (id != message.end()) reply_error(*id, internal_error, e.what());
    }
}

void Server::request(const json& message, Clock::time_point) {
    const json& id = message.at("id");
    const std::string method = message.at("method").get<std::string>();
    static const json no_params = json::object();
    const auto found = message.find("params");
    const json& params = found == message.end() ? no_params : *found;
    if (method == "initialize") {
        if (initialized_) return reply_error(id, invalid_request, "already initialized");
        reply(id, initialize(params));
        initialized_ = true;
        return;
    }
    if (!initialized_) return reply_error(id, server_not_initialized, "not initialized yet");
    if (shutdown_) return reply_error(id, invalid_request, "the server is shutting down");
    if (method == "shutdown") {
        shutdown_ = true;
        return reply(id, nullptr);
    }
    // The questions about a document (queries.cpp).
    static constexpr std::pair<std::string_view, json (Server::*)(const json&)> queries[] = {
        {"textDocument/definition", &Server::definition},
        {"textDocument/references", &Server::references},
        {"textDocument/hover", &Server::hover},
        {"textDocument/codeAction", &Server::code_action},
        {"textDocument/prepareRename", &Server::prepare_rename},
        {"textDocument/rename", &Server::rename},
        {"textDocument/completion", &Server::completion},
        {"textDocument/documentSymbol", &Server::document_symbol},
    };
    for (const auto& [name, answer] : queries)
        if (method == name) return reply(id, (this->*answer)(params));
    reply_error(id, method_not_found, "unknown method " + method);
}

void Server::notification(const json& message, Clock::time_point now) {
    const std::string method = message.at("method").get<std::string>();
    if (method == "exit") {
        finished_ = true;
        return;
    }
    if (!initialized_ || shutdown_) return;
    static const json no_params = json::object();
    const auto found = message.find("params");
    const json& params = found == message.end() ? no_params : *found;
    if (method == "textDocument/didOpen")
        did_open(params, now);
    else if (method == "textDocument/didChange")
        did_change(params, now);
    else if (method == "textDocument/didClose")
        did_close(params);
    // Anything else ($/cancelRequest, initialized, didSave, ...) needs nothing.
}

json Server::initialize(const json& params) {
    const json encodings = params.value("capabilities", json::object())
                               .value("general", json::object())
                               .value("positionEncodings", json::array());
    encoding_ = Encoding::utf16;
    if (encodings.is_array())
        for (const json& e : encodings)
            if (e == "utf-8") encoding_ = Encoding::utf8;
    // A client that can ask first where a rename may start says so; only then may the server
    // offer it (LSP 3.17, RenameOptions).
    prepare_rename_ = params.value("capabilities", json::object())
                          .value("textDocument", json::object())
                          .value("rename", json::object())
                          .value("prepareSupport", false);
    if (const auto options = params.find("initializationOptions");
        options != params.end() && options->is_object()) {
        if (const auto url = options->find("rulesUrl"); url != options->end() && url->is_string())
            options_.rules_url = url->get<std::string>();
    }
    return {
        {"capabilities",
         {
             {"positionEncoding", encoding_name(encoding_)},
             {"textDocumentSync", {{"openClose", true}, {"change", 2}}},
             {"definitionProvider", true},
             {"referencesProvider", true},
             {"hoverProvider", true},
             {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
             {"renameProvider", prepare_rename_ ? json{{"prepareProvider", true}} : json(true)},
             // After "name=" and its quote, and after the '|' of {{r| or {{sfn|.
             {"completionProvider", {{"triggerCharacters", {"=", "\"", "'", "|"}}}},
             {"documentSymbolProvider", true},
         }},
        {"serverInfo", {{"name", "citelint"}, {"version", options_.version}}},
    };
}

void Server::did_open(const json& params, Clock::time_point now) {
    const json& item = params.at("textDocument");
    const std::string uri = item.at("uri").get<std::string>();
    Document document{Source(uri, item.at("text").get<std::string>()),
                      item.value("version", std::int64_t{0}), nullptr, now, false};
    documents_.insert_or_assign(uri, std::move(document));
}

void Server::did_change(const json& params, Clock::time_point now) {
    const json& item = params.at("textDocument");
    const std::string uri = item.at("uri").get<std::string>();
    const auto it = documents_.find(uri);
    if (it == documents_.end()) {
        log_ << "citelint lsp: a change to " << uri << ", which is not open: ignored\n";
        return;
    }
    Document& document = it->second;
    for (const json& change : params.at("contentChanges")) {
        std::string text;
        if (const auto r = change.find("range"); r != change.end()) {
            const Position start = position(r->at("start")), end = position(r->at("end"));
            if (end.line < start.line ||
                (end.line == start.line && end.character < start.character))
                log_ << "citelint lsp: a change whose range ends before it starts, in " << uri
                     << ": taken as an insertion\n";
            text = changed_text(document.text, start, end,
                                change.at("text").get_ref<const std::string&>(), encoding_);
        } else {
            text = change.at("text").get<std::string>();
        }
        document.text = Source(uri, std::move(text));
    }
    document.version = item.value("version", document.version);
    document.due = now + options_.debounce;
}

void Server::did_close(const json& params) {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    if (documents_.erase(uri) == 0) return;
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
}

std::optional<Clock::time_point> Server::next_deadline() const {
    std::optional<Clock::time_point> next;
    if (shutdown_) return next;
    for (const auto& [uri, document] : documents_)
        if (document.due && (!next || *document.due < *next)) next = document.due;
    return next;
}

void Server::tick(Clock::time_point now) {
    if (shutdown_) return; // no more work once the client asked to shut down
    for (auto& [uri, document] : documents_)
        if (document.due && *document.due <= now) check(uri, document);
}

void Server::check(const std::string& uri, Document& document) {
    document.due.reset();
    const std::size_t size = document.text.text().size();
    if (size > options_.largest_document) {
        if (!document.refused)
            log_ << fmt::format("citelint lsp: {} has {} bytes, more than the {} checked: not "
                                "checked\n",
                                uri, size, options_.largest_document);
        document.refused = true;
        document.analysis.reset();
        publish(uri, document);
        return;
    }
    document.refused = false;
    try {
        const CheckSettings settings = settings_.for_uri(uri);
        // A configuration that cannot be used: said to the user, once per problem.
        for (const std::string& problem : settings_.take_problems())
            show_message(MessageType::error, "citelint: " + problem);
        document.analysis = check_document(uri, std::string(document.text.text()), settings);
    } catch (const std::exception& e) {
        // A fault of ours on this text: said, and the server goes on with the other documents.
        log_ << "citelint lsp: " << uri << ": internal error: " << e.what() << '\n';
        document.analysis.reset();
    }
    publish(uri, document);
}

void Server::show_message(MessageType type, std::string_view message) {
    send({{"jsonrpc", "2.0"},
          {"method", "window/showMessage"},
          {"params", {{"type", static_cast<int>(type)}, {"message", message}}}});
}

void Server::publish(const std::string& uri, const Document& document) {
    json diagnostics = json::array();
    if (document.analysis)
        for (const engine::Diagnostic& d : document.analysis->diagnostics)
            diagnostics.push_back(diagnostic(uri, document.analysis->source, d));
    send(
        {{"jsonrpc", "2.0"},
         {"method", "textDocument/publishDiagnostics"},
         {"params",
          {{"uri", uri}, {"version", document.version}, {"diagnostics", std::move(diagnostics)}}}});
}

const Analysis* Server::current(const std::string& uri) {
    const auto it = documents_.find(uri);
    if (it == documents_.end()) return nullptr;
    if (it->second.due) check(uri, it->second);
    return it->second.analysis.get();
}

std::uint32_t Server::offset(const Analysis& analysis, const json& p) const {
    return offset_of(analysis.source, position(p), encoding_);
}

json Server::range(const Source& source, Span span) const {
    const Position start = position_of(source, span.begin, encoding_);
    const Position end = position_of(source, span.end, encoding_);
    return {{"start", {{"line", start.line}, {"character", start.character}}},
            {"end", {{"line", end.line}, {"character", end.character}}}};
}

json Server::location(const std::string& uri, const Source& source, Span span) const {
    return {{"uri", uri}, {"range", range(source, span)}};
}

json Server::diagnostic(const std::string& uri, const Source& source,
                        const engine::Diagnostic& d) const {
    std::string message = d.message;
    for (const std::string& help : d.help)
        message += "\nhelp: " + help;
    json out = {{"range", range(source, d.span)},
                {"severity", lsp_severity(d)},
                {"code", d.code},
                {"source", "citelint"},
                {"message", std::move(message)}};
    if (!options_.rules_url.empty()) {
        std::string href = options_.rules_url;
        if (const auto at = href.find("{code}"); at != std::string::npos)
            href.replace(at, 6, d.code);
        out["codeDescription"] = {{"href", href}};
    }
    if (!d.notes.empty()) {
        json related = json::array();
        for (const engine::Note& note : d.notes)
            related.push_back(
                {{"location", location(uri, source, note.span)}, {"message", note.message}});
        out["relatedInformation"] = std::move(related);
    }
    return out;
}

} // namespace citelint::lsp
