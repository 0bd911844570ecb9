#pragma once

#include <QtGlobal>

// The reading view module (tidings-webview) implements classes of the window's library: those
// are exported from the window and imported by the module, so that both use one definition.
#if defined(TIDINGS_UI_IMPORT)
#define TIDINGS_UI_EXPORT Q_DECL_IMPORT
#else
#define TIDINGS_UI_EXPORT Q_DECL_EXPORT
#endif
