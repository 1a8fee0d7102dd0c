#include "read_ahead.hpp"

namespace citelint::io {

ReadAhead::ReadAhead(std::function<Chunk()> produce, std::size_t depth)
    : produce_(std::move(produce)), depth_(depth == 0 ? 1 : depth), thread_([this] { run(); }) {}

ReadAhead::~ReadAhead() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void ReadAhead::run() {
    for (;;) {
        Chunk chunk;
        try {
            chunk = produce_();
        } catch (const std::exception& e) {
            chunk = {{}, 0, e.what(), false};
        }
        const bool more = chunk.more;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || ready_.size() < depth_; });
            if (stopping_) return;
            ready_.push_back(std::move(chunk));
        }
        changed_.notify_all();
        if (!more) return;
    }
}

ReadAhead::Chunk ReadAhead::next() {
    if (ended_) return last_;
    Chunk chunk;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !ready_.empty(); });
        chunk = std::move(ready_.front());
        ready_.pop_front();
    }
    changed_.notify_all();
    if (!chunk.more) {
        ended_ = true;
        last_ = {{}, chunk.offset, chunk.problem, false};
    }
    return chunk;
}

} // namespace citelint::io
