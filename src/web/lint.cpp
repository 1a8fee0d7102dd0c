#include "lint.hpp"

#include <memory>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../config/config.hpp"
#include "../config/effective.hpp"
#include "../engine/runner.hpp"
#include "../engine/suppressions.hpp"
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

std::string text_of(const Json& value, std::string_view key) {
    if (!value.is_string()) throw std::invalid_argument(fmt::format("'{}' must be a string", key));
    return value.get<std::string>();
}

bool flag_of(const Json& value, std::string_view key) {
    if (!value.is_boolean())
        throw std::invalid_argument(fmt::format("'{}' must be true or false", key));
    return value.get<bool>();
}

std::vector<std::string> list_of(const Json& value, std::string_view key) {
    std::vector<std::string> out;
    if (!value.is_array())
        throw std::invalid_argument(fmt::format("'{}' must be a list of rule codes or names", key));
    for (const Json& item : value)
        out.push_back(text_of(item, key));
    return out;
}

// The options as settings over the defaults; std::invalid_argument says what is wrong.
Request read_request(std::string_view options) {
    Request request;
    const Json json = options.empty() ? Json::object() : Json::parse(options);
    if (!json.is_object()) throw std::invalid_argument("the options must be a JSON object");
    config::Settings& s = request.settings;
    for (const auto& [key, value] : json.items()) {
        if (key == "select") {
            s.select = list_of(value, key);
        } else if (key == "ignore") {
            s.ignore = list_of(value, key);
        } else if (key == "severity") {
            if (!value.is_object())
                throw std::invalid_argument("'severity' must map rules to error, warning or info");
            for (const auto& [rule, level] : value.items())
                s.severity.emplace_back(rule, text_of(level, "severity"));
        } else if (key == "dialect") {
            s.dialect = text_of(value, key);
        } else if (key == "wiki") {
            s.wiki = text_of(value, key);
        } else if (key == "cite-subreferencing") {
            s.cite_subreferencing = flag_of(value, key);
        } else if (key == "claims-strict") {
            s.claims_strict = flag_of(value, key);
        } else if (key == "claims-lead") {
            s.claims_lead = text_of(value, key);
        } else if (key == "claims-captions") {
            s.claims_captions = flag_of(value, key);
        } else if (key == "claims-tables") {
            s.claims_tables = flag_of(value, key);
        } else if (key == "today") {
            request.today = model::parse_iso_date(text_of(value, key));
            if (!request.today)
                throw std::invalid_argument("'today' must be a real date as YYYY-MM-DD");
        } else if (key == "path") {
            request.path = text_of(value, key);
        } else {
            throw std::invalid_argument(fmt::format("unknown option '{}'", key));
        }
    }
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
    const auto& effective = p.effective;
    const std::vector<engine::Diagnostic> diagnostics = engine::apply_suppressions(
        article, engine::run_rules(article, effective->selection).diagnostics,
        effective->selection);
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
