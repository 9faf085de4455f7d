#pragma once

#include "import/csvreader.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace ad {

// Reads a file on a thread of its own. For each batch of records the reader delivers,
// `produce` runs on that thread and what it returns is queued for the thread that created the
// object, which takes the items in order with next(). stop() cancels the read and drops what
// is queued; either way the thread is joined before the object goes.
// An item taken is freed on the reading thread, not the taker's: next() hands the item it
// replaces back, and the reading thread destroys what was handed back before it produces the
// next batch. The taker (the import's writer, the slower of the two) then spends no time freeing
// what the reader allocated (100,000 planned rows: ~0.13 s of the writer's thread, and no
// cross-thread frees into the reader's malloc arena).
template <typename Item> class BackgroundRead {
public:
    using Produce = std::function<std::optional<Item>(
        const QList<csv::Record> &records, const QList<csv::Field> &columns, bool restart)>;
    BackgroundRead(const QString &path, csv::ReadOptions options, csv::ReadResult *out,
                   Produce produce)
        : m_produce(std::move(produce))
    {
        options.onRecords = [this](const QList<csv::Record> &records,
                                   const QList<csv::Field> &columns, bool restart) {
            freeSpent();
            std::optional<Item> item = m_produce(records, columns, restart);
            if (!item)
                return;
            {
                // A reader faster than the taker waits when kQueued items are queued: what is
                // queued is held in memory (a few batches, not the file).
                std::unique_lock<std::mutex> lock(m_mutex);
                m_space.wait(lock, [this] { return m_stop || m_queue.size() < kQueued; });
                if (m_stop)
                    return;
                m_queue.push_back(std::move(*item));
            }
            m_ready.notify_one();
        };
        const auto callerProgress = options.progress;
        options.progress = [this, callerProgress](qint64 bytes, qint64 total) {
            return !m_stop && (!callerProgress || callerProgress(bytes, total));
        };
        m_thread = std::thread([this, path, options, out] {
            *out = csv::CsvReader::readFile(path, options);
            freeSpent();
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
        });
    }
    ~BackgroundRead() { stop(); }

    // Waits for the next item; false once the file is read and every item taken.
    bool next(Item *item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return m_done || !m_queue.empty(); });
        if (m_queue.empty())
            return false;
        if (!m_done) // the reading thread will still run freeSpent()
            m_spent.push_back(std::move(*item));
        *item = std::move(m_queue.front());
        m_queue.pop_front();
        m_space.notify_one();
        return true;
    }
    // Waits for the end of the read (the result is then in `out`).
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
            m_queue.clear();
            m_spent.clear();
        }
        m_space.notify_all();
        join();
    }

private:
    void freeSpent()
    {
        std::deque<Item> spent;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            spent.swap(m_spent);
        }
        // destroyed here, on the reading thread, outside the lock
    }

    Produce m_produce;
    std::mutex m_mutex;
    static constexpr size_t kQueued = 8;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Item> m_queue;
    std::deque<Item> m_spent; // handed back by next(), freed by the reading thread
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace ad
