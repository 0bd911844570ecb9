#pragma once

namespace Ui {

class MainActions;

/// Gives every main action a sentence saying what it does: its tool tip, which the tool bar
/// shows on hover and assistive technology reads as the button's description.
void describeActions(const MainActions &actions);

} // namespace Ui
