"""Translatable text, without Qt: marking it and looking it up.

Every sentence the app shows goes through :func:`translate` (or is marked with
:func:`QT_TRANSLATE_NOOP` where it is declared and translated where it is shown). The names
match what ``pyside6-lupdate`` looks for, so ``scripts/translations update`` finds every
marked text; a literal context is required for that (``translate("Wording", ...)``, never a
variable).

The core stays free of Qt: the running app installs Qt's lookup with :func:`use` (see
``steadypause/translations.py``); until then, and in the core's own tests, the source text
(English) is returned.

English plurals come from the source text itself: a numerus text such as
``"%n minute(s)"`` reads "1 minute" / "5 minutes" when no translation has it, so English
needs no translation file of its own. Only write ``(s)`` plurals in source texts.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text, disambiguation, n) -> the text to show
Lookup = Callable[[str, str, "str | None", int], str]  # i18n-exempt: a type annotation

_lookup: Lookup | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language in use; ``%n`` is replaced by ``n`` when ``n`` >= 0."""
    untranslated = text.replace("%n", str(n)) if n >= 0 else text
    result = untranslated if _lookup is None else _lookup(context, text, disambiguation, n)
    if n >= 0 and result == untranslated:
        result = english_plural(result, n)
    return result


def english_plural(text: str, n: int) -> str:
    """'minute(s)' -> 'minute' for 1, 'minutes' otherwise."""
    return text.replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for extraction; translate it with the same context where it is shown."""
    del context
    return text


def use(lookup: Lookup | None) -> None:
    """Install the lookup the running app uses (None: source texts again)."""
    global _lookup
    _lookup = lookup


def in_use() -> Lookup | None:
    return _lookup
