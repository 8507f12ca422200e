"""Property: any settings file loads without an exception, keeps every valid key, and
never loses the original bytes."""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steadypause.core.settings import FIELDS, FIELDS_BY_NAME, Settings, SettingsStore

valid_values = {
    f.name: (
        st.integers(int(f.minimum), int(f.maximum))
        if f.kind.name == "int"
        else st.floats(f.minimum, f.maximum)
        if f.kind.name == "float"
        else st.booleans()
        if f.kind.name == "bool"
        else st.sampled_from(f.choices)
        if f.kind.name == "choice"
        else st.just("07:30-16:00")
        if f.kind.name == "hours"
        else st.just(f.default)
    )
    for f in FIELDS
    if f.kind.name in ("int", "float", "bool", "choice", "hours")
}
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
)


def toml_scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # JSON escapes every control character TOML forbids, except DEL.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_scalar(v) for v in value) + "]"
    return repr(value)


@st.composite
def settings_files(draw: st.DrawFn) -> tuple[bytes, dict[str, object]]:
    good = draw(st.dictionaries(st.sampled_from(sorted(valid_values)), st.just(None), max_size=8))
    good = {k: draw(valid_values[k]) for k in good}
    bad_keys = draw(
        st.lists(st.sampled_from(sorted(set(FIELDS_BY_NAME) - set(good))), max_size=4, unique=True)
    )
    lines = [f"{k} = {toml_scalar(v)}" for k, v in good.items()]
    for k in bad_keys:
        v = draw(junk)
        if v is not None:
            lines.append(f"{k} = {toml_scalar(v)}")
    return "\n".join(lines).encode(), good


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=settings_files())
def test_any_well_formed_file_keeps_every_valid_key(
    tmp_path: Path, case: tuple[bytes, dict]
) -> None:
    raw, good = case
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # fresh per example
    (folder / "settings.toml").write_bytes(raw)
    result = SettingsStore(folder).load()
    assert isinstance(result.settings, Settings)
    for key, value in good.items():
        assert getattr(result.settings, key) == value
    assert (folder / "settings.toml").read_bytes() == raw  # loading never rewrites


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    raw=st.one_of(
        st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "replace"))
    )
)
def test_any_bytes_load_and_the_original_survives(tmp_path: Path, raw: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / "settings.toml"
    path.write_bytes(raw)
    result = SettingsStore(folder).load()
    assert isinstance(result.settings, Settings)
    survivors = [p for p in folder.iterdir() if p.read_bytes() == raw]
    assert survivors, "the original bytes are gone"
    try:
        tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        assert survivors[0].name.startswith("settings.toml.bad-")
