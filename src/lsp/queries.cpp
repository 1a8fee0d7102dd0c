// The questions a client asks about an open document, answered from its analysis: where a
// name leads, what uses it, what it shows, what fixes it, how to rename it, what may be typed
// at a place, and the page's outline.
#include <algorithm>

#include <fmt/format.h>

#include "completion.hpp"
#include "navigation.hpp"
#include "rename.hpp"
#include "server.hpp"
#include "symbols.hpp"

namespace citelint::lsp {

using nlohmann::json;

namespace {

bool overlaps(Span a, Span b) {
    return a.begin <= b.end && b.begin <= a.end;
}

// LSP's CompletionItemKind and SymbolKind.
constexpr int completion_reference = 18;
int symbol_kind(Symbol::Kind kind) {
    switch (kind) {
    case Symbol::Kind::section:
        return 3; // Namespace
    case Symbol::Kind::reference_list:
        return 18; // Array
    case Symbol::Kind::named_ref:
        return 20; // Key
    }
    return 20;
}

} // namespace

json Server::about(const json& params, const Answer& answer) {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    const Analysis* analysis = current(uri);
    if (!analysis) return nullptr;
    const auto position = params.find("position");
    return answer({uri, *analysis, position == params.end() ? 0 : offset(*analysis, *position)});
}

json Server::text_edit(const Source& source, const engine::Edit& edit) const {
    return {{"range", range(source, edit.span)}, {"newText", edit.replacement}};
}

json Server::definition(const json& params) {
    return about(params, [&](const Asked& q) {
        json out = json::array();
        for (Span span : definitions_at(q.analysis.article, q.offset))
            out.push_back(location(q.uri, q.analysis.source, span));
        return out.empty() ? json(nullptr) : out;
    });
}

json Server::references(const json& params) {
    const bool with_definitions =
        params.value("context", json::object()).value("includeDeclaration", true);
    return about(params, [&](const Asked& q) {
        json out = json::array();
        for (Span span : references_at(q.analysis.article, q.offset, with_definitions))
            out.push_back(location(q.uri, q.analysis.source, span));
        return out;
    });
}

json Server::hover(const json& params) {
    return about(params, [&](const Asked& q) -> json {
        const auto shown = hover_at(q.analysis.article, q.offset);
        if (!shown) return nullptr;
        return {{"contents", {{"kind", "markdown"}, {"value", shown->markdown}}},
                {"range", range(q.analysis.source, shown->span)}};
    });
}

json Server::code_action(const json& params) {
    return about(params, [&](const Asked& q) { return quick_fixes(params, q); });
}

json Server::quick_fixes(const json& params, const Asked& q) {
    // Only quick fixes are offered: a client asking for other kinds gets none.
    const json context = params.value("context", json::object());
    if (const auto only = context.find("only"); only != context.end() && only->is_array()) {
        const bool quickfix = std::any_of(only->begin(), only->end(), [](const json& kind) {
            return kind == "quickfix" || kind == "";
        });
        if (!quickfix) return json::array();
    }
    const json& r = params.at("range");
    const Span asked{offset(q.analysis, r.at("start")), offset(q.analysis, r.at("end"))};
    json out = json::array();
    for (const engine::Diagnostic& d : q.analysis.diagnostics) {
        if (!d.fix || !overlaps(d.span, asked)) continue;
        json edits = json::array();
        for (const engine::Edit& edit : d.fix->edits)
            edits.push_back(text_edit(q.analysis.source, edit));
        // An unsafe fix is offered as what it is, and not preferred: an editor's "fix all"
        // and auto-fix on save apply only preferred ones.
        const bool safe = d.fix->safety == engine::Safety::safe;
        out.push_back({{"title", safe ? d.fix->title : d.fix->title + " (unsafe: read it)"},
                       {"kind", "quickfix"},
                       {"diagnostics", {diagnostic(q.uri, q.analysis.source, d)}},
                       {"isPreferred", safe},
                       {"edit", {{"changes", {{q.uri, std::move(edits)}}}}}});
    }
    return out;
}

json Server::prepare_rename(const json& params) {
    return about(params, [&](const Asked& q) -> json {
        const auto target = rename_target(q.analysis.article, q.offset);
        if (!target) return nullptr;
        return {{"range", range(q.analysis.source, target->span)}, {"placeholder", target->name}};
    });
}

json Server::rename(const json& params) {
    const std::string new_name = params.at("newName").get<std::string>();
    return about(params, [&](const Asked& q) {
        const Renaming renaming = rename_ref(q.analysis.article, q.offset, new_name);
        if (!renaming.refusal.empty()) throw RequestFailed(renaming.refusal);
        json edits = json::array();
        for (const engine::Edit& edit : renaming.edits)
            edits.push_back(text_edit(q.analysis.source, edit));
        return json{{"changes", {{q.uri, std::move(edits)}}}};
    });
}

json Server::completion(const json& params) {
    return about(params, [&](const Asked& q) { return completion_list(q); });
}

json Server::completion_list(const Asked& q) const {
    json items = json::array();
    for (const Completion& c : completions_at(q.analysis.article, q.offset)) {
        json item = {{"label", c.label},
                     {"kind", completion_reference},
                     {"sortText", fmt::format("{:06}", items.size())},
                     {"documentation", {{"kind", "markdown"}, {"value", c.documentation}}}};
        if (!c.detail.empty()) item["detail"] = c.detail;
        // An edit of the part typed so far, which clients replace as a whole; one spanning
        // lines (a quoted value broken over them) is not allowed: inserted instead.
        json replaced = range(q.analysis.source, c.replace);
        if (replaced["start"]["line"] == replaced["end"]["line"])
            item["textEdit"] = {{"range", std::move(replaced)}, {"newText", c.insert}};
        else
            item["insertText"] = c.insert;
        items.push_back(std::move(item));
    }
    return {{"isIncomplete", false}, {"items", std::move(items)}};
}

json Server::symbol(const Source& source, const Symbol& s) const {
    json out = {{"name", s.name},
                {"kind", symbol_kind(s.kind)},
                {"range", range(source, s.range)},
                {"selectionRange", range(source, s.selection)}};
    if (!s.detail.empty()) out["detail"] = s.detail;
    if (!s.children.empty()) {
        json children = json::array();
        for (const Symbol& child : s.children)
            children.push_back(symbol(source, child));
        out["children"] = std::move(children);
    }
    return out;
}

json Server::document_symbol(const json& params) {
    return about(params, [&](const Asked& q) {
        json out = json::array();
        for (const Symbol& s : document_symbols(q.analysis.article))
            out.push_back(symbol(q.analysis.source, s));
        return out;
    });
}

} // namespace citelint::lsp
