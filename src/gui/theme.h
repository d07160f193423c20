#pragma once

// Light and dark themes: Qt's Fusion style with a palette of each, and the
// blotter's state colours switched to match. The choice lives in QSettings.

class QApplication;

namespace ordo {

enum class Theme { Light, Dark };

// Applies theme to the whole application; widgets repaint with it.
void applyTheme(Theme theme);
Theme savedTheme();
void saveTheme(Theme theme);

}  // namespace ordo
