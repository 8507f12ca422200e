"""Every sentence the app shows is marked for translation.

Reads the source of every module under src/steadypause and fails on a literal that looks
like words meant for a person (a phrase with a space, or one capitalised word such as
"Skip") unless it is

- the text of ``translate(...)`` / ``QT_TRANSLATE_NOOP(...)`` / ``tr(...)``
  (core/i18n.py, steadypause/translations.py): what lupdate extracts;
- a docstring, or an argument of a call that never reaches a person (logging, SQL, regular
  expressions, object names, subprocess arguments: NOT_SHOWN_CALLS);
- on a line that says why it is not shown: ``# i18n-exempt: <reason>``.

It also fails on a marked text lupdate cannot extract (an f-string, a variable) and on a
context that is not a literal.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "steadypause"

MARKERS = {"translate", "QT_TRANSLATE_NOOP", "tr"}

NOT_SHOWN_CALLS = {
    # logging (log files and the terminal for developers, not the person)
    "debug",
    "info",
    "warning",
    "error",
    "critical",
    "exception",
    "log",
    # SQL, regular expressions, Qt object names and properties, processes
    "execute",
    "executescript",
    "executemany",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "finditer",
    "setObjectName",
    "setProperty",
    "setStyleSheet",
    "run",
    "Popen",
    "check_output",
    "check_call",
    "strftime",
    "strptime",
}

EXEMPT = "# i18n-exempt:"

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_CAPITALISED = re.compile(r"[A-Z][a-z]+[.!?…:]?")


def looks_like_words(text: str) -> bool:
    stripped = text.strip()
    if not _WORD.search(stripped):
        return False
    return " " in stripped or bool(_CAPITALISED.fullmatch(stripped))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    return parents


def problems_in(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    docs = _docstrings(tree)
    parents = _parents(tree)
    name = path.relative_to(SRC).as_posix()
    found: list[str] = []

    def exempt(node: ast.AST) -> bool:
        # the literal's own lines, and those of the statement it is part of
        while node is not None and not isinstance(node, ast.stmt):
            node = parents.get(id(node))
        start = getattr(node, "lineno", 1)
        end = getattr(node, "end_lineno", start)
        return any(EXEMPT in lines[n - 1] for n in range(start, end + 1))

    def allowed(node: ast.AST) -> bool:
        child = node
        parent = parents.get(id(child))
        while parent is not None:
            if isinstance(parent, ast.Call):
                called = _call_name(parent)
                if called in MARKERS or called in NOT_SHOWN_CALLS:
                    return True
            if isinstance(parent, ast.stmt):
                break
            child, parent = parent, parents.get(id(parent))
        return False

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in MARKERS:
            if not exempt(node):  # e.g. the lookup function itself, passing texts through
                found.extend(_check_marker_call(node, name))
            continue
        if isinstance(node, ast.JoinedStr):
            words = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            parent = parents.get(id(node))
            if (
                looks_like_words(words)
                and not allowed(node)
                and not exempt(node)
                and not (isinstance(parent, ast.Call) and _call_name(parent) in MARKERS)
            ):
                found.append(
                    f"{name}:{node.lineno}: f-string {words.strip()[:60]!r} "
                    "is not marked for translation"
                )
            continue
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docs or isinstance(parents.get(id(node)), ast.JoinedStr):
            continue
        if looks_like_words(node.value) and not allowed(node) and not exempt(node):
            found.append(
                f"{name}:{node.lineno}: {node.value.strip()[:60]!r} is not marked for translation"
            )
    return found


def _check_marker_call(call: ast.Call, name: str) -> list[str]:
    """translate("Context", "text", ...) in a form lupdate extracts.

    The context is a literal; the text is a literal, or a name holding texts marked with
    QT_TRANSLATE_NOOP where they are declared, never a text built on the spot (an f-string,
    a concatenation, a .format() call); no keyword arguments and, for a plural (%n), the
    count as a plain name or number: lupdate silently drops a call with ``n=n``,
    ``len(x)`` or ``int(x)`` as its count.
    """
    called = _call_name(call)
    where = f"{name}:{call.lineno}: {called}()"
    if called == "tr":
        text_at = 0
    else:
        if not call.args or not _literal(call.args[0]):
            return [
                f"{where}: the context must be a string literal, or lupdate cannot extract the text"
            ]
        text_at = 1
    if len(call.args) <= text_at:
        return [f"{where}: no text"]
    text = call.args[text_at]
    if called == "QT_TRANSLATE_NOOP" and not _literal(text):
        return [f"{where}: the marked text must be a string literal"]
    if not (_literal(text) or isinstance(text, (ast.Name, ast.Attribute, ast.Subscript))):
        return [
            f"{where}: the text must be a string literal (format it after translating: "
            "translate(...).format(...)) or a name holding marked texts"
        ]
    if call.keywords:
        return [f"{where}: keyword arguments hide the call from lupdate; pass them by position"]
    if _literal(text) and ("%n" in text.value or re.search(r"(?<!http)\(s\)", text.value)):
        count = call.args[text_at + 2] if len(call.args) > text_at + 2 else None
        if not (
            isinstance(count, ast.Name)
            or (isinstance(count, ast.Constant) and isinstance(count.value, int))
        ):
            return [
                f"{where}: a %n text needs its count as a plain name or number in the "
                "fourth place (translate(ctx, text, None, n)); put len()/int() in a name "
                "first"
            ]
    return []


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(SRC).as_posix())
def test_every_text_a_person_sees_is_marked_for_translation(path: Path) -> None:
    problems = problems_in(path)
    assert not problems, "\n".join(problems)


def test_the_check_catches_unmarked_and_unextractable_texts(tmp_path: Path) -> None:
    sample = SRC / "_sample_for_test.py"
    sample.write_text(
        "from steadypause.core.i18n import translate\n"
        'a = QLabel("Take a breath")\n'
        'b = translate("Pause", "Marked text")\n'
        'c = translate("Pause", f"Made of {a}")\n'
        'd = "Skip"\n'
        'e = "kind_phrases"\n'
        'log.info("written to the log")\n'
        'f = "Shown but exempt"  # i18n-exempt: a test\n'
        'g = f"Next pause {b}"\n'
        'h = translate("Pause", LABELS[0])\n'
        'i = translate("Pause", "%n minute(s)", None, len(a))\n'
        'j = translate("Pause", "%n minute(s)", None, count)\n'
        'k = translate("Pause", "Marked", n=3)\n'
        'm = translate("Pause", "A " + "sum")\n',
        encoding="utf-8",
    )
    try:
        problems = problems_in(sample)
    finally:
        sample.unlink()
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [2, 4, 5, 9, 11, 13, 14], problems


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(SRC).as_posix())
def test_translator_comments_sit_just_above_a_marked_text(path: Path) -> None:
    """lupdate reads a ``#:`` comment as a note to translators and attaches it to the next
    text it extracts, however far below; so ``#:`` is kept for that, right above one."""
    lines = path.read_text(encoding="utf-8").split("\n")
    marker = re.compile(r"\b(translate|QT_TRANSLATE_NOOP|tr)\(")
    stray = []
    for number, line in enumerate(lines, 1):
        if not re.match(r"\s*#:", line):
            continue
        following = number
        while following < len(lines) and re.match(r"\s*#", lines[following]):
            following += 1
        if following >= len(lines) or not marker.search(lines[following]):
            stray.append(f"{number}: {line.strip()[:60]}")
    assert stray == [], "a #: comment not above a marked text (use # instead):\n" + "\n".join(stray)
