// MediaWiki's Cite extension run over the model: the Validator's checks in its order, the
// ReferenceStack's bookkeeping of named refs per group, and the lists that render and clear
// their groups. Findings are recorded, never printed: rules decide what to say.
#include <algorithm>
#include <map>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

constexpr std::string_view ref_attributes[] = {"group", "name", "follow", "dir"};
constexpr std::string_view ref_attributes_with_details[] = {"group", "name", "follow", "dir",
                                                            "details"};
constexpr std::string_view list_attributes[] = {"group", "responsive"};

bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_pcre_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Where "</name\s*>" ends, searching from `from`; npos when it never comes.
std::size_t closing_tag_end(std::string_view text, std::string_view name, std::size_t from) {
    for (std::size_t close = text.find("</", from); close != std::string_view::npos;
         close = text.find("</", close + 1)) {
        if (text.substr(close + 2, name.size()) != name) continue;
        std::size_t p = close + 2 + name.size();
        while (p < text.size() && is_pcre_space(text[p]))
            ++p;
        if (p < text.size() && text[p] == '>') return p + 1;
    }
    return std::string_view::npos;
}

// preg_replace('#<(\w++)[^>]*+>.*?</\1\s*>|<!--.*?-->#s', '', $text)
std::string remove_tag_pairs_and_comments(std::string_view text) {
    std::string out;
    // Names with no closing tag after some offset: searched once, not again at every <br>.
    std::map<std::string_view, std::size_t> unclosed_from;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t lt = text.find('<', i);
        out += text.substr(i, lt == std::string_view::npos ? lt : lt - i);
        if (lt == std::string_view::npos) break;
        i = lt;
        std::size_t name_end = i + 1;
        while (name_end < text.size() && is_word(text[name_end]))
            ++name_end;
        if (name_end > i + 1) {
            const std::string_view name = text.substr(i + 1, name_end - i - 1);
            const std::size_t gt = text.find('>', name_end);
            const auto known = unclosed_from.find(name);
            if (gt != std::string_view::npos &&
                (known == unclosed_from.end() || gt < known->second)) {
                const std::size_t end = closing_tag_end(text, name, gt + 1);
                if (end != std::string_view::npos) {
                    i = end;
                    continue;
                }
                unclosed_from[name] = gt;
            }
        }
        if (text.substr(i, 4) == "<!--") {
            const std::size_t end = text.find("-->", i + 4);
            if (end != std::string_view::npos) {
                i = end + 3;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// preg_match('/<ref(erences)?\b[^>]*+>/i', ...)
bool contains_ref_tag(std::string_view text) {
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
        if (ascii_lower(text.substr(i + 1, 3)) != "ref") continue;
        std::size_t p = i + 4;
        if (ascii_lower(text.substr(p, 7)) == "erences") p += 7;
        if (p < text.size() && is_word(text[p])) continue;
        if (text.find('>', p) != std::string_view::npos) return true;
    }
    return false;
}

// preg_match('/(<|MARKER-(ext-)?)references\b/i', ...) on a list's raw content.
bool contains_references_tag(std::string_view text) {
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
        if (ascii_lower(text.substr(i + 1, 10)) == "references" &&
            (i + 11 >= text.size() || !is_word(text[i + 11])))
            return true;
    }
    return false;
}

// Validator::closestMatch()
std::string closest_match(std::string_view input, const std::string_view* options,
                          std::size_t count) {
    const std::string lowered = ascii_lower(php_trim(input));
    if (lowered.size() > 20) return {};
    std::size_t best_score = std::string::npos;
    std::string_view best;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t d = levenshtein(lowered, options[i]);
        if (d <= 1) return std::string(options[i]);
        if (d < best_score) {
            best_score = d;
            best = options[i];
        }
    }
    return !best.empty() && best_score * 2 <= best.size() ? std::string(best) : std::string{};
}

struct LiveEntry {
    std::uint32_t entry;
    std::optional<std::string> text;
    std::optional<std::string> dir;
    std::uint32_t dir_ref = 0;
};

struct GroupState {
    std::map<std::string, LiveEntry> named;
    std::vector<std::uint32_t> refs; // every ref of the group since its last list
};

// What ReferenceStack::pushRef() did for a ref, so that it can be undone (rollbackRef()).
enum class Push {
    dropped,  // a fatal error: nothing pushed (pushInvalidRef()), so nothing to run again
    appended, // a follow= whose text went to an earlier ref
    added,    // a new entry of its group
    reused,   // an existing named entry used once more
};

// Whether a list's content is expanded before the list runs ({{#tag:references|...}} and the
// list templates that stand for it), so the refs in it run first as ordinary refs.
bool expanded_first(const ReferenceList& l) {
    return l.origin == ListOrigin::tag_function || l.origin == ListOrigin::list_template;
}

class CiteRun {
  public:
    explicit CiteRun(Article& a) : a_(a) {}

    void run() {
        // Events in the order MediaWiki runs them: a construct runs when it ends, after
        // whatever it contains (the arguments of {{#tag:ref}} are expanded first).
        struct Event {
            std::uint32_t at;
            bool is_list;
            std::uint32_t index;
        };
        std::vector<Event> events;
        for (std::uint32_t i = 0; i < a_.refs.size(); ++i) {
            const Ref& r = a_.refs[i];
            // A ref in the argument of {{#tag:references|...}} runs as the argument is
            // expanded, as an ordinary ref, before the list takes it back and runs it again.
            if (!r.nested &&
                (r.list == no_index || expanded_first(a_.lists[static_cast<std::size_t>(r.list)])))
                events.push_back({r.span.end, false, i});
        }
        for (std::uint32_t i = 0; i < a_.lists.size(); ++i)
            if (!a_.lists[i].nested) events.push_back({a_.lists[i].span.end, true, i});
        std::stable_sort(events.begin(), events.end(),
                         [](const Event& x, const Event& y) { return x.at < y.at; });
        for (const Event& e : events) {
            if (e.is_list)
                list(e.index);
            else if (a_.refs[e.index].list != no_index)
                provisional_ref(e.index);
            else
                text_ref(e.index);
        }
        render_group("", no_index);
        for (auto& [group, state] : groups_) {
            if (group.empty() || state.refs.empty()) continue;
            for (std::uint32_t r : state.refs)
                a_.refs[r].unlisted = true;
            add({CiteKey::group_refs_without_references,
                 static_cast<std::int32_t>(state.refs.front()),
                 no_index,
                 no_index,
                 group,
                 {}});
        }
    }

  private:
    Article& a_;
    std::map<std::string, GroupState> groups_;
    std::map<std::uint32_t, Push> provisional_; // ref -> its run before its list took it back

    void add(CiteFinding f) { a_.findings.push_back(std::move(f)); }

    // The ref an {{sfn}} makes, when Module:Footnotes' name and text for it are known.
    const FootnoteRef* footnote_of(const Ref& r) const {
        if (r.origin != RefOrigin::short_footnote || r.node == syntax::no_parent) return nullptr;
        const auto& refs = a_.footnote_refs;
        const auto it = std::lower_bound(
            refs.begin(), refs.end(), r.node,
            [](const FootnoteRef& f, std::uint32_t node) { return f.node < node; });
        return it != refs.end() && it->node == r.node ? &*it : nullptr;
    }

    // What Cite is given as the ref's content: what the module writes, for an {{sfn}}.
    std::optional<std::string_view> content_of(const Ref& r) const {
        if (const FootnoteRef* f = footnote_of(r)) return std::string_view(f->text);
        return r.content;
    }

    // Validator::validateRef(); returns false when the ref is dropped (a fatal error).
    bool validate(std::uint32_t index, const ReferenceList* list) {
        Ref& r = a_.refs[index];
        const auto i = static_cast<std::int32_t>(index);
        const bool subref = a_.options.cite_subreferencing;
        if (r.origin == RefOrigin::tag || r.origin == RefOrigin::tag_function) {
            const auto* allowed = subref ? ref_attributes_with_details : ref_attributes;
            const std::size_t count =
                subref ? std::size(ref_attributes_with_details) : std::size(ref_attributes);
            for (const auto& attr : r.attrs.written()) {
                if (std::find(allowed, allowed + count, attr.name) != allowed + count) continue;
                std::string suggestion = closest_match(attr.name, allowed, count);
                add({suggestion.empty() ? CiteKey::ref_too_many_keys
                                        : CiteKey::ref_parameter_suggestion,
                     i, no_index, no_index, attr.name, std::move(suggestion)});
                break;
            }
        }
        r.raw_name = std::string(r.attrs.value("name").value_or(""));
        if (const FootnoteRef* f = footnote_of(r)) r.raw_name = f->name;
        r.group = std::string(r.attrs.value("group").value_or(list ? std::string_view(list->group)
                                                                   : std::string_view{}));
        if (const auto f = r.attrs.value("follow")) r.follow = std::string(*f);
        if (const auto d = r.attrs.value("dir")) r.dir = std::string(*d);
        if (subref)
            if (const auto d = r.attrs.value("details")) r.details = std::string(*d);
        if (!r.raw_name.empty() && !all_digits(r.raw_name)) r.name = r.raw_name;
        // Every check runs, as today's Validator does: a fatal error drops the ref, but the
        // checks after it still add their messages (the legacy parser shows the first one,
        // Parsoid all of them).
        bool ok = true;
        if (all_digits(r.raw_name)) {
            add({CiteKey::ref_numeric_key, i, no_index, no_index, "name", {}});
        } else if (r.follow && all_digits(*r.follow)) {
            add({CiteKey::ref_numeric_key, i, no_index, no_index, "follow", {}});
            ok = false;
        }
        if (r.follow && php_truthy(*r.follow) && (php_truthy(r.raw_name) || r.details)) {
            add({CiteKey::ref_follow_conflicts, i, no_index, no_index, *r.follow, {}});
            ok = false;
        }
        if (r.dir) {
            const std::string lowered = ascii_lower(*r.dir);
            if (lowered != "ltr" && lowered != "rtl" && lowered != "auto") {
                add({CiteKey::ref_invalid_dir, i, no_index, no_index, *r.dir, {}});
                r.dir.reset();
            }
        }
        if (!list) {
            if (!r.name) {
                if (r.details && r.content_is_empty()) {
                    add({CiteKey::details_missing_parent, i, no_index, no_index, {}, {}});
                    ok = false;
                } else if (r.details && !r.details->empty()) {
                    add({CiteKey::ref_with_details_no_name, i, no_index, no_index, {}, {}});
                    r.details.reset();
                } else if (!r.details && !r.content) {
                    add({CiteKey::ref_no_key, i, no_index, no_index, {}, {}});
                    ok = false;
                } else if (!r.details && php_trim(*r.content).empty()) {
                    add({CiteKey::ref_no_input, i, no_index, no_index, {}, {}});
                    ok = false;
                }
            }
            // Empty details are ignored outside a list (ReferenceStack::pushRef()).
            if (r.details && r.details->empty()) r.details.reset();
            // What is left of the content once tag pairs and comments are taken out holds a '<'
            // only if the content does (most citations have none): no copy is made for those.
            if (r.origin == RefOrigin::tag && r.content &&
                r.content->find('<') != std::string_view::npos &&
                contains_ref_tag(remove_tag_pairs_and_comments(*r.content))) {
                add({CiteKey::included_ref, i, no_index, no_index, {}, {}});
                ok = false;
            }
            return ok;
        }
        const auto l = static_cast<std::int32_t>(r.list);
        if (r.details) {
            add({CiteKey::details_unsupported_context, i, l, no_index, r.name.value_or(""), {}});
            r.details.reset();
        }
        if (r.attrs.find("group") && r.group != list->group) {
            add({CiteKey::references_group_mismatch, i, l, no_index, r.group, {}});
            r.group = list->group;
        }
        // Today a warning: the ref is listed, unnumbered, with the message.
        if (!r.name) add({CiteKey::references_no_key, i, l, no_index, {}, {}});
        if (r.content_is_empty()) {
            add({CiteKey::empty_references_define, i, l, no_index, r.name.value_or(""),
                 list->group});
            ok = false;
        }
        return ok;
    }

    std::uint32_t new_entry(const Ref& r) {
        NamedEntry e;
        e.group = r.group;
        e.name = *r.name;
        a_.entries.push_back(std::move(e));
        return static_cast<std::uint32_t>(a_.entries.size() - 1);
    }

    // A ref of a list whose content is expanded first, run as an ordinary ref. What it says is
    // not shown: the list takes it back and runs it again (a fatal error's message stands in
    // the list's content, whose HTML is dropped).
    void provisional_ref(std::uint32_t index) {
        const std::size_t findings = a_.findings.size();
        provisional_[index] = text_ref(index);
        a_.findings.resize(findings);
    }

    // ReferenceStack::rollbackRef(): a new entry is taken out of its group (unless a list in
    // between has rendered it already); a reused one keeps the text it may have given.
    void roll_back(std::uint32_t index, Push push) {
        if (push == Push::dropped || push == Push::appended) return;
        const Ref& r = a_.refs[index];
        const auto g = groups_.find(r.group);
        if (g == groups_.end()) return;
        GroupState& state = g->second;
        if (r.name)
            if (const auto it = state.named.find(*r.name); it != state.named.end()) {
                NamedEntry& entry = a_.entries[it->second.entry];
                const bool made_it = !entry.refs.empty() && entry.refs.front() == index;
                entry.refs.erase(std::remove(entry.refs.begin(), entry.refs.end(), index),
                                 entry.refs.end());
                if (push == Push::added && made_it) {
                    entry.refs.clear();
                    entry.definition.reset();
                    entry.has_text = false;
                    state.named.erase(it);
                }
            }
        state.refs.erase(std::remove(state.refs.begin(), state.refs.end(), index),
                         state.refs.end());
        if (state.refs.empty() && state.named.empty()) groups_.erase(g);
    }

    // ReferenceStack::pushRef()
    Push text_ref(std::uint32_t index) {
        if (!validate(index, nullptr)) return Push::dropped;
        Ref& r = a_.refs[index];
        GroupState& g = groups_[r.group];
        // A view of the page: copied only when it becomes a named entry's text.
        std::optional<std::string_view> text = content_of(r);
        if (text && php_trim(*text).empty()) text.reset();
        if (r.follow && php_truthy(*r.follow)) {
            if (auto it = g.named.find(*r.follow); it != g.named.end()) {
                it->second.text = it->second.text.value_or("") + " " +
                                  std::string(text.value_or(std::string_view{}));
                a_.entries[it->second.entry].has_text = true;
                return Push::appended;
            }
            g.refs.push_back(index);
            return Push::added;
        }
        g.refs.push_back(index);
        if (!r.name) return Push::added;
        auto [it, fresh] = g.named.try_emplace(*r.name);
        LiveEntry& live = it->second;
        if (fresh) live.entry = new_entry(r);
        NamedEntry& entry = a_.entries[live.entry];
        entry.refs.push_back(index);
        if (r.dir && !r.dir->empty()) {
            if (live.dir && !live.dir->empty() && ascii_lower(*live.dir) != ascii_lower(*r.dir))
                add({CiteKey::ref_conflicting_dir,
                     static_cast<std::int32_t>(index),
                     no_index,
                     static_cast<std::int32_t>(live.dir_ref),
                     *r.name,
                     {}});
            else if (!live.dir) {
                live.dir = r.dir;
                live.dir_ref = index;
            }
        }
        if (!live.text && text) {
            live.text = std::string(*text);
            entry.definition = index;
            entry.has_text = true;
        } else if (text && *live.text != *text) {
            add({CiteKey::references_duplicate_key,
                 static_cast<std::int32_t>(index),
                 no_index,
                 entry.definition ? static_cast<std::int32_t>(*entry.definition) : no_index,
                 *r.name,
                 {}});
        }
        return fresh ? Push::added : Push::reused;
    }

    // Cite::references(): validate the list, define its refs, render and clear its group.
    // A list that fails still defines its refs (parseReferencesTagContent() runs first); only
    // its rendering is replaced by the error, and its group stays for a later list.
    void list(std::uint32_t index) {
        ReferenceList& l = a_.lists[index];
        const auto li = static_cast<std::int32_t>(index);
        bool good = true;
        if (l.origin == ListOrigin::tag || l.origin == ListOrigin::tag_function) {
            // Known even when the list fails: rules ask which group a list was meant for.
            l.group = std::string(l.attrs.value("group").value_or(""));
            for (const auto& attr : l.attrs.written()) {
                if (std::find(std::begin(list_attributes), std::end(list_attributes), attr.name) ==
                    std::end(list_attributes)) {
                    add({CiteKey::references_invalid_parameters,
                         no_index,
                         li,
                         no_index,
                         attr.name,
                         {}});
                    good = false;
                    break;
                }
            }
        }
        // Validator::filterReferenceListArguments(): a fatal of its own, after the first one.
        if (l.content && contains_references_tag(*l.content)) {
            add({CiteKey::included_references, no_index, li, no_index, {}, {}});
            good = false;
        }
        // ReferenceStack::rollbackRefs(): the refs that ran as ordinary ones are undone, the
        // last first, and run again in the list's context.
        for (auto r = l.refs.rbegin(); r != l.refs.rend(); ++r)
            if (const auto it = provisional_.find(*r); it != provisional_.end())
                roll_back(*r, it->second);
        for (std::uint32_t r : l.refs) {
            const auto it = provisional_.find(r);
            if (it == provisional_.end() || it->second != Push::dropped) list_defined_ref(r, l);
        }
        if (good) render_group(l.group, li);
    }

    // ReferenceStack::listDefinedRef()
    void list_defined_ref(std::uint32_t index, const ReferenceList& l) {
        // A fatal error drops the ref and shows only itself, in both parsers (smoke test "It
        // should be impossible to roll back a follow=..., because it can't have a name").
        if (!validate(index, &l)) return;
        Ref& r = a_.refs[index];
        GroupState& g = groups_[r.group];
        // Validator::validateListDefinedRefUsage()
        if (r.name && !g.named.count(*r.name))
            add({CiteKey::references_missing_key,
                 static_cast<std::int32_t>(index),
                 r.list,
                 no_index,
                 *r.name,
                 {}});
        if (!r.name) {
            g.refs.push_back(index); // listed, unnumbered, with its warning
            return;
        }
        auto [it, fresh] = g.named.try_emplace(*r.name);
        LiveEntry& live = it->second;
        if (fresh) {
            live.entry = new_entry(r);
            g.refs.push_back(index);
        }
        NamedEntry& entry = a_.entries[live.entry];
        entry.refs.push_back(index);
        const std::string_view content = *content_of(r);
        if (!live.text) {
            live.text = std::string(content);
            entry.definition = index;
            entry.has_text = true;
        } else if (*live.text != content) {
            add({CiteKey::references_duplicate_key,
                 static_cast<std::int32_t>(index),
                 r.list,
                 entry.definition ? static_cast<std::int32_t>(*entry.definition) : no_index,
                 *r.name,
                 {}});
        }
    }

    void render_group(const std::string& group, std::int32_t list) {
        auto it = groups_.find(group);
        if (list != no_index)
            a_.lists[static_cast<std::size_t>(list)].shown =
                it == groups_.end() ? 0 : static_cast<std::int32_t>(it->second.refs.size());
        if (it == groups_.end()) return;
        for (auto& [name, live] : it->second.named) {
            NamedEntry& entry = a_.entries[live.entry];
            entry.rendered_by = list;
            if (!live.text)
                add({CiteKey::references_no_text,
                     static_cast<std::int32_t>(entry.refs.front()),
                     list,
                     no_index,
                     name,
                     {}});
        }
        groups_.erase(it);
    }
};

} // namespace

void run_cite(Article& article) {
    CiteRun(article).run();
}

} // namespace citelint::model
