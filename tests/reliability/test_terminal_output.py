"""Text from outside reaches the terminal escaped (issue 16, item 8): a ``source`` sent
over the command socket, history rows, settings keys and values. No terminal escape,
C1 control, line separator or bidi override printed by the command line gets through;
``--json`` output still reads back as the same text."""

from __future__ import annotations

import json
import sqlite3

import pytest
from apphome import AppHome

from steadypause.core.control_characters import escaped

pytestmark = pytest.mark.slow

# An OSC title change, a colour, a C1 CSI, a line separator and a right-to-left override.
HOSTILE = "x\x1b]0;owned\x07\x1b[31m\x9b2J\r\u2028\u202eevil\u2066"
RAW = ["\x1b", "\x07", "\x9b", "\r", "\u2028", "\u202e", "\u2066"]


def assert_clean(text: str) -> None:
    for character in RAW:
        assert character not in text, (character, text[:2000])


def test_status_and_history_escape_what_came_from_outside(home: AppHome) -> None:
    app = home.start()
    home.command("pause", source=HOSTILE)
    status = home.cli("status")
    assert status.returncode == 0
    assert_clean(status.stdout + status.stderr)
    assert "\\x1b" in status.stdout  # shown, escaped
    as_json = home.cli("status", "--json")
    assert_clean(as_json.stdout)
    assert json.loads(as_json.stdout)["last_cue"]["detail"] == escaped(HOSTILE)  # as kept
    home.command("dismiss")
    home.command("pause", source="s" * 40_000)  # shown shortened
    long = home.cli("status").stdout
    assert "s" * 60 + "…" in long
    assert len(long) < 1000
    home.command("dismiss")
    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0

    database = home.root / "xdg_data_home" / "steadypause" / "history.sqlite3"
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM pauses").fetchone()[0] >= 1
        db.execute("UPDATE pauses SET routine = ?, cue_detail = ?", (HOSTILE, HOSTILE))
    db.close()
    text = home.cli("history")
    assert text.returncode == 0, text.stderr
    assert_clean(text.stdout + text.stderr)
    assert "\\x1b" in text.stdout
    rows = home.cli("history", "--json")
    assert_clean(rows.stdout)
    entries = json.loads(rows.stdout)["entries"]
    assert entries[0]["routine"] == HOSTILE
    assert entries[0]["cue_detail"] == HOSTILE


def test_config_messages_and_values_are_escaped(home: AppHome) -> None:
    home.config.mkdir(parents=True)
    key = json.dumps("k" + HOSTILE)  # a quoted TOML key the app does not know
    (home.config / "settings.toml").write_text(
        f"{key} = 1\ntheme = {json.dumps(HOSTILE)}\nlanguage = 3\n", encoding="utf-8"
    )
    for args in (("list",), ("get", "theme"), ("set", "work_minutes", "45")):
        result = home.cli("config", *args)
        assert result.returncode == 0, result.stderr
        assert_clean(result.stdout + result.stderr)
        assert "\\x1b" in result.stderr  # the unknown key and the bad theme, escaped
