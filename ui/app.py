"""Start the desktop app."""

from __future__ import annotations

import argparse
import sys


def run_gui(args: argparse.Namespace) -> int:
    from ui.qt import QApplication, QLabel, QMainWindow, Qt

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Một cửa — tiếp nhận hồ sơ")
    label = QLabel("Bộ phận Một cửa — tiếp nhận hồ sơ")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1280, 720)
    window.show()
    return app.exec()
