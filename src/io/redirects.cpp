#include "redirects.hpp"
#include "../unicode/utf8.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace citelint::io {

namespace {

// The 'redirect' magic words of MediaWiki core, languages/messages/MessagesXx.php ($magicWords),
// for the languages of the shared corpus that have their own. Every language's are accepted
// on every wiki: a dump does not reliably say its language (the DBpedia minidumps carry the
// English siteinfo whatever the wiki), no article starts with another language's redirect
// word, and MediaWiki itself always accepts the English #REDIRECT.
constexpr std::string_view redirect_words[] = {
    "#REDIRECT",                                          // en, and every language
    "#AANSTUUR",                                          // af
    "#ENDRECERA", "#REENDRECERA",                         // an
    "#تحويل",                                             // ar, arz
    "#перанакіраваньне",                                  // be
    "#пренасочване", "#виж",                              // bg
    "#ADKAS",                                             // br
    "#PREUSMJERI", "#PREUSMERI",                          // bs, hr, sh
    "#REDIRECCIÓ", "#REDIRECCIO",                         // ca
    "#PŘESMĚRUJ",                                         // cs
    "#ail-cyfeirio", "#ailgyfeirio",                      // cy
    "#OMDIRIGERING",                                      // da, no, sv
    "#WEITERLEITUNG",                                     // de, als, bar, lb
    "#ΑΝΑΚΑΤΕΥΘΥΝΣΗ",                                     // el
    "#ALIDIREKTU", "#ALIDIREKTI", "#AL",                  // eo
    "#REDIRECCIÓN", "#REDIRECCION",                       // es, an, gl, oc
    "#suuna",                                             // et
    "#BIRZUZENDU",                                        // eu
    "#تغییرمسیر", "#تغییر_مسیر",                          // fa
    "#OHJAUS", "#UUDELLEENOHJAUS",                        // fi
    "#REDIRECTION",                                       // fr, mg
    "#athsheoladh",                                       // ga
    "#הפניה",                                             // he, yi
    "#अनुप्रेषित", "#पुनर्निदेशन",                              // hi
    "#ÁTIRÁNYÍTÁS",                                       // hu
    "#ՎԵՐԱՀՂՈՒՄ",                                         // hy
    "#ALIH",                                              // id
    "#tilvísun",                                          // is
    "#RINVIA", "#RINVIO", "#RIMANDO",                     // it
    "#転送", "#リダイレクト", "＃転送", "＃リダイレクト", // ja
    "#გადამისამართება",                                   // ka
    "#АЙДАУ",                                             // kk
    "#넘겨주기",                                          // ko
    "#VIRULEEDUNG",                                       // lb
    "#PERADRESAVIMAS",                                    // lt
    "#пренасочување", "#види",                            // mk
    "#FIHODINANA",                                        // mg
    "#LENCONG",                                           // ms
    "#DOORVERWIJZING",                                    // nl
    "#OMDIRIGER",                                         // nn
    "#PATRZ", "#PRZEKIERUJ", "#TAM",                      // pl
    "#REDIRECIONAMENTO",                                  // pt
    "#REDIRECTEAZA",                                      // ro
    "#ПЕРЕНАПРАВЛЕНИЕ", "#ПЕРЕНАПР", // ru, and the languages that fall back to it
    "#යළියොමුව",                       // si
    "#presmeruj",                    // sk
    "#PREUSMERITEV",                 // sl
    "#Преусмери", "#PREUSMERI",      // sr
    "#வழிமாற்று",                     // ta
    "#เปลี่ยนทาง",                     // th
    // tr: a dotted İ has no simple case folding, it matches only itself; MessagesTr.php lists
    // the lower-case words too.
    "#YÖNLENDİRME", "#YÖNLENDİR", "#yönlendirme", "#yönlendir",
    "#ЮНӘЛТҮ",              // tt
    "#ПЕРЕНАПРАВЛЕННЯ",     // uk
    "#رجوع_مکرر",           // ur
    "#đổi",                 // vi
    "#ווייטערפירן",         // yi
    "#重定向", "#重新導向", // zh
};

// Code points folded to one case as MediaWiki's case-insensitive match compares them (simple
// case folding: one code point for one), each with the byte offset after it.
struct Folded {
    std::u32string code_points;
    std::vector<std::size_t> ends;
};

Folded folded(std::string_view text, std::size_t most) {
    Folded result;
    std::size_t at = 0;
    while (at < text.size() && result.code_points.size() < most) {
        unicode::CodePoint c = unicode::next(text, at);
        if (c < 0) c = 0xFFFD; // invalid UTF-8 matches no word
        result.code_points += static_cast<char32_t>(unicode::fold_case(c));
        result.ends.push_back(at);
    }
    return result;
}

const std::vector<std::u32string>& folded_words() {
    static const std::vector<std::u32string> words = [] {
        std::vector<std::u32string> list;
        for (const std::string_view word : redirect_words)
            list.push_back(folded(word, word.size()).code_points);
        return list;
    }();
    return words;
}

// PCRE's \s, which MediaWiki's redirect pattern uses.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// What MediaWiki wants after the magic word: \s*:?\s*\[\[ (WikitextContent::getRedirectTarget).
bool link_follows(std::string_view rest) {
    std::size_t at = 0;
    while (at < rest.size() && is_space(rest[at]))
        ++at;
    if (at < rest.size() && rest[at] == ':') ++at;
    while (at < rest.size() && is_space(rest[at]))
        ++at;
    return rest.substr(at, 2) == "[[";
}

} // namespace

bool is_redirect_text(std::string_view text) {
    // MediaWiki trims the text's start (PHP's ltrim) before it looks for the word.
    const auto start = text.find_first_not_of(" \t\n\r\v");
    if (start == std::string_view::npos || text[start] != '#') return false;
    text.remove_prefix(start);
    constexpr std::size_t longest_word = 32; // code points, more than any word above
    const Folded head = folded(text, longest_word);
    return std::any_of(folded_words().begin(), folded_words().end(),
                       [&](const std::u32string& word) {
                           return head.code_points.compare(0, word.size(), word) == 0 &&
                                  link_follows(text.substr(head.ends[word.size() - 1]));
                       });
}

} // namespace citelint::io
