"""Routine files: the shipped ones load; a broken one names its file and line."""

from __future__ import annotations

import pytest

from steadypause.core.routine import RoutineError, load_builtin_routines, load_routine_text

GOOD = """\
id = "t"
title = "T"
summary = "S"

[[steps]]
id = "a"
kind = "breathe"
title = "Breathe"
body = "In and out."

[[steps]]
id = "z"
kind = "finish"
title = "Done"
body = "Bye."
"""


def test_shipped_routines_load_with_the_expected_steps() -> None:
    routines = load_builtin_routines()
    full = routines["full"]
    assert [s.kind for s in full.steps] == ["breathe", "choose", "choose", "choose", "finish"]
    assert [s.id for s in full.steps] == ["notice", "name", "kind", "boundary", "return"]
    assert full.steps[0].anchor  # one physical anchor
    for step in full.steps[1:4]:
        assert 2 <= len(step.options) <= 8
        assert step.own_label
    transition = routines["transition"]
    assert transition.steps[0].kind == "breathe"
    assert transition.steps[-1].kind == "finish"


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    full = load_builtin_routines()["full"]
    assert "\n" not in full.steps[0].body
    assert "  " not in full.steps[0].body


def test_a_valid_minimal_file_loads() -> None:
    routine = load_routine_text(GOOD, "t.toml")
    assert routine.id == "t"
    assert [s.kind for s in routine.steps] == ["breathe", "finish"]


def test_toml_syntax_error_names_file_and_line() -> None:
    broken = GOOD.replace('title = "Done"', 'title = "Done')
    with pytest.raises(RoutineError, match=r"t\.toml: not valid TOML: .*line 14"):
        load_routine_text(broken, "t.toml")


def test_deep_nesting_is_a_routine_error_not_a_recursion_error() -> None:
    deep = GOOD + "extra = " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(RoutineError, match="nested too deeply"):
        load_routine_text(deep, "t.toml")


def test_missing_field_names_file_line_and_step() -> None:
    broken = GOOD.replace('body = "Bye."\n', "")
    with pytest.raises(RoutineError, match=r"t\.toml, line 11 \(step 2\): a 'finish' step "
                                           r"needs 'body'"):
        load_routine_text(broken, "t.toml")


def test_unknown_kind_is_refused() -> None:
    broken = GOOD.replace('kind = "breathe"', 'kind = "dance"')
    with pytest.raises(RoutineError, match=r"line 5 \(step 1\): 'kind' must be one of"):
        load_routine_text(broken, "t.toml")


def test_unknown_top_level_key_names_its_line() -> None:
    with pytest.raises(RoutineError, match=r"t\.toml, line 1: unknown key 'colour'"):
        load_routine_text('colour = "red"\n' + GOOD, "t.toml")


def test_empty_text_and_bad_options_are_refused() -> None:
    with pytest.raises(RoutineError, match="'title' must be non-empty text"):
        load_routine_text(GOOD.replace('title = "Breathe"', 'title = "  "'), "t.toml")
    choose = GOOD.replace('kind = "breathe"', 'kind = "choose"\noptions = []')
    with pytest.raises(RoutineError, match="'options' must be a list of 1 to 8 texts"):
        load_routine_text(choose, "t.toml")


def test_last_step_must_be_finish_and_ids_unique() -> None:
    no_finish = GOOD.replace('kind = "finish"', 'kind = "breathe"')
    with pytest.raises(RoutineError, match="last step must be a 'finish' step"):
        load_routine_text(no_finish, "t.toml")
    dup = GOOD.replace('id = "z"', 'id = "a"')
    with pytest.raises(RoutineError, match="step id 'a' is used twice"):
        load_routine_text(dup, "t.toml")
