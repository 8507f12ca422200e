"""Every routine the person can open: the built-in ones and their own files.

The built-in routines ship in ``resources/routines``; the person's own are ``*.toml`` files
in ``<user data dir>/routines`` (platformdirs), checked exactly like the built-in ones
(:mod:`steadypause.core.routine`). A broken file, or one whose id is a built-in routine's
(it would silently shadow it), is skipped with a problem naming the file (and the line,
where the check knows it); the rest still load. Each problem is logged once per library,
however often the folder is read again.

A routine is found by its id or, case-insensitively, by its title in English or in the
language in use (:meth:`RoutineLibrary.find`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from steadypause import APP_NAME
from steadypause.core import i18n
from steadypause.core.i18n import translate
from steadypause.core.routine import (
    Routine,
    RoutineError,
    Translate,
    load_builtin_routines,
    load_routine_text,
    translated,
)

log = logging.getLogger(__name__)

FOLDER_NAME = "routines"

# The order the built-in routines are offered in (longest practice first, the day's close
# last); a built-in routine not named here comes after them.
BUILT_IN_ORDER = ("full", "transition", "breathe", "heart", "boundary", "release")


def user_folder() -> Path:
    """Where the person's own routine files go: ``<user data dir>/routines``."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / FOLDER_NAME


@dataclass(frozen=True)
class Entry:
    """One routine, in the language in use, and where it came from."""

    routine: Routine
    english_title: str
    file: Path | None  # None: built in


def _keep_english(context: str, text: str) -> str:
    return text


class RoutineLibrary:
    """The built-in routines and the person's own folder, read again on :meth:`reload`.

    ``folder`` None: no user folder (the built-in routines only). Loading the built-in
    routines raises :class:`RoutineError` (a packaging bug); a user file never does.
    ``log_problems`` False: the caller shows :attr:`problems` itself (the command line).
    """

    def __init__(
        self, folder: Path | None, look_up: Translate | None = None, *, log_problems: bool = True
    ) -> None:
        self.folder = folder
        self._look_up = look_up
        self._log_problems = log_problems
        self._entries: dict[str, Entry] = {}
        self.problems: tuple[str, ...] = ()
        self._logged: set[str] = set()
        self._builtin: dict[str, Entry] = {}
        self.retranslate()

    # -- loading --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Load the built-in routines again in the language in use, and the user folder."""
        english = load_builtin_routines(_keep_english)
        look_up = self._look_up or i18n.translate
        order = {rid: n for n, rid in enumerate(BUILT_IN_ORDER)}
        ids = sorted(english, key=lambda rid: (order.get(rid, len(order)), rid))
        self._builtin = {
            rid: Entry(translated(english[rid], look_up), english[rid].title, None) for rid in ids
        }
        self.reload()

    def reload(self) -> bool:
        """Read the user folder again; True when the routines on offer changed."""
        entries = dict(self._builtin)
        problems: list[str] = []
        for path in self._user_files():
            try:
                routine = load_routine_text(path.read_text(encoding="utf-8"), str(path))
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(
                    translate("Routines", "{file}: could not be read ({reason})").format(
                        file=path, reason=exc
                    )
                )
                continue
            except RoutineError as exc:
                problems.append(str(exc))
                continue
            taken = entries.get(routine.id)
            if taken is not None and taken.file is None:
                problems.append(
                    translate(
                        "Routines",
                        "{file}: the id '{id}' belongs to a built-in routine, so this file "
                        "was skipped; give it an id of its own",
                    ).format(file=path, id=routine.id)
                )
                continue
            if taken is not None:
                problems.append(
                    translate(
                        "Routines",
                        "{file}: the id '{id}' is already used by {other}, so this file was "
                        "skipped",
                    ).format(file=path, id=routine.id, other=taken.file)
                )
                continue
            entries[routine.id] = Entry(routine, routine.title, path)
        for problem in problems if self._log_problems else ():
            if problem not in self._logged:
                self._logged.add(problem)
                log.warning("a routine file was skipped: %s", problem)
        changed = [(e.routine, e.file) for e in entries.values()] != [
            (e.routine, e.file) for e in self._entries.values()
        ]
        self._entries = entries
        self.problems = tuple(problems)
        return changed

    def _user_files(self) -> list[Path]:
        if self.folder is None:
            return []
        try:
            files = [p for p in self.folder.iterdir() if p.suffix == ".toml" and p.is_file()]
        except FileNotFoundError:
            return []
        except OSError as exc:
            problem = translate("Routines", "{folder}: could not be read ({reason})").format(
                folder=self.folder, reason=exc
            )
            if self._log_problems and problem not in self._logged:
                self._logged.add(problem)
                log.warning("%s", problem)
            return []
        return sorted(files, key=lambda p: p.name)

    # -- what is on offer -----------------------------------------------------------------

    @property
    def routines(self) -> dict[str, Routine]:
        """Every routine by id: the built-in ones in their order, then the person's own."""
        return {rid: entry.routine for rid, entry in self._entries.items()}

    def entries(self) -> list[Entry]:
        return list(self._entries.values())

    def source(self, routine_id: str) -> Path | None:
        """The file a routine came from; None for a built-in one (KeyError if unknown)."""
        return self._entries[routine_id].file

    def find(self, name: str) -> Routine | None:
        """The routine with this id or, case-insensitively, this title (English or shown)."""
        wanted = " ".join(name.split())
        if wanted in self._entries:
            return self._entries[wanted].routine
        folded = wanted.casefold()
        for entry in self._entries.values():
            titles = {entry.routine.title.casefold(), entry.english_title.casefold()}
            if folded in titles or folded == entry.routine.id.casefold():
                return entry.routine
        return None

    def choices(self) -> str:
        """The routines to choose from, for a message: ``full (A steady pause), …``."""
        return ", ".join(
            translate("Routines", "{id} ({title})").format(id=rid, title=entry.routine.title)
            for rid, entry in self._entries.items()
        )
