#include "common.hpp"

namespace citelint::rules {

namespace {

// How the list is written, for the message: "{{notelist-ua}}", "{{reflist|group=x}}",
// "<references group="x" />".
std::string list_form(const Article& a, const model::ReferenceList& l) {
    if (l.origin == model::ListOrigin::tag)
        return fmt::format("<references group=\"{}\" />", l.group);
    if (l.origin == model::ListOrigin::tag_function)
        return fmt::format("{{{{#tag:references||group={}}}}}", l.group);
    std::string_view name = a.text(l.opening);
    if (name.rfind("{{", 0) == 0) name.remove_prefix(2);
    if (name.rfind("Template:", 0) == 0) name.remove_prefix(9);
    std::string out(model::php_trim(name));
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    const auto* entry = a.catalogues->references.find(out);
    if (entry && entry->group != l.group) return fmt::format("{{{{{}|group={}}}}}", out, l.group);
    return "{{" + out + "}}";
}

// Whether the page calls a template that makes notes of the group on some wiki but is not
// known to on this page's ({{NoteTag}} on an unknown wiki's page): its notes may be there.
bool notes_maybe_made(const Article& a, std::string_view group) {
    for (std::uint32_t i = 0; i < a.syntax.nodes.size(); ++i) {
        if (a.syntax.nodes[i].kind != syntax::NodeKind::template_call) continue;
        const auto* entry = a.catalogues->references.find_title(a.template_title(i));
        if (entry && entry->role == model::TemplateRole::footnote && entry->group == group &&
            !entry->on(a.options.site ? a.options.site->dbname : std::string_view{}))
            return true;
    }
    return false;
}

void check(const Article& a, Sink& sink) {
    for (const model::ReferenceList& l : a.lists) {
        // The default group is left alone: an empty <references /> renders nothing and costs
        // nothing, and its refs may come from templates (infoboxes drawing on Wikidata).
        if (l.group.empty() || l.nested || l.shown != 0 || !l.refs.empty()) continue;
        // A placeholder of the rendered dialect has lost its arguments (list-defined notes
        // among them), and the notes of its group may be lost with theirs: nothing is known.
        if (l.origin == model::ListOrigin::placeholder) continue;
        if (notes_maybe_made(a, l.group)) continue;
        if (l.origin == model::ListOrigin::list_template) {
            // {{notes}} is a notes list on en.wiki; on a page not known to be of a wiki where
            // the catalogue says it is one, what it shows is not known.
            const auto* entry = a.catalogues->references.find_title(a.template_title(l.node));
            const model::Site* site = a.options.site;
            if (entry && !entry->wikis.empty() && !(site && entry->on(site->dbname))) continue;
        }
        Diagnostic& d = sink.report(
            l.opening, fmt::format("{} lists nothing: no note of group \"{}\" comes before it",
                                   list_form(a, l), l.group));
        const Ref* later = nullptr;
        for (const Ref& r : a.refs)
            if (!r.nested && r.list == model::no_index && r.group == l.group &&
                r.span.begin >= l.span.end) {
                later = &r;
                break;
            }
        if (later) {
            d.notes.push_back({later->opening, "the first note of the group comes after it"});
            d.help.push_back("move the list below the notes it should show");
        } else {
            d.help.push_back("remove it: it is a leftover, MediaWiki renders nothing for it");
        }
    }
}

} // namespace

// clang-format off
extern const engine::Rule notelist_without_notes{
    .code = "T011",
    .name = "notelist-without-notes",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a list of a named group has no notes to show",
    .docs = {
        .what_it_finds =
            "A reference list of a named group (`{{notelist}}` and its variants, "
            "`{{reflist|group=x}}`, `<references group=\"x\" />`) with no ref of its group before "
            "it (since the previous list of that group) and no list-defined refs: "
            "it shows nothing. "
            "Lists of the default group are not reported: an empty `<references />` on a stub is "
            "common and harmless, and templates the page uses (infoboxes drawing on Wikidata) may "
            "add refs to it that the wikitext does not show. "
            "A list that Cite refuses (an unknown attribute) is reported by its own rule.",
        .why_it_matters =
            "MediaWiki renders nothing for a list with no refs (and no error): the markup is dead, "
            "usually left over after the notes were removed, or placed above the notes it was "
            "meant to show, which then stay without a list.",
        .example_bad = R"md(It opened in 1932.

== Notes ==
{{notelist}}

== References ==
{{reflist}})md",
        .example_good = R"md(It opened in 1932.

== References ==
{{reflist}})md",
        .options = R"md(None.)md",
    },
    .relies_on = {
        "src/model/references/references.cpp: list_template",
        "src/model/references/references.cpp: footnote_template",
    },
    .check = check,
};
// clang-format on

} // namespace citelint::rules
