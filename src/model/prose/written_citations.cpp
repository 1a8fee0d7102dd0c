// Citations written into the prose as plain text, in author-date style: "(Knuth 1973:5)",
// "(Grimes and Gretchen 2010, p. 4)", "(Sidwell 2006; Blench 2010)", or "Sidwell (2011)
// suggests". Parenthetical referencing was a citation style of its own on English Wikipedia
// (WP:PAREN, deprecated for new articles in 2020, still in older ones), and the source such a
// parenthesis names is attached to the text as surely as a footnote's.
//
// A parenthesis is taken for one only when it cannot be a date or a place: it gives a page
// ("1973:5", "2010, p. 4", "2010, pp. 4–6"), names two authors or "et al.", lists several works
// ("2006; Blench 2010"), or its name and year make the CITEREF anchor of a citation on the page
// ({{cite book |last=Sidwell |year=2006}}), as a {{harv}} of them would. "(July 2000)",
// "(London, 1990)" or "(US, 1994)" is none of these.
#include <algorithm>
#include <string>
#include <vector>

#include "../article.hpp"
#include "../builders.hpp"
#include "../text.hpp"

namespace citelint::model {

namespace {

bool ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// A byte of a name: a letter of any script, an apostrophe or a hyphen inside it.
bool name_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || ascii_upper(c) || u >= 0x80 || c == '\'' || c == '-';
}

// What one author-date entry says.
struct Entry {
    std::vector<std::string_view> names;
    std::string_view year;  // "2006", "2006a"
    bool page = false;      // a page or pages follow the year
    bool narrative = false; // "Sidwell (2011)": the names outside the parenthesis
};

class Reader {
  public:
    Reader(std::string_view text, std::size_t at) : text_(text), at_(at) {}

    [[nodiscard]] std::size_t at() const { return at_; }
    void back_to(std::size_t at) { at_ = at; }
    [[nodiscard]] bool done() const { return at_ >= text_.size(); }
    [[nodiscard]] char peek() const { return done() ? '\0' : text_[at_]; }

    bool literal(std::string_view s) {
        if (text_.compare(at_, s.size(), s) != 0) return false;
        at_ += s.size();
        return true;
    }

    // A capitalised name: "Knuth", "O'Brien", "Müller" (a non-ASCII first letter is taken for a
    // capital, as most scripts' names are).
    bool name(std::string_view& out) {
        if (done() || !(ascii_upper(peek()) || static_cast<unsigned char>(peek()) >= 0x80))
            return false;
        const std::size_t begin = at_;
        while (!done() && name_byte(peek()))
            ++at_;
        if (at_ - begin < 2) return false;
        out = text_.substr(begin, at_ - begin);
        return true;
    }

    // "1973", "2006a": a year from 1000 to 2099, with a letter telling apart works of one year.
    bool year(std::string_view& out) {
        const std::size_t begin = at_;
        if (text_.size() - at_ < 4 || !(text_[at_] == '1' || text_[at_] == '2')) return false;
        for (int i = 0; i < 4; ++i)
            if (!ascii_digit(text_[at_ + static_cast<std::size_t>(i)])) return false;
        if (text_[at_] == '2' && text_[at_ + 1] != '0') return false;
        at_ += 4;
        if (!done() && peek() >= 'a' && peek() <= 'z' &&
            (at_ + 1 >= text_.size() || !name_byte(text_[at_ + 1])))
            ++at_;
        if (!done() && (ascii_digit(peek()) || name_byte(peek()))) return false;
        out = text_.substr(begin, at_ - begin);
        return true;
    }

    // ":5", ":225–6", ", p. 40", ", pp. 4–6", ", p 12": the pages after a year.
    bool page() {
        const std::size_t begin = at_;
        if (!literal(":") && !literal(", pp.") && !literal(", p.") && !literal(", pp ") &&
            !literal(", p ")) {
            return false;
        }
        literal(" ");
        bool any = false;
        while (!done()) {
            const char c = peek();
            if (ascii_digit(c)) {
                any = true;
                ++at_;
            } else if (c == '-' || c == ',' || c == ' ') {
                ++at_;
            } else if (literal("\u2013") || literal("\u2014")) {
            } else {
                break;
            }
        }
        if (!any) at_ = begin;
        return any;
    }

  private:
    std::string_view text_;
    std::size_t at_;
};

// "Knuth", "Grimes and Gretchen", "Smith & Jones", "Kleene et al.": the names of an entry.
bool read_names(Reader& r, Entry& e) {
    std::string_view name;
    if (!r.name(name)) return false;
    e.names.push_back(name);
    const std::size_t mark = r.at();
    if ((r.literal(" and ") || r.literal(" & ")) && r.name(name)) {
        e.names.push_back(name);
    } else {
        r.back_to(mark);
        if (r.literal(" et al.") || r.literal(" et al")) e.names.clear(); // none to anchor
    }
    return true;
}

// The year and pages of an entry, after its names.
bool read_date(Reader& r, Entry& e) {
    if (!r.year(e.year)) return false;
    e.page = r.page();
    return true;
}

class Finder {
  public:
    explicit Finder(const Article& a) : a_(a) {}

    // The written citation whose parenthesis opens at `open`, as a span, or an empty span.
    Span at(std::string_view text, std::size_t open) {
        std::vector<Entry> entries;
        Reader r(text, open + 1);
        if (ascii_digit(r.peek())) {
            // "Sidwell (2011) suggests": the names stand before the parenthesis.
            Entry e;
            if (!read_date(r, e) || !r.literal(")")) return {};
            e.names = names_before(text, open);
            if (e.names.empty()) return {};
            e.narrative = true;
            entries.push_back(std::move(e));
        } else {
            for (;;) {
                Entry e;
                if (!read_names(r, e)) return {};
                if (!r.literal(", ") && !r.literal(" ")) return {};
                if (!read_date(r, e)) return {};
                entries.push_back(std::move(e));
                if (r.literal("; ")) continue;
                if (!r.literal(")")) return {};
                break;
            }
        }
        // Several works, two authors or "et al." in the parenthesis are a citation's shape,
        // not a date's or a place's; otherwise a page or a citation on the page tells one
        // ("Tom and Jerry (1940)" names a film).
        const bool cites =
            entries.size() > 1 || std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
                return e.page || (!e.narrative && e.names.size() != 1) || anchored(e);
            });
        if (!cites) return {};
        return {static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(r.at())};
    }

  private:
    // The name or two names right before " (" : "Sidwell", "Grimes and Gretchen".
    static std::vector<std::string_view> names_before(std::string_view text, std::size_t open) {
        std::vector<std::string_view> names;
        auto word_before = [&](std::size_t end) -> std::string_view {
            std::size_t begin = end;
            while (begin > 0 && name_byte(text[begin - 1]))
                --begin;
            return text.substr(begin, end - begin);
        };
        if (open < 2 || text[open - 1] != ' ') return names;
        const std::string_view last = word_before(open - 1);
        if (last.size() < 2 || !ascii_upper(last.front())) return names;
        names.push_back(last);
        const std::size_t before = open - 1 - last.size();
        for (std::string_view joint : {std::string_view(" and "), std::string_view(" & ")})
            if (before >= joint.size() &&
                text.compare(before - joint.size(), joint.size(), joint) == 0) {
                const std::string_view first = word_before(before - joint.size());
                if (first.size() >= 2 && ascii_upper(first.front()))
                    names.insert(names.begin(), first);
            }
        return names;
    }

    // Whether the page has the anchor a {{harv}} of these names and year links to.
    bool anchored(const Entry& e) {
        if (e.names.empty()) return false;
        std::string id = "CITEREF";
        for (std::string_view n : e.names)
            id += n;
        id += e.year;
        id = anchor_encode(id);
        return std::binary_search(a_.anchor_ids.begin(), a_.anchor_ids.end(), std::string_view(id));
    }

    const Article& a_;
};

} // namespace

void collect_written_citations(Article& a) {
    const std::string_view text = a.source->text();
    Finder finder(a);
    // Where they are looked for: the paragraphs, and the indented lines (an indented quotation
    // ends with its source as often as a paragraph does: ":"..." (Kleene 1943:273)"). Not the
    // items of lists: a bibliography's "(1990)" are its entries' own.
    std::vector<Span> runs;
    runs.reserve(a.paragraphs.size());
    for (const Paragraph& p : a.paragraphs)
        runs.push_back(p.span);
    for (const auto& n : a.syntax.nodes) {
        if (n.parent != syntax::no_parent || n.kind != syntax::NodeKind::list_marker ||
            text[n.whole.begin] != ':')
            continue;
        const std::size_t end = std::min(text.find('\n', n.whole.end), text.size());
        runs.push_back({n.whole.end, static_cast<std::uint32_t>(end)});
    }
    std::sort(runs.begin(), runs.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
    std::vector<PageCitationPoint> found;
    for (const Span& run : runs) {
        // Up to the run's end: a run without a parenthesis is not searched on through the rest
        // of the page.
        const std::string_view upto_end = text.substr(0, run.end);
        for (std::size_t open = upto_end.find('(', run.begin); open != std::string_view::npos;
             open = upto_end.find('(', open + 1)) {
            const Span s = finder.at(upto_end, open);
            if (s.end > s.begin && (found.empty() || s.begin >= found.back().span.end))
                found.push_back({s, CitationPointKind::written});
        }
    }
    if (found.empty()) return;
    // Among the others, in document order; one inside a footnote or a citation template is
    // theirs.
    std::vector<PageCitationPoint> merged;
    merged.reserve(a.page_citation_points.size() + found.size());
    std::merge(a.page_citation_points.begin(), a.page_citation_points.end(), found.begin(),
               found.end(), std::back_inserter(merged),
               [](const PageCitationPoint& x, const PageCitationPoint& y) {
                   return x.span.begin < y.span.begin;
               });
    a.page_citation_points.clear();
    for (const PageCitationPoint& c : merged)
        if (a.page_citation_points.empty() ||
            c.span.begin >= a.page_citation_points.back().span.end)
            a.page_citation_points.push_back(c);
    a.written_citations.clear();
    for (const PageCitationPoint& c : a.page_citation_points)
        if (c.kind == CitationPointKind::written) a.written_citations.push_back(c.span);
}

} // namespace citelint::model
