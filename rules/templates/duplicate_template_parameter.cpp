#include <map>

#include "../references/common.hpp"
#include "../../src/model/text.hpp"

namespace citelint::rules {

namespace {

using syntax::Node;
using syntax::NodeKind;

// The span without the blanks around it (the whole span when it is blank).
Span trimmed(const Article& a, Span s) {
    const std::string_view text = a.text(s);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return s;
    const auto last = text.find_last_not_of(" \t\r\n");
    return {s.begin + static_cast<std::uint32_t>(first), s.begin + static_cast<std::uint32_t>(last + 1)};
}

void check(const Article& a, Sink& sink) {
    const auto& nodes = a.syntax.nodes;
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const Node& call = nodes[i];
        if (call.kind != NodeKind::template_call) continue;
        const std::string_view name = model::php_trim(a.text(call.name));
        if (name.empty() || name.front() == '#') continue; // parser functions read their own arguments
        // Each argument's key as MediaWiki sees it: the trimmed name, or the position.
        std::map<std::string, Span> seen;
        unsigned position = 0;
        for (std::uint32_t j = i + 1; j < nodes.size() && nodes[j].whole.begin < call.whole.end; ++j) {
            const Node& arg = nodes[j];
            if (arg.parent != i || arg.kind != NodeKind::template_arg) continue;
            const std::string key = arg.named ? std::string(model::php_trim(model::strip_comments(a.text(arg.name))))
                                              : std::to_string(++position);
            const Span at = trimmed(a, arg.named ? arg.name : arg.inner);
            const auto [it, fresh] = seen.try_emplace(key, at);
            if (fresh) {
                it->second = at;
                continue;
            }
            Diagnostic& d = sink.report(at, fmt::format("parameter \"{}\" of {{{{{}}}}} is given again; only this last "
                                                        "value counts",
                                                        key, name));
            d.notes.push_back({it->second, "given first here"});
            d.help.push_back("remove the value that is not meant, or merge the two");
            it->second = at;
        }
    }
}

} // namespace

extern const engine::Rule duplicate_template_parameter{
    "T002",
    "duplicate-template-parameter",
    engine::Family::templates,
    engine::Severity::warning,
    "a template call gives the same parameter twice",
    {},
    {
        "A template call (any template, parser functions aside) that gives one parameter twice: the "
        "same name (after trimming), or a number that a positional argument already took "
        "(`{{x|a|1=b}}`).",
        "MediaWiki keeps only the last value, silently drops the others and puts the page in "
        "\"Pages using duplicate arguments in template calls\"; in a citation the dropped value is "
        "often the right one (a second |date= or |url= added by a later edit).",
        "<ref>{{cite web |url=https://example.org/a |title=A |date=2010 |date=2011}}</ref>",
        "<ref>{{cite web |url=https://example.org/a |title=A |date=2011}}</ref>",
        "None.",
    },
    check,
};

} // namespace citelint::rules
