// Image captions as prose, when the claims options ask for them (--claims-captions): the
// caption of a file link ([[File:x.jpg|thumb|Caption.]]) and of each image of a <gallery> is a
// paragraph of its own; a caption of fewer than four words is a label, not prose. By default
// captions are not prose (../shared/spec/unsourced-claims.md).
#include <algorithm>

#include "article.hpp"
#include "claims.hpp"
#include "namespaces.hpp"
#include "text.hpp"

namespace citelint::model {

namespace {

using syntax::NodeKind;
using syntax::Tag;

// The options of an image link that are not its caption (MediaWiki's img_* magic words in
// languages/messages/MessagesEn.php, with the German, French, Spanish, Italian, Portuguese,
// Russian and Dutch names): a last argument that is one of these leaves the image uncaptioned.
constexpr std::string_view image_options[] = {
    "thumb",  "thumbnail", "frame",      "framed",   "frameless", "border",   "left",
    "right",  "center",    "centre",     "none",     "upright",   "baseline", "sub",
    "super",  "sup",       "top",        "text-top", "middle",    "bottom",   "text-bottom",
    "mini",   "miniatur",  "hochkant",   "links",    "rechts",    "zentriert", "ohne",
    "rahmen", "rahmenlos", "vignette",   "gauche",   "droite",    "centré",   "néant",
    "cadre",  "sans_cadre", "redresse",  "miniaturadeimagen", "miniatura", "izquierda",
    "derecha", "centro",   "no",         "marco",    "sinmarco",  "destra",   "sinistra",
    "esquerda", "direita", "мини",       "миниатюра", "справа",   "слева",    "центр",
    "рамка",  "без",       "links",      "rechts",   "gecentreerd", "geen",
};

bool image_option(std::string_view argument) {
    argument = php_trim(argument);
    if (argument.empty()) return true;
    // Sizes (200px, x120px, 100x80px) and keyed options (alt=, link=, upright=0.8, page=).
    if (argument.size() > 2 && argument.substr(argument.size() - 2) == "px") return true;
    const auto equals = argument.find('=');
    if (equals != std::string_view::npos && equals < 20 &&
        argument.substr(0, equals).find(' ') == std::string_view::npos)
        return true;
    const std::string lower = ascii_lower(argument);
    return std::find(std::begin(image_options), std::end(image_options), lower) !=
           std::end(image_options);
}

bool file_target(std::string_view target) {
    const auto colon = target.find(':');
    if (colon == std::string_view::npos || (!target.empty() && target.front() == ':'))
        return false;
    return is_file_namespace(canonical_title(target.substr(0, colon)));
}

// The arguments of a link or a gallery line, split at the '|' that stand outside the nodes
// nested in it (children of `parent`, from `first`).
std::vector<Span> arguments(const Article& a, Span inside, std::uint32_t parent,
                            std::uint32_t first) {
    const auto& nodes = a.syntax.nodes;
    const std::string_view text = a.source->text();
    std::vector<Span> out;
    std::uint32_t begin = inside.begin, j = first;
    for (std::uint32_t at = inside.begin; at < inside.end; ++at) {
        while (j < nodes.size() && nodes[j].whole.begin < inside.end &&
               (nodes[j].parent != parent || nodes[j].whole.end <= at))
            ++j;
        if (j < nodes.size() && nodes[j].parent == parent && nodes[j].whole.begin <= at &&
            at < nodes[j].whole.end) {
            at = nodes[j].whole.end - 1;
            continue;
        }
        if (text[at] == '|') {
            out.push_back({begin, at});
            begin = at + 1;
        }
    }
    out.push_back({begin, inside.end});
    return out;
}

void add_caption(Article& a, std::vector<Paragraph>& out, Span caption) {
    // An image inside a paragraph's line is not shown in its text; its caption is not added
    // (the paragraphs must not overlap).
    const auto after = std::upper_bound(
        a.paragraphs.begin(), a.paragraphs.end(), caption.begin,
        [](std::uint32_t at, const Paragraph& p) { return at < p.span.begin; });
    if (after != a.paragraphs.begin() && std::prev(after)->span.end > caption.begin) return;
    // Trim the blanks around it: the paragraph is the caption's text.
    const std::string_view text = a.text(caption);
    const std::string_view trimmed = php_trim(text);
    // A caption of a few words names what the image shows ("Arch of Trajan"); it claims
    // nothing a source could support.
    if (count_words(trimmed) < 4) return;
    const auto begin = caption.begin + static_cast<std::uint32_t>(trimmed.data() - text.data());
    const Span span{begin, begin + static_cast<std::uint32_t>(trimmed.size())};
    out.push_back(Paragraph{span, a.section_at(span.begin)});
}

} // namespace

void collect_captions(Article& a) {
    const auto& nodes = a.syntax.nodes;
    std::vector<Paragraph> captions;
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const syntax::Node& n = nodes[i];
        // Files at the top level of the page; a file inside a template (an infobox's image) is
        // the template's.
        if (n.parent != syntax::no_parent) continue;
        if (n.kind == NodeKind::wikilink && file_target(a.text(n.name))) {
            if (n.name.end + 2 >= n.whole.end) continue; // no argument at all
            const Span inside{n.name.end + 1, n.whole.end - 2};
            const auto args = arguments(a, inside, i, i + 1);
            if (!image_option(a.text(args.back()))) add_caption(a, captions, args.back());
        } else if (n.kind == NodeKind::extension_tag && n.tag == Tag::gallery && !n.unclosed) {
            // One image per line: "File:x.jpg|Caption" (the namespace may be left out).
            const std::string_view text = a.source->text();
            std::uint32_t line = n.inner.begin;
            while (line < n.inner.end) {
                auto end = static_cast<std::uint32_t>(text.find('\n', line));
                if (end > n.inner.end) end = n.inner.end;
                const auto args = arguments(a, {line, end}, i, i + 1);
                if (args.size() > 1 && !image_option(a.text(args.back())))
                    add_caption(a, captions, args.back());
                line = end + 1;
            }
        }
    }
    if (captions.empty()) return;
    a.paragraphs.insert(a.paragraphs.end(), captions.begin(), captions.end());
    std::sort(a.paragraphs.begin(), a.paragraphs.end(),
              [](const Paragraph& x, const Paragraph& y) { return x.span.begin < y.span.begin; });
}

} // namespace citelint::model
