"""``steadypause config``: list, get and set through the settings file, and the reference page."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from steadypause.cli import entry
from steadypause.cli.config_command import parse_value
from steadypause.core.settings import FIELDS, FIELDS_BY_NAME, BadValue, Contact, user_store
from steadypause.core.settings.reference import reference

DOCS = Path(__file__).parents[2] / "docs" / "settings.md"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = entry.main(["config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def user_file(isolated_dirs: dict[str, Path]) -> Path:
    return isolated_dirs["XDG_CONFIG_HOME"] / "steadypause" / "settings.toml"


def test_set_writes_the_user_file_and_get_reads_it_back(
    capsys: pytest.CaptureFixture[str], isolated_dirs: dict[str, Path]
) -> None:
    code, out, err = run(capsys, "set", "work_minutes", "45")
    assert (code, err) == (0, "")
    assert out == "work_minutes = 45\n"  # no instance runs: nothing more is said
    assert tomllib.loads(user_file(isolated_dirs).read_text())["work_minutes"] == 45
    assert run(capsys, "get", "work_minutes") == (0, "45\n", "")


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("breath_in_seconds", "5.5", 5.5),
        ("breath_in_seconds", "5", 5.0),
        ("reduce_motion", "true", True),
        ("journaling", "False", False),
        ("theme", "dark", "dark"),
        ("hours_sat", "09:00-12:00", "09:00-12:00"),
        ("hours_mon", "", ""),
        (
            "kind_phrases",
            '["May I be patient", "This is hard"]',
            ("May I be patient", "This is hard"),
        ),
        (
            "contacts",
            '[{name = "Sam", link = "tel:+15550100"}]',
            (Contact("Sam", "tel:+15550100"),),
        ),
    ],
)
def test_values_are_parsed_by_kind(
    capsys: pytest.CaptureFixture[str], key: str, text: str, expected: object
) -> None:
    code, _out, err = run(capsys, "set", key, text)
    assert (code, err) == (0, "")
    assert getattr(user_store().load().settings, key) == expected


@pytest.mark.parametrize(
    ("key", "text", "reason"),
    [
        ("work_minutes", "3", "3 is below the minimum 5"),
        ("work_minutes", "sixty", "expected a whole number, found 'sixty'"),
        ("breath_in_seconds", "nan", "expected a number"),
        ("breath_out_seconds", "11", "above the maximum 10"),
        ("reduce_motion", "yes", "expected true or false"),
        ("theme", "blue", "'blue' is not one of 'system', 'light', 'dark'"),
        ("hours_tue", "18:00-08:00", "ends before it starts"),
        ("kind_phrases", '["same", "Same"]', "'Same' is already in the list"),
        ("kind_phrases", '[""]', "an entry cannot be empty"),
        ("kind_phrases", "not a list", "expected a TOML array"),
        ("contacts", '[{name = "Sam", link = "ftp://x"}]', "use a phone number"),
    ],
)
def test_a_bad_value_exits_2_with_the_reason_and_saves_nothing(
    capsys: pytest.CaptureFixture[str],
    isolated_dirs: dict[str, Path],
    key: str,
    text: str,
    reason: str,
) -> None:
    code, out, err = run(capsys, "set", key, text)
    assert code == 2
    assert out == ""
    assert err.startswith(f"steadypause: {key}: ")
    assert reason in err
    assert not user_file(isolated_dirs).exists()


def test_an_unknown_key_exits_2_naming_close_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "set", "work_minute", "30")
    assert (code, out) == (2, "")
    # The closest match comes first; which others follow depends on the declared keys.
    assert err.startswith(
        "steadypause: there is no setting 'work_minute'; did you mean work_minutes"
    )
    assert err.endswith("?\n")
    code, _out, err = run(capsys, "get", "zzz")
    assert code == 2
    assert "'steadypause config list' shows them all" in err


def test_list_shows_every_value_and_where_it_comes_from(
    capsys: pytest.CaptureFixture[str], isolated_dirs: dict[str, Path]
) -> None:
    site = isolated_dirs["XDG_CONFIG_DIRS"] / "steadypause"
    site.mkdir()
    (site / "settings.toml").write_text('theme = "dark"\nwork_minutes = 90\n')
    assert run(capsys, "set", "work_minutes", "30")[0] == 0
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    rows = {line.split(" = ")[0].strip(): line for line in out.splitlines()}
    assert list(rows) == [f.name for f in FIELDS]
    assert rows["work_minutes"].endswith("= 30  # user")
    assert rows["theme"].endswith('= "dark"  # site')
    assert rows["later_minutes"].endswith("= 10  # default")
    # The output is TOML again.
    assert tomllib.loads(out)["theme"] == "dark"


def test_a_file_from_a_newer_version_is_not_overwritten(
    capsys: pytest.CaptureFixture[str], isolated_dirs: dict[str, Path]
) -> None:
    path = user_file(isolated_dirs)
    path.parent.mkdir()
    path.write_text("schema_version = 99\n")
    code, _out, err = run(capsys, "set", "work_minutes", "30")
    assert code == 1
    assert "newer version" in err
    assert "nothing was saved" in err
    assert path.read_text() == "schema_version = 99\n"


def test_every_field_default_parses_back_from_its_own_text() -> None:
    from steadypause.core.settings import format_value

    for field in FIELDS:
        text = format_value(field.default)
        if field.kind not in ("text_list", "contacts", "minutes_list"):
            text = text.strip('"')
        assert parse_value(field, text) == field.default, field.name


def test_parse_value_says_why() -> None:
    with pytest.raises(BadValue, match="expected a whole number"):
        parse_value(FIELDS_BY_NAME["breath_cycles"], "2.5")


def test_reference_page_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == reference(), (
        "docs/settings.md is stale: run `steadypause config reference > docs/settings.md`"
    )


def test_reference_lists_every_setting_once() -> None:
    text = reference()
    for field in FIELDS:
        assert text.count(f"| `{field.name}` |") == 1, field.name
