#pragma once

#include <QTest>
#include <QWidget>

namespace TestSupport {

/// The visible \a Dialog under \a parent once one opens (within 5 s), else nullptr.
template<typename Dialog> Dialog *waitForDialog(QWidget *parent)
{
    Dialog *found = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (Dialog *each : parent->findChildren<Dialog *>()) {
                if (each->isVisible())
                    found = each;
            }
            return found != nullptr;
        },
        5000);
    return opened ? found : nullptr;
}

} // namespace TestSupport
