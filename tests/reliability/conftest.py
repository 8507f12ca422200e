"""Shared by the reliability tests: the shipped routines, and the real app as a process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from apphome import AppHome

from steadypause.core.routine import Routine, load_builtin_routines


@pytest.fixture(scope="session")
def routines() -> dict[str, Routine]:
    return load_builtin_routines()


@pytest.fixture
def home() -> Iterator[AppHome]:
    h = AppHome()
    yield h
    h.close()
