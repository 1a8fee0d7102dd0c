#include "pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <sched.h>
#include <thread>

#include <fmt/format.h>

#include "../engine/change.hpp"
#include "../engine/fixes.hpp"
#include "../engine/runner.hpp"
#include "../io/documents.hpp"
#include "../io/git.hpp"
#include "../model/article.hpp"
#include "../model/prose/sentences.hpp"

namespace citelint::cli {

namespace {

// A document read and not yet checked, or an input's message, numbered in input order.
struct Item {
    std::uint64_t number = 0;
    std::size_t input = 0;
    bool in_dump = false;
    const config::Effective* effective = nullptr; // null for a message
    io::Document document;
    io::RawPage raw; // a dump's page still to be read (raw.context set), instead of `document`
    io::InputMessage message;
};

// What checking an item gives: its outcome, none for a dump's page that is not to be checked
// (a redirect, another namespace), or the messages of a dump broken at the page, after which
// the input's other items are not taken.
struct Checked {
    std::size_t input = 0;
    std::vector<Outcome> outcomes;
    bool ends_input = false;
};

// Hands the outcomes over in order, leaving out what a dump gave after the page it broke at.
class Handover {
  public:
    explicit Handover(const std::function<void(Outcome&&)>& take) : take_(take) {}

    void operator()(Checked&& checked) {
        if (ended_ && checked.input == ended_input_) return;
        for (Outcome& outcome : checked.outcomes)
            take_(std::move(outcome));
        if (checked.ends_input) {
            ended_ = true;
            ended_input_ = checked.input;
        }
    }

  private:
    const std::function<void(Outcome&&)>& take_;
    bool ended_ = false;
    std::size_t ended_input_ = 0;
};

// Reads the inputs one after the other, one document at a time.
class Reader {
  public:
    Reader(const std::vector<io::Input>& inputs,
           const std::vector<const config::Effective*>& configs, const PipelineOptions& options,
           ReadPosition& position)
        : inputs_(inputs), configs_(configs), options_(options), position_(position),
          raw_pages_(options.jobs > 1) {}

    // The next item; false when every input has been read.
    bool next(Item& item) {
        while (ready_.empty() && index_ < inputs_.size())
            read_more();
        if (ready_.empty()) return false;
        item = std::move(ready_.front());
        ready_.pop_front();
        item.number = number_++;
        return true;
    }

  private:
    // Reads the current input's next document, with the messages that came before it, or
    // ends the input.
    void read_more() {
        const io::Input& input = inputs_[index_];
        if (!input.problem.empty()) {
            add_message({true, input.path + ": " + input.problem});
            ++index_;
            return;
        }
        if (!documents_) documents_.emplace(input.path, options_.dump, options_.stdin_format);
        io::Document document;
        io::RawPage raw;
        const io::Next next = raw_pages_                   ? documents_->next(document, raw)
                              : documents_->next(document) ? io::Next::document
                                                           : io::Next::end;
        const auto& messages = documents_->messages();
        for (; messages_taken_ < messages.size(); ++messages_taken_)
            add_message(messages[messages_taken_]);
        if (next != io::Next::end) {
            Item& item = ready_.emplace_back();
            item.input = index_;
            item.in_dump = documents_->is_dump();
            item.effective = configs_[index_];
            item.document = std::move(document);
            item.raw = std::move(raw);
            position_.bytes = done_bytes_ + documents_->position();
            // A page cut out is counted once it is read and chosen (Checker::check).
            if (next == io::Next::document) ++position_.documents;
            return;
        }
        done_bytes_ += documents_->position();
        position_.bytes = done_bytes_;
        documents_.reset();
        messages_taken_ = 0;
        ++index_;
    }

    void add_message(io::InputMessage message) {
        Item& item = ready_.emplace_back();
        item.input = index_;
        item.message = std::move(message);
    }

    const std::vector<io::Input>& inputs_;
    const std::vector<const config::Effective*>& configs_;
    const PipelineOptions& options_;
    ReadPosition& position_;
    const bool raw_pages_; // a dump's pages are read by the threads that check them
    std::size_t index_ = 0;
    std::optional<io::Documents> documents_;
    std::size_t messages_taken_ = 0; // of the current input's
    std::deque<Item> ready_;
    std::uint64_t number_ = 0;
    std::uint64_t done_bytes_ = 0;
};

// What one thread needs to check documents: its own sentence segmenter (ICU's iterator is
// not shared between threads), made the first time a configuration asks for sentences.
class Checker {
  public:
    Checked check(Item&& item) {
        Checked checked;
        checked.input = item.input;
        if (item.raw.context) {
            std::string problem;
            const io::PageFate fate = io::read_page(item.raw, item.document, problem);
            if (fate == io::PageFate::passed_over) return checked;
            if (fate == io::PageFate::broken) {
                for (io::InputMessage& message : io::Documents::broken_page_messages(
                         inputs_[item.input].path, item.raw, problem)) {
                    Outcome& outcome = checked.outcomes.emplace_back();
                    outcome.input = item.input;
                    outcome.message = std::move(message);
                }
                checked.ends_input = true;
                return checked;
            }
            ++position_.documents;
        }
        checked.outcomes.push_back(check_document(std::move(item)));
        return checked;
    }

    Checker(const std::vector<io::Input>& inputs, const PipelineOptions& options,
            ReadPosition& position)
        : inputs_(inputs), position_(position), fix_(options.fix), diff_base_(options.diff_base),
          record_(options.record) {}

  private:
    Outcome check_document(Item&& item) {
        Outcome outcome;
        outcome.input = item.input;
        outcome.in_dump = item.in_dump;
        if (!item.effective) {
            outcome.message = std::move(item.message);
            return outcome;
        }
        const config::Effective& effective = *item.effective;
        model::ModelOptions options = effective.model;
        options.segmenter = effective.claims ? &segmenter() : nullptr;
        // A page whose dump or JSON line names its wiki is of that wiki, unless the command
        // line or the configuration says otherwise (dumps put together by hand may carry
        // another wiki's <siteinfo>); one citelint has no profile for is of an unknown wiki.
        if (!item.document.wiki.empty()) {
            outcome.wiki_prefix = item.document.wiki.size() + 1;
            // The page says its wiki; what the user says wins (--wiki none included).
            if (!options.site_given) {
                options.site = model::find_site(item.document.wiki);
                options.site_from_page = options.site != nullptr;
            }
        } else if (item.in_dump && options.site) {
            // A dump's page is named with its wiki ("enwiki:Berlin"); <page> fragments and
            // JSON lines that do not name theirs take the configured one's name, as the whole
            // dump's pages have it.
            item.document.name = fmt::format("{}:{}", options.site->dbname, item.document.name);
            outcome.wiki_prefix = options.site->dbname.size() + 1;
        }
        outcome.site = options.site;
        outcome.site_chosen = options.site_given;
        outcome.site_info = std::move(item.document.site_info);
        if (const auto& names = item.document.namespaces) {
            options.file_namespaces = names->file;
            options.category_namespaces = names->category;
        }
        const std::string name = item.document.name;
        const engine::CheckText check = [&](std::string text) {
            engine::Checked checked;
            checked.source = std::make_unique<Source>(name, std::move(text));
            checked.article =
                std::make_unique<model::Article>(model::build_article(*checked.source, options));
            checked.diagnostics = engine::reported(*checked.article, effective.selection);
            return checked;
        };
        engine::Fixed fixed;
        fixed.last = check(std::move(item.document.text));
        if (fix_ != engine::FixMode::none)
            fixed = engine::fix_document(std::move(fixed.last), check, fix_);
        if (!diff_base_.empty() && !item.in_dump && name != "<stdin>")
            judge_change(name, fixed.last, check);
        outcome.figures = report::figures_of(*fixed.last.article);
        outcome.diagnostics = std::move(fixed.last.diagnostics);
        fixed.last.article.reset();
        outcome.source.emplace(std::move(*fixed.last.source));
        outcome.fixing = {std::move(fixed.original), std::move(fixed.fixed),
                          std::move(fixed.refused), fixed.unsettled};
        if (record_) outcome.record = record_(outcome);
        return outcome;
    }

    // Keeps the diagnostics the file's change since --diff-base is answerable for; a file the
    // revision does not have is new, and answerable for all.
    void judge_change(const std::string& path, engine::Checked& now,
                      const engine::CheckText& check) const {
        std::optional<std::string> before = io::file_at_revision(path, diff_base_);
        if (!before) return;
        const engine::Checked then = check(*before);
        now.diagnostics = engine::made_by_change(*now.source, std::move(now.diagnostics), *before,
                                                 then.diagnostics);
    }

    model::SentenceSegmenter& segmenter() {
        if (!segmenter_) segmenter_.emplace();
        return *segmenter_;
    }

    const std::vector<io::Input>& inputs_;
    ReadPosition& position_;
    engine::FixMode fix_;
    std::string diff_base_;
    const PipelineOptions::MakeRecord& record_;
    std::optional<model::SentenceSegmenter> segmenter_;
};

// The threaded run: `jobs` threads each read the next document (one at a time, in turn) and
// check it, and the calling thread takes the outcomes in order. There is no reading thread:
// with as many busy threads as jobs, reading (decompression aside, which has threads of its
// own) never waits for a core behind the checks, and a page is checked on the thread that
// allocated it. Documents read and not yet taken are at most about `window`.
class ParallelRun {
  public:
    ParallelRun(Reader& reader, const std::vector<io::Input>& inputs,
                const PipelineOptions& options, ReadPosition& position)
        : reader_(reader), inputs_(inputs), options_(options), position_(position),
          window_(8 * static_cast<std::size_t>(options.jobs)) {
        try {
            for (unsigned i = 0; i < options.jobs; ++i)
                checkers_.emplace_back([this] { work(); });
        } catch (...) {
            // A thread could not be started: the ones that were are stopped before giving up.
            join_all();
            throw;
        }
    }

    ~ParallelRun() { join_all(); }

    ParallelRun(const ParallelRun&) = delete;
    ParallelRun& operator=(const ParallelRun&) = delete;

    // Hands every outcome to `take` in order; a failure on another thread is rethrown here
    // in its place, after the outcomes before it, as a run on one thread would.
    void take_all(const std::function<void(Outcome&&)>& take) {
        Handover handover(take);
        for (std::uint64_t next = 0;; ++next) {
            Checked outcome;
            {
                std::unique_lock lock(mutex_);
                awaited_ = next;
                finished_.wait(lock, [&] {
                    return (failure_ && next == failed_at_) || done_.count(next) ||
                           (read_all_ && next == read_count_);
                });
                if (failure_ && next == failed_at_) std::rethrow_exception(failure_);
                const auto found = done_.find(next);
                if (found == done_.end()) return; // every item has been taken
                outcome = std::move(found->second);
                done_.erase(found);
                --in_flight_;
            }
            room_.notify_one();
            handover(std::move(outcome));
        }
    }

  private:
    // One checking thread: reads a document when there is room, checks it, hands it over.
    void work() {
        Checker checker(inputs_, options_, position_);
        for (Item item; read_next(item);) {
            const std::uint64_t number = item.number;
            try {
                Checked outcome = checker.check(std::move(item));
                bool awaited = false;
                {
                    std::lock_guard lock(mutex_);
                    done_.emplace(number, std::move(outcome));
                    awaited = number == awaited_;
                }
                // Only the page the taker waits for wakes it: the others would wake it for
                // nothing, and take a core from a checker for the switch.
                if (awaited) finished_.notify_one();
            } catch (...) {
                fail(std::current_exception(), number);
                return;
            }
        }
    }

    // The next document in input order, or false when there is nothing more to read (or
    // the run stops). The reader is used by one thread at a time, and what it says is
    // recorded before the next thread may use it, so the taker never misses an item.
    bool read_next(Item& item) {
        {
            std::unique_lock lock(mutex_);
            room_.wait(lock, [&] { return stopping_ || read_all_ || in_flight_ < window_; });
            if (stopping_ || read_all_) return false;
        }
        std::lock_guard reading(reader_mutex_);
        bool more = false;
        try {
            more = reader_.next(item);
        } catch (...) {
            std::uint64_t at = 0;
            {
                std::lock_guard lock(mutex_);
                at = read_count_; // the item it could not read
            }
            fail(std::current_exception(), at);
            return false;
        }
        {
            std::lock_guard lock(mutex_);
            if (stopping_ || read_all_) return false;
            if (more) {
                ++in_flight_;
                ++read_count_;
            } else {
                read_all_ = true;
            }
        }
        if (!more) notify_everyone();
        return more;
    }

    // The first failure in input order is kept; the threads go on with the items before it
    // (and stop reading), so that they are handed over.
    void fail(std::exception_ptr failure, std::uint64_t at) {
        {
            std::lock_guard lock(mutex_);
            if (!failure_ || at < failed_at_) {
                failure_ = failure;
                failed_at_ = at;
            }
            read_all_ = true; // nothing more is read
        }
        notify_everyone();
    }

    void notify_everyone() {
        room_.notify_all();
        finished_.notify_all();
    }

    void join_all() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        notify_everyone();
        for (std::thread& thread : checkers_)
            thread.join();
    }

    Reader& reader_;
    const std::vector<io::Input>& inputs_;
    const PipelineOptions& options_;
    ReadPosition& position_;
    const std::size_t window_;
    std::mutex reader_mutex_; // taken before mutex_, never after it
    std::mutex mutex_;
    std::condition_variable room_;     // the checkers: fewer than `window_` pages in flight
    std::condition_variable finished_; // the taker: a page is checked, or the reading ended
    std::map<std::uint64_t, Checked> done_;
    std::size_t in_flight_ = 0; // read and not yet taken
    std::uint64_t read_count_ = 0;
    std::uint64_t awaited_ = 0; // the page the taker waits for
    bool read_all_ = false;
    bool stopping_ = false;
    std::exception_ptr failure_;
    std::uint64_t failed_at_ = 0; // the number of the item that failed
    std::vector<std::thread> checkers_;
};

} // namespace

void check_documents(const std::vector<io::Input>& inputs,
                     const std::vector<const config::Effective*>& configs,
                     const PipelineOptions& options, ReadPosition& position,
                     const std::function<void(Outcome&&)>& take) {
    Reader reader(inputs, configs, options, position);
    if (options.jobs <= 1) {
        Checker checker(inputs, options, position);
        Handover handover(take);
        Item item;
        while (reader.next(item))
            handover(checker.check(std::move(item)));
        return;
    }
    ParallelRun run(reader, inputs, options, position);
    run.take_all(take);
}

unsigned available_cores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        const int count = CPU_COUNT(&set);
        if (count > 0) return static_cast<unsigned>(count);
    }
    const unsigned reported = std::thread::hardware_concurrency();
    return reported > 0 ? reported : 1;
}

} // namespace citelint::cli
