"""What the app says: no shaming words anywhere a person reads, and the practice in our own
words (no run of eight words copied from the source text in shared/seed)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from steadypause.core.routine import load_builtin_routines
from steadypause.core.tips import load_builtin_tips

SRC = Path(__file__).resolve().parents[2] / "src" / "steadypause"
SEED_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"
UI_MODULES = sorted((SRC / "ui").glob("*.py"))

SHAMING = re.compile(
    r"\b(fail(ed|ure|ures|s|ing)?|streaks?|should have|should've|lazy|must|guilt(y)?|"
    r"behind|ought to|you missed|no excuses?|disappoint\w*|weak(ness)?|give up)\b",
    re.IGNORECASE,
)
RUN = 8  # words in a row that may not be shared with the source


def routine_texts() -> Iterator[tuple[str, str]]:
    for routine in load_builtin_routines().values():
        for key in ("title", "summary", "duration"):
            yield f"{routine.id}.{key}", getattr(routine, key)
        for step in routine.steps:
            for key, value in vars(step).items():
                if isinstance(value, str) and key not in ("id", "kind", "personal"):
                    yield f"{routine.id}/{step.id}.{key}", value
                elif isinstance(value, tuple) and key != "loop":
                    for n, item in enumerate(value):
                        yield f"{routine.id}/{step.id}.{key}[{n}]", item


def tip_texts() -> Iterator[tuple[str, str]]:
    for tip in load_builtin_tips():
        yield f"tip {tip.practice}", tip.text


def _is_docstring(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Expr) and isinstance(
        parents.get(parent), ast.Module | ast.ClassDef | ast.FunctionDef
    )


def _in_developer_message(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside a raise, a log call or setObjectName: read by developers, not by people."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Raise):
            return True
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and (
                node.func.attr
                in (
                    "debug",
                    "info",
                    "warning",
                    "error",
                    "critical",
                    "exception",
                    "setObjectName",
                    "getattr",
                )
            )
        ):
            return True
    return False


def ui_texts() -> Iterator[tuple[str, str]]:
    """Every string constant in the ui modules that a person could read."""
    for path in UI_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and not _is_docstring(node, parents)
                and not _in_developer_message(node, parents)
            ):
                yield f"{path.name}:{node.lineno}", _plain(node.value)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    return " ".join(" ".join(parser.parts).split())


def everything() -> list[tuple[str, str]]:
    return [*routine_texts(), *tip_texts(), *ui_texts()]


def test_the_collection_finds_the_texts() -> None:
    where = dict(everything())
    assert len(where) > 150
    assert any("What to do, in this order" in t for t in where.values())  # support.py
    assert any(k.startswith("full/notice.checklist") for k in where)
    assert any(k.startswith("tip ") for k in where)


def test_no_shaming_words_anywhere_a_person_reads() -> None:
    found = [
        (where, m.group(0), text) for where, text in everything() if (m := SHAMING.search(text))
    ]
    assert found == []


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_sentence_is_copied_from_the_source() -> None:
    seeds = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not seeds:
        pytest.skip(
            f"the source text is not here ({SEED_DIR.resolve()}), so there is "
            "nothing to compare with"
        )
    source: set[tuple[str, ...]] = set()
    for seed in seeds:
        source |= _runs(_words(seed.read_text(encoding="utf-8")))
    copied = [
        (where, " ".join(run))
        for where, text in everything()
        for run in _runs(_words(text))
        if run in source
    ]
    assert copied == []


def test_the_copy_check_catches_a_copied_sentence() -> None:
    source = _runs(_words("Pause when you notice a body cue, such as tight shoulders."))
    assert _runs(_words("Please pause when you notice a body cue, such as a sigh")) & source
    assert not _runs(_words("When you notice a cue in the body, such as tight shoulders")) & source
