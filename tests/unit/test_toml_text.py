"""One TOML reader for routines, tips and crisis lines (core/toml_text.py)."""

from __future__ import annotations

import pytest

from steadypause.core.crisis_lines import CrisisLineError
from steadypause.core.crisis_lines import load_text as load_crisis_lines
from steadypause.core.routine import RoutineError, load_routine_text
from steadypause.core.tips import TipError, load_tips_text
from steadypause.core.toml_text import header_lines, parse_toml

LOADERS = [
    (load_routine_text, RoutineError),
    (load_tips_text, TipError),
    (load_crisis_lines, CrisisLineError),
]


@pytest.mark.parametrize(("load", "error"), LOADERS)
def test_every_loader_names_the_file_for_bad_syntax_and_deep_nesting(load, error) -> None:
    with pytest.raises(error, match=r"^mine\.toml: not valid TOML: .*line 2"):
        load('a = 1\nb = "unclosed\n', "mine.toml")
    with pytest.raises(error, match=r"^mine\.toml: not valid TOML: nested too deeply$"):
        load("a = " + "[" * 50_000, "mine.toml")


def test_parse_toml_gives_the_tables() -> None:
    assert parse_toml("[a]\nb = [1, 2]\n", "x.toml", ValueError) == {"a": {"b": [1, 2]}}


def test_header_lines_finds_each_table_of_an_array_and_nothing_else() -> None:
    text = '[[tips]]\ntext = "[[tips]]"\n\n  [[ tips ]]\n[[tipsy]]\n# [[tips]]\n[tips.x]\n'
    assert header_lines(text, "tips") == [1, 4]
    assert header_lines(text, "regions.lines") == []
    assert header_lines("[[regions.lines]]\n", "regions.lines") == [1]
