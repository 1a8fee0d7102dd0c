// Sentences of prose that state nothing a source could support: cross-references written in
// the text ("For a full list, see [[...]]") and the sentences that introduce a list or a table
// ("The provinces are:"). The words are data: rules/data/non_claim_cues.tsv.
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"
#include "../tsv.hpp"

namespace citelint::data {
extern const char* const non_claim_cues_tsv; // from rules/data/non_claim_cues.tsv
} // namespace citelint::data

namespace citelint::model {

namespace {

// Cues looked for at a place (cue_at()), sorted, with where those of each first byte stand:
// cue_at() is asked after every comma of every sentence that links, and compares only the cues
// that begin with the letter there, found without a search.
struct PlacedCues {
    std::vector<std::string> cues;
    std::array<std::uint16_t, 257> from{}; // cues beginning with byte b: [from[b], from[b + 1])

    void index() {
        std::sort(cues.begin(), cues.end());
        std::size_t k = 0;
        for (std::size_t b = 0; b < from.size(); ++b) {
            while (k < cues.size() &&
                   (cues[k].empty() || static_cast<unsigned char>(cues[k].front()) < b))
                ++k;
            from[b] = static_cast<std::uint16_t>(k);
        }
    }
};

struct Cues {
    PlacedCues see_start, see_clause, see_purpose;
    std::vector<std::string> list_intro, source_opener; // lower-cased
    std::vector<std::string> source_verb;               // lower-cased, sorted
};

const Cues& cues() {
    static const Cues table = [] {
        Cues c;
        for_each_row(data::non_claim_cues_tsv, [&](const std::vector<std::string_view>& f) {
            if (f.size() < 2) return;
            std::string cue = ascii_lower(f[0]);
            if (f[1] == "see-start")
                c.see_start.cues.push_back(std::move(cue));
            else if (f[1] == "see-clause")
                c.see_clause.cues.push_back(std::move(cue));
            else if (f[1] == "see-purpose")
                c.see_purpose.cues.push_back(std::move(cue));
            else if (f[1] == "list-intro")
                c.list_intro.push_back(std::move(cue));
            else if (f[1] == "source-opener")
                c.source_opener.push_back(std::move(cue));
            else if (f[1] == "source-verb")
                c.source_verb.push_back(std::move(cue));
        });
        std::sort(c.source_verb.begin(), c.source_verb.end());
        c.see_start.index();
        c.see_clause.index();
        c.see_purpose.index();
        return c;
    }();
    return table;
}

bool letter_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    const auto c = static_cast<unsigned char>(text[at]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Whether `cue` stands in `lowered` at `at` as whole words.
bool word_at(std::string_view lowered, std::size_t at, std::string_view cue) {
    return lowered.compare(at, cue.size(), cue) == 0 && (at == 0 || !letter_at(lowered, at - 1)) &&
           !letter_at(lowered, at + cue.size());
}

bool has_word(std::string_view lowered, std::string_view cue) {
    for (std::size_t at = lowered.find(cue); at != std::string_view::npos;
         at = lowered.find(cue, at + 1))
        if (word_at(lowered, at, cue)) return true;
    return false;
}

std::size_t words_in(std::string_view text) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        words += letter_at(text, i) && !letter_at(text, i + 1);
    return words;
}

// Whether one of `cues` (lower case, sorted) stands in `text` at `at` as whole words, ASCII
// letters in either case: no lower-cased copy of the text. Only the cues that begin with the
// letter there are compared.
bool cue_at(std::string_view text, std::size_t at, const PlacedCues& placed) {
    if (at >= text.size() || (at > 0 && letter_at(text, at - 1))) return false;
    char first = text[at];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
    const auto b = static_cast<unsigned char>(first);
    for (std::size_t k = placed.from[b]; k < placed.from[b + 1]; ++k) {
        const std::string& cue = placed.cues[k];
        if (ascii_iequal_at(text, at, cue) && !letter_at(text, at + cue.size())) return true;
    }
    return false;
}

// "See [[...]]", "Main article: [[...]]", "For a full list, see [[...]]": a sentence that only
// sends the reader elsewhere (and links there: the caller's test). Read on the sentence's
// head as written: most sentences are told by their first word and their commas.
bool cross_reference(std::string_view head, const Cues& cue_words) {
    // "(See [[God in Christianity]] ...)": a cross-reference in parentheses is one too.
    if (head.starts_with('(')) head.remove_prefix(1);
    if (cue_at(head, 0, cue_words.see_start)) return true;
    // After a short opening clause ("For the climate of the region, see [[...]]"), or one of
    // any length that says what the link is for ("For an example of the simple algorithm
    // described in all three levels, see [[...]]").
    const bool purpose = cue_at(head, 0, cue_words.see_purpose);
    for (std::size_t at = head.find(", "); at != std::string_view::npos;
         at = head.find(", ", at + 2))
        if (cue_at(head, at + 2, cue_words.see_clause))
            return purpose || words_in(head.substr(0, at)) <= 8;
    return false;
}

// Whether a sentence names its source in the text: a title in italics followed at once by a
// verb of telling ("''A Cornish Armory'' gives ...") or after "according to" (its source
// text, where the italics still are).
bool names_source(std::string_view source, const Cues& cue_words) {
    for (std::size_t open = source.find("''"); open != std::string_view::npos;) {
        const std::size_t title = open + 2;
        const std::size_t close = source.find("''", title);
        if (close == std::string_view::npos || close == title) return false;
        const std::string before =
            ascii_lower(source.substr(open >= 13 ? open - 13 : 0, open >= 13 ? 13 : open));
        if (before.ends_with("according to ")) return true;
        std::size_t word = close + 2;
        while (word < source.size() && (source[word] == ' ' || source[word] == '\''))
            ++word;
        std::size_t end = word;
        while (end < source.size() && letter_at(source, end))
            ++end;
        const std::string verb = ascii_lower(source.substr(word, end - word));
        for (const std::string& cue : cue_words.source_verb)
            if (verb == cue) return true;
        open = source.find("''", close + 2);
    }
    return false;
}

// Whether a sentence right after a citation opens by naming that citation's author as the
// subject of a verb of telling ("...<ref>{{cite book |last=Lord ...}}</ref> Lord voices a
// number of reservations ..."): it goes on reporting the source just cited (WP:INTEXT).
bool cited_author_opens(const Article& a, const ProseParagraph& pp, std::uint32_t i,
                        const Cues& cue_words) {
    if (i == pp.first_sentence || !a.sentences[i - 1].cited_at_end) return false;
    // The first two words: a capitalised name and a verb of telling.
    const std::string_view text = php_trim(a.prose(a.sentences[i].text));
    std::size_t end = 0;
    while (end < text.size() && letter_at(text, end))
        ++end;
    if (end == 0 || end + 1 >= text.size() || text[end] != ' ') return false;
    const std::string_view name = text.substr(0, end);
    std::size_t verb_end = end + 1;
    while (verb_end < text.size() && letter_at(text, verb_end))
        ++verb_end;
    // Verbs of telling run in lower case: no copy to lower-case it.
    const std::string_view verb = text.substr(end + 1, verb_end - end - 1);
    if (!std::binary_search(cue_words.source_verb.begin(), cue_words.source_verb.end(), verb,
                            std::less<>{}))
        return false;
    // The names the citations at the end of the sentence before are made of.
    const auto names = [&](const std::vector<std::string>& of) {
        return std::find(of.begin(), of.end(), name) != of.end();
    };
    for (std::uint32_t q = pp.first_point; q < pp.first_point + pp.point_count; ++q) {
        const CitationPoint& c = a.citation_points[q];
        if (c.sentence != static_cast<std::int32_t>(i - 1) || !c.at_sentence_end) continue;
        for (const Anchor& anchor : a.anchors)
            if (anchor.opening.begin >= c.span.begin && anchor.opening.end <= c.span.end &&
                names(anchor.names))
                return true;
        for (const ShortCitation& sc : a.short_citations)
            if (sc.span.begin >= c.span.begin && sc.span.end <= c.span.end && names(sc.names))
                return true;
    }
    return false;
}

// Whether a list or a table starts on the next line that is not blank after `end`.
bool list_follows(std::string_view text, std::uint32_t end) {
    std::size_t at = end;
    while (at < text.size() &&
           (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n'))
        ++at;
    if (at >= text.size()) return false;
    const bool new_line = text.substr(end, at - end).find('\n') != std::string_view::npos;
    if (!new_line) return false;
    // An indented table (":{|") is a table as well.
    std::size_t table = at;
    while (table < text.size() && text[table] == ':')
        ++table;
    return text[at] == '*' || text[at] == '#' || text[at] == ';' ||
           text.compare(table, 2, "{|") == 0;
}

// The citation point that opens a section as its source: inside the first sentence of its first
// prose paragraph, right after a source-opener word within its first eight words ("As of the
// census<ref/> of 2000, ..."); or none.
std::optional<std::uint32_t> source_opener(const Article& a, const ProseParagraph& pp,
                                           const Cues& cue_words) {
    if (pp.sentence_count == 0 || pp.point_count == 0) return std::nullopt;
    const CitationPoint& c = a.citation_points[pp.first_point];
    if (c.sentence != static_cast<std::int32_t>(pp.first_sentence) || c.at_sentence_end)
        return std::nullopt;
    const Sentence& s = a.sentences[pp.first_sentence];
    std::string before = ascii_lower(a.prose({s.text.begin, std::max(s.text.begin, c.text)}));
    while (!before.empty() && before.back() == ' ')
        before.pop_back();
    if (words_in(before) > 8) return std::nullopt;
    for (const std::string& cue : cue_words.source_opener)
        if (before.size() >= cue.size() && word_at(before, before.size() - cue.size(), cue))
            return pp.first_point;
    return std::nullopt;
}

// A paragraph of statistics: most of its sentences hold a figure.
bool statistics(const Article& a, const ProseParagraph& pp) {
    std::uint32_t with = 0;
    for (std::uint32_t i = pp.first_sentence; i < pp.first_sentence + pp.sentence_count; ++i) {
        const std::string_view t = a.prose(a.sentences[i].text);
        with += std::any_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    }
    return pp.sentence_count > 0 && with * 2 >= pp.sentence_count;
}

// Whether a citation point stands between a paragraph's end and what comes next in its
// section: the next paragraph, or the next heading.
bool cited_after(const Article& a, std::uint32_t p) {
    const std::uint32_t section = a.paragraphs[p].section;
    std::uint32_t to = section + 1 < a.sections.size()
                           ? a.sections[section + 1].heading.begin
                           : static_cast<std::uint32_t>(a.source->text().size());
    if (p + 1 < a.paragraphs.size()) to = std::min(to, a.paragraphs[p + 1].span.begin);
    return has_citation_point_in(a, a.paragraphs[p].span.end, to);
}

} // namespace

void mark_attributed_statistics(Article& a) {
    const Cues& cue_words = cues();
    std::optional<std::uint32_t> opener; // the current section's source opener
    std::uint32_t section = 0;
    bool first = true;
    for (std::uint32_t p = 0; p < a.prose_paragraphs.size(); ++p) {
        ProseParagraph& pp = a.prose_paragraphs[p];
        if (!pp.prose) continue;
        if (first || a.paragraphs[p].section != section) {
            section = a.paragraphs[p].section;
            opener = section == 0 ? std::nullopt : source_opener(a, pp, cue_words);
            first = false;
            // Its own sentence too: the citation after "census" sources the figures after it.
            if (opener &&
                a.citation_points[pp.first_point + pp.point_count - 1].span.end <=
                    a.citation_points[*opener].span.end &&
                statistics(a, pp))
                pp.attributed_by = static_cast<std::int32_t>(*opener);
            continue;
        }
        if (opener && pp.point_count == 0 && statistics(a, pp))
            pp.attributed_by = static_cast<std::int32_t>(*opener);
    }
}

void mark_non_claims(Article& a) {
    const Cues& cue_words = cues();
    const std::string_view source = a.source->text();
    for (std::uint32_t p = 0; p < a.prose_paragraphs.size(); ++p) {
        ProseParagraph& pp = a.prose_paragraphs[p];
        // A short lead-in only: before a longer one's introducing sentence stand claims of
        // their own, which the material it introduces does not source.
        if (pp.sentence_count > 0 && pp.sentence_count <= 2) {
            const std::string_view last =
                php_trim(a.prose(a.sentences[pp.first_sentence + pp.sentence_count - 1].text));
            pp.introduces_cited = !last.empty() && last.back() == ':' && cited_after(a, p);
        }
        for (std::uint32_t i = pp.first_sentence; i < pp.first_sentence + pp.sentence_count; ++i) {
            Sentence& s = a.sentences[i];
            // Most sentences link nowhere and end no paragraph before a list: they are told
            // from the source alone, without a lower-cased copy.
            const std::string_view written = a.source->slice(s.span);
            s.names_source =
                written.find("''") != std::string_view::npos && names_source(written, cue_words);
            const bool links = written.find("[[") != std::string_view::npos;
            const bool last = i + 1 == pp.first_sentence + pp.sentence_count &&
                              list_follows(source, a.paragraphs[p].span.end);
            if (!links && !last) continue;
            const std::string_view text = php_trim(a.prose(s.text));
            // A cross-reference says so within its first words (at most eight before the
            // comma): its head is enough.
            constexpr std::size_t head = 160;
            s.cross_reference = links && cross_reference(text.substr(0, head), cue_words);
            if (!last) continue;
            const std::string lowered = ascii_lower(text);
            bool intro = !text.empty() && text.back() == ':';
            for (const std::string& cue : cue_words.list_intro)
                intro = intro || has_word(lowered, cue);
            s.introduces_list = intro;
        }
    }
}

bool names_cited_author(const Article& a, std::uint32_t sentence) {
    const Sentence& s = a.sentences[sentence];
    return cited_author_opens(a, a.prose_paragraphs[s.paragraph], sentence, cues());
}

} // namespace citelint::model
