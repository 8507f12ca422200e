"""The top-level resources/ folder goes into the wheel as steadypause/resources/.

pyproject.toml's force-include maps it file by file where sources must stay out (the .ts
files and the translators' guide); these tests keep that list complete, so a new routine
folder or a new language's catalogue cannot be left out of the wheel unnoticed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
#: Files for translators and developers, not for the app at run time.
SOURCE_ONLY = ("*.ts", "README.md")


def force_include() -> dict[str, str]:
    with (REPO / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    mapping: dict[str, str] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    return mapping


def wheel_path(source: PurePosixPath, mapping: dict[str, str]) -> PurePosixPath | None:
    """Where force-include puts ``source`` (relative to the repo) in the wheel."""
    for origin, target in mapping.items():
        origin_path = PurePosixPath(origin)
        if source == origin_path:
            return PurePosixPath(target)
        if origin_path in source.parents:
            return PurePosixPath(target) / source.relative_to(origin_path)
    return None


def runtime_files() -> list[PurePosixPath]:
    found = [
        PurePosixPath(path.relative_to(REPO).as_posix())
        for path in sorted(RESOURCES.rglob("*"))
        if path.is_file()
    ]
    return [path for path in found if not any(path.match(pattern) for pattern in SOURCE_ONLY)]


def test_the_resources_folder_has_the_runtime_files() -> None:
    names = {path.name for path in runtime_files()}
    assert {"tips.toml", "steadypause.svg", "full.toml", "steadypause_es.qm"} <= names


def test_every_runtime_file_goes_to_the_same_place_under_the_package() -> None:
    mapping = force_include()
    placed = {str(path): wheel_path(path, mapping) for path in runtime_files()}
    expected = {str(path): PurePosixPath("steadypause") / path for path in runtime_files()}
    assert placed == expected


def test_no_translation_source_goes_into_the_wheel() -> None:
    mapping = force_include()
    sources = [
        PurePosixPath(path.relative_to(REPO).as_posix())
        for pattern in SOURCE_ONLY
        for path in RESOURCES.rglob(pattern)
    ]
    assert sources
    assert {str(path): wheel_path(path, mapping) for path in sources} == {
        str(path): None for path in sources
    }
