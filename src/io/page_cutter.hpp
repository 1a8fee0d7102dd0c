// A UTF-8 dump's bytes cut into its <page> elements and what lies between them, by their
// markup alone, so that each page's XML can be parsed on the thread that checks it while one
// thread reads the dump.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace citelint::io {

// A place in a document as expat counts it: lines from 1, each LF, CR or CR LF a line break,
// and columns from 0 in characters (a UTF-8 sequence is one), so that a problem found in a
// page parsed on its own is named where a parse of the whole dump would name it.
struct XmlPosition {
    std::uint64_t line = 1;
    std::uint64_t column = 0;
};

// Moves `at` over `bytes`; `after_cr` says the byte before them was a CR, whose LF does not
// break the line again.
void advance(XmlPosition& at, bool& after_cr, std::string_view bytes);

// Where a problem at `inner` of a document that starts at `start` of another is in that other.
XmlPosition offset_by(XmlPosition start, XmlPosition inner);

// What a cut gives, in the order of the bytes.
struct DumpPiece {
    bool is_page = false;
    std::string bytes;           // the XML between pages as it is, or a page's whole element
    XmlPosition at;              // where a page's "<page" stands
    std::uint64_t breaks = 0;    // a page's line breaks
    std::uint64_t last_line = 0; // a page's characters after its last break (all when none)
};

// An element of the same lines and characters as a page's, with nothing in it: what the parse
// of the bytes between pages is given in the page's place, so that it sees the whole dump's
// structure and names the places after the page as they are.
std::string page_stand_in(const DumpPiece& page);

// In well-formed XML a '<' in text is written &lt;, so every '<' starts markup: a page is
// "<page" and what follows up to its "</page>". Whatever could hide one (a comment, CDATA, a
// processing instruction, a declaration, a page in a page, an empty <page/>) ends the cutting:
// from there on every byte is given as lying between pages, for one parse of it all, as if
// nothing had been cut. A page the input leaves open is given so too.
class PageCutter {
  public:
    // The first `skip` bytes (a byte order mark, the XML declaration) are given as they are.
    explicit PageCutter(std::size_t skip) : skip_(skip) {}

    // Cuts the next bytes of the input (`last`: the input ends with them), appending to
    // `pieces`; bytes that could be the start of a tag are kept until the next call.
    void cut(std::string_view bytes, bool last, std::vector<DumpPiece>& pieces);

    // Whether pages are still cut.
    [[nodiscard]] bool cutting() const noexcept { return !given_up_; }

  private:
    void between(std::vector<DumpPiece>& pieces, std::string_view bytes);
    void give_up(std::vector<DumpPiece>& pieces, std::string_view rest);
    void end_page(std::vector<DumpPiece>& pieces);

    std::size_t skip_;
    std::string carry_; // the start of a tag cut by the end of the last bytes
    std::string page_;  // the page being cut, so far
    bool in_page_ = false;
    bool given_up_ = false;
    XmlPosition at_; // where the next byte is
    bool after_cr_ = false;
};

} // namespace citelint::io
