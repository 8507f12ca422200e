"""No test reaches into another object's private attributes (issue 17).

A test that reads ``window._stack`` breaks when the window is rebuilt inside, and says that
the class lacks a seam the test needed. The seam belongs in the class: a small public,
documented property or method (``PauseWindow.current_scroll()``, ``BreathingWidget.circle``)
that the app could use as well.

Read from the source with ``ast``: an attribute whose name starts with one underscore, read
or written on anything but ``self`` or ``cls``; the same name in ``getattr``/``setattr``/
``hasattr``/``delattr``; and ``from module import _name``. Dunders (``__class__``) are not
private, and the names below are public API that happens to start with an underscore.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]

# Public names that start with an underscore, each with where it comes from.
PUBLIC_UNDERSCORE: dict[str, str] = {
    "_replace": "collections.namedtuple / typing.NamedTuple",
    "_asdict": "collections.namedtuple / typing.NamedTuple",
    "_fields": "collections.namedtuple / typing.NamedTuple",
    "_make": "collections.namedtuple / typing.NamedTuple",
}

OWN = {"self", "cls"}
BY_NAME = {"getattr", "setattr", "hasattr", "delattr"}


def is_private(name: str) -> bool:
    return (
        name.startswith("_")
        and not name.startswith("__")
        and name != "_"
        and name not in PUBLIC_UNDERSCORE
    )


def private_reads(source: str) -> list[tuple[int, str]]:
    """Where ``source`` touches a private name of something other than itself: (line, text)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            base = node.value
            if not (isinstance(base, ast.Name) and base.id in OWN):
                found.append((node.lineno, ast.unparse(node)))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in BY_NAME
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
            and not (isinstance(node.args[0], ast.Name) and node.args[0].id in OWN)
        ):
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom):
            found.extend(
                (node.lineno, f"from {node.module} import {alias.name}")
                for alias in node.names
                if is_private(alias.name)
            )
    return sorted(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("widget._circle.dirty", ["widget._circle"]),
        ("window._pages[0]", ["window._pages"]),
        ("widget._scale = 0.5", ["widget._scale"]),
        ("controller.prompt._timeout.timeout.emit()", ["controller.prompt._timeout"]),
        ("getattr(window, '_stack')", ["getattr(window, '_stack')"]),
        (
            "from steadypause.translations import _lookup",
            ["from steadypause.translations import _lookup"],
        ),
        ("self._x = 1\ncls._y\nobj.__class__\nrow._replace(a=1)._asdict()\n_ = 2", []),
        ("getattr(self, '_x')\ngetattr(obj, 'name')\nobj.public", []),
    ],
)
def test_the_scan_finds_private_reads(source: str, expected: list[str]) -> None:
    assert [text for _, text in private_reads(source)] == expected


def test_no_test_reads_a_private_attribute() -> None:
    files = sorted(TESTS.rglob("*.py"))
    assert len(files) > 50  # the scan sees the test tree
    found = [
        f"{path.relative_to(TESTS)}:{line}: {text}"
        for path in files
        for line, text in private_reads(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "give the class a public, documented seam instead:\n" + "\n".join(found)
