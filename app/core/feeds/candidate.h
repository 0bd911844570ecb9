#pragma once

#include <QDateTime>

#include <climits>
#include <type_traits>

namespace Feeds {

/// A value offered by several elements of a feed, of which the best-ranked (lowest rank)
/// non-empty one wins whatever the order of the elements: <pubDate> beats <dc:date>.
template<typename T> class Candidate final
{
public:
    void offer(const T &value, int rank)
    {
        if (rank < m_rank && !isEmpty(value)) {
            m_value = value;
            m_rank = rank;
        }
    }
    [[nodiscard]] bool has() const { return m_rank != INT_MAX; }
    [[nodiscard]] const T &value() const { return m_value; }

private:
    template<typename U> static bool isEmpty(const U &v)
    {
        if constexpr (std::is_arithmetic_v<U>)
            return v < 0;
        else if constexpr (std::is_same_v<U, QDateTime>)
            return !v.isValid();
        else
            return v.isEmpty();
    }

    T m_value{};
    int m_rank = INT_MAX;
};

} // namespace Feeds
