#include "completion.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "../engine/edits.hpp"
#include "../model/text.hpp"
#include "../syntax/attributes.hpp"
#include "navigation.hpp"

namespace citelint::lsp {

namespace {

// How far from the cursor the tag or template being typed is looked for: a ref's opening or a
// short citation is a line at most.
constexpr std::uint32_t reach = 4000;

// Where a ref name is being typed, and of which group.
struct RefNameContext {
    Span typed;
    std::string group;
    bool unquoted_in_tag = false; // a name needing quotes gets them
};

// Where an argument of a template is being typed.
struct TemplateContext {
    std::string title;                   // canonical
    std::vector<Span> args;              // after the name, up to the closing "}}" if any
    std::size_t current = 0;             // the argument the cursor is in
    std::vector<std::string> positional; // the positional values before it, trimmed
    Span typed;
};

// Where the word being typed ends past the cursor: at the first of `stops` (none: the text's
// end). A completion replaces the whole word, not only its part before the cursor.
std::uint32_t word_end(std::string_view text, std::uint32_t offset, std::string_view stops) {
    return static_cast<std::uint32_t>(std::min(text.size(), text.find_first_of(stops, offset)));
}

std::string_view trimmed_front(std::string_view s) {
    while (!s.empty() && model::is_php_space(s.front()))
        s.remove_prefix(1);
    return s;
}

// The group of the <ref> whose attributes are `attributes`: its own, or that of the
// <references> it stands in.
std::string tag_group(const model::Article& a, std::string_view attributes, std::uint32_t at) {
    // Held while its value is read: value() is a view into it.
    const syntax::Attributes parsed = syntax::parse_attributes(attributes, at);
    if (const auto group = parsed.value("group")) return std::string(*group);
    for (const model::ReferenceList& list : a.lists)
        if (!list.nested && list.content_span.begin <= at && at <= list.content_span.end)
            return list.group;
    return {};
}

// Inside <ref name=... or <ref follow=..., the value reaching the cursor.
std::optional<RefNameContext> ref_tag_context(const model::Article& a, std::uint32_t offset) {
    const std::string_view text = a.source->text();
    const std::uint32_t from = offset > reach ? offset - reach : 0;
    const std::string_view before = text.substr(from, offset - from);
    const auto open = before.rfind('<');
    if (open == std::string_view::npos || before.find('>', open) != std::string_view::npos ||
        !model::ascii_iequal_at(before, open + 1, "ref") || open + 4 >= before.size() ||
        !model::is_php_space(before[open + 4]))
        return std::nullopt;
    const auto attributes_at = static_cast<std::uint32_t>(from + open + 4);
    const syntax::Attributes attrs =
        syntax::parse_attributes(text.substr(attributes_at, offset - attributes_at), attributes_at);
    if (attrs.written().empty()) return std::nullopt;
    const syntax::Attribute& last = attrs.written().back();
    if (last.name != "name" && last.name != "follow") return std::nullopt;
    // After the attribute's name: blanks, '=', blanks, perhaps a quote, then what is typed.
    std::string_view rest =
        trimmed_front(text.substr(last.name_span.end, offset - last.name_span.end));
    if (rest.empty() || rest.front() != '=') return std::nullopt;
    rest = trimmed_front(rest.substr(1));
    const char quote =
        !rest.empty() && (rest.front() == '"' || rest.front() == '\'') ? rest.front() : '\0';
    if (quote) {
        if (rest.find(quote, 1) != std::string_view::npos) return std::nullopt;
        rest.remove_prefix(1);
    } else if (rest.find_first_of(" \t\r\n") != std::string_view::npos) {
        return std::nullopt;
    }
    // The rest of the value: up to its closing quote, if there is one on the line.
    std::uint32_t end = offset;
    if (!quote) {
        end = word_end(text, offset, " \t\r\n>/");
    } else if (const std::uint32_t stop = word_end(text, offset, std::string_view(&quote, 1));
               stop < word_end(text, offset, ">\n")) {
        end = stop;
    }
    const auto close = text.find('>', offset);
    const std::string_view whole_tag =
        text.substr(attributes_at, std::min<std::size_t>(close, offset + reach) - attributes_at);
    return RefNameContext{{static_cast<std::uint32_t>(offset - rest.size()), end},
                          tag_group(a, whole_tag, attributes_at),
                          quote == '\0'};
}

// The "{{" of the innermost template open at `offset`.
std::optional<std::uint32_t> template_open_before(std::string_view text, std::uint32_t offset) {
    const std::uint32_t limit = offset > reach ? offset - reach : 0;
    int depth = 0;
    for (std::uint32_t i = offset; i >= limit + 2;) {
        const std::string_view pair = text.substr(i - 2, 2);
        if (pair == "}}") {
            ++depth;
            i -= 2;
        } else if (pair == "{{") {
            if (depth == 0) return i - 2;
            --depth;
            i -= 2;
        } else {
            --i;
        }
    }
    return std::nullopt;
}

// The arguments of a template whose text after "{{" begins at `begin`: up to its closing "}}",
// or to `offset` when none closes it nearby. The first part is the name.
std::vector<Span> template_parts(std::string_view text, std::uint32_t begin, std::uint32_t offset) {
    std::vector<Span> parts;
    const auto end = static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), offset + reach));
    std::uint32_t part = begin;
    int depth = 0; // of nested templates and links
    for (std::uint32_t i = begin; i < end; ++i) {
        const std::string_view pair = text.substr(i, 2);
        if (pair == "{{" || pair == "[[") {
            ++depth;
            ++i;
        } else if ((pair == "}}" || pair == "]]") && depth > 0) {
            --depth;
            ++i;
        } else if (pair == "}}" || (text[i] == '|' && depth == 0)) {
            parts.push_back({part, i});
            part = i + 1;
            if (text[i] == '}') return parts;
        }
    }
    // Not closed nearby: the arguments up to the cursor.
    while (!parts.empty() && parts.back().begin > offset)
        parts.pop_back();
    if (part <= offset) parts.push_back({part, offset});
    return parts;
}

std::optional<TemplateContext> template_context(const model::Article& a, std::uint32_t offset) {
    const std::string_view text = a.source->text();
    const std::optional<std::uint32_t> open = template_open_before(text, offset);
    if (!open) return std::nullopt;
    std::vector<Span> parts = template_parts(text, *open + 2, offset);
    TemplateContext context;
    context.title = model::canonical_title(model::clean_text(a.text(parts.front())));
    context.args.assign(parts.begin() + 1, parts.end());
    const auto at = std::find_if(context.args.begin(), context.args.end(),
                                 [&](Span s) { return s.begin <= offset && offset <= s.end; });
    if (at == context.args.end()) return std::nullopt;
    context.current = static_cast<std::size_t>(at - context.args.begin());
    const std::string_view typed = text.substr(at->begin, offset - at->begin);
    if (typed.find('=') != std::string_view::npos) return std::nullopt; // a named argument
    const std::string_view value = model::php_trim(typed);
    if (!value.empty() && value.data() + value.size() != typed.data() + typed.size())
        return std::nullopt; // blanks after the value: the cursor is past it
    // The argument's rest on this line, without the blanks that end it.
    const std::uint32_t line_end = std::min(at->end, word_end(text, offset, "\n"));
    const std::string_view after = model::php_trim(text.substr(offset, line_end - offset));
    const auto end = static_cast<std::uint32_t>(
        after.empty() || after.data() != text.data() + offset ? offset : offset + after.size());
    context.typed = {static_cast<std::uint32_t>(offset - value.size()), end};
    for (std::size_t k = 0; k < context.current; ++k) {
        const std::string_view arg = a.text(context.args[k]);
        if (arg.find('=') == std::string_view::npos)
            context.positional.push_back(model::clean_text(arg));
    }
    return context;
}

// The value of a named argument of the template, trimmed and comment-free.
std::optional<std::string> named_argument(const model::Article& a, const TemplateContext& t,
                                          std::string_view name) {
    for (Span arg : t.args) {
        const std::string_view text = a.text(arg);
        const auto eq = text.find('=');
        if (eq != std::string_view::npos && model::clean_text(text.substr(0, eq)) == name)
            return model::clean_text(text.substr(eq + 1));
    }
    return std::nullopt;
}

std::string one_line(std::string_view text) {
    constexpr std::size_t longest = 80;
    std::string line = syntax::normalize_attribute_whitespace(text.substr(0, longest * 2));
    if (line.size() > longest) line = line.substr(0, longest) + "...";
    return line;
}

std::vector<Completion> ref_names(const model::Article& a, const RefNameContext& context,
                                  std::uint32_t offset) {
    std::vector<Completion> out;
    for (const model::NamedEntry& entry : a.entries) {
        if (entry.group != context.group || !entry.definition) continue;
        const model::Ref& definition = a.refs[*entry.definition];
        const Span written = name_span(definition);
        if (definition.origin == model::RefOrigin::short_footnote ||
            (written.begin <= offset && offset <= written.end))
            continue; // a name Module:Footnotes makes, or the one being typed
        if (std::any_of(out.begin(), out.end(),
                        [&](const Completion& c) { return c.label == entry.name; }))
            continue;
        const std::string_view content = model::php_trim(definition.content.value_or(""));
        const bool quote =
            context.unquoted_in_tag && engine::attribute_value_needs_quotes(entry.name);
        out.push_back({entry.name, quote ? '"' + entry.name + '"' : entry.name, context.typed,
                       one_line(content), code_block(content)});
    }
    return out;
}

// The anchor's parts as a short citation gives them: its names, then its year.
std::vector<std::string> target_parts(const model::Anchor& anchor) {
    std::vector<std::string> parts = anchor.names;
    if (!anchor.year.empty()) parts.push_back(anchor.year);
    return parts;
}

std::string citation_title(const model::Article& a, const model::Anchor& anchor) {
    if (anchor.citation == model::no_index) return {};
    const model::Citation& c = a.citations[static_cast<std::size_t>(anchor.citation)];
    const model::CitationParam* title = c.find("title");
    return title ? one_line(title->value) : std::string();
}

std::vector<Completion> short_citation_targets(const model::Article& a,
                                               const TemplateContext& context) {
    std::vector<Completion> out;
    const std::size_t k = context.positional.size();
    for (const model::Anchor& anchor : a.anchors) {
        const std::vector<std::string> parts = target_parts(anchor);
        if (anchor.names.empty() || parts.size() <= k ||
            !std::equal(context.positional.begin(), context.positional.end(), parts.begin()))
            continue;
        std::string insert, label;
        for (std::size_t i = k; i < parts.size(); ++i) {
            insert += (i > k ? "|" : "") + parts[i];
            label += (i > k ? " " : "") + parts[i];
        }
        if (std::any_of(out.begin(), out.end(),
                        [&](const Completion& c) { return c.insert == insert; }))
            continue;
        out.push_back({label, insert, context.typed, citation_title(a, anchor),
                       code_block(a.text(anchor_span(a, anchor)))});
    }
    return out;
}

} // namespace

std::vector<Completion> completions_at(const model::Article& a, std::uint32_t offset) {
    if (const auto tag = ref_tag_context(a, offset)) return ref_names(a, *tag, offset);
    const auto t = template_context(a, offset);
    if (!t) return {};
    const model::Site* site = a.options.site;
    if (const model::ReferenceTemplate* entry = a.catalogues->references.find_title(t->title);
        entry && entry->role == model::TemplateRole::reuse &&
        entry->on(site ? site->dbname : std::string_view{})) {
        std::optional<std::string> group = named_argument(a, *t, "group");
        if (!group) group = named_argument(a, *t, "g");
        return ref_names(a, {t->typed, group.value_or(""), false}, offset);
    }
    const model::FootnoteRole role = a.catalogues->footnotes.role(t->title);
    if (role == model::FootnoteRole::sfn || role == model::FootnoteRole::harv)
        return short_citation_targets(a, *t);
    return {};
}

} // namespace citelint::lsp
