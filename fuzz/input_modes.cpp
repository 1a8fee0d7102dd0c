// The readers of inputs and of configuration: XML dumps, JSON lines, .citelint.toml, and the
// browser's options.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <sys/mman.h>
#include <unistd.h>

#include "harness.hpp"
#include "src/config/config.hpp"
#include "src/config/effective.hpp"
#include "src/engine/runner.hpp"
#include "src/io/dump.hpp"
#include "src/io/json_lines.hpp"
#include "src/model/article.hpp"
#include "src/report/audit.hpp"
#include "src/report/record.hpp"
#include "src/web/lint.hpp"

namespace citelint::fuzz {

namespace {

// The readers read files (ByteStream): the bytes are put in a file in memory, read by its
// /proc path.
class MemoryFile {
  public:
    explicit MemoryFile(std::string_view bytes) : fd_(memfd_create("fuzz", 0)) {
        expect(fd_ >= 0);
        for (std::size_t written = 0; written < bytes.size();) {
            const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
            expect(n > 0);
            written += static_cast<std::size_t>(n);
        }
    }
    ~MemoryFile() { ::close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    [[nodiscard]] std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

  private:
    int fd_;
};

// The pages checked of a dump: enough to reach its later pages' features, few enough to stay
// quick.
constexpr int pages_checked = 8;

void check_page(const io::Document& page) {
    static const engine::Selection all = engine::Selection::make({}, {}, {});
    model::ModelOptions options;
    options.segmenter = &segmenter();
    if (page.namespaces) {
        options.file_namespaces = page.namespaces->file;
        options.category_namespaces = page.namespaces->category;
    }
    const Source source(page.name, page.text);
    const model::Article article = model::build_article(source, options);
    expect_within(engine::run_rules(article, all).diagnostics, source.text().size());
}

} // namespace

void dump(std::string_view bytes) {
    const MemoryFile file(bytes);
    auto stream = std::make_unique<io::ByteStream>(file.path());
    std::string head;
    stream->read(head);
    io::DumpReader reader(std::move(stream), std::move(head), {.namespaces = {}});
    io::Document page;
    for (int pages = 0; reader.next(page); ++pages) {
        expect(!page.name.empty());
        if (pages < pages_checked) check_page(page);
    }
}

// As `check --stdin-format jsonl` reads documents, and as `citelint report` reads records and
// makes its report of them.
void document_lines(std::string_view bytes) {
    const MemoryFile file(bytes);
    auto stream = std::make_unique<io::ByteStream>(file.path());
    std::string head;
    stream->read(head);
    io::JsonLinesReader reader(std::move(stream), std::move(head));
    io::DocumentLine line;
    std::size_t number = 0;
    report::Audit audit(small_audit());
    std::string problem;
    for (int pages = 0; reader.next(line, number); ++pages)
        if (line.document && pages < pages_checked) check_page(*line.document);
    // The lines again, as records of `check --format jsonl`.
    std::size_t at = 0;
    while (at < bytes.size()) {
        const std::size_t end = std::min(bytes.find('\n', at), bytes.size());
        const auto json = nlohmann::json::parse(bytes.substr(at, end - at), nullptr, false);
        if (!json.is_discarded())
            if (auto record = report::record_from_json(json, problem))
                audit.add(std::move(*record));
        at = end + 1;
    }
    expect_renders(audit);
}

// A configuration file: read, printed back (`citelint config`), read again to the same
// settings, and made effective.
void config(std::string_view bytes) {
    const std::filesystem::path path = "/nonexistent/.citelint.toml";
    const config::Loaded loaded = config::parse(bytes, path);
    expect(loaded.settings.has_value() != !loaded.error.empty());
    if (!loaded.settings) return;
    const config::Settings settings = config::layer(*loaded.settings, config::defaults());
    const std::string printed = config::to_toml(settings, "fuzz");
    const config::Loaded again = config::parse(printed, path);
    expect(again.settings.has_value());
    expect(config::to_toml(*again.settings, "fuzz") == printed);
    std::string error;
    const auto effective = config::make_effective(settings, error);
    expect((effective != nullptr) != !error.empty());
}

// The WebAssembly module's entry point, natively: any options give an error or diagnostics
// within the page, and the sentences are JSON too.
void web(std::string_view bytes) {
    const std::size_t nul = bytes.find('\0');
    const std::string_view options = bytes.substr(0, nul);
    const std::string_view text =
        nul == std::string_view::npos ? std::string_view{} : bytes.substr(nul + 1);
    const std::string result = web::lint_json(text, options);
    expect(is_json(result));
    const nlohmann::json json = nlohmann::json::parse(result);
    expect(json.contains("error") != json.contains("diagnostics"));
    if (json.contains("diagnostics"))
        for (const nlohmann::json& d : json["diagnostics"])
            expect(d["end"]["offset"].get<std::size_t>() <= text.size());
    expect(is_json(web::sentences_json(text, options)));
}

} // namespace citelint::fuzz
