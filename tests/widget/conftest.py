from __future__ import annotations

import pytest

from steadypause.core.routine import Routine, load_builtin_routines


@pytest.fixture(scope="session")
def routines() -> dict[str, Routine]:
    return load_builtin_routines()
