#pragma once

#include "models/modelsfwd.h"
#include "models/viewkey.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Secrets {
class Store;
}

namespace Ui {

/// Removing folders and sources, from the tree and from the settings alike.
class LibraryRemoval final
{
    // The strings keep the context they were first translated in.
    Q_DECLARE_TR_FUNCTIONS(Ui::SourcePane)

public:
    /// Asks whether to delete folder or unsubscribe from source \a key, naming it, with Cancel
    /// as the default; on yes removes it from the library and from \a model, and a source's
    /// password from \a passwords (the system keyring when null). \a removed runs after a
    /// removal.
    static void confirmAndRemove(const Models::ViewKey &key, Models::DatabaseWorker *worker,
                                 Models::SourceTreeModel *model, QWidget *parent,
                                 std::function<void()> removed,
                                 Secrets::Store *passwords = nullptr);
};

} // namespace Ui
