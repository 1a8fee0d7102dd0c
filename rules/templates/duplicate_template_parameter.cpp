#include <algorithm>
#include <bit>
#include <bitset>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"

namespace citelint::rules {

namespace {

using syntax::Node;
using syntax::NodeKind;

// A parameter's key as MediaWiki's argument array has it: a decimal number (positional, or a
// name like "1") or a name.
struct Key {
    std::string_view name; // trimmed; without its comments, when it holds more than comments
    unsigned number = 0;
    std::uint32_t hash = 0; // of number or name: compared before the names themselves
    Span at;                // the name, or a positional value, untrimmed: trimmed only to report
    std::uint32_t node = 0; // the argument
    bool operator==(const Key& other) const {
        if (hash != other.hash) return false;
        return number || other.number ? number == other.number : name == other.name;
    }
};

// A cheap hash of a key, from its length and three of its bytes (names that share them are
// told apart by comparing them whole): numbers and names never compare equal, so they may
// share values.
std::uint32_t key_hash(const Key& key) {
    if (key.number) return key.number;
    const std::string_view name = key.name;
    if (name.empty()) return 0;
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(name[i]));
    };
    return (static_cast<std::uint32_t>(name.size()) * 2654435761u) ^ (byte(0) << 16) ^
           (byte(name.size() / 2) << 8) ^ byte(name.size() - 1);
}

// The keys a call has given so far. Infoboxes give dozens of parameters: a bitset of the hashes
// seen answers "not given before" for most without comparing; past a few dozen keys (a call
// whose nesting the parser gave up on may have thousands of arguments) a hash index replaces
// the linear search, which would make such a call quadratic.
class SeenKeys {
  public:
    // Made ready for a call of `arguments` arguments: a call of thousands has its room made
    // once, not doubled again and again (each time a new array of keys and of slots to fill).
    void start(std::size_t arguments) {
        keys_.clear();
        hashes_.reset();
        slots_.clear();
        indexed_ = 0;
        keys_.reserve(arguments);
        if (arguments > linear_limit) slots_.assign(std::bit_ceil(2 * arguments), {});
    }
    Key* find(const Key& key) {
        if (!hashes_.test(key.hash % hashes_.size())) return nullptr;
        if (keys_.size() <= linear_limit) {
            const auto it = std::find(keys_.begin(), keys_.end(), key);
            return it == keys_.end() ? nullptr : &*it;
        }
        const std::uint32_t h = full_hash(key);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t at = h & mask; slots_[at].key != 0; at = (at + 1) & mask)
            if (slots_[at].hash == h && keys_[slots_[at].key - 1] == key)
                return &keys_[slots_[at].key - 1];
        return nullptr;
    }
    void add(Key key) {
        hashes_.set(key.hash % hashes_.size());
        keys_.push_back(std::move(key));
        if (keys_.size() <= linear_limit) return;
        if (2 * keys_.size() > slots_.size()) {
            // Past half full (or not made yet): four slots a key, every key placed again.
            slots_.assign(std::bit_ceil(4 * keys_.size()), {});
            indexed_ = 0;
        }
        for (; indexed_ < keys_.size(); ++indexed_)
            insert(indexed_);
    }

  private:
    // The index hashes whole names: thousands of names alike in length and in the three bytes
    // of the cheap hash (|p1= to |p99999=) would otherwise share a few hundred values.
    static std::uint32_t full_hash(const Key& key) {
        const std::uint64_t h = key.number ? key.number : std::hash<std::string_view>{}(key.name);
        return static_cast<std::uint32_t>((h * 0x9E3779B97F4A7C15ull) >> 32);
    }

    void insert(std::size_t index) {
        const std::uint32_t h = full_hash(keys_[index]);
        const std::size_t mask = slots_.size() - 1;
        std::size_t at = h & mask;
        while (slots_[at].key != 0)
            at = (at + 1) & mask;
        slots_[at] = {h, static_cast<std::uint32_t>(index + 1)};
    }

    // Open addressing in one array (a key's whole-name hash, and its index + 1; 0 is empty):
    // no node per key, as a call of a hundred thousand arguments would otherwise allocate.
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t key = 0;
    };

    static constexpr std::size_t linear_limit = 64;
    std::vector<Key> keys_;
    std::bitset<512> hashes_;
    std::vector<Slot> slots_;
    std::size_t indexed_ = 0; // keys placed in slots_
};

unsigned decimal(std::string_view s) {
    if (s.empty() || s.size() > 9 || s.front() == '0') return 0;
    unsigned n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n;
}

// The fix of a name given twice, when one of the two can go with certainty: the first when it
// is empty or says what the second says (MediaWiki shows the second); the second when only it
// is empty, which is likely but unsafe, as the page then shows the first where it showed
// nothing. Positional arguments and values with comments are left alone.
std::optional<engine::Fix> drop_duplicate(const Article& a, const Node& first, const Node& second) {
    if (!first.named || !second.named) return std::nullopt;
    const std::string_view x = model::php_trim(a.text(first.inner));
    const std::string_view y = model::php_trim(a.text(second.inner));
    if (x.find("<!--") != std::string_view::npos || y.find("<!--") != std::string_view::npos)
        return std::nullopt;
    if (x.empty() || x == y)
        return engine::Fix{x.empty() ? "remove the first, empty, value" : "remove the first value",
                           {{first.whole, ""}}};
    if (y.empty()) {
        // The last argument's layout is kept: what ends its value ("\n}}") stays, the spaces
        // and the line break before it go.
        const std::string_view text = a.source->text();
        Span gone{second.whole.begin, second.inner.begin};
        while (gone.begin > 0 && (text[gone.begin - 1] == ' ' || text[gone.begin - 1] == '\t'))
            --gone.begin;
        if (gone.begin > 0 && text[gone.begin - 1] == '\n') --gone.begin;
        return engine::Fix{"remove the second, empty, value", {{gone, ""}}, engine::Safety::unsafe};
    }
    return std::nullopt;
}

void check(const Article& a, Sink& sink) {
    const auto& nodes = a.syntax.nodes;
    SeenKeys seen;
    std::deque<std::string> uncommented; // names written with comments, without them (rare)
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const Node& call = nodes[i];
        if (call.kind != NodeKind::template_call) continue;
        const std::string_view name = model::php_trim(a.text(call.name));
        if (name.empty() || name.front() == '#')
            continue; // parser functions read their own arguments
        seen.start(a.syntax.children_of(i).size());
        unsigned position = 0;
        for (const std::uint32_t j : a.syntax.children_of(i)) {
            const Node& arg = nodes[j];
            if (arg.kind != NodeKind::template_arg) continue;
            Key key;
            key.at = arg.named ? arg.name : arg.inner;
            key.node = j;
            if (arg.named) {
                key.name = model::php_trim(a.text(arg.name));
                if (key.name.find("<!--") != std::string_view::npos) {
                    std::string bare(model::php_trim(model::strip_comments(key.name)));
                    if (!bare.empty())
                        key.name = uncommented.emplace_back(std::move(bare)); // stays put
                }
                key.number = decimal(key.name);
            } else {
                key.number = ++position;
            }
            key.hash = key_hash(key);
            Key* const it = seen.find(key);
            if (!it) {
                seen.add(std::move(key));
                continue;
            }
            const std::string label =
                key.number && !arg.named ? std::to_string(key.number) : std::string(key.name);
            // The name as the parser reads it, without the comments written in it
            // ("{{Infobox lugar\n<!-- ... -->|...}}").
            Diagnostic& d =
                sink.report(trimmed_span(a, key.at),
                            fmt::format("parameter \"{}\" of {{{{{}}}}} is given again; only this "
                                        "last value counts",
                                        label, model::clean_text(name)));
            d.notes.push_back({trimmed_span(a, it->at), "given first here"});
            d.help.push_back("remove the value that is not meant, or merge the two");
            d.fix = drop_duplicate(a, nodes[it->node], arg);
            it->at = key.at;
            it->node = key.node;
        }
    }
}

} // namespace

// clang-format off
extern const engine::Rule duplicate_template_parameter{
    .code = "T002",
    .name = "duplicate-template-parameter",
    .family = engine::Family::templates,
    .severity = engine::Severity::warning,
    .summary = "a template call gives the same parameter twice",
    .docs = {
        .what_it_finds =
            "A template call (any template, parser functions aside) that gives one parameter "
            "twice: the same name (after trimming), or a number that a positional argument already "
            "took (`{{x|a|1=b}}`).",
        .why_it_matters =
            "MediaWiki keeps only the last value, silently drops the others and puts the page in "
            "\"Pages using duplicate arguments in template calls\"; in a citation the dropped "
            "value is often the right one (a second |date= or |url= added by a later edit).",
        .example_bad = R"md(<ref>{{cite web |url=https://example.org/a |title=A |date=2010 |date=2011}}</ref>)md",
        .example_good = R"md(<ref>{{cite web |url=https://example.org/a |title=A |date=2011}}</ref>)md",
        .options = R"md(None.)md",
    },
    .relies_on = {"src/syntax/parse.cpp: parse", "src/model/text.cpp: strip_comments"},
    .check = check,
};
// clang-format on

} // namespace citelint::rules
