"""The yardstick for start-up: an empty PySide6 window, shown and closed once it has painted."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitAfterPaint(QObject):
    """Quits at the window's first paint, as ``workload-desk --quit-when-ready`` does."""

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
watcher = QuitAfterPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
