"""Bad files: whatever bytes sit in settings.toml or a routine file, the loaders cope.

Property-based (Hypothesis): random bytes, truncated UTF-8, mutated real files, TOML with
wrong types and deep nesting. The settings loader never raises, always returns settings
inside their bounds, and never loses the original bytes: a file it can read stays as it
was, one it cannot is kept aside byte for byte. The routine loader raises nothing but
RoutineError. (The count of examples tried is printed at the end of the test run.)
"""

from __future__ import annotations

import dataclasses
import json
import string
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steadypause.core import settings as sm
from steadypause.core.resource_files import resource
from steadypause.core.routine import Routine, RoutineError, load_routine, load_routine_text
from steadypause.core.settings import FIELDS, Settings, SettingsStore

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NOW = datetime(2026, 12, 31, 23, 59, 59)
ROUTINES = Path(str(resource("routines")))

# --- a small TOML writer for generated documents (not tomllib's job) -------------------

bare_keys = st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=12)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # mostly a valid TOML basic string
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


scalars = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.integers(min_value=-5, max_value=300),
    st.floats(),
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 0.5, 4.0, 10.5]),
    st.booleans(),
    st.text(max_size=40),
    st.sampled_from(["full", "transition", "system", "light", "dark", ""]),
    st.datetimes(timezones=st.just(None)),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(bare_keys, inner, max_size=4),
    max_leaves=12,
)
setting_keys = st.sampled_from([f.name for f in FIELDS] + ["schema_version"]) | bare_keys


@st.composite
def toml_documents(draw: st.DrawFn) -> bytes:
    """Mostly valid TOML: the app's keys (and others) with values of any type."""
    entries = draw(st.dictionaries(setting_keys, values, max_size=10))
    lines = [f"{key} = {toml_value(value)}" for key, value in entries.items()]
    if draw(st.booleans()):
        lines.append(f"[{draw(bare_keys)}]")
        lines.append(f"{draw(setting_keys)} = {toml_value(draw(values))}")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def deep_nesting(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(min_value=1, max_value=20_000))
    key = draw(setting_keys)
    if draw(st.booleans()):
        return f"{key} = {'[' * depth}1{']' * depth}\n".encode()
    return f"{key} = {'{a = ' * depth}1{'}' * depth}\n".encode()


@st.composite
def truncated_files(draw: st.DrawFn) -> bytes:
    """A real settings file (with non-ASCII text in it) cut at any byte."""
    field = draw(st.sampled_from(FIELDS))
    text = sm.render(Settings()) + f"# {draw(st.text(min_size=1, max_size=20))}\n"
    text = text.replace(f"{field.name} =", f"{field.name} = ", 1)
    raw = text.encode("utf-8", "surrogatepass")
    return raw[: draw(st.integers(min_value=0, max_value=len(raw)))]


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    raw = bytearray(sm.render(Settings()).encode())
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        cut = draw(st.integers(min_value=0, max_value=20))
        raw[at : at + cut] = draw(st.binary(max_size=20))
    return bytes(raw)


settings_files = st.one_of(
    st.binary(max_size=2000), toml_documents(), deep_nesting(), truncated_files(), mutated_files()
)


def parses(raw: bytes) -> bool:
    try:
        tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return True


def check_settings_file(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "steadypause"
        directory.mkdir()
        store = SettingsStore(directory, now=lambda: NOW)
        store.path.write_bytes(raw)

        result = store.load()

        assert isinstance(result.settings, Settings)
        for field in FIELDS:
            value = getattr(result.settings, field.name)
            assert field.check(value) is None, field.name
            if field.minimum is not None and field.kind.name in ("int", "float"):
                assert field.minimum <= value <= field.maximum, field.name  # not nan
        assert all(isinstance(m, str) and m for m in result.messages)
        files = sorted(p.name for p in directory.iterdir())
        if parses(raw):
            assert files == ["settings.toml"]  # read, never rewritten
            assert store.path.read_bytes() == raw
        else:
            assert files == ["settings.toml.bad-20261231-235959"]
            assert (directory / files[0]).read_bytes() == raw
            assert len(result.messages) == 1
            assert files[0] in result.messages[0]


@FUZZ
@given(settings_files)
def test_settings_loader_never_raises_and_never_loses_bytes(raw: bytes) -> None:
    check_settings_file(raw)


@FUZZ
@given(st.dictionaries(st.sampled_from([f.name for f in FIELDS]), values, min_size=1))
def test_each_bad_value_falls_back_alone(entries: dict[str, Any]) -> None:
    raw = "\n".join(f"{k} = {toml_value(v)}" for k, v in entries.items()).encode(
        "utf-8", "surrogatepass"
    )
    check_settings_file(raw)
    if not parses(raw):
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = SettingsStore(Path(tmp), now=lambda: NOW)
        store.path.write_bytes(raw)
        result = store.load()
    defaults = Settings()
    for name, value in entries.items():
        field = sm.FIELDS_BY_NAME[name]
        got = getattr(result.settings, name)
        coerced, problem = field.coerce(value)
        # A valid value is kept (lists as tuples); a bad one falls back to its default,
        # except in a list, where the valid entries are kept and the bad ones dropped.
        assert got == (coerced if coerced is not None else getattr(defaults, name))
        if problem is not None:
            assert any(f"'{name}'" in m for m in result.messages)


@FUZZ
@given(st.sampled_from([f.name for f in FIELDS if f.kind.name == "float"]), st.floats())
def test_any_float_gives_a_usable_number(name: str, value: float) -> None:
    check_settings_file(f"{name} = {toml_value(value)}\n".encode())


def test_huge_settings_files(tmp_path: Path) -> None:
    comment = b"# " + b"x" * 1000 + b"\n"
    cases = {
        "comments": comment * 20_000 + b"work_minutes = 30\n",  # 20 MB: over the limit
        "long-string": b'theme = "' + b"d" * 10_000_000 + b'"\n',  # 10 MB value
        "garbage": b"\x00\xff" * 5_000_000,
    }
    for name, raw in cases.items():
        store = SettingsStore(tmp_path / name, now=lambda: NOW)
        store.directory.mkdir()
        store.path.write_bytes(raw)
        result = store.load()
        kept = [p for p in store.directory.iterdir()]
        assert len(kept) == 1
        assert kept[0].read_bytes() == raw
        # Larger than SETTINGS_FILE_MAX (1 MiB), even valid TOML is not read: kept aside
        assert result.settings == Settings()
        assert result.messages
        assert kept[0].name.startswith("settings.toml.bad-")
    # Just under the limit, a file of comments is read.
    store = SettingsStore(tmp_path / "under", now=lambda: NOW)
    store.directory.mkdir()
    raw = comment * 1000 + b"work_minutes = 30\n"
    assert len(raw) <= sm.SETTINGS_FILE_MAX
    store.path.write_bytes(raw)
    assert store.load().settings == dataclasses.replace(Settings(), work_minutes=30)
    assert store.path.read_bytes() == raw


# --- routine files ------------------------------------------------------------------------

SHIPPED = [p.read_text(encoding="utf-8") for p in sorted(ROUTINES.glob("*.toml"))]


@st.composite
def mutated_routines(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SHIPPED)).splitlines()
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(lines)))
        action = draw(st.sampled_from(["delete", "duplicate", "replace", "insert"]))
        if action == "delete" and at < len(lines):
            del lines[at]
        elif action == "duplicate" and at < len(lines):
            lines.insert(at, lines[at])
        elif action == "replace" and at < len(lines) and "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            lines[at] = f"{key}= {toml_value(draw(values))}"
        else:
            lines.insert(at, f"{draw(setting_keys)} = {toml_value(draw(values))}")
    return "\n".join(lines)


@st.composite
def routine_documents(draw: st.DrawFn) -> str:
    top = draw(
        st.dictionaries(
            st.sampled_from(["id", "title", "summary", "duration"]) | bare_keys, values, max_size=5
        )
    )
    lines = [f"{k} = {toml_value(v)}" for k, v in top.items()]
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        lines.append("[[steps]]")
        step = draw(
            st.dictionaries(
                st.sampled_from(
                    [
                        "id",
                        "kind",
                        "title",
                        "body",
                        "anchor",
                        "cycles",
                        "options",
                        "own_label",
                        "next_prompt",
                        "note",
                    ]
                )
                | bare_keys,
                values | st.sampled_from(["breathe", "choose", "finish"]),
                max_size=8,
            )
        )
        lines += [f"{k} = {toml_value(v)}" for k, v in step.items()]
    return "\n".join(lines)


routine_texts = st.one_of(
    st.text(max_size=500),
    mutated_routines(),
    routine_documents(),
    deep_nesting().map(lambda b: b.decode()),
)


@FUZZ
@given(routine_texts)
def test_routine_loader_raises_only_routine_error(text: str) -> None:
    try:
        routine: Routine | None = load_routine_text(text, "fuzz.toml")
        problem = ""
    except RoutineError as exc:
        routine, problem = None, str(exc)
    if routine is None:
        assert problem.startswith("fuzz.toml")  # names the file
    else:
        assert routine.steps
        assert routine.steps[-1].kind == "finish"


@FUZZ
@given(
    st.binary(max_size=500)
    | st.sampled_from(SHIPPED)
    .map(str.encode)
    .flatmap(lambda raw: st.integers(min_value=0, max_value=len(raw)).map(lambda n: raw[:n]))
)
def test_routine_file_bytes_give_a_routine_or_routine_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.toml"
        path.write_bytes(raw)
        try:
            load_routine(path)
            problem = "r.toml"
        except RoutineError as exc:
            problem = str(exc)
    assert problem.startswith("r.toml")
