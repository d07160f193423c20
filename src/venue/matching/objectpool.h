#pragma once

// A pool of T in fixed chunks: stable addresses, no allocation once warm.
// acquire() hands out a default-initialised T; release() returns it. Grows by
// one chunk when empty (reserve() ahead to avoid that during trading).

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace ordo::venue {

template<typename T> class ObjectPool {
public:
    explicit ObjectPool(std::size_t chunkSize = 4096)
        : m_chunkSize(chunkSize ? chunkSize : 1)
    {
    }

    T* acquire()
    {
        if (m_free.empty())
            grow(m_chunkSize);
        T* p = m_free.back();
        m_free.pop_back();
        *p = T {};
        ++m_inUse;
        return p;
    }

    void release(T* p) noexcept
    {
        m_free.push_back(p); // capacity reserved in grow(): never allocates
        --m_inUse;
    }

    void reserve(std::size_t n)
    {
        while (capacity() < n)
            grow(std::max(m_chunkSize, n - capacity()));
    }

    std::size_t capacity() const noexcept { return m_capacity; }
    std::size_t inUse() const noexcept { return m_inUse; }

private:
    void grow(std::size_t n)
    {
        m_chunks.push_back(std::make_unique<T[]>(n));
        m_capacity += n;
        m_free.reserve(m_capacity);
        T* chunk = m_chunks.back().get();
        for (std::size_t i = n; i-- > 0;)
            m_free.push_back(chunk + i);
    }

    std::size_t m_chunkSize;
    std::size_t m_capacity = 0;
    std::size_t m_inUse = 0;
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::vector<T*> m_free;
};

} // namespace ordo::venue
