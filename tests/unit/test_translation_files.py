"""The translation catalogues: complete, faithful to the English's fields, and not stale.

- every message of every language's .ts files is translated (none unfinished or empty);
- a translation keeps the English's {named} fields, %n, one & mnemonic and markup tags;
- the .ts files hold exactly the texts the code and the routines mark today (running
  ``scripts/translations update`` would add or drop nothing);
- the committed .qm is what ``scripts/translations release`` makes of the .ts files;
- every source file belongs to one area.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    path = REPO / "scripts" / "translations"
    loader = importlib.machinery.SourceFileLoader("translations_script", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


script = _load_script()
TS_FILES = sorted(p for language in script.LANGUAGES for p in script.ts_files(language))
FIELD = re.compile(r"\{[A-Za-z_0-9]*\}")
TAG = re.compile(r"</?([A-Za-z]+)")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message))
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)[^\s&]", text))


def test_there_is_a_complete_language_besides_english() -> None:
    assert "es" in script.LANGUAGES
    assert script.ts_files("es"), "no Spanish .ts files"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_faithfully(ts: Path) -> None:
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source[:50]!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        for text in forms(message):
            if not text.strip():
                problems.append(f"{where}: empty")
            elif sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
                problems.append(f"{where}: fields {FIELD.findall(text)} differ from the English")
            elif mnemonics(source) != mnemonics(text):
                problems.append(f"{where}: the & mnemonic is not kept once")
            elif sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: markup differs from the English")
            elif (source != source.strip()) and (
                source[:1].isspace() != text[:1].isspace()
                or source[-1:].isspace() != text[-1:].isspace()
            ):
                problems.append(f"{where}: leading/trailing space differs from the English")
        if message.get("numerus") == "yes" and "%n" in source and "%n" not in forms(message)[-1]:
            problems.append(f"{where}: the plural form lost %n")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", script.LANGUAGES)
def test_a_text_shared_by_two_areas_is_translated_the_same(language: str) -> None:
    seen: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
    differ = []
    for ts in script.ts_files(language):
        for context, message in messages(ts):
            key = (context, message.findtext("source") or "", message.findtext("comment") or "")
            if key in seen and seen[key][1] != forms(message):
                differ.append(f"{key[:2]}: {seen[key][0]} and {ts.name} differ")
            seen.setdefault(key, (ts.name, forms(message)))
    assert differ == [], "\n".join(differ)


def _keys(ts: Path) -> set[tuple[str, str, str, bool]]:
    return {
        (
            context,
            m.findtext("source") or "",
            m.findtext("comment") or "",
            m.get("numerus") == "yes",
        )
        for context, m in messages(ts)
    }


@pytest.mark.slow
def test_the_catalogues_hold_exactly_what_the_code_marks(tmp_path: Path) -> None:
    for ts in TS_FILES:
        shutil.copy(ts, tmp_path / ts.name)
    fresh = script.update(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in TS_FILES), (
        "an area's .ts file is missing or left over: run scripts/translations update"
    )
    stale = [ts.name for ts in TS_FILES if _keys(ts) != _keys(tmp_path / ts.name)]
    assert stale == [], (
        f"{stale} differ from what the code marks: run "
        ".venv-test/bin/python scripts/translations update, translate, release"
    )


@pytest.mark.slow
def test_the_compiled_catalogue_matches_the_ts_files(tmp_path: Path) -> None:
    built = script.release(qm_folder=tmp_path)
    for qm in built:
        committed = script.QM_FOLDER / qm.name
        assert committed.exists(), f"{committed} is missing: run scripts/translations release"
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{committed.name} is stale: run scripts/translations release"
        )


def test_every_source_file_belongs_to_an_area() -> None:
    for path in script.SRC.rglob("*.py"):
        assert script.area_of(path.relative_to(script.SRC).as_posix())


@pytest.mark.parametrize(
    ("new_file", "area"),
    [
        ("ui/breathing_x.py", "pause"),
        ("ui/breathing_pace.py", "pause"),
        ("ui/breathing_preview.py", "settings"),
        ("ui/pause_frame.py", "pause"),
    ],
)
def test_a_breathing_file_lands_with_the_breathing_guide(new_file: str, area: str) -> None:
    # the guide's files share one glob; only the Settings dialog's preview is named apart
    assert script.area_of(new_file) == area


def test_a_file_named_exactly_beats_an_earlier_glob() -> None:
    areas = (("first", ("ui/*.py",)), ("second", ("ui/named.py",)), ("rest", ("*.py",)))
    assert script.area_of("ui/named.py", areas) == "second"
    assert script.area_of("ui/other.py", areas) == "first"
    assert script.area_of("core/other.py", areas) == "rest"


def test_a_file_named_in_two_areas_is_refused() -> None:
    areas = (("one", ("ui/x.py",)), ("two", ("ui/x.py",)))
    with pytest.raises(SystemExit, match="named in two areas"):
        script.area_of("ui/x.py", areas)
