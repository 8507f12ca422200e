"""Finding the data folder: inside the package when installed, else the checkout's."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from steadypause.core import resource_files
from steadypause.core.resource_files import resource, resource_folder

REPO = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_folder() -> None:
    # The tests run from an editable install: the package is src/steadypause.
    assert Path(str(resource_folder())) == REPO / "resources"
    assert resource("routines", "full.toml").is_file()
    assert resource("tips.toml").read_text(encoding="utf-8")


def _package(root: Path, *, with_resources: bool) -> Path:
    package = root / "steadypause"
    package.mkdir(parents=True)
    if with_resources:
        (package / "resources" / "routines").mkdir(parents=True)
    return package


def test_an_installed_package_reads_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(tmp_path / "src", with_resources=True)  # even under a folder named src
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(resource_files, "package_folder", lambda: package)
    assert resource("routines") == package / "resources" / "routines"


def test_the_package_folder_is_what_importlib_resources_finds() -> None:
    assert resource_files.package_folder() == importlib.resources.files("steadypause")


def test_a_package_not_made_of_plain_files_is_asked_through_importlib_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _package(tmp_path / "site-packages", with_resources=True)
    monkeypatch.setattr(resource_files, "package_folder", lambda: None)  # an archive, say
    monkeypatch.setattr(importlib.resources, "files", lambda name: package)
    assert resource("routines") == package / "resources" / "routines"


def test_a_package_outside_a_checkout_without_resources_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    package = _package(tmp_path / "site-packages", with_resources=False)
    (tmp_path / "resources").mkdir()  # not a checkout: the package's parent is not src/
    monkeypatch.setattr(resource_files, "package_folder", lambda: package)
    assert resource_folder() == package / "resources"
    assert "no resources folder" in caplog.text
