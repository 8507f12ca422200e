"""--setup-shortcut: the gsettings commands worked out from what is bound now."""

from __future__ import annotations

import ast
import os
import shlex
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from steadypause.cli import entry, exits
from steadypause.platform import gnome_shortcut as sc

OURS = ["/home/sam/.local/bin/steadypause", "pause"]
C = sc.CUSTOM_DIR


class FakeGsettings:
    """gsettings over a dict: get, set, list-recursively; records every set."""

    def __init__(
        self,
        paths: Sequence[str] = (),
        customs: dict | None = None,
        builtin: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.values: dict[tuple[str, str], str] = {
            (sc.MEDIA_KEYS, "custom-keybindings"): "@as []"
            if not paths
            else sc.gvariant_string_array(list(paths)),
        }
        for path, keys in (customs or {}).items():
            for key, value in keys.items():
                self.values[(f"{sc.CUSTOM_SCHEMA}:{path}", key)] = sc.gvariant_string(value)
        self.builtin = builtin or {}
        self.sets: list[list[str]] = []

    def __call__(self, args: Sequence[str]) -> str:
        args = list(args)
        if args[0] == "get":
            return self.values.get((args[1], args[2]), "''") + "\n"
        if args[0] == "set":
            self.sets.append(args)
            ast.literal_eval(args[3])  # what we pass must be a well-formed value
            self.values[(args[1], args[2])] = args[3]
            return ""
        if args[0] == "list-recursively":
            if args[1] not in self.builtin:
                raise sc.ShortcutError(f"No such schema “{args[1]}”")
            return "".join(f"{args[1]} {k} {v}\n" for k, v in self.builtin[args[1]].items())
        raise AssertionError(args)


def test_with_no_custom_shortcuts_it_adds_custom0() -> None:
    fake = FakeGsettings()
    result = sc.setup("<Super><Shift>p", OURS, fake)
    where = f"{sc.CUSTOM_SCHEMA}:{C}custom0/"
    assert fake.sets == [
        ["set", where, "name", "'Steady Pause: pause now'"],
        ["set", where, "command", "'/home/sam/.local/bin/steadypause pause'"],
        ["set", where, "binding", "'<Super><Shift>p'"],
        ["set", sc.MEDIA_KEYS, "custom-keybindings", f"['{C}custom0/']"],
    ]
    assert result.path == f"{C}custom0/"


def test_existing_shortcuts_are_kept_and_the_next_free_number_is_used() -> None:
    fake = FakeGsettings(
        paths=[f"{C}custom0/", f"{C}custom2/"],
        customs={
            f"{C}custom0/": {
                "name": "Terminal",
                "command": "gnome-terminal",
                "binding": "<Control><Alt>t",
            },
            f"{C}custom2/": {"name": "Notes", "command": "gnote", "binding": "<Super>n"},
        },
    )
    sc.setup("<Super><Shift>p", OURS, fake)
    assert fake.sets[-1][-1] == f"['{C}custom0/', '{C}custom2/', '{C}custom1/']"
    assert all(C + "custom0/" not in s[1] and C + "custom2/" not in s[1] for s in fake.sets[:-1])


def test_an_existing_pause_shortcut_is_left_as_it_is() -> None:
    fake = FakeGsettings(
        paths=[f"{C}custom0/"],
        customs={
            f"{C}custom0/": {
                "name": "pause",
                "command": "'/opt/my apps/steadypause' pause",
                "binding": "<Control>F12",
            }
        },
    )
    result = sc.setup("<Super><Shift>p", OURS, fake)
    assert fake.sets == []
    assert result.already is not None
    assert result.already.binding == "<Control>F12"


@pytest.mark.parametrize("taken", ["<Shift><Super>P", "<super><shift>p", "<Mod4><Shift>p"])
def test_a_custom_shortcut_with_the_same_keys_is_never_overwritten(taken: str) -> None:
    fake = FakeGsettings(
        paths=[f"{C}custom0/"],
        customs={f"{C}custom0/": {"name": "Passwords", "command": "keepassxc", "binding": taken}},
    )
    result = sc.setup("<Super><Shift>p", OURS, fake)
    assert fake.sets == []
    assert "Passwords" in result.taken_by


def test_a_gnome_shortcut_with_the_same_keys_is_never_overwritten() -> None:
    fake = FakeGsettings(
        builtin={
            "org.gnome.desktop.wm.keybindings": {
                "close": "['<Alt>F4']",
                "move-to-monitor-up": "['<Super><Shift>p']",
            },
            "org.gnome.shell.keybindings": {"toggle-overview": "['<Super>s']"},
        }
    )
    result = sc.setup("<Super><Shift>p", OURS, fake)
    assert fake.sets == []
    assert (
        result.taken_by == "GNOME's own shortcut org.gnome.desktop.wm.keybindings "
        "move-to-monitor-up"
    )


def test_a_command_with_spaces_and_quotes_survives_the_round_trip() -> None:
    fake = FakeGsettings()
    command = ["/home/Sam O'Neil/bin/steadypause", "pause"]
    sc.setup("<Control><Alt>p", command, fake)
    stored = sc.parse_value(fake.values[(f"{sc.CUSTOM_SCHEMA}:{C}custom0/", "command")])
    assert shlex.split(stored) == command
    # and a second run recognises it as ours
    assert sc.setup("<Control><Alt>p", command, fake).already is not None


@pytest.mark.parametrize(
    ("command", "ours"),
    [
        ("steadypause pause", True),
        ("/usr/bin/steadypause pause", True),
        ("'/a b/steadypause' pause", True),
        ("/usr/bin/python3 -m steadypause pause", True),
        ("steadypause", False),
        ("steadypause quit", False),
        ("other pause", False),
        ("'unbalanced", False),
    ],
)
def test_runs_pause(command: str, ours: bool) -> None:
    assert sc.runs_pause(command) is ours


@pytest.mark.parametrize("binding", ["", "p", "disabled", "<Super>", "<Hyperactive>p", "Super+p"])
def test_bad_bindings_are_refused_before_anything_runs(
    binding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_gsettings() -> None:
        raise AssertionError("gsettings must not be touched")

    monkeypatch.setattr(sc, "gsettings_runner", no_gsettings)
    assert entry.main(["--setup-shortcut", binding]) == exits.EXIT_USAGE


@pytest.mark.parametrize(
    "binding", ["<Super><Shift>p", "<Primary><Alt>space", "F9", "<Control>F12"]
)
def test_good_bindings(binding: str) -> None:
    assert sc.check_binding(binding) == binding


def test_cli_sets_it_up_and_then_says_it_is_there(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeGsettings()
    monkeypatch.setattr(sc, "gsettings_runner", lambda: fake)
    assert entry.main(["--setup-shortcut"]) == exits.EXIT_OK
    assert "<Super><Shift>p now opens a pause" in capsys.readouterr().out
    command = sc.parse_value(fake.values[(f"{sc.CUSTOM_SCHEMA}:{C}custom0/", "command")])
    assert shlex.split(command)[-1] == "pause"
    assert entry.main(["--setup-shortcut", "<Control><Alt>p"]) == exits.EXIT_OK
    assert "already there: <Super><Shift>p" in capsys.readouterr().out
    assert len(fake.sets) == 4


def test_cli_says_what_to_do_without_gnome(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def absent() -> None:
        raise sc.ShortcutError("GNOME's keyboard settings are not installed here")

    monkeypatch.setattr(sc, "gsettings_runner", absent)
    assert entry.main(["--setup-shortcut"]) == exits.EXIT_FAILED
    err = capsys.readouterr().err
    assert "'steadypause pause'" in err
    assert "README" in err


def test_cli_refuses_a_taken_binding(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeGsettings(builtin={sc.MEDIA_KEYS: {"screensaver": "['<Super>l']"}})
    monkeypatch.setattr(sc, "gsettings_runner", lambda: fake)
    assert entry.main(["--setup-shortcut", "<Super>l"]) == exits.EXIT_FAILED
    assert fake.sets == []
    assert "screensaver" in capsys.readouterr().err


# --- the real gsettings, with stand-in schemas ---------------------------------------------

# Just the keys this code touches, under GNOME's schema ids and paths, so that the real
# gsettings tool parses what we pass it. GNOME's own schema files are not needed.
_SCHEMA_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<schemalist>
  <schema id="{sc.MEDIA_KEYS}" path="/org/gnome/settings-daemon/plugins/media-keys/">
    <key name="custom-keybindings" type="as"><default>[]</default></key>
    <key name="screensaver" type="as"><default>['&lt;Super&gt;l']</default></key>
  </schema>
  <schema id="{sc.CUSTOM_SCHEMA}">
    <key name="name" type="s"><default>''</default></key>
    <key name="command" type="s"><default>''</default></key>
    <key name="binding" type="s"><default>''</default></key>
  </schema>
</schemalist>
"""


@pytest.fixture
def real_gsettings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if not shutil.which("gsettings") or not shutil.which("glib-compile-schemas"):
        pytest.skip("gsettings and glib-compile-schemas are needed (apt: libglib2.0-bin)")
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "test.gschema.xml").write_text(_SCHEMA_XML)
    subprocess.run(["glib-compile-schemas", str(schemas)], check=True)
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(schemas))
    # The keyfile backend keeps values between gsettings runs in $XDG_CONFIG_HOME.
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return Path(os.environ["XDG_CONFIG_HOME"]) / "glib-2.0" / "settings" / "keyfile"


def test_with_the_real_gsettings_tool(
    real_gsettings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry.main(["--setup-shortcut", "<Super>l"]) == exits.EXIT_FAILED
    assert entry.main(["--setup-shortcut"]) == exits.EXIT_OK
    run = sc.gsettings_runner()
    state = sc.read_state(run)
    assert state.paths == (f"{C}custom0/",)
    (custom,) = state.customs
    assert custom.binding == "<Super><Shift>p"
    assert custom.name == "Steady Pause: pause now"
    assert sc.runs_pause(custom.command)
    assert Path(shlex.split(custom.command)[0]).is_absolute()
    assert entry.main(["--setup-shortcut"]) == exits.EXIT_OK
    assert "already there" in capsys.readouterr().out
    assert sc.read_state(run).paths == (f"{C}custom0/",)
