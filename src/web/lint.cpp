#include "lint.hpp"

#include <memory>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../config/config.hpp"
#include "../config/effective.hpp"
#include "../engine/runner.hpp"
#include "../model/article.hpp"
#include "../model/citations/dates.hpp"
#include "../report/json_diagnostic.hpp"
#include "../source.hpp"

namespace citelint::web {

namespace {

using Json = nlohmann::json;

struct Request {
    config::Settings settings;
    std::optional<model::CalendarDate> today;
    std::string path = "page.wiki";
};

// The options: `today` and `path`, which only a page has, taken out, and the rest read as a
// configuration file's keys and values are (config::parse_json); std::invalid_argument says
// what cannot be used.
Request read_request(std::string_view options) {
    Request request;
    Json json = options.empty() ? Json::object() : Json::parse(options);
    if (!json.is_object()) throw std::invalid_argument("the options must be a JSON object");
    if (const auto today = json.find("today"); today != json.end()) {
        if (today->is_string()) request.today = model::parse_iso_date(today->get<std::string>());
        if (!request.today)
            throw std::invalid_argument("'today' must be a real date as YYYY-MM-DD");
        json.erase(today);
    }
    if (const auto path = json.find("path"); path != json.end()) {
        if (!path->is_string()) throw std::invalid_argument("'path' must be a string");
        request.path = path->get<std::string>();
        json.erase(path);
    }
    if (json.contains("templates"))
        throw std::invalid_argument("'templates' names files, which a page cannot read: give "
                                    "the rows as 'catalogue'");
    config::Loaded loaded = config::parse_json(json.dump(), "options");
    if (!loaded.settings) throw std::invalid_argument(loaded.error);
    request.settings = std::move(*loaded.settings);
    return request;
}

std::string error_json(std::string_view message) {
    return report::dump_line(Json{{"error", message}});
}

// The options made usable, or the error that says why not.
struct Prepared {
    Request request;
    std::unique_ptr<config::Effective> effective;
    std::string error;
};

Prepared prepare(std::string_view options) {
    Prepared p;
    try {
        p.request = read_request(options);
    } catch (const std::exception& e) { // nlohmann's parse errors too
        p.error = e.what();
        return p;
    }
    p.effective =
        config::make_effective(config::layer(p.request.settings, config::defaults()), p.error);
    if (p.effective)
        p.effective->model.today = p.request.today ? p.request.today : model::current_utc_date();
    return p;
}

} // namespace

std::string lint_json(std::string_view text, std::string_view options) {
    const Prepared p = prepare(options);
    if (!p.effective) return error_json(p.error);
    const Source source(p.request.path, std::string(text));
    const model::Article article = model::build_article(source, p.effective->model);
    const std::vector<engine::Diagnostic> diagnostics =
        engine::reported(article, p.effective->selection);
    std::string items;
    for (const engine::Diagnostic& d : diagnostics)
        report::append_item(items, report::diagnostic_json(source, d));
    return report::dump_line_spliced(Json{{"diagnostics", report::spliced}}, items);
}

std::string sentences_json(std::string_view text, std::string_view options) {
    Prepared p = prepare(options);
    if (!p.effective) return error_json(p.error);
    p.effective->model.sentences = true;
    const Source source(p.request.path, std::string(text));
    const model::Article article = model::build_article(source, p.effective->model);
    Json spans = Json::array();
    for (const model::Sentence& s : article.sentences)
        spans.push_back({s.span.begin, s.span.end});
    return report::dump_line(Json{{"sentences", std::move(spans)}});
}

} // namespace citelint::web
