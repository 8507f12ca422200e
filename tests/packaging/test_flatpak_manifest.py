"""The Flatpak manifest: valid YAML, the right ids, files that exist, no network.

It cannot be built here (no flatpak-builder, no runtime); this is what can be checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from steadypause import APP_ID, APP_NAME, __version__

FLATPAK = Path(__file__).resolve().parents[2] / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"


@pytest.fixture(scope="module")
def manifest() -> dict:
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_ids_and_runtime(manifest: dict) -> None:
    assert manifest["app-id"] == APP_ID
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert manifest["sdk"] == "org.freedesktop.Sdk"
    assert isinstance(manifest["runtime-version"], str)  # "24.08", not the float 24.08
    assert manifest["command"] == APP_NAME


def test_the_sandbox_has_no_network(manifest: dict) -> None:
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert "--talk-name=org.freedesktop.Notifications" in args


def test_modules_install_the_wheels_and_the_desktop_files(manifest: dict) -> None:
    modules = {m["name"]: m for m in manifest["modules"]}
    assert list(modules) == ["python-wheels", "steadypause"]
    for module in modules.values():
        assert module["buildsystem"] == "simple"
        assert all(isinstance(c, str) for c in module["build-commands"])
        for source in module["sources"]:
            assert source["type"] in ("file", "dir")
            assert "url" not in source
    wheels = [s["path"] for s in modules["python-wheels"]["sources"]]
    assert any(Path(w).name.startswith("PySide6_Essentials-") for w in wheels)
    app_sources = [s["path"] for s in modules["steadypause"]["sources"]]
    assert f"wheels/{APP_NAME}-{__version__}-py3-none-any.whl" in app_sources
    commands = " ".join(modules["steadypause"]["build-commands"])
    for target in (
        f"/app/share/applications/{APP_ID}.desktop",
        f"/app/share/metainfo/{APP_ID}.metainfo.xml",
        "/app/share/icons/",
    ):
        assert target in commands


def test_every_source_outside_wheels_exists(manifest: dict) -> None:
    for module in manifest["modules"]:
        for source in module["sources"]:
            if source["path"].startswith("wheels/"):
                continue  # downloaded before a build, see the manifest's header
            assert (FLATPAK / source["path"]).exists(), source["path"]
