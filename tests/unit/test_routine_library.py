"""The routine library: the built-in routines and the person's own folder, found by id or title."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from steadypause.core.routine import load_builtin_routines
from steadypause.core.routine_library import BUILT_IN_ORDER, RoutineLibrary, user_folder

OWN = """\
id = "walk"
title = "A short walk & a window"
summary = "Stand up, look far away."
duration = "2 minutes"

[[steps]]
id = "look"
kind = "breathe"
title = "Look far away"
body = "Find the furthest thing you can see."

[[steps]]
id = "end"
kind = "finish"
title = "Back you go"
body = "Thank you."
"""

SPANISH = {"Hand on heart": "Mano en el corazón", "Just breathe": "Solo respira"}


def spanish(context: str, text: str) -> str:
    return SPANISH.get(text, text)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "routines"
    path.mkdir()
    return path


def test_the_user_folder_is_in_the_persons_data_dir(isolated_dirs: dict[str, Path]) -> None:
    assert user_folder() == isolated_dirs["XDG_DATA_HOME"] / "steadypause" / "routines"


def test_every_built_in_routine_is_offered_in_order(folder: Path) -> None:
    library = RoutineLibrary(folder)
    ids = list(library.routines)
    assert set(ids) == set(load_builtin_routines())
    assert ids == [rid for rid in BUILT_IN_ORDER if rid in ids]
    assert all(library.source(rid) is None for rid in ids)
    assert library.problems == ()


def test_just_breathe_is_a_minute_of_breathing_at_the_pace_set(folder: Path) -> None:
    breathe = RoutineLibrary(folder).routines["breathe"]
    assert breathe.title == "Just breathe"
    assert breathe.duration == "about a minute"
    kinds = [step.kind for step in breathe.steps]
    assert kinds == ["breathe", "finish"]
    # Six breaths: a minute at the default pace (4 s in, 6 s out); the pace is the setting's.
    assert breathe.steps[0].cycles == 6


@pytest.mark.parametrize(
    ("name", "routine_id"),
    [
        ("heart", "heart"),
        ("Hand on heart", "heart"),
        ("hand ON  heart", "heart"),
        ("mano en el corazón", "heart"),  # the title in the language in use
        ("JUST BREATHE", "breathe"),
        ("Full", "full"),
        ("a steady pause", "full"),
        ("walk", "walk"),
        ("a short walk & a window", "walk"),
    ],
)
def test_a_routine_is_found_by_id_or_title(folder: Path, name: str, routine_id: str) -> None:
    (folder / "walk.toml").write_text(OWN, encoding="utf-8")
    library = RoutineLibrary(folder, look_up=spanish)
    found = library.find(name)
    assert found is not None
    assert found.id == routine_id


def test_an_unknown_name_is_not_found_and_the_choices_name_every_routine(folder: Path) -> None:
    library = RoutineLibrary(folder)
    assert library.find("tea") is None
    choices = library.choices()
    for routine in library.routines.values():
        assert f"{routine.id} ({routine.title})" in choices


def test_a_file_in_the_folder_is_offered_after_the_built_in_ones(folder: Path) -> None:
    library = RoutineLibrary(folder)
    assert "walk" not in library.routines
    (folder / "walk.toml").write_text(OWN, encoding="utf-8")
    (folder / "notes.txt").write_text("not a routine", encoding="utf-8")
    assert library.reload() is True
    assert list(library.routines)[-1] == "walk"
    assert library.routines["walk"].title == "A short walk & a window"
    assert library.source("walk") == folder / "walk.toml"
    assert library.reload() is False  # nothing changed


def test_a_person_s_routine_is_shown_as_written(folder: Path) -> None:
    (folder / "walk.toml").write_text(OWN.replace("A short walk", "Hand on heart"), "utf-8")
    library = RoutineLibrary(folder, look_up=spanish)
    assert library.routines["walk"].title == "Hand on heart & a window"


def test_a_broken_file_is_skipped_with_its_line_and_the_rest_load(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (folder / "walk.toml").write_text(OWN, encoding="utf-8")
    broken = OWN.replace('id = "walk"', 'id = "bad"').replace('kind = "breathe"', 'kind = "run"')
    (folder / "bad.toml").write_text(broken, encoding="utf-8")
    (folder / "syntax.toml").write_text('id = "x"\ntitle = \n', encoding="utf-8")
    caplog.set_level(logging.WARNING, "steadypause.core.routine_library")
    library = RoutineLibrary(folder)
    assert "walk" in library.routines
    assert "bad" not in library.routines
    assert len(library.problems) == 2
    bad, syntax = library.problems
    assert bad.startswith(f"{folder / 'bad.toml'}, line 8 (step 1): 'kind' must be one of")
    assert str(folder / "syntax.toml") in syntax
    assert "line 2" in syntax
    # Logged once, however often the folder is read again.
    library.reload()
    library.reload()
    logged = [r.getMessage() for r in caplog.records]
    assert len(logged) == 2
    assert all(m.startswith("a routine file was skipped: ") for m in logged)


def test_a_file_that_would_shadow_a_built_in_routine_is_skipped(folder: Path) -> None:
    (folder / "mine.toml").write_text(OWN.replace('id = "walk"', 'id = "heart"'), "utf-8")
    library = RoutineLibrary(folder)
    assert library.source("heart") is None
    assert library.routines["heart"].title == "Hand on heart"
    (problem,) = library.problems
    assert problem.startswith(f"{folder / 'mine.toml'}: the id 'heart' belongs to a built-in")


def test_two_files_with_one_id_keep_the_first(folder: Path) -> None:
    (folder / "a.toml").write_text(OWN, encoding="utf-8")
    (folder / "b.toml").write_text(OWN, encoding="utf-8")
    library = RoutineLibrary(folder)
    assert library.source("walk") == folder / "a.toml"
    (problem,) = library.problems
    assert problem.startswith(f"{folder / 'b.toml'}: the id 'walk' is already used by")


@pytest.mark.parametrize("bad_id", ["two words", "-dash", "ünï", "a/b", "x" * 41])
def test_an_id_must_be_one_plain_word(folder: Path, bad_id: str) -> None:
    (folder / "walk.toml").write_text(OWN.replace('"walk"', f'"{bad_id}"'), "utf-8")
    (problem,) = RoutineLibrary(folder).problems
    assert f"{folder / 'walk.toml'}, line 1: 'id' must be one word" in problem


def test_a_file_that_is_not_text_is_skipped(folder: Path) -> None:
    (folder / "walk.toml").write_bytes(b"\xff\xfe\x00")
    (problem,) = RoutineLibrary(folder).problems
    assert str(folder / "walk.toml") in problem
    assert "could not be read" in problem


def test_no_folder_means_the_built_in_routines_only(tmp_path: Path) -> None:
    library = RoutineLibrary(tmp_path / "missing")
    assert set(library.routines) == set(load_builtin_routines())
    assert library.problems == ()
