// The language server: JSON-RPC messages in, replies and notifications out. It owns the open
// documents and checks them; it neither reads nor writes a stream nor waits (the loop in
// stdio.cpp does), so tests drive it message by message with a clock of their own.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis.hpp"
#include "positions.hpp"
#include "settings.hpp"

namespace citelint::model {
class SentenceSegmenter;
}

namespace citelint::lsp {

using Clock = std::chrono::steady_clock;

struct ServerOptions {
    // How long after the last change a document is checked.
    std::chrono::milliseconds debounce{150};
    // A larger document is kept but not checked (said once in the log): a check of it would
    // hold up the server for seconds. MediaWiki itself refuses pages over 2 MiB.
    std::size_t largest_document = 8u << 20;
    // Where a rule's documentation is: "{code}" is replaced by the rule's code.
    std::string rules_url;
    std::string version;
};

// A request the server understood but cannot carry out (a rename to a name already used):
// answered with LSP's RequestFailed and the reason, which the client shows.
struct RequestFailed : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// LSP's MessageType of window/showMessage.
enum class MessageType { error = 1, warning = 2, info = 3, log = 4 };

struct Symbol;

class Server {
  public:
    Server(std::ostream& log, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // One message body as the client sent it.
    void receive(std::string_view body, Clock::time_point now);
    // A message the framing could not deliver (a header without Content-Length, a body too
    // large): answered as a parse error, since its id is unknown.
    void unreadable(std::string_view why);
    // When tick() has work to do next, if ever.
    [[nodiscard]] std::optional<Clock::time_point> next_deadline() const;
    // Checks the documents whose quiet time is over and publishes their diagnostics.
    void tick(Clock::time_point now);
    // The message bodies to send, in order; taking them empties the queue.
    std::vector<std::string> take_outgoing();

    [[nodiscard]] bool finished() const noexcept { return finished_; }
    [[nodiscard]] int exit_code() const noexcept { return shutdown_ ? 0 : 1; }
    [[nodiscard]] Encoding encoding() const noexcept { return encoding_; }

  private:
    struct Document {
        Source text; // the text as of the last change, with its line index
        std::int64_t version = 0;
        std::unique_ptr<Analysis> analysis; // of `text` unless a check is due
        std::optional<Clock::time_point> due;
        bool refused = false; // too large to check
    };

    void request(const nlohmann::json& message, Clock::time_point now);
    void notification(const nlohmann::json& message, Clock::time_point now);
    nlohmann::json initialize(const nlohmann::json& params);
    void did_open(const nlohmann::json& params, Clock::time_point now);
    void did_change(const nlohmann::json& params, Clock::time_point now);
    void did_close(const nlohmann::json& params);
    nlohmann::json definition(const nlohmann::json& params);
    nlohmann::json references(const nlohmann::json& params);
    nlohmann::json hover(const nlohmann::json& params);
    nlohmann::json code_action(const nlohmann::json& params);
    nlohmann::json prepare_rename(const nlohmann::json& params);
    nlohmann::json rename(const nlohmann::json& params);
    nlohmann::json completion(const nlohmann::json& params);
    nlohmann::json document_symbol(const nlohmann::json& params);

    // The document a request names, checked up to its last change; null when it is not open
    // or too large.
    const Analysis* current(const std::string& uri);
    // A question about a document (and the place in it, when the params give one): its answer,
    // or null when the document is not open or too large to check.
    struct Asked {
        const std::string& uri;
        const Analysis& analysis;
        std::uint32_t offset = 0;
    };
    using Answer = std::function<nlohmann::json(const Asked&)>;
    nlohmann::json about(const nlohmann::json& params, const Answer& answer);
    nlohmann::json quick_fixes(const nlohmann::json& params, const Asked& q);
    nlohmann::json completion_list(const Asked& q) const;
    std::uint32_t offset(const Analysis& analysis, const nlohmann::json& position) const;
    void check(const std::string& uri, Document& document);
    void publish(const std::string& uri, const Document& document);
    void show_message(MessageType type, std::string_view message);

    nlohmann::json range(const Source& source, Span span) const;
    nlohmann::json location(const std::string& uri, const Source& source, Span span) const;
    nlohmann::json diagnostic(const std::string& uri, const Source& source,
                              const engine::Diagnostic& d) const;
    nlohmann::json text_edit(const Source& source, const engine::Edit& edit) const;
    nlohmann::json symbol(const Source& source, const Symbol& s) const;

    void reply(const nlohmann::json& id, nlohmann::json result);
    void reply_error(const nlohmann::json& id, int code, std::string_view message);
    void send(const nlohmann::json& message);

    std::ostream& log_;
    ServerOptions options_;
    std::unique_ptr<model::SentenceSegmenter> segmenter_;
    DocumentSettings settings_; // after segmenter_, which it lends to the checks
    std::map<std::string, Document> documents_;
    std::vector<std::string> outgoing_;
    Encoding encoding_ = Encoding::utf16;
    bool prepare_rename_ = false; // the client asks where a rename may start
    bool initialized_ = false;
    bool shutdown_ = false;
    bool finished_ = false;
};

} // namespace citelint::lsp
