"""The desktop set-up options: ``--install-desktop-entry``, ``--remove-desktop-entry`` (the
launcher entry and icons) and ``--setup-shortcut`` (a GNOME custom keyboard shortcut).

They go on their own, without a command; the modules they use load only when they run.
"""

from __future__ import annotations

import argparse
import sys

from steadypause import APP_NAME, DISPLAY_NAME
from steadypause.cli.exits import EXIT_OK, EXIT_USAGE, fail
from steadypause.core.i18n import translate

DEFAULT_SHORTCUT = "<Super><Shift>p"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=translate(
            "Cli",
            "add Steady Pause to your launcher (for pip/pipx installs; writes under "
            "~/.local/share/applications and ~/.local/share/icons)",
        ),
    )
    desktop.add_argument(
        "--remove-desktop-entry",
        action="store_true",
        help=translate(
            "Cli", "remove the launcher entry and icons that --install-desktop-entry wrote"
        ),
    )
    desktop.add_argument(
        "--setup-shortcut",
        nargs="?",
        const=DEFAULT_SHORTCUT,
        metavar="BINDING",
        help=translate(
            "Cli",
            "on GNOME, add a keyboard shortcut that opens a pause (default %(const)s); an "
            "existing shortcut is never changed",
        ),
    )


def chosen(options: argparse.Namespace) -> list[str]:
    """The set-up options given (at most one: they exclude each other)."""
    return [
        flag
        for flag, on in (
            ("--install-desktop-entry", options.install_desktop_entry),
            ("--remove-desktop-entry", options.remove_desktop_entry),
            ("--setup-shortcut", options.setup_shortcut is not None),
        )
        if on
    ]


def run(options: argparse.Namespace) -> int:
    """Run the set-up option given (see :func:`chosen`)."""
    if options.install_desktop_entry or options.remove_desktop_entry:
        return desktop_entry(install=options.install_desktop_entry)
    return setup_shortcut(options.setup_shortcut)


def desktop_entry(*, install: bool) -> int:
    from steadypause.platform import desktop_entry

    if not desktop_entry.supported():
        return fail(
            translate(
                "Cli",
                "launcher entries are for Linux desktops; on Windows and macOS use the "
                "packaged app instead",
            )
        )
    try:
        report = desktop_entry.install() if install else desktop_entry.remove()
    except desktop_entry.DesktopInstallError as exc:
        return fail(str(exc))
    if report.entry is not None:
        print(
            (
                translate("Cli", "wrote the launcher entry {path}")
                if install
                else translate("Cli", "removed the launcher entry {path}")
            ).format(path=report.entry)
        )
    if report.icons:  # always several (one per size)
        print(
            (
                translate("Cli", "wrote {count} icons under {folder}")
                if install
                else translate("Cli", "removed {count} icons under {folder}")
            ).format(
                count=len(report.icons), folder=desktop_entry.data_home() / "icons" / "hicolor"
            )
        )
    for line in report.left_alone:
        print(translate("Cli", "left alone: {item}").format(item=line))
    if install:
        # The action's name as the launcher shows it (the .desktop file has it in Spanish
        # too, worded as in the tray menu).
        print(
            translate(
                "Cli",
                '{name} is in your launcher now, with a "{action}" action (undo with: {command}).',
            ).format(
                name=DISPLAY_NAME,
                action=translate("Tray", "Pause now"),
                command=f"{APP_NAME} --remove-desktop-entry",
            )
        )
    elif report.changed:
        print(translate("Cli", "{name} is no longer in your launcher.").format(name=DISPLAY_NAME))
    else:
        print(translate("Cli", "There was no launcher entry to remove."))
    return EXIT_OK


def setup_shortcut(binding: str) -> int:
    from steadypause.platform import gnome_shortcut as shortcut
    from steadypause.platform.autostart import program_command

    try:
        shortcut.check_binding(binding)
    except shortcut.ShortcutError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    by_hand = translate(
        "Cli",
        "Bind the command '{command}' in your desktop's keyboard settings instead (the "
        "README says where).",
    ).format(command=f"{APP_NAME} pause")
    try:
        run = shortcut.gsettings_runner()
        result = shortcut.setup(binding, [*program_command(), "pause"], run)
    except shortcut.ShortcutError as exc:
        return fail(
            translate("Cli", "{problem}. {what_to_do}").format(problem=exc, what_to_do=by_hand)
        )
    if result.already is not None:
        print(
            translate(
                "Cli",
                "A shortcut for a pause is already there: {binding} ({name}); it was left as "
                "it is.",
            ).format(binding=result.already.binding, name=repr(result.already.name))
        )
        return EXIT_OK
    if result.taken_by:
        example = f"{APP_NAME} --setup-shortcut '<Control><Alt>p'"  # i18n-exempt: a command
        return fail(
            translate(
                "Cli",
                "{binding} is already used by {other}; nothing was changed. Choose another, "
                "e.g. {command}.",
            ).format(binding=binding, other=result.taken_by, command=example)
        )
    print(
        translate("Cli", "{binding} now opens a pause (GNOME custom shortcut {path}).").format(
            binding=binding, path=result.path
        )
    )
    print(
        translate(
            "Cli",
            "Change or remove it in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.",
        )
    )
    return EXIT_OK
