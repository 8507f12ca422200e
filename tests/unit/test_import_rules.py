"""The layers import only downwards (docs/architecture.md, "What may import what").

Read from the source with ``ast``, so an import inside a function counts as much as one at
the top of a module (the app imports windows lazily, and such an import is as much a
dependency).
"""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import pytest

PACKAGE = Path(str(resources.files("steadypause")))

# What each layer must not import. "qt" is PySide6 and shiboken6.
FORBIDDEN: dict[str, set[str]] = {
    "core": {
        "qt",
        "ui",
        "platform",
        "session",
        "cli",
        "app",
        "ipc",
        "reminders",
        "translations",
        "probe",
    },
    "platform": {"ui", "session", "cli", "app"},
    "ui": {"platform", "session", "cli", "app"},
    "cli": {"ui", "session"},  # it may start the app (steadypause pause, nothing running)
    "reminders": {"session", "cli", "app"},
}

# Known exceptions, each with the reason it stands (and what would end it).
ALLOWED: dict[tuple[str, str], str] = {}


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] in ("PySide6", "shiboken6"):
        return "qt"
    if parts[0] != "steadypause" or len(parts) == 1:
        return None  # the standard library, other packages, the root's constants
    return parts[1]


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # from steadypause.platform import linux: the submodule is what is imported
            folder = PACKAGE.parent.joinpath(*node.module.split("."))
            for alias in node.names:
                sub = (folder / alias.name).is_dir() or (folder / f"{alias.name}.py").is_file()
                found.append(f"{node.module}.{alias.name}" if sub else node.module)
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(PACKAGE.rglob("*.py"))


def violations() -> list[str]:
    found = []
    for path in MODULES:
        me = module_name(path)
        forbidden = FORBIDDEN.get(layer(me) or "", set())
        for target in imports(path):
            if layer(target) in forbidden and (me, target) not in ALLOWED:
                found.append(f"{me} imports {target}")
    return found


def test_the_layers_import_only_downwards() -> None:
    assert violations() == []


def test_every_exception_is_still_needed() -> None:
    """An exception that no longer happens is taken off the list."""
    used = {(module_name(path), target) for path in MODULES for target in imports(path)}
    assert [pair for pair in ALLOWED if pair not in used] == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from PySide6.QtCore import QObject\n", ["PySide6.QtCore"]),
        ("def f():\n    from steadypause.ui import tray\n", ["steadypause.ui.tray"]),
        ("from steadypause import APP_ID, ui\n", ["steadypause", "steadypause.ui"]),
        ("from . import x\n", []),
    ],
)
def test_imports_are_read_wherever_they_are(
    tmp_path: Path, source: str, expected: list[str]
) -> None:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert imports(path) == expected
