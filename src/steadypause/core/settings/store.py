"""The user's ``settings.toml``: read leniently, written atomically.

Loading never loses what the user wrote:
- a file that is not valid TOML, or larger than :data:`SETTINGS_FILE_MAX` (1 MiB), is renamed
  ``settings.toml.bad-<timestamp>`` and the app runs on defaults;
- one bad value falls back to its default with a message naming the key and its line;
- a file written by a newer version is left untouched and the app runs on defaults.
Each of these produces a human-readable entry in :attr:`LoadResult.messages`.

Saving never drops silently what it could not use: values of the current file that are not
valid (they fell back to defaults) are kept in a ``.bad-<timestamp>`` copy first, and
:meth:`SettingsStore.save` returns its path. A UTF-8 byte order mark at the start of the
file is accepted and not written back (the file is written as plain UTF-8). A symlinked
``settings.toml`` (dotfiles) is written through to its target, atomically in the target's
folder, and stays a link.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import shutil
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from steadypause.core.files import write_private_atomic
from steadypause.core.i18n import translate
from steadypause.core.settings import migrations
from steadypause.core.settings.field import Field
from steadypause.core.settings.file_text import FILE_NAME, user_directories
from steadypause.core.settings.language_hint import language_hint
from steadypause.core.settings.schema import FIELDS, FIELDS_BY_NAME, Settings
from steadypause.core.settings.set_aside import SetAside, tilde
from steadypause.core.settings.toml_writer import toml_key, toml_value
from steadypause.core.settings.user_file import (
    SETTINGS_FILE_MAX,
    FileTooLarge,
    has_unusable_values,
    read_settings_text,
    unknown_keys,
)

log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    settings: Settings
    messages: list[str] = dataclasses.field(default_factory=list)
    # False when the user's file must not be written (it came from a newer version, or
    # could not be read).
    writable: bool = True
    # What a value falls back to when the user's file does not set it: the built-in
    # defaults, overlaid with the system-wide file if there is one.
    base: Settings = dataclasses.field(default_factory=Settings)
    # Where each value came from: "user", "site" (system-wide file) or "default".
    sources: dict[str, str] = dataclasses.field(default_factory=dict)


class SettingsStore:
    """Reads and writes the user's ``settings.toml``, over optional system-wide defaults.

    ``site_directory`` (e.g. /etc/xdg/steadypause) may hold a ``settings.toml`` that an
    administrator uses to set defaults for everyone; the user's file overrides it key by
    key. The site file is only ever read.
    """

    def __init__(
        self,
        directory: Path,
        site_directory: Path | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self.site_path = site_directory / FILE_NAME if site_directory is not None else None
        self._now = now
        self.base = Settings()
        # The unreadable file this store last set aside, until someone forgets it.
        self.set_aside: SetAside | None = None

    def load(self) -> LoadResult:
        site_values, messages = self._load_site()
        self.base = Settings(**site_values)
        sources = dict.fromkeys(FIELDS_BY_NAME, "default") | dict.fromkeys(site_values, "site")

        def result(values: dict[str, Any], more: list[str], writable: bool = True) -> LoadResult:
            return LoadResult(
                dataclasses.replace(self.base, **values),
                messages + more,
                writable,
                self.base,
                sources | dict.fromkeys(values, "user"),
            )

        try:
            text = read_settings_text(self.path)
            data = tomllib.loads(text)
        except FileNotFoundError:
            loaded = result({}, [])
            self._write_first_file(loaded)
            return loaded
        except (UnicodeDecodeError, FileTooLarge, tomllib.TOMLDecodeError, RecursionError) as exc:
            # tomllib parses arrays and inline tables recursively: a few thousand nested
            # brackets raise RecursionError, not TOMLDecodeError.
            kept = self._set_aside()
            self.set_aside = SetAside(kept, site=bool(site_values))
            log.warning("settings file %s is not valid TOML: %s; kept as %s", self.path, exc, kept)
            return result(
                {},
                [
                    translate(
                        "Settings",
                        "Your settings file could not be read ({reason}). It was kept as "
                        "{path} and Steady Pause is using default settings.",
                    ).format(reason=_short(exc), path=tilde(kept))
                ],
            )
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return result(
                {},
                [
                    translate(
                        "Settings",
                        "Could not read {path} ({reason}). Using default settings for now.",
                    ).format(path=self.path, reason=exc.strerror)
                ],
                writable=False,
            )
        values, problems, newer = parse(data, text, self.path.name)
        if newer:
            return result({}, problems, writable=False)
        return result(values, problems)

    def _load_site(self) -> tuple[dict[str, Any], list[str]]:
        if self.site_path is None:
            return {}, []
        try:
            text = read_settings_text(self.site_path)
            data = tomllib.loads(text)
        except FileNotFoundError:
            return {}, []
        except (
            OSError,
            UnicodeDecodeError,
            FileTooLarge,
            tomllib.TOMLDecodeError,
            RecursionError,
        ) as exc:
            message = translate(
                "Settings",
                "The system-wide settings in {path} could not be read ({reason}); "
                "they are ignored. Your own settings still apply.",
            ).format(path=self.site_path, reason=_short(exc))
            log.warning("%s", message)
            return {}, [message]
        values, problems, newer = parse(data, text, str(self.site_path))
        return ({} if newer else values), problems

    def language_hint(self) -> str:
        """The ``language`` setting, read without side effects and without messages.

        For choosing the translations *before* :meth:`load`, so that the messages
        ``load`` writes (a bad value, a file set aside) are in the person's language
        (language_hint.py, which the app reads before its tray icon without this store).
        """
        return language_hint((self.path, self.site_path))

    def save(self, settings: Settings) -> Path | None:
        """Write the settings atomically, readable only by the user; returns the copy kept
        of the current file when it held values that could not be used, else None.

        Values equal to the base (defaults or system-wide settings) are written commented
        out, so a later change of the system-wide defaults still reaches this user. A
        symlinked file is written through to its target, in the target's folder.
        """
        target = self._target()
        current = self._current()
        kept = None
        if current is not None and has_unusable_values(current[1]):
            kept = self._bad_name(target)
            shutil.copyfile(target, kept)  # the bytes as they are
            kept.chmod(0o600)
            log.info("%s held values that could not be used; kept as %s", self.path, kept)
        unknown = unknown_keys(current[1]) if current is not None else {}
        write_private_atomic(target, render(settings, self.base, unknown))
        return kept

    def _target(self) -> Path:
        """The file written: the user's settings.toml, or where it links to."""
        return self.path.resolve() if self.path.is_symlink() else self.path

    def _current(self) -> tuple[str, dict[str, Any]] | None:
        """The current file's text and its values, or None if there is none to read."""
        try:
            text = read_settings_text(self.path)
            return text, tomllib.loads(text)
        except (OSError, ValueError, tomllib.TOMLDecodeError, RecursionError):
            return None

    def _write_first_file(self, result: LoadResult) -> None:
        try:
            self.save(result.settings)
        except OSError as exc:
            log.warning("could not write %s: %s", self.path, exc)
            result.messages.append(
                translate(
                    "Settings",
                    "Could not create {path} ({reason}); settings will not be remembered.",
                ).format(path=self.path, reason=exc.strerror)
            )

    def _bad_name(self, target: Path) -> Path:
        """A free ``<name>.bad-<timestamp>`` beside ``target``."""
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.name}.bad-{stamp}")
        n = 1
        while kept.exists():
            n += 1
            kept = target.with_name(f"{target.name}.bad-{stamp}-{n}")
        return kept

    def _set_aside(self) -> Path:
        """Rename the unreadable file (a link's target: the link stays) to a .bad- name."""
        target = self._target()
        kept = self._bad_name(target)
        target.replace(kept)
        return kept


def user_store() -> SettingsStore:
    """The store the app and ``steadypause config`` use: the user's config directory over
    the system-wide one (both from platformdirs, so the XDG variables apply)."""
    user, site = user_directories()
    return SettingsStore(user, site_directory=site)


def parse(data: dict[str, Any], text: str, name: str) -> tuple[dict[str, Any], list[str], bool]:
    """Validate a parsed settings file key by key.

    Returns (the valid values, messages naming key and line for the rest, True if the file
    comes from a newer schema and must be left alone).
    """
    messages: list[str] = []
    version = data.get("schema_version", migrations.SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        messages.append(
            translate(
                "Settings",
                "{file} line {line}: schema_version must be a whole number; assuming {version}.",
            ).format(
                file=name, line=_line_of(text, "schema_version"), version=migrations.SCHEMA_VERSION
            )
        )
        version = migrations.SCHEMA_VERSION
    if version > migrations.SCHEMA_VERSION:
        return (
            {},
            [
                translate(
                    "Settings",
                    "{file} was written by a newer version of Steady Pause (schema "
                    "{version}; this version knows {known}). It was left unchanged and "
                    "this session uses default settings.",
                ).format(file=name, version=version, known=migrations.SCHEMA_VERSION)
            ],
            True,
        )
    data = migrations.migrate(dict(data), version)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "schema_version":
            continue
        field = FIELDS_BY_NAME.get(key)
        if field is None:
            messages.append(
                translate(
                    "Settings",
                    "{file} line {line}: unknown setting '{key}' was ignored (kept in the file).",
                ).format(file=name, line=_line_of(text, key), key=key)
            )
            continue
        coerced, message = _check_value(field, value, text, name)
        if message:
            messages.append(message)
        if coerced is not None:
            values[key] = coerced
    for m in messages:
        log.warning("%s", m)
    return values, messages, False


def _check_value(field: Field, value: Any, text: str, name: str) -> tuple[Any, str | None]:
    """(the value kept for ``field``, or None; the message about it, or None)."""
    key = field.name
    coerced, problem = field.coerce(value)
    if problem and coerced is not None:
        return coerced, translate("Settings", "{file} line {line}: '{key}': {problem}.").format(
            file=name, line=_line_of(text, key), key=key, problem=problem
        )
    if problem:
        return None, translate(
            "Settings", "{file} line {line}: '{key}': {problem}; using the default {default}."
        ).format(
            file=name,
            line=_line_of(text, key),
            key=key,
            problem=problem,
            default=toml_value(field.default),
        )
    return coerced, None


def render(
    settings: Settings, base: Settings | None = None, unknown: Mapping[str, Any] | None = None
) -> str:
    """The settings file's text. Values equal to ``base`` are written commented out;
    ``unknown`` keys (from a newer version, or typed by hand) are carried over as they were.
    """
    base = base if base is not None else Settings()
    # The file stays in English whatever the app speaks, like its keys and docs/settings.md.
    lines = [  # i18n-exempt: the settings file's text (English)
        "# Steady Pause settings. Edit while the app is closed, or use the app.",
        "# A value that is not valid falls back to its default; the app tells you which.",
        "# Lines starting with # show the value in use when you set nothing.",
        "",
        f"schema_version = {migrations.SCHEMA_VERSION}",
        "",
    ]
    tables: list[str] = []
    for field in FIELDS:
        value = getattr(settings, field.name)
        own = value != getattr(base, field.name)
        entry = field.kind.file_entry(field, value, own)
        (tables if field.kind.table else lines).extend(entry)
    if unknown:
        lines.append(  # i18n-exempt: the settings file's text (English)
            "# Kept from your file as written; this version does not use them."
        )
        lines.extend(f"{toml_key(k)} = {toml_value(v, inline=True)}" for k, v in unknown.items())
        lines.append("")
    return "\n".join(lines + tables)


def _line_of(text: str, key: str) -> int | str:
    name = re.escape(key)
    # key = value, "key" = value, or a [key] / [[key]] table header
    pattern = re.compile(rf"^[ \t]*(\"?{name}\"?[ \t]*=|\[\[?[ \t]*{name}[ \t]*\])", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else "?"


def _short(exc: Exception) -> str:
    if isinstance(exc, FileTooLarge):
        return translate("Settings", "it is larger than {size}").format(
            size=f"{SETTINGS_FILE_MAX // (1024 * 1024)} MiB"  # i18n-exempt: a unit
        )
    if isinstance(exc, UnicodeDecodeError):
        return translate("Settings", "it is not UTF-8 text")
    if isinstance(exc, RecursionError):
        return translate("Settings", "it is nested too deeply")
    return str(exc)
