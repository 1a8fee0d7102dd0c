// The semantic model of one document: its sections and paragraphs, its references as
// MediaWiki's Cite extension sees them, and the findings of Cite's own validation.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../source.hpp"
#include "../syntax/attributes.hpp"
#include "../syntax/syntax.hpp"
#include "citations/catalogue.hpp"
#include "citations/dates.hpp"
#include "site/site.hpp"

namespace citelint::model {

enum class Dialect { wikitext, rendered };

// No index: where an index into one of the Article's vectors may be missing (a ref defined in
// the text is in no list, a sentence that no citation point covers).
inline constexpr std::int32_t no_index = -1;

class SentenceSegmenter;

// How the claims family reads prose (the options of ../shared/spec/unsourced-claims.md).
struct ClaimsOptions {
    // Strict coverage: every sentence needs a citation point of its own; a citation at the end
    // of a paragraph no longer covers the sentences before it.
    bool strict = false;
    // WP:LEADCITE: the lead may rest on the body's citations, so its sentences are not reported
    // (its quotations are). False: the lead is judged as the body is.
    bool lead_exempt = true;
    // Image captions (file links, galleries) are prose; by default they are not.
    bool captions = false;
    // Table cells that hold sentences are prose; by default tables are not.
    bool tables = false;
};

struct ModelOptions {
    std::optional<Dialect> dialect; // detected when not given
    // The wiki the page is from; null when unknown: the checks that need local knowledge
    // (site/site.hpp) then stay silent where they cannot know.
    const Site* site = nullptr;
    // The user said the wiki (--wiki, wiki = in .citelint.toml; "none" included): a dump's
    // <siteinfo> does not override it.
    bool site_given = false;
    // The site comes from the page's own dump or JSON line, not from the user. Dumps put
    // together by hand carry another wiki's <siteinfo> (DBpedia's: English Wikipedia's over
    // every language's pages), so such a site may silence checks, never make them stricter.
    bool site_from_page = false;
    // The page's own names of the file (and media) and category namespaces, as its dump's
    // <siteinfo> gives them, besides those citelint knows (site/namespaces.hpp).
    std::span<const std::string> file_namespaces, category_namespaces;
    // Whether a link's prefix, made canonical ("Datei"), names the file (or media) or the
    // category namespace on this page: by the wiki's language when the user said the wiki
    // (English names too), by every language's names otherwise, and by the dump's own names.
    [[nodiscard]] bool file_namespace(std::string_view canonical_prefix) const;
    [[nodiscard]] bool category_namespace(std::string_view canonical_prefix) const;
    bool cite_subreferencing = false;       // MediaWiki's $wgCiteSubReferencing (details=)
    const Catalogues* catalogues = nullptr; // the built-in ones when not given
    // The day the check counts as today (CS1's future and access-date limits). The command
    // line gives the real date; without one, the checks that need it are not made.
    std::optional<CalendarDate> today;
    // Sentence segmentation state to reuse across pages (one per thread); a fresh one per page
    // when not given.
    SentenceSegmenter* segmenter = nullptr;
    // The sentence layer (prose projection, sentences, coverage) costs a third of the time;
    // only the claims rules read it, so a run without them can leave it out.
    bool sentences = true;
    ClaimsOptions claims;
};

struct Section {
    Span heading;      // the heading line; empty for the lead
    std::string title; // trimmed
    std::uint8_t level = 0;
};

struct Paragraph {
    Span span;
    std::uint32_t section = 0;
    // A table cell made prose (--claims-tables): its row. A citation in a later cell of the row
    // (a "Ref" column) is the cell's, as if it stood at its end.
    Span row;
    // A caption or table cell that the claims options made prose: not running text, so not in
    // Article::prose_words, which must not change with the options.
    bool optional = false;
};

enum class RefOrigin {
    tag,               // <ref>...</ref>, <ref/>
    tag_function,      // {{#tag:ref|...}}
    footnote_template, // {{efn|...}}, {{refn|...}}
    reuse_template,    // {{r|name}}
    short_footnote,    // {{sfn|...}}, or its placeholder in the rendered dialect
};

struct Ref {
    RefOrigin origin = RefOrigin::tag;
    std::uint32_t node = syntax::no_parent; // the syntax node
    Span span;                              // the whole construct
    Span opening;                           // the opening tag, or the template name
    syntax::Attributes attrs;               // as given (template arguments made attributes)
    std::string raw_name;                   // name attribute as parsed, before Cite drops it
    std::optional<std::string> name;        // usable name: non-empty, not all digits
    std::string group;
    std::optional<std::string> follow;
    std::optional<std::string> dir;
    std::optional<std::string> details; // only with sub-referencing on
    bool self_closing = false;
    std::optional<std::string_view> content; // raw content; none when self-closing
    Span content_span;
    bool nested = false;          // inside another <ref>'s content: Cite drops it
    std::int32_t list = no_index; // the reference list it is defined in, none in the text
    std::uint32_t order = 0;      // when MediaWiki processes it
    bool unlisted = false;        // of a named group that no list after it shows

    [[nodiscard]] bool content_is_empty() const;
    // Whether Cite gives it a footnote of its own, which no other marker reuses: an unnamed
    // ref (<ref>, {{#tag:ref}}, {{efn}}) with content, in the text (not in a list, nor dropped
    // inside another ref) and not continuing another footnote's text with follow=. A named
    // ref's footnote is its NamedEntry's.
    [[nodiscard]] bool makes_unnamed_footnote() const;
};

enum class ListOrigin { tag, tag_function, list_template, placeholder };

struct ReferenceList {
    ListOrigin origin = ListOrigin::tag;
    std::uint32_t node = syntax::no_parent;
    Span span;
    Span opening;
    syntax::Attributes attrs;
    std::string group;
    bool self_closing = false;
    std::optional<std::string_view> content;
    Span content_span;
    std::vector<std::uint32_t> refs; // list-defined refs, in order
    bool nested = false;             // inside a <ref>: shown as text
    std::int32_t shown = no_index; // refs it lists when rendered; none when Cite did not render it
};

// A template that is not a reference template: what rules need to judge what it may do.
struct TemplateUse {
    std::string name; // canonical title
    Span span;
    std::vector<Span> values;   // argument values as written
    bool alone_on_line = false; // nothing else on its line(s)
};

// A "{{" that no "}}" closes: MediaWiki shows it as text.
struct UnclosedTemplate {
    std::uint32_t at = 0;  // the offset of "{{"
    std::string_view name; // as written, up to the first '|', '}', '{', '<' or line end
};

// Rendered dialect: a template the browser's copy left as its title ("Template:Sfn"), without
// its arguments. Found once, outside comments, tags and templates (rendered.cpp); what each
// catalogue makes of its name is looked up there, so that readers never scan the text again.
struct Placeholder {
    // "Template:" and the reference template's name when one is catalogued, else "Template:"
    // alone (the name then runs into the text and cannot be told from it).
    Span span;
    const ReferenceTemplate* reference = nullptr;
    const CitationNeededTemplate* mark = nullptr; // a maintenance mark ("Citation needed")
    FootnoteRole footnote = FootnoteRole::none;   // as {{sfn}}, {{harv}}, ...
};

// A parameter of a citation template as the module reads it: name and value trimmed,
// comments dropped; positional ones are named by their number.
struct CitationParam {
    std::string name;
    std::string value;
    Span name_span;  // empty for a positional parameter
    Span value_span; // the value as written
    bool positional = false;
};

// A call of a CS1/CS2 citation template ({{cite book}}, {{citation}}, ...).
struct Citation {
    std::uint32_t node = syntax::no_parent;
    std::string name; // canonical title
    Span span;
    Span opening;                      // "{{" and the name
    std::vector<CitationParam> params; // as written, duplicates included
    bool in_ref = false;               // inside a ref, a list-defined ref or a ref-making template
    bool cs1 = false;                  // checked by Module:Citation/CS1
    std::string cite_class;            // the module's |CitationClass= ("web", ...) when cs1
    bool other_wiki_name = false;      // another wiki's own name of it ({{Cita web}})
    // A parameter named with letters outside ASCII ({{cite web |نشانی=}}, {{cite book
    // |назва=}}): named in its wiki's language, by aliases of that wiki's module, which the
    // English module's names (all ASCII) do not tell.
    bool local_parameter_names = false;

    // The parameter as it takes effect: the last one of that name.
    [[nodiscard]] const CitationParam* find(std::string_view param) const;
};

// What makes an anchor a short citation can link to (Module:Footnotes/anchor id list).
enum class AnchorMaker {
    citation, // a CS1/CS2 or cs1-like citation: |ref=, or CITEREF + names + year
    wrapper,  // a wrapper template ({{Cite EB1911}}): its default names and year
    anchor,   // {{anchor|...}}
    vcite,    // {{vcite book}} and kin: |ref= or CITEREF + |harvid=
    harvc,    // {{harvc}}: |id= or CITEREF + names + year
    wikicite, // {{wikicite}}: |ref= or Reference- + |id=
};

// An anchor id made by a template, as Module:Footnotes computes it from the wikitext.
struct Anchor {
    std::string id;                 // anchor-encoded ("CITEREFSmithJones2020")
    std::vector<std::string> names; // the names it is made of, when made from names
    std::string year;               // the year part ("2020a"), when made from names
    AnchorMaker maker = AnchorMaker::citation;
    std::uint32_t node = syntax::no_parent; // the template that makes it
    Span opening;                           // its "{{" and name
    std::int32_t citation = no_index;       // index into Article::citations, if a citation
    bool in_ref = false;                    // inside a ref (a footnote, not a bibliography entry)
    bool uncertain = false; // a name or the year holds a template: the id may differ
    std::uint32_t section = 0;
};

enum class ShortCitationKind { sfn, sfnm, harv };

// One source a short citation links to: {{sfn|Smith|2020|p=4}}, one source of an {{sfnm}},
// {{harvnb|Smith|2020}}.
struct ShortCitation {
    ShortCitationKind kind = ShortCitationKind::sfn;
    std::string template_name; // canonical title
    std::uint32_t node = syntax::no_parent;
    Span span;                      // the template
    Span opening;                   // its "{{" and name
    Span target_span;               // the arguments the target is made of
    std::string target;             // anchor-encoded id it links to
    std::vector<std::string> names; // P1..P4 as given (empty with |ref=)
    std::string year;               // the year, when one was given
    bool explicit_ref = false;      // |ref= gave the target
    bool ignore_errors = false;     // |ignore-err=yes or |ignore-false-positive=yes
    bool uncertain = false;         // an argument holds a template: the target is not known
    std::uint32_t targets = 0;      // anchors on the page that make its target
};

// The ref an {{sfn}} or {{sfnp}} makes, named and written as Module:Footnotes' sfn() does: the
// name is made of P1..P5, |p=, |pp= and |loc= only, so two calls that differ in |ps=, in
// |ref= or as sfn and sfnp share a name and give it different texts (a duplicate key to Cite).
struct FootnoteRef {
    std::uint32_t node = syntax::no_parent; // the template
    std::string name;                       // "FOOTNOTE" + P1..P5 + p + pp + loc
    std::string text;                       // the ref's content, as the module writes it
};

// Where a mark says what wants citations: the claim it stands by, its section (and the
// subsections), or the article.
enum class MarkScope { claim, section, article };

// A maintenance mark: {{citation needed}} and its relatives inline, {{unreferenced section}}
// and the other banners (rules/data/citation_needed_templates.tsv); in the rendered dialect,
// their placeholders ("Template:Citation needed"), which carry no date.
struct Mark {
    std::uint32_t node = syntax::no_parent; // the template; none for a placeholder
    Span span;                              // the template or placeholder
    Span opening;                           // "{{" and the name, or the placeholder
    std::string name;                       // canonical title, as catalogued
    std::string written_name;               // as written ("cn", "нет АИ")
    NeedKind kind = NeedKind::unsourced;
    MarkScope scope = MarkScope::claim;
    std::string date;                 // the date as written, trimmed; empty when undated
    Span date_span;                   // where it is written (the first part of a split date)
    std::optional<PartialDate> dated; // the date read; none when undated or not understood
    std::uint32_t section = 0;        // the section it stands in
    bool in_prose = false;            // inside a paragraph of prose
    bool in_ref = false;              // inside a ref's content (a mark on the citation)
};

// One Cite error or warning, with what it is about.
enum class CiteKey {
    ref_too_many_keys,
    ref_parameter_suggestion,
    references_invalid_parameters,
    ref_invalid_dir,
    ref_conflicting_dir,
    ref_numeric_key,
    ref_follow_conflicts,
    details_missing_parent,
    ref_with_details_no_name,
    ref_no_key,
    ref_no_input,
    included_ref,
    details_unsupported_context,
    references_group_mismatch,
    references_no_key,
    empty_references_define,
    references_missing_key,
    references_duplicate_key,
    references_no_text,
    group_refs_without_references,
    included_references,
};

struct CiteFinding {
    CiteKey key;
    std::int32_t ref = no_index;     // the ref it is about
    std::int32_t list = no_index;    // the reference list it is about
    std::int32_t related = no_index; // another ref: the first definition, the earlier dir, ...
    std::string argument;            // the name, attribute or group the message names
    std::string suggestion;          // a close allowed attribute
};

// A named reference of a group between two lists of that group, as Cite's stack holds it.
struct NamedEntry {
    std::string group;
    std::string name;
    std::vector<std::uint32_t> refs;         // every ref with this name, in processing order
    std::optional<std::uint32_t> definition; // the ref whose content counts
    std::int32_t rendered_by = no_index;     // the list that rendered it; none: the implicit list
    bool has_text = false;                   // content when rendered
};

// One run of the prose text (Article::prose_text) and where it comes from. A verbatim piece
// copies its source byte for byte; any other piece (a decoded character reference, an
// inserted space, a dropped pair of quote marks) maps as a whole to its source.
struct ProsePiece {
    std::uint32_t text = 0;   // where it starts in the prose text
    std::uint32_t source = 0; // where its source starts
    std::uint32_t size = 0;   // bytes of prose text
    std::uint32_t source_size = 0;
    bool verbatim = true;
};

// A block quotation: a <blockquote> element or a quote template ({{quote}}, {{cquote}}, ...:
// rules/data/quote_templates.tsv) standing in the text, outside tables and lists. MediaWiki
// sets it apart from the paragraphs around it, so it is no paragraph, nor part of one.
struct BlockQuote {
    Span span;                 // the element or the template
    Span opening;              // "<blockquote>", or "{{" and the template's name
    Span text;                 // the quoted text: the element's content, the text argument
    std::string template_name; // canonical; empty for the element
    std::uint32_t section = 0;
    std::uint32_t words = 0; // words of the quoted text
    // Found with the sentence layer:
    bool prose = false;        // not under a heading of sources or links
    bool cited_inside = false; // a citation point in it: in the quoted text or any argument
    bool cited_after = false;  // a citation point directly after it
    // The sentence that introduces it ("... wrote:"): the last one of the prose paragraph that
    // ends right before it, with nothing but white space between; none when there is none.
    std::int32_t introduction = no_index;
};

// A place in prose where a source is attached (spec/unsourced-claims.md, "citation point").
enum class CitationPointKind {
    ref,            // <ref>, <ref/>, {{#tag:ref}}, {{refn}} without a group
    reuse,          // {{r|name}}, Template:R
    short_footnote, // {{sfn}} and kin, Template:Sfn
    short_citation, // {{harvnb}} and kin in prose, Template:Harvnb
    note,           // an explanatory note ({{efn}}, {{refn|group=}}) with a citation inside
    citation,       // a full citation template standing in prose
    written,        // an author-date citation written as text: "(Knuth 1973:5)"
};

// A place anywhere in the page where a source is attached, prose or not (unreferenced-section
// judges a whole section by them); CitationPoint is one in a prose paragraph.
struct PageCitationPoint {
    Span span;
    CitationPointKind kind = CitationPointKind::ref;
};

struct CitationPoint {
    CitationPointKind kind = CitationPointKind::ref;
    Span span;                        // the construct
    std::uint32_t paragraph = 0;      // index into Article::paragraphs
    std::uint32_t text = 0;           // where it sits in the prose text (between two characters)
    std::int32_t sentence = no_index; // the sentence it belongs to; none before any sentence
    bool at_sentence_end = false; // after the sentence's last word (claim.<ref/> or claim<ref/>.)
};

// A sentence of prose, found on the text with markup removed.
struct Sentence {
    Span span;                   // in the source, trimmed; a citation point after it is outside
    Span text;                   // in Article::prose_text, trimmed
    std::uint32_t paragraph = 0; // index into Article::paragraphs
    std::uint32_t section = 0;
    bool in_lead = false;      // before the first heading (WP:LEADCITE)
    bool cited_at_end = false; // a citation point of its own at its end: covered in strict mode
    // A citation written into its text, not at its end ("as Smith (2001, p. 9) shows"); a
    // footnote inside it sources only the words before it and does not count.
    bool cited_inside = false;
    bool covered = false;               // cited at its end, or by the paragraph convention
    std::int32_t covered_by = no_index; // the citation point covering it (Article::citation_points)
    // It states nothing a source could support (mark_non_claims): a cross-reference ("For a
    // full list, see [[...]]"), or the sentence that introduces the list after it.
    bool cross_reference = false;
    bool introduces_list = false;
    // It names its source in the text: a work's title in italics and a verb of telling
    // ("Pascoe's 1979 ''A Cornish Armory'' gives ..."), as an attribution (mark_non_claims;
    // names_cited_author() tells the cited author's name and one, "...</ref> Lord voices ...").
    bool names_source = false;
};

// The sentence layer of one paragraph, parallel to Article::paragraphs.
struct ProseParagraph {
    bool prose = false; // false under a heading of sources or links (References, See also, ...)
    bool plot = false;  // in a plot summary (Plot, Synopsis, ...): the work sources it
    // A paragraph of statistics whose section opens with its source ("As of the census<ref/>
    // of 2000, ..."), the opening one too when that is its only citation: that citation point
    // (Article::citation_points), or none.
    std::int32_t attributed_by = no_index;
    // A lead-in of one or two sentences that ends by introducing what follows it ("... in the
    // following context:"), and a citation stands in what follows, before the next paragraph
    // or heading: the quotation, list or table it introduces, whose source speaks for the
    // words that lead into it.
    bool introduces_cited = false;

    Span text;                                            // its projection in Article::prose_text
    std::uint32_t first_piece = 0, piece_count = 0;       // Article::prose_pieces
    std::uint32_t first_sentence = 0, sentence_count = 0; // Article::sentences
    std::uint32_t first_point = 0, point_count = 0;       // Article::citation_points
    std::uint32_t cited_sentences = 0;                    // cited at their end
    std::uint32_t covered_sentences = 0; // covered, by their own citation or the convention
};

struct Article {
    const Source* source = nullptr;
    syntax::Syntax syntax;
    Dialect dialect = Dialect::wikitext;
    ModelOptions options;
    const Catalogues* catalogues = nullptr; // what the page was read with (never null once built)
    // Per syntax node: a template call's name trimmed, comments dropped, made canonical
    // (canonical_title()); empty for other nodes. Made once, read by every collector
    // (template_title()): spans of one buffer, whose views stay valid when the article moves.
    std::vector<char> template_title_text;
    std::vector<Span> template_title_spans;
    std::vector<Section> sections;
    std::vector<Paragraph> paragraphs;
    std::vector<Ref> refs;            // in document order
    std::vector<ReferenceList> lists; // in document order
    std::vector<NamedEntry> entries;
    std::vector<CiteFinding> findings;     // in processing order
    std::vector<Placeholder> placeholders; // rendered dialect, in document order
    // Rendered dialect: citation templates whose parameters were lost, as placeholders
    // ("Template:Cite book", in refs too) or unexpanded calls ("{{#invoke:citation/CS1|...}}").
    std::vector<Span> lost_citations;
    // Where the lines that end the page with its categories and sort key begin ("[[Category:...]]",
    // "[[Kategorie:...]]" on a German page, "{{DEFAULTSORT:...}}", blank lines); the text's end
    // when there are none.
    std::uint32_t end_matter = 0;
    std::vector<TemplateUse> other_templates;   // page-level calls of templates not catalogued
    std::vector<Citation> citations;            // citation templates, in document order
    std::vector<Anchor> anchors;                // anchors short citations may link to
    std::vector<std::string_view> anchor_ids;   // the anchors' ids (views of them), sorted
    std::vector<ShortCitation> short_citations; // in document order
    // The refs {{sfn}} and {{sfnp}} make, by template node; none for a call whose name or text
    // depends on a template in its arguments.
    std::vector<FootnoteRef> footnote_refs;
    std::vector<std::string> anchor_whitelist; // {{sfn whitelist}} ids, sorted
    // The |ref= of templates no catalogue knows, anchor-encoded, alone and after CITEREF, sorted:
    // another wiki's citation template may make an anchor beginning so by its own recipe
    // (ru.wiki's {{книга |ref=Поспелов |год=2002}} makes CITEREFПоспелов2002).
    std::vector<std::string> local_anchor_bases;
    std::vector<std::string> template_names;  // canonical names of every template used, sorted
    std::vector<std::uint32_t> unclosed_refs; // syntax nodes of <ref> with no </ref>
    std::vector<std::uint32_t> stray_closes;  // syntax nodes of </ref> closing nothing
    std::vector<Span> malformed_closes; // "</ref name="x">": no closing tag to MediaWiki, text
    std::vector<std::uint32_t> stray_template_closes; // syntax nodes of "}}" closing nothing
    std::vector<UnclosedTemplate> unclosed_templates; // in document order
    std::vector<TemplateUse> rp_templates;            // {{rp}}: page numbers for the ref before it
    std::vector<Span> source_blocks;           // {{refbegin}} ... {{refend}} (or the page's end)
    std::vector<std::uint32_t> unclosed_lists; // syntax nodes of <references> with no close
    std::vector<Mark> marks;                   // maintenance marks, in document order
    std::vector<PageCitationPoint>
        page_citation_points;             // anywhere, in document order, none inside another
    std::vector<Span> written_citations;  // those written as text, "(Knuth 1973:5)"
    std::vector<BlockQuote> block_quotes; // in document order
    // The sentence layer (sentences.hpp): prose paragraphs with markup removed, their
    // sentences and citation points.
    std::string prose_text; // every prose paragraph's projection, each followed by '\n'
    std::vector<ProsePiece> prose_pieces;
    std::vector<ProseParagraph> prose_paragraphs; // parallel to paragraphs
    std::vector<Sentence> sentences;              // in document order
    std::vector<CitationPoint> citation_points;   // in prose paragraphs, in document order
    // Words of the running text (words.hpp): the prose paragraphs outside the sections of
    // sources and links, projected as the sentence layer projects them (no markup, refs,
    // templates, comments; headings, lists, tables, captions and block quotations are no
    // paragraphs). Counted only with the sentence layer, on its projection.
    std::uint32_t prose_words = 0;

    // The section an offset lies in (0: the lead).
    [[nodiscard]] std::uint32_t section_at(std::uint32_t offset) const;

    [[nodiscard]] std::string_view text(Span span) const { return source->slice(span); }
    // Text of the prose projection (Sentence::text, ProseParagraph::text).
    [[nodiscard]] std::string_view prose(Span span) const {
        return std::string_view(prose_text).substr(span.begin, span.size());
    }
    [[nodiscard]] const syntax::Node& node(std::uint32_t index) const {
        return syntax.nodes[index];
    }
    [[nodiscard]] std::string_view template_title(std::uint32_t node) const {
        const Span s = template_title_spans[node];
        return {template_title_text.data() + s.begin, s.size()};
    }
};

// Whether a citation point of the page (Article::page_citation_points) begins in [begin, end).
bool has_citation_point_in(const Article& article, std::uint32_t begin, std::uint32_t end);

// mw.uri.anchorEncode as anchor ids need it: character references decoded, runs of spaces and
// underscores made one '_', trimmed.
std::string anchor_encode(std::string_view text);

Article build_article(const Source& source, const ModelOptions& options = {});

// Whether a sentence right after a citation opens with that citation's author as the subject of
// a verb of telling ("...<ref>{{cite book |last=Lord ...}}</ref> Lord voices a number of
// reservations ..."): it goes on reporting the source just cited (WP:INTEXT). Asked by the
// rules of the few sentences they would report, not marked on every sentence.
bool names_cited_author(const Article& article, std::uint32_t sentence);

} // namespace citelint::model
