"""Regression: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void C++ call.

A 60 fps repaint loop then exhausts None's refcount within seconds and the process aborts
(``Fatal Python error: none_dealloc``). pyproject.toml pins PySide6 below 6.12 on Python
< 3.12 (where None is not immortal). This test fails if a broken build slips in.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_do_not_leak_references_to_none(qapp: object) -> None:
    widget = QWidget()
    widget.update()  # warm up any one-off caches
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
    after = sys.getrefcount(None)
    # A healthy build keeps the count (give or take a few unrelated references).
    assert after >= before - 10, f"refcount of None fell by {before - after} over 1000 calls"
