"""The core must stay free of Qt: it is imported here in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def test_core_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import steadypause.core.clock, steadypause.core.cues, steadypause.core.scheduler\n"
        "import steadypause.core.settings, steadypause.core.routine\n"
        "import steadypause.core.history, steadypause.core.summary\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"
