#pragma once

namespace Ui {

/// Chooses how the reading view is drawn, once, before the first view exists: on OpenGL shared
/// with the window when a GPU renders it, else with Qt Quick's software renderer, which
/// Chromium then follows. OpenGL done in software (Mesa's llvmpipe, on machines without a GPU
/// and on virtual displays) is slower than that renderer and keeps a compiler in memory.
class WebViewGraphics final
{
public:
    static void prepare();
};

} // namespace Ui
