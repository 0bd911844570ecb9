#pragma once

class QWidget;

namespace Ui {

struct OpenRequest;

/// Asks over \a parent whether to go ahead with \a request: subscribe to its feed or import
/// its OPML file. True when the person agreed; an unusable request shows its reason and is
/// never confirmed.
[[nodiscard]] bool confirmOpenRequest(const OpenRequest &request, QWidget *parent);

} // namespace Ui
