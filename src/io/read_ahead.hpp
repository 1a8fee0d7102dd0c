// Chunks made on a thread of their own, a few ahead of the thread that reads them: a gzip
// file is one stream that only one thread can inflate, and inflating it beside the threads
// that read and check the pages, rather than in turn with them, keeps them all busy.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace citelint::io {

class ReadAhead {
  public:
    // One call of the producer: the bytes, where the input stands after them, what broke
    // (empty when nothing), and whether there may be more.
    struct Chunk {
        std::string bytes;
        std::uint64_t offset = 0;
        std::string problem;
        bool more = false;
    };

    // Calls `produce` on a thread until a chunk says there is no more, keeping at most
    // `depth` chunks that have not been taken.
    explicit ReadAhead(std::function<Chunk()> produce, std::size_t depth = 8);
    ~ReadAhead();
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // The next chunk in order; after the last one (more == false), that one again.
    Chunk next();

  private:
    void run();

    std::function<Chunk()> produce_;
    const std::size_t depth_;
    std::mutex mutex_;
    std::condition_variable changed_; // one producer and one consumer: they take turns
    std::deque<Chunk> ready_;
    bool stopping_ = false;
    Chunk last_; // the chunk that ended the input, once taken
    bool ended_ = false;
    std::thread thread_;
};

} // namespace citelint::io
