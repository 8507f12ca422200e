"""core/control_characters: which characters are refused and escaped, and their names."""

from __future__ import annotations

import json

import pytest

from steadypause.core.control_characters import (
    character_name,
    escaped,
    escaped_json,
    first_unsafe,
)
from steadypause.core.settings import check_contact, check_text_item

UNSAFE = [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)]
UNSAFE += ["\u2028", "\u2029"] + [chr(c) for c in range(0x202A, 0x202F)]
UNSAFE += [chr(c) for c in range(0x2066, 0x206A)]
SAFE = ["a", " ", "é", "ñ", "\u00a0", "\u200b", "\u202f", "\u2065", "\u206a", "🌿", "\\", '"']


@pytest.mark.parametrize("character", UNSAFE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_unsafe_character_is_found_named_and_escaped(character: str) -> None:
    text = f"be{character}kind"
    assert first_unsafe(text) == character
    name = character_name(character)
    assert name.startswith(f"U+{ord(character):04X} ")
    assert len(name) > 7
    shown = escaped(text)
    assert character not in shown
    assert shown.startswith("be\\")
    assert shown.endswith("kind")
    as_json = escaped_json(json.dumps(text, ensure_ascii=False))
    assert character not in as_json
    assert json.loads(as_json) == text
    expected = "an entry is one line" if character == "\n" else name
    assert expected in (check_text_item(text) or "")
    assert check_contact(text, "tel:+15550100") is not None


@pytest.mark.parametrize("character", SAFE)
def test_ordinary_characters_pass(character: str) -> None:
    text = f"be{character}kind"
    assert first_unsafe(text) is None
    assert escaped(text) == text
    assert check_text_item(text) is None


def test_names_people_can_look_up() -> None:
    assert character_name("\x1b") == "U+001B ESCAPE"
    assert character_name("\x00") == "U+0000 NULL"
    assert character_name("\x9b") == "U+009B CONTROL SEQUENCE INTRODUCER"
    assert character_name("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert character_name("\x7f") == "U+007F DELETE"


def test_allowed_characters_are_passed_over() -> None:
    assert first_unsafe("one\ntwo\x1b", allowed="\n") == "\x1b"
    assert first_unsafe("one\ntwo", allowed="\n") is None
