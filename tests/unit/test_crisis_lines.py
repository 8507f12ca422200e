"""The crisis-lines table: the shipped file is complete and sourced, a broken file is named
by file and line, and the region comes from the setting or the desktop's locale."""

from __future__ import annotations

import datetime
import re

import pytest

from steadypause.core import crisis_lines
from steadypause.core.crisis_lines import (
    FOLLOW_LOCALE,
    NO_REGION,
    REGION_CODES,
    CrisisLineError,
    EmergencyNumber,
    load_builtin,
    load_text,
    region_for,
    region_of,
    tel_link,
    territory_of,
)
from steadypause.core.resource_files import resource
from steadypause.core.settings import FIELDS_BY_NAME

GOOD = """\
# two regions, the second with two lines
[[regions]]
code = "GB"
emergency = "999"
emergency_source = "https://www.ambulance.example/999"
emergency_checked = 2026-12-04

[[regions.lines]]
name = "Samaritans"
numbers = ["116 123"]
hours = "24/7"
source = "https://www.samaritans.org/"
checked = 2026-12-05

[[regions]]
code = "XX"

[[regions.lines]]
name = "First line"
numbers = ["0800 111 0 111", "0800 111 0 222"]
source = "https://first.example/"
checked = 2026-01-02

[[regions.lines]]
name = "Second line"
numbers = ["1737"]
source = "http://second.example/page"
checked = 2025-11-30
"""


def test_a_good_file_loads_in_order_with_every_field() -> None:
    table = load_text(GOOD, "lines.toml")
    assert list(table) == ["GB", "XX"]
    assert table["GB"].code == "GB"
    assert table["GB"].emergency == EmergencyNumber(
        "999", "https://www.ambulance.example/999", datetime.date(2026, 12, 4)
    )
    assert table["XX"].emergency is None  # none checked: "your local emergency number"
    (samaritans,) = table["GB"].lines
    assert samaritans.name == "Samaritans"
    assert samaritans.numbers == ("116 123",)
    assert samaritans.hours == "24/7"
    assert samaritans.source == "https://www.samaritans.org/"
    assert samaritans.checked == datetime.date(2026, 12, 5)
    first, second = table["XX"].lines
    assert first.numbers == ("0800 111 0 111", "0800 111 0 222")
    assert first.hours == ""  # the source did not say
    assert second.name == "Second line"


def bad(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "where", "why"),
    [
        (bad('code = "XX"', 'code = "XX'), "line 16", "not valid TOML"),
        ("[other]\nkey = 1\n", "lines.toml", "one or more [[regions]]"),
        ("", "lines.toml", "one or more [[regions]]"),
        (bad('code = "XX"', 'code = "xx"'), "line 15", "two-letter region code"),
        (bad('code = "XX"', 'code = "GB"'), "line 15", "listed twice"),
        (bad('code = "XX"', 'code = "XX"\nflag = "x"'), "line 15", "unknown key 'flag'"),
        (
            '[[regions]]\ncode = "GB"\n',
            "line 1",
            "needs one or more [[regions.lines]]",
        ),
        (bad('name = "First line"', ""), "line 18", "'name' is missing"),
        (bad('name = "First line"', 'name = "  "'), "line 18", "'name' must be non-empty"),
        (bad('numbers = ["1737"]', "numbers = []"), "line 24", "'numbers' must list"),
        (bad('numbers = ["1737"]', 'numbers = ["17-37"]'), "line 24", "digits and spaces"),
        (bad('numbers = ["1737"]', "numbers = [1737]"), "line 24", "digits and spaces"),
        (bad('hours = "24/7"', 'hours = "always"'), "line 8", "'hours' must be one of 24/7"),
        (bad('source = "https://first.example/"', ""), "line 18", "'source' is missing"),
        (
            bad('source = "https://first.example/"', 'source = "first.example"'),
            "line 18",
            "'source' must be the http(s) address",
        ),
        (bad("checked = 2026-01-02", ""), "line 18", "'checked' is missing"),
        (
            bad("checked = 2026-01-02", 'checked = "2026-01-02"'),
            "line 18",
            "'checked' must be a date",
        ),
        (
            bad("checked = 2026-01-02", "checked = 2026-01-02T10:00:00"),
            "line 18",
            "'checked' must be a date",
        ),
        (bad('hours = "24/7"', 'hours = "24/7"\nphone = "1"'), "line 8", "unknown key 'phone'"),
        (
            bad('emergency_source = "https://www.ambulance.example/999"\n', ""),
            "line 2",
            "'emergency_source' is missing",
        ),
        (bad('emergency = "999"', 'emergency = "nine"'), "line 2", "'emergency' must be a number"),
        (
            bad("emergency_checked = 2026-12-04", 'emergency_checked = "2026"'),
            "line 2",
            "'emergency_checked' must be a date",
        ),
        (
            bad('emergency_source = "https://www.ambulance.example/999"', 'emergency_source = "x"'),
            "line 2",
            "'emergency_source' must be the http(s) address",
        ),
    ],
)
def test_a_broken_file_names_the_file_the_line_and_why(text: str, where: str, why: str) -> None:
    with pytest.raises(CrisisLineError) as caught:
        load_text(text, "lines.toml")
    message = str(caught.value)
    assert message.startswith("lines.toml")
    assert where in message
    assert why in message


def test_the_shipped_file_lists_the_declared_regions_each_sourced_and_dated() -> None:
    table = load_builtin()
    assert tuple(table) == REGION_CODES
    assert FIELDS_BY_NAME["support_region"].choices == (FOLLOW_LOCALE, NO_REGION, *REGION_CODES)
    text = resource(crisis_lines.FILE_NAME).read_text(encoding="utf-8")
    checked = [
        (number, line.source, line.checked)
        for region in table.values()
        for line in region.lines
        for number in line.numbers
    ] + [
        (region.emergency.number, region.emergency.source, region.emergency.checked)
        for region in table.values()
        if region.emergency
    ]
    assert all(region.lines for region in table.values())
    for number, source, date in checked:
        assert re.fullmatch(r"https?://[^\s/]+\.[a-z]+/\S*", source), number
        assert source in text
        assert datetime.date(2026, 1, 1) <= date <= datetime.date.today(), number
        assert tel_link(number) == "tel:" + number.replace(" ", "")


def test_the_shipped_numbers_are_the_checked_ones() -> None:
    table = load_builtin()
    numbers = {code: [n for line in r.lines for n in line.numbers] for code, r in table.items()}
    assert numbers == {
        "AU": ["13 11 14"],
        "CA": ["988"],
        "DE": ["0800 111 0 111", "0800 111 0 222"],
        "GB": ["116 123"],
        "IE": ["116 123"],
        "NZ": ["1737"],
        "US": ["988"],
    }
    emergency = {code: r.emergency.number for code, r in table.items() if r.emergency}
    # Ireland's was found only on third-party pages: not listed.
    assert emergency == {
        "AU": "000",
        "CA": "911",
        "DE": "112",
        "GB": "999",
        "NZ": "111",
        "US": "911",
    }


@pytest.mark.parametrize(
    ("name", "territory"),
    [
        ("es_ES.UTF-8", "ES"),
        ("es_MX", "MX"),
        ("en_GB", "GB"),
        ("de_DE@euro", "DE"),
        ("en-NZ", "NZ"),
        ("C", ""),
        ("POSIX", ""),
        ("en", ""),
        ("", ""),
    ],
)
def test_the_territory_of_a_locale_name(name: str, territory: str) -> None:
    assert territory_of(name) == territory


def test_the_region_follows_the_locale_unless_the_setting_names_one() -> None:
    assert region_for(FOLLOW_LOCALE, "GB") == "GB"
    assert region_for(FOLLOW_LOCALE, "nz") == "NZ"
    assert region_for("DE", "GB") == "DE"  # the person's choice wins over the locale
    assert region_for(NO_REGION, "GB") == ""
    assert region_for(FOLLOW_LOCALE, "") == ""  # C locale: no territory
    assert region_for(FOLLOW_LOCALE, "FR") == ""  # no entry: the emergency number alone
    assert region_for("FR", "GB") == ""  # a region no longer in the table


def test_region_of_gives_the_region_or_none() -> None:
    table = load_text(GOOD)
    region = region_of(FOLLOW_LOCALE, "XX", table)
    assert region is not None
    assert region.code == "XX"
    assert [line.name for line in region.lines] == ["First line", "Second line"]
    assert region_of(NO_REGION, "XX", table) is None
    assert region_of(FOLLOW_LOCALE, "ES", table) is None
    chosen = region_of("GB", "ES", table)
    assert chosen is not None
    assert (chosen.code, chosen.lines[0].numbers) == ("GB", ("116 123",))
