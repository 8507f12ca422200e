"""The app as ``python -m steadypause`` with a stand-in for the session manager: SIGUSR2
asks the app to commit its data the way a logout does.

On a real logout Qt's platform session manager (XSMP on X11, ``WM_QUERYENDSESSION`` on
Windows, the application delegate on macOS) calls ``QPlatformSessionManager::appCommitData``,
which emits ``QGuiApplication.commitDataRequest`` with the application's session manager.
The Linux wheels' xcb plugin is built without XSMP, and PySide6 cannot emit that signal from
Python (it crashes marshalling the ``QSessionManager&``), so this launcher calls the same
entry point in Qt through ctypes: everything from there on (the signal, the app's handler,
quitting) is the app's own. The call is made from a Python signal handler, which runs on
the main thread between two Python steps of the event loop, as Qt's own call would.
"""

from __future__ import annotations

import ctypes
import signal
import sys
from pathlib import Path
from types import FrameType

import PySide6

QT_GUI = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
# QPlatformSessionManager::appCommitData() (it reads nothing of its own object: it calls
# the application's commitData, which emits commitDataRequest)
APP_COMMIT_DATA = "_ZN23QPlatformSessionManager13appCommitDataEv"


def logout(_signum: int, _frame: FrameType | None) -> None:
    commit = getattr(ctypes.CDLL(str(QT_GUI)), APP_COMMIT_DATA)
    commit.argtypes = [ctypes.c_void_p]
    commit.restype = None
    print("logout-launcher: the session manager asks to commit data", flush=True)
    commit(None)


if __name__ == "__main__":
    signal.signal(signal.SIGUSR2, logout)
    from steadypause.cli.entry import main

    sys.exit(main())
