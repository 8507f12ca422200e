"""The whole app as a screen reader finds it, read through AT-SPI (issue 20).

Every step of every routine, the reminder, the status window, Getting help, History, About, the
welcome and every Settings tab: each showing interactive object has a role that says what it
is and a non-empty name, and each control with a value (the check-in scale, spin boxes,
sliders) exposes it through the Value interface. Each window is a *frame* (a window a person
works in: the status window, History) or a *dialog* (the rest), named exactly like its title,
"Name — Steady Pause", and holds no empty nameless container (``window_problems``). The
breathing words change with each phase, and the check-in is set through the Value interface
as assistive technology would set it. The app is driven the same way, by pressing buttons
and choosing tabs through AT-SPI (conftest.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import A11yDesktop, Walker
from support.displays import TRAYER
from support.waiting import wait_for

pytestmark = pytest.mark.slow

# Roles that are controls whatever their states say.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "spin button",
    "slider",
    "combo box",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "link",
    "entry",
    "password text",
    "dial",
}
# Roles that say nothing about what a control is (a custom-painted widget with no
# accessible interface of its own comes out as a "filler").
NO_ROLE = {"filler", "panel", "unknown", "invalid", "redundant object", "layered pane"}
# Containers that mean nothing by themselves.
CONTAINER_ROLES = {"filler", "panel"}
APP = "Steady Pause"
# Each window's name (its title) and role, as a screen reader announces it when it opens.
STATUS = "Status — Steady Pause"
SETTINGS = "Settings — Steady Pause"
REMINDER = "Reminder — Steady Pause"
HISTORY = "History — Steady Pause"
HELP = "Getting help — Steady Pause"
ABOUT = "About — Steady Pause"
WELCOME = "Welcome — Steady Pause"
FRAMES = {STATUS, HISTORY}  # the rest, the pause windows included, are dialogs
# Controls that carry a value, which a screen reader reads from the Value interface.
VALUE_ROLES = {"slider", "spin button", "scroll bar", "dial", "progress bar", "level bar"}

ROUTINES = ("full", "transition", "release", "heart", "boundary")
TITLES = {
    "full": "A steady pause",
    "transition": "A transition pause",
    "release": "Close the day",
    "heart": "Hand on heart",
    "boundary": "Before you say yes",
}


def nodes(tree: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield tree
    for child in tree["children"]:
        yield from nodes(child)


def is_interactive(item: dict[str, Any]) -> bool:
    """A control: by its role, or anything that takes the focus and has nothing inside it.

    A focusable container (a tab widget, whose tab bar takes the focus for it; a table,
    whose cells are read one by one) is not itself a control; a table cell is data, read as
    "blank" when empty.
    """
    if item["role"] in CONTROL_ROLES:
        return True
    return (
        "focusable" in item["states"]
        and "enabled" in item["states"]
        and not item["children"]
        and item["role"] != "table cell"
    )


def problems(trees: list[dict[str, Any]], where: str) -> list[str]:
    """What a screen-reader user would miss in these windows, one line each."""
    found = []
    for tree in trees:
        for item in nodes(tree):
            at = f"{where}: {item['role']} {item['name']!r} ({item['path']})"
            if "error" in item:
                found.append(f"{at}: AT-SPI error {item['error']}")
                continue
            if is_interactive(item):
                # A focusable filler with nothing inside is a custom-painted control that
                # tells assistive technology nothing.
                if item["role"] in NO_ROLE:
                    found.append(f"{at}: a control without a role that says what it is")
                if not item["name"].strip():
                    found.append(f"{at}: a control without a name")
            if item["role"] in VALUE_ROLES and "value" not in item:
                found.append(f"{at}: a control with a value but no Value interface")
    return found


def window_problems(tree: dict[str, Any], where: str, name: str) -> list[str]:
    """The window as a screen reader meets it, checked on every window, step and tab.

    The rule: the window's own object has the role *frame* (``FRAMES``) or *dialog* (every
    other window) and the name ``name``, exactly its title ("Name — Steady Pause"); and no
    showing object with the role *filler* or *panel* has an empty name and no showing
    child (a screen reader that lands on one says only "panel"). One exception, Qt's own:
    the *panel* a table puts first among its children, the top-left corner before the
    column headers, which has no widget to name and which a reader moving through the
    table's cells never meets (docs/adr/013).
    """
    if "error" in tree:
        return []
    found = []
    role = "frame" if name in FRAMES else "dialog"
    if (tree["role"], tree["name"]) != (role, name):
        found.append(f"{where}: the window is a {tree['role']} {tree['name']!r}, not a {role}")
    for parent in nodes(tree):
        for index, item in enumerate(parent["children"]):
            corner = parent["role"] == "table" and index == 0 and item["role"] == "panel"
            empty = not item["children"] and not item["name"].strip()
            if item["role"] in CONTAINER_ROLES and empty and not corner:
                found.append(
                    f"{where}: a nameless {item['role']} with nothing inside ({item['path']})"
                )
    return found


def outline(tree: dict[str, Any], depth: int = 0) -> list[str]:
    """The tree as the report shows it: role, name, value."""
    value = tree.get("value")
    shown = f" value={value[0]:g} ({value[1]:g}-{value[2]:g})" if value else ""
    lines = [f"{'  ' * depth}{tree['role']} {tree['name']!r}{shown}"]
    for child in tree["children"]:
        lines += outline(child, depth + 1)
    return lines


def settle(walker: Walker, title: str) -> list[dict[str, Any]]:
    """The window's tree once it shows."""
    time.sleep(0.3)  # the new step's layout and focus
    return list(walker.ask("tree", window=title))


def step_count(tree: dict[str, Any]) -> tuple[int, int]:
    """The step shown, from the 'Step n of m' label; (0, 0) while the window is changing."""
    if "error" in tree:
        return 0, 0
    for item in nodes(tree):
        hit = re.fullmatch(r"Step (\d+) of (\d+)", item["name"])
        if hit and item["role"] == "label":
            return int(hit.group(1)), int(hit.group(2))
    raise AssertionError("no 'Step n of m' label in the pause window")


def only_status_showing(walker: Walker) -> None:
    wait_for(
        lambda: walker.ask("windows") == [STATUS],
        10,
        "only the status window to show",
    )


def open_routine(desk: A11yDesktop, walker: Walker, routine: str) -> str:
    desk.write_settings(f'manual_routine = "{routine}"')
    desk.command("reload-settings")
    walker.ask("press", window=STATUS, role="push button", name="Pause now")
    return TITLES[routine]


def walk_steps(
    walker: Walker, title: str, found: list[str], trees: dict[str, list[dict[str, Any]]]
) -> None:
    """Every step, read and checked, then Next (Done on the last) pressed through AT-SPI."""
    while True:
        tree = settle(walker, title)
        step, steps = step_count(tree[0])
        trees[f"{title} {step}"] = tree
        found += problems(tree, f"{title}, step {step} of {steps}")
        found += window_problems(tree[0], f"{title}, step {step} of {steps}", f"{title} — {APP}")
        focused = [i for t in tree for i in nodes(t) if "focused" in i["states"]]
        if not focused:
            found.append(f"{title}, step {step}: nothing inside the window has the focus")
        if step == steps:
            walker.ask("press", window=title, role="push button", name="Done")
            return
        walker.ask("press", window=title, role="push button", name="Next")
        wait_for(
            lambda s=step: step_count(walker.ask("tree", window=title)[0])[0] == s + 1,
            10,
            f"step {step + 1} of {title}",
        )


@pytest.fixture
def desk(a11y: tuple[A11yDesktop, Walker]) -> A11yDesktop:
    only_status_showing(a11y[1])
    return a11y[0]


def test_every_step_of_every_routine_and_getting_help(
    a11y: tuple[A11yDesktop, Walker], desk: A11yDesktop
) -> None:
    walker = a11y[1]
    found: list[str] = []
    trees: dict[str, list[dict[str, Any]]] = {}
    for routine in ROUTINES:
        title = open_routine(desk, walker, routine)
        if routine == "full":
            # Getting help, from the first step, every tab of it.
            walker.ask("press", window=title, role="push button", name="Getting help")
            for index in range(3):
                tab = walker.ask("select_tab", window=HELP, index=index)
                tree = settle(walker, HELP)
                found += problems(tree, f"Getting help, {tab}")
                found += window_problems(tree[0], f"Getting help, {tab}", HELP)
            walker.ask("press", window=HELP, role="push button", name="Close")
        walk_steps(walker, title, found, trees)
        only_status_showing(walker)
    print("\n".join(outline(trees["A steady pause 1"][0])))  # the report pastes this
    assert found == [], "\n".join(found)


def test_the_status_window_and_every_settings_tab(
    a11y: tuple[A11yDesktop, Walker], desk: A11yDesktop
) -> None:
    walker = a11y[1]
    tree = walker.ask("tree", window=STATUS)
    found = problems(tree, "status window") + window_problems(tree[0], "status window", STATUS)
    walker.ask("press", window=STATUS, role="push button", name="Settings…")
    title = SETTINGS
    tabs = [i for t in settle(walker, title) for i in nodes(t) if i["role"] == "page tab"]
    assert len(tabs) == 6, [t["name"] for t in tabs]
    with_values = 0
    for index in range(len(tabs)):
        tab = walker.ask("select_tab", window=title, index=index)
        tree = settle(walker, title)
        found += problems(tree, f"Settings, {tab}")
        found += window_problems(tree[0], f"Settings, {tab}", SETTINGS)
        with_values += sum(
            1 for t in tree for i in nodes(t) if i["role"] == "spin button" and "value" in i
        )
    walker.ask("press", window=title, role="push button", name="Cancel")
    assert with_values >= 5  # the minutes, the breaths...: each read as a number
    assert found == [], "\n".join(found)


def test_the_reminder(a11y: tuple[A11yDesktop, Walker], desk: A11yDesktop) -> None:
    walker = a11y[1]
    desk.command("timer-now")
    # It waits for a pause in typing (ten seconds without input on this display).
    tree = walker.ask("tree", window=REMINDER, timeout=40.0)
    assert problems(tree, "reminder") + window_problems(tree[0], "reminder", REMINDER) == []
    buttons = {i["name"] for i in nodes(tree[0]) if i["role"] == "push button"}
    assert {"Start", "Skip"} <= buttons
    walker.ask("press", window=REMINDER, role="push button", name="Skip")


def test_the_check_in_is_a_slider_set_through_atspi_and_the_breathing_is_told(
    a11y: tuple[A11yDesktop, Walker], desk: A11yDesktop
) -> None:
    walker = a11y[1]
    title = open_routine(desk, walker, "full")
    tree = settle(walker, title)
    scale = [i for i in nodes(tree[0]) if "how depleted" in i["name"] and i["role"] != "label"]
    assert [i["role"] for i in scale] == ["slider"]
    assert scale[0]["value"] == [0.0, 0.0, 10.0]
    assert scale[0]["description"].startswith("Not set")
    assert "focused" in scale[0]["states"]  # digits work at once
    walker.ask("set_value", window=title, role="slider", name=scale[0]["name"], value=7)
    after = next(
        i
        for t in walker.ask("tree", window=title)
        for i in nodes(t)
        if i["name"] == scale[0]["name"]
    )
    assert after["value"][0] == 7.0
    assert after["description"].startswith("7 of 10")
    # One breath is four seconds here (2 in, 2 out); watch a little more than one.
    said = walker.ask(
        "watch_name", window=title, role="label", description="Breathing guide", seconds=4.6
    )
    phases = [s for s in said if s.startswith(("Breathe in", "Breathe out"))]
    assert any(s.startswith("Breathe in, ") for s in phases), said
    assert "Breathe out" in phases, said
    assert len(phases) <= 4, said  # per phase, not per frame or second
    for step in range(2, 6):
        walker.ask("press", window=title, role="push button", name="Next")
        wait_for(
            lambda s=step: step_count(walker.ask("tree", window=title)[0])[0] == s,
            10,
            f"step {step}",
        )
    tree = settle(walker, title)
    loop_step = [i for i in nodes(tree[0]) if i["name"] == "The practice loop"]
    assert loop_step, "the last step shows the practice loop"
    described = loop_step[0]["description"]
    for point in ("notice", "breathe", "name the need", "respond kindly", "set a boundary"):
        assert point in described.lower()
    assert "This pause worked on:" in described
    walker.ask("press", window=title, role="push button", name="Done")


def test_about_from_the_tray_menu(a11y: tuple[A11yDesktop, Walker], desk: A11yDesktop) -> None:
    """About is only in the tray's menu: a tray (trayer) comes, the app moves into it, and
    the menu is opened by the pointer and walked by keys (Qt does not list a popup menu
    among the application's windows, so AT-SPI cannot reach the menu by walking the tree;
    a screen reader follows its items through focus events)."""
    walker = a11y[1]
    if not shutil.which("trayer") or not shutil.which("xdotool"):
        pytest.skip("trayer and xdotool are needed for the tray (apt: trayer xdotool)")
    desk.spawn("trayer", TRAYER)
    wait_for(lambda: desk.command("status")["tray"] == "available", 20, "the app in the tray")
    for _ in range(10):
        # The icon is the only one in the tray, at the screen's top right corner.
        subprocess.run(
            [
                "xdotool",
                "mousemove",
                "1266",
                "14",
                "click",
                "3",
                "sleep",
                "0.6",
                "key",
                "Up",
                "Up",
                "Return",
            ],
            env=desk.env,
            check=False,
        )
        if any(name.startswith("About") for name in wait_briefly(walker)):
            break
    else:
        pytest.fail("About did not open from the tray menu")
    tree = walker.ask("tree", window=ABOUT)
    found = problems(tree, "About") + window_problems(tree[0], "About", ABOUT)
    loop = [i for i in nodes(tree[0]) if i["name"] == "The practice loop"]
    assert loop, "About shows the practice loop"
    assert "Five points on a loop" in loop[0]["description"]
    # The welcome, from About, as a screen-reader user would open it again.
    walker.ask("press", window=ABOUT, role="push button", name="Show the welcome again")
    tree = settle(walker, WELCOME)
    found += problems(tree, "welcome") + window_problems(tree[0], "welcome", WELCOME)
    walker.ask("press", window=WELCOME, role="push button", name="Not now")
    walker.ask("press", window=ABOUT, role="push button", name="Close")
    assert found == [], "\n".join(found)


def wait_briefly(walker: Walker) -> list[str]:
    """The showing windows' names, within a second or so of asking for a new one."""
    for _ in range(10):
        names = list(walker.ask("windows"))
        if names:
            return names
        time.sleep(0.1)
    return []


def test_history(a11y: tuple[A11yDesktop, Walker]) -> None:
    """History, opened by its hidden command (the status window is in the tray by now)."""
    desk, walker = a11y
    desk.command("show-history")
    found: list[str] = []
    for index in range(2):
        tab = walker.ask("select_tab", window=HISTORY, index=index)
        tree = settle(walker, HISTORY)
        found += problems(tree, f"History, {tab}")
        found += window_problems(tree[0], f"History, {tab}", HISTORY)
    walker.ask("press", window=HISTORY, role="push button", name="Close")
    assert found == [], "\n".join(found)
