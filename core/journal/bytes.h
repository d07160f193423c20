#pragma once

// Little-endian encoding of journal records. The reader never reads past its
// input: a short or malformed record sets ok() to false instead of crashing.

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ordo {

class ByteWriter {
public:
    explicit ByteWriter(std::vector<std::uint8_t>& out) : m_out(&out) {}
    // A writer that discards everything: encoding costs nothing when no
    // journal is attached.
    static ByteWriter discarding() { return ByteWriter(); }
    void u8(std::uint8_t v) { raw(&v, 1); }
    void u16(std::uint16_t v) { raw(&v, sizeof v); }
    void u32(std::uint32_t v) { raw(&v, sizeof v); }
    void i64(std::int64_t v) { raw(&v, sizeof v); }
    void str(std::string_view s)
    {
        u32(static_cast<std::uint32_t>(s.size()));
        raw(s.data(), s.size());
    }

private:
    // The project targets little-endian machines only (x86-64, arm64).
    ByteWriter() = default;
    void raw(const void* p, std::size_t n)
    {
        if (!m_out || n == 0)
            return;
        const std::size_t at = m_out->size();
        m_out->resize(at + n);
        std::memcpy(m_out->data() + at, p, n);
    }
    std::vector<std::uint8_t>* m_out = nullptr;
};

class ByteReader {
public:
    explicit ByteReader(std::span<const std::uint8_t> in) : m_in(in) {}
    std::uint8_t u8() { return read<std::uint8_t>(); }
    std::uint16_t u16() { return read<std::uint16_t>(); }
    std::uint32_t u32() { return read<std::uint32_t>(); }
    std::int64_t i64() { return read<std::int64_t>(); }
    std::string str()
    {
        const std::uint32_t n = u32();
        if (!m_ok || n > m_in.size() - m_pos) {
            m_ok = false;
            return {};
        }
        std::string s(reinterpret_cast<const char*>(m_in.data() + m_pos), n);
        m_pos += n;
        return s;
    }
    bool ok() const noexcept { return m_ok; }
    bool atEnd() const noexcept { return m_pos == m_in.size(); }
    void fail() noexcept { m_ok = false; }

private:
    template<typename T> T read()
    {
        T v{};
        if (!m_ok || sizeof(T) > m_in.size() - m_pos) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_in.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return v;
    }
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

// CRC-32 (IEEE), to tell a damaged journal frame from a good one.
std::uint32_t crc32(std::span<const std::uint8_t> data) noexcept;

}  // namespace ordo
