"""``steadypause routines`` and ``steadypause pause ROUTINE`` on the command line."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from steadypause.cli import entry, exits
from steadypause.core.routine import load_builtin_routines
from support.own_routines import WALK


@pytest.fixture
def folder(isolated_dirs: dict[str, Path]) -> Path:
    path = isolated_dirs["XDG_DATA_HOME"] / "steadypause" / "routines"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def app_runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 7

    fake = types.ModuleType("steadypause.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "steadypause.app", fake)
    return calls


def test_routines_lists_every_routine_with_its_length_and_where_it_came_from(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    assert entry.main(["routines"]) == exits.EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    builtin = load_builtin_routines()
    for routine in builtin.values():
        (line,) = [x for x in lines if x.split()[:1] == [routine.id]]
        assert routine.title in line
        assert routine.duration in line
        assert line.endswith("built in")
    (walk,) = [x for x in lines if x.startswith("walk ")]
    assert "A short walk" in walk
    assert "2 minutes" in walk
    assert walk.endswith(str(folder / "walk.toml"))
    assert f"Your own routines go in {folder}" in out


def test_routines_reports_a_broken_file_with_its_line_and_exits_1(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    (folder / "broken.toml").write_text(WALK.replace('"walk"', '"other"') + "oops\n", "utf-8")
    assert entry.main(["routines"]) == exits.EXIT_FAILED
    out, err = capsys.readouterr()
    assert "walk " in out  # the others still load
    assert "other" not in out
    assert err.startswith(f"steadypause: skipped {folder / 'broken.toml'}: not valid TOML")
    assert "line 11" in err


def test_routines_json(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    assert entry.main(["routines", "--json"]) == exits.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in data["routines"]}
    assert by_id["walk"] == {
        "id": "walk",
        "title": "A short walk",
        "duration": "2 minutes",
        "file": str(folder / "walk.toml"),
    }
    assert by_id["heart"]["file"] is None
    assert data["problems"] == []


def test_routines_speaks_the_persons_language(
    capsys: pytest.CaptureFixture[str], isolated_dirs: dict[str, Path]
) -> None:
    config = isolated_dirs["XDG_CONFIG_HOME"] / "steadypause"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('schema_version = 1\nlanguage = "es"\n', "utf-8")
    assert entry.main(["routines"]) == exits.EXIT_OK
    out = capsys.readouterr().out
    assert "Mano en el corazón" in out
    assert "incluida" in out  # "built in"


@pytest.mark.parametrize(
    ("words", "routine_id"),
    [(["heart"], "heart"), (["hand", "ON", "Heart"], "heart"), (["Just breathe"], "breathe"),
     (["walk"], "walk")],
)  # fmt: skip
def test_pause_names_a_routine_by_id_or_title(
    folder: Path,
    runtime: Path,
    app_runs: list[dict[str, Any]],
    words: list[str],
    routine_id: str,
) -> None:
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    # Not running: the app starts with the routine's id (the socket's side is tested with
    # the real session in tests/widget/test_practices.py).
    assert entry.main(["pause", *words]) == 7
    assert app_runs == [{"initial_command": "pause", "autostart": False, "routine": routine_id}]


def test_pause_with_an_unknown_routine_exits_2_and_lists_the_choices(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    runtime: Path,
    app_runs: list[dict[str, Any]],
) -> None:
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    assert entry.main(["pause", "tea", "break"]) == exits.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("steadypause: there is no routine called 'tea break'. Choose one of: ")
    for routine in load_builtin_routines().values():
        assert f"{routine.id} ({routine.title})" in err
    assert "walk (A short walk)" in err
    assert app_runs == []


def test_the_example_in_the_docs_loads(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "routines.md"
    example = docs.read_text(encoding="utf-8").split("```toml\n")[1].split("```")[0]
    (folder / "doorway.toml").write_text(example, encoding="utf-8")
    assert entry.main(["routines"]) == exits.EXIT_OK
    assert "doorway     Doorway pause" in capsys.readouterr().out
