// A port of the matcher of Lua 5.1's lstrlib.c (match, classEnd, singlematch, ...), kept close
// to the original so that its corner cases stay Lua's.
#include "lua_pattern.hpp"

#include <cstring>

namespace citelint::model {

namespace {

constexpr char escape = '%';
constexpr int max_captures = 32;
constexpr int max_depth = 200; // Lua 5.2's MAXCCALLS; 5.1 had no limit
constexpr long capture_unfinished = -1;
constexpr long capture_position = -2;

bool is_alpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(int c) {
    return c >= '0' && c <= '9';
}
bool is_lower(int c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(int c) {
    return c >= 'A' && c <= 'Z';
}
bool is_space(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_cntrl(int c) {
    return (c >= 0 && c < 32) || c == 127;
}
bool is_alnum(int c) {
    return is_alpha(c) || is_digit(c);
}
bool is_punct(int c) {
    return c > 32 && c < 127 && !is_alnum(c);
}
bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int to_lower(int c) {
    return is_upper(c) ? c - 'A' + 'a' : c;
}
int uchar(char c) {
    return static_cast<unsigned char>(c);
}

struct MatchState {
    const char* src_init;
    const char* src_end;
    int level = 0;
    int depth = 0;
    bool malformed = false;
    struct {
        const char* init;
        long len;
    } capture[max_captures];
};

const char* class_end(MatchState& ms, const char* p) {
    switch (*p++) {
    case escape:
        if (*p == '\0') {
            ms.malformed = true; // pattern ends with '%'
            return p;
        }
        return p + 1;
    case '[':
        if (*p == '^') p++;
        do { // look for a ']'
            if (*p == '\0') {
                ms.malformed = true; // missing ']'
                return p;
            }
            if (*(p++) == escape && *p != '\0') p++; // skip escapes (e.g. '%]')
        } while (*p != ']');
        return p + 1;
    default:
        return p;
    }
}

bool match_class(int c, int cl) {
    bool res;
    switch (to_lower(cl)) {
    case 'a':
        res = is_alpha(c);
        break;
    case 'c':
        res = is_cntrl(c);
        break;
    case 'd':
        res = is_digit(c);
        break;
    case 'l':
        res = is_lower(c);
        break;
    case 'p':
        res = is_punct(c);
        break;
    case 's':
        res = is_space(c);
        break;
    case 'u':
        res = is_upper(c);
        break;
    case 'w':
        res = is_alnum(c);
        break;
    case 'x':
        res = is_xdigit(c);
        break;
    case 'z':
        res = c == 0;
        break;
    default:
        return cl == c;
    }
    return is_upper(cl) ? !res : res;
}

// p points at '[', ec at the closing ']'.
bool match_bracket_class(int c, const char* p, const char* ec) {
    bool sig = true;
    if (*(p + 1) == '^') {
        sig = false;
        p++;
    }
    while (++p < ec) {
        if (*p == escape) {
            p++;
            if (match_class(c, uchar(*p))) return sig;
        } else if (*(p + 1) == '-' && p + 2 < ec) {
            p += 2;
            if (uchar(*(p - 2)) <= c && c <= uchar(*p)) return sig;
        } else if (uchar(*p) == c) {
            return sig;
        }
    }
    return !sig;
}

bool single_match(int c, const char* p, const char* ep) {
    switch (*p) {
    case '.':
        return true;
    case escape:
        return match_class(c, uchar(*(p + 1)));
    case '[':
        return match_bracket_class(c, p, ep - 1);
    default:
        return uchar(*p) == c;
    }
}

const char* match(MatchState& ms, const char* s, const char* p);

const char* match_balance(MatchState& ms, const char* s, const char* p) {
    if (*p == '\0' || *(p + 1) == '\0') {
        ms.malformed = true;
        return nullptr;
    }
    if (s >= ms.src_end || *s != *p) return nullptr;
    const char b = *p, e = *(p + 1);
    int cont = 1;
    while (++s < ms.src_end) {
        if (*s == e) {
            if (--cont == 0) return s + 1;
        } else if (*s == b) {
            cont++;
        }
    }
    return nullptr;
}

const char* max_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
    long i = 0;
    while (s + i < ms.src_end && single_match(uchar(*(s + i)), p, ep))
        i++;
    while (i >= 0) { // try with the most repetitions first
        if (const char* res = match(ms, s + i, ep + 1)) return res;
        i--;
    }
    return nullptr;
}

const char* min_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
    for (;;) {
        if (const char* res = match(ms, s, ep + 1)) return res;
        if (s < ms.src_end && single_match(uchar(*s), p, ep))
            s++;
        else
            return nullptr;
    }
}

const char* start_capture(MatchState& ms, const char* s, const char* p, long what) {
    if (ms.level >= max_captures) {
        ms.malformed = true;
        return nullptr;
    }
    ms.capture[ms.level].init = s;
    ms.capture[ms.level].len = what;
    ms.level++;
    const char* res = match(ms, s, p);
    if (!res) ms.level--;
    return res;
}

const char* end_capture(MatchState& ms, const char* s, const char* p) {
    int l = -1;
    for (int level = ms.level - 1; level >= 0; level--)
        if (ms.capture[level].len == capture_unfinished) {
            l = level;
            break;
        }
    if (l < 0) {
        ms.malformed = true; // invalid pattern capture
        return nullptr;
    }
    ms.capture[l].len = s - ms.capture[l].init;
    const char* res = match(ms, s, p);
    if (!res) ms.capture[l].len = capture_unfinished;
    return res;
}

const char* match_capture(MatchState& ms, const char* s, int l) {
    l -= '1';
    if (l < 0 || l >= ms.level || ms.capture[l].len == capture_unfinished) {
        ms.malformed = true;
        return nullptr;
    }
    const long len = ms.capture[l].len;
    if (ms.src_end - s >= len &&
        std::memcmp(ms.capture[l].init, s, static_cast<std::size_t>(len)) == 0)
        return s + len;
    return nullptr;
}

const char* match(MatchState& ms, const char* s, const char* p) {
    if (ms.malformed || ++ms.depth > max_depth) {
        ms.malformed = true;
        return nullptr;
    }
    struct Leave {
        MatchState& ms;
        ~Leave() { ms.depth--; }
    } leave{ms};
init:
    switch (*p) {
    case '(':
        if (*(p + 1) == ')') return start_capture(ms, s, p + 2, capture_position);
        return start_capture(ms, s, p + 1, capture_unfinished);
    case ')':
        return end_capture(ms, s, p + 1);
    case escape:
        switch (*(p + 1)) {
        case 'b':
            s = match_balance(ms, s, p + 2);
            if (!s) return nullptr;
            p += 4;
            goto init;
        case 'f': {
            p += 2;
            if (*p != '[') {
                ms.malformed = true; // missing '[' after '%f'
                return nullptr;
            }
            const char* ep = class_end(ms, p);
            if (ms.malformed) return nullptr;
            const int previous = s == ms.src_init ? 0 : uchar(*(s - 1));
            const int current = s < ms.src_end ? uchar(*s) : 0;
            if (match_bracket_class(previous, p, ep - 1) ||
                !match_bracket_class(current, p, ep - 1))
                return nullptr;
            p = ep;
            goto init;
        }
        default:
            if (is_digit(uchar(*(p + 1)))) { // a back reference %1-%9
                s = match_capture(ms, s, uchar(*(p + 1)));
                if (!s) return nullptr;
                p += 2;
                goto init;
            }
            break;
        }
        break;
    case '\0':
        return s;
    case '$':
        if (*(p + 1) == '\0') return s == ms.src_end ? s : nullptr;
        break;
    default:
        break;
    }
    const char* ep = class_end(ms, p);
    if (ms.malformed) return nullptr;
    const bool m = s < ms.src_end && single_match(uchar(*s), p, ep);
    switch (*ep) {
    case '?':
        if (m)
            if (const char* res = match(ms, s + 1, ep + 1)) return res;
        p = ep + 1;
        goto init;
    case '*':
        return max_expand(ms, s, p, ep);
    case '+':
        return m ? max_expand(ms, s + 1, p, ep) : nullptr;
    case '-':
        return min_expand(ms, s, p, ep);
    default:
        if (!m) return nullptr;
        s++;
        p = ep;
        goto init;
    }
}

} // namespace

std::optional<std::string> lua_match(std::string_view subject, std::string_view pattern) {
    const std::string pat(pattern); // NUL-terminated, as the matcher expects
    const char* p = pat.c_str();
    const bool anchor = *p == '^';
    if (anchor) p++;
    MatchState ms;
    ms.src_init = subject.data();
    ms.src_end = subject.data() + subject.size();
    const char* s1 = ms.src_init;
    do {
        ms.level = 0;
        ms.depth = 0;
        if (const char* end = match(ms, s1, p)) {
            if (ms.level == 0) return std::string(s1, end);
            if (ms.capture[0].len == capture_position)
                return std::to_string(ms.capture[0].init - ms.src_init + 1);
            return std::string(ms.capture[0].init, static_cast<std::size_t>(ms.capture[0].len));
        }
        if (ms.malformed) return std::nullopt;
    } while (s1++ < ms.src_end && !anchor);
    return std::nullopt;
}

} // namespace citelint::model
