#include "address.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "../text.hpp"

namespace citelint::model {

namespace {

bool url_character(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("-._~:/?#[]@!$&()*+,;=%").find(c) != std::string_view::npos;
}

// "https://" or "http://", or nothing.
std::string_view scheme_of(std::string_view url) {
    for (const std::string_view scheme : {"https://", "http://"})
        if (url.size() > scheme.size() && ascii_lower(url.substr(0, scheme.size())) == scheme)
            return url.substr(0, scheme.size());
    return {};
}

// The site whose host is exactly `host` (any case); null when none.
const Site* site_at(std::string_view host) {
    const std::string lowered = ascii_lower(host);
    const auto sites = known_sites();
    const auto found = std::find_if(sites.begin(), sites.end(),
                                    [&](const Site& site) { return site.host == lowered; });
    return found == sites.end() ? nullptr : &*found;
}

} // namespace

bool is_web_address(std::string_view url) {
    const std::string_view scheme = scheme_of(url);
    if (scheme.empty()) return false;
    const std::string_view rest = url.substr(scheme.size());
    return !rest.empty() && rest.front() != '/' &&
           std::all_of(rest.begin(), rest.end(), url_character);
}

WikiAddress address_of(const Site& site) {
    return {fmt::format("https://{}/wiki/", site.host),
            fmt::format("https://{}/w/index.php", site.host)};
}

std::optional<WikiAddress> address_from_base(std::string_view base) {
    if (!is_web_address(base)) return std::nullopt;
    const std::size_t host_begin = scheme_of(base).size();
    const std::size_t path_begin = std::min(base.find('/', host_begin), base.size());
    if (const Site* site = site_at(base.substr(host_begin, path_begin - host_begin)))
        return address_of(*site);
    const std::string_view path = base.substr(path_begin);
    // The main page's title follows the article path: after "?title=" (index.php?title=$1),
    // after "/wiki/" (the short URLs of most wikis; a title may hold a '/'), or else after the
    // path's last '/'.
    std::size_t title_begin = std::string_view::npos;
    if (const auto query = path.find("?title="); query != std::string_view::npos)
        title_begin = query + 7;
    else if (const auto wiki = path.find("/wiki/"); wiki != std::string_view::npos)
        title_begin = wiki + 6;
    else if (const auto slash = path.find_last_of('/'); slash != std::string_view::npos)
        title_begin = slash + 1;
    if (title_begin == std::string_view::npos) return std::nullopt; // no path: no article path
    return WikiAddress{std::string(base.substr(0, path_begin + title_begin)), {}};
}

std::optional<WikiAddress> address_from_article_path(std::string_view url) {
    if (url.size() >= 2 && url.substr(url.size() - 2) == "$1") url.remove_suffix(2);
    if (!is_web_address(url)) return std::nullopt;
    if (const auto site = address_from_base(url); site && !site->script.empty()) {
        // A Wikimedia wiki named by its address: its index.php is known too.
        if (site->article_path == url || site->article_path == std::string(url) + '/') return site;
    }
    std::string path(url);
    if (path.back() != '/' && path.back() != '=') path += '/';
    return WikiAddress{std::move(path), {}};
}

std::string title_in_url(std::string_view title) {
    std::string out;
    out.reserve(title.size());
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == ' ')
            out += '_';
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 std::string_view("-_.;@$!*(),/~:").find(c) != std::string_view::npos)
            out += c;
        else
            out += fmt::format("%{:02X}", byte);
    }
    return out;
}

std::string page_url(const WikiAddress& address, std::string_view title) {
    return address.article_path + title_in_url(title);
}

std::string edit_url(const WikiAddress& address, std::string_view title) {
    if (!address.script.empty())
        return fmt::format("{}?title={}&action=edit", address.script, title_in_url(title));
    const std::string page = page_url(address, title);
    return page + (page.find('?') == std::string::npos ? "?action=edit" : "&action=edit");
}

} // namespace citelint::model
