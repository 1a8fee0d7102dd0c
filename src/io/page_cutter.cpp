#include "page_cutter.hpp"

#include <algorithm>

namespace citelint::io {

namespace {

// "</page>": the longest start of a tag that tells what it is.
constexpr std::size_t telling_length = 7;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::uint64_t characters(std::string_view bytes) {
    return static_cast<std::uint64_t>(
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return !is_continuation(c); }));
}

enum class Tag { page_start, page_end, hiding, other };

// What the markup at a '<' is, from its first bytes (fewer only at the end of the input).
Tag tag_at(std::string_view tag) {
    if (tag.substr(0, 7) == "</page>") return Tag::page_end;
    if (tag.size() > 1 && (tag[1] == '!' || tag[1] == '?')) return Tag::hiding;
    if (tag.substr(0, 5) == "<page") {
        if (tag.size() == 5 || tag[5] == '/') return Tag::hiding;
        if (tag[5] == '>' || is_space(tag[5])) return Tag::page_start;
    }
    // "</page >" ends a page too; rare enough to be left to one parse of everything.
    if (tag.substr(0, 6) == "</page" && tag.size() > 6 && is_space(tag[6])) return Tag::hiding;
    return Tag::other;
}

} // namespace

void advance(XmlPosition& at, bool& after_cr, std::string_view bytes) {
    if (bytes.empty()) return;
    if (bytes.find('\r') != std::string_view::npos) {
        for (const char c : bytes) {
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !after_cr) ++at.line;
                at.column = 0;
                after_cr = c == '\r';
                continue;
            }
            after_cr = false;
            if (!is_continuation(c)) ++at.column;
        }
        return;
    }
    auto breaks = static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    if (after_cr && bytes.front() == '\n') --breaks; // the LF of a CR LF
    after_cr = false;
    at.line += breaks;
    const std::size_t last = bytes.rfind('\n');
    if (last == std::string_view::npos)
        at.column += characters(bytes);
    else
        at.column = characters(bytes.substr(last + 1));
}

XmlPosition offset_by(XmlPosition start, XmlPosition inner) {
    if (inner.line <= 1) return {start.line, start.column + inner.column};
    return {start.line + inner.line - 1, inner.column};
}

std::string page_stand_in(const DumpPiece& page) {
    constexpr std::string_view start = "<page>";
    constexpr std::string_view end = "</page>";
    std::string stand_in(start);
    stand_in.append(page.breaks, '\n');
    const std::uint64_t used = end.size() + (page.breaks == 0 ? start.size() : 0);
    stand_in.append(page.last_line > used ? page.last_line - used : 0, ' ');
    stand_in.append(end);
    return stand_in;
}

void PageCutter::cut(std::string_view bytes, bool last, std::vector<DumpPiece>& pieces) {
    std::string joined;
    if (!carry_.empty()) {
        joined = std::move(carry_);
        carry_.clear();
        joined.append(bytes);
        bytes = joined;
    }
    if (skip_ > 0) {
        const std::size_t skipped = std::min(skip_, bytes.size());
        between(pieces, bytes.substr(0, skipped));
        bytes.remove_prefix(skipped);
        skip_ -= skipped;
    }
    if (given_up_) {
        between(pieces, bytes);
        return;
    }
    std::size_t from = 0; // the first byte not yet given
    std::size_t look = 0; // where the next '<' is looked for
    for (std::size_t lt = bytes.find('<'); lt != std::string_view::npos;
         lt = bytes.find('<', look)) {
        if (!last && bytes.size() - lt < telling_length) {
            if (in_page_)
                page_.append(bytes.substr(from, lt - from));
            else
                between(pieces, bytes.substr(from, lt - from));
            carry_ = bytes.substr(lt);
            return;
        }
        const Tag tag = tag_at(bytes.substr(lt, telling_length));
        look = lt + 1;
        if (tag == Tag::other) continue;
        if (tag == Tag::hiding || (tag == Tag::page_start) == in_page_) {
            // Something that could hide a page, a page in a page or an end of none.
            give_up(pieces, bytes.substr(from));
            return;
        }
        if (tag == Tag::page_start) {
            between(pieces, bytes.substr(from, lt - from));
            in_page_ = true;
            page_.clear();
            from = lt;
            continue;
        }
        look = lt + telling_length;
        page_.append(bytes.substr(from, look - from));
        from = look;
        end_page(pieces);
    }
    if (in_page_)
        page_.append(bytes.substr(from));
    else
        between(pieces, bytes.substr(from));
    if (last && in_page_) give_up(pieces, {}); // the input ends in a page: one parse says where
}

void PageCutter::between(std::vector<DumpPiece>& pieces, std::string_view bytes) {
    if (bytes.empty()) return;
    if (pieces.empty() || pieces.back().is_page) pieces.emplace_back();
    pieces.back().bytes.append(bytes);
    if (!given_up_) advance(at_, after_cr_, bytes);
}

void PageCutter::give_up(std::vector<DumpPiece>& pieces, std::string_view rest) {
    given_up_ = true;
    if (in_page_) {
        in_page_ = false;
        between(pieces, page_);
        page_.clear();
    }
    between(pieces, rest);
}

void PageCutter::end_page(std::vector<DumpPiece>& pieces) {
    DumpPiece& page = pieces.emplace_back();
    page.is_page = true;
    page.at = at_;
    advance(at_, after_cr_, page_);
    page.breaks = at_.line - page.at.line;
    page.last_line = page.breaks == 0 ? at_.column - page.at.column : at_.column;
    page.bytes = std::move(page_);
    page_ = {};
    in_page_ = false;
}

} // namespace citelint::io
