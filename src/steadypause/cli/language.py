"""The language the command line speaks: the ``language`` setting, read without side effects.

Human text (help, messages, status) is looked up in the compiled catalogue of the language
the setting asks for; ``--json`` output and ``config reference`` (docs/settings.md) stay as
they are. argparse's own texts (headings, ``--help``, errors) are looked up here too.
"""

from __future__ import annotations

from steadypause.core import i18n
from steadypause.core.i18n import QT_TRANSLATE_NOOP

# argparse's own texts (headings, --help, errors) that a person sees; argparse looks them
# up with gettext, which entry.main() points at argparse_text. Others (and other versions'
# wording) stay.
_ARGPARSE_TEXTS = frozenset(
    {
        QT_TRANSLATE_NOOP("Cli", "usage: "),
        QT_TRANSLATE_NOOP("Cli", "positional arguments"),
        QT_TRANSLATE_NOOP("Cli", "options"),
        QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Cli", "expected one argument"),
        QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    }
)


def argparse_text(text: str) -> str:
    """argparse's gettext: its texts above in the language in use, others as they are."""
    return i18n.translate("Cli", text) if text in _ARGPARSE_TEXTS else text


def prints_human_text(argv: list[str]) -> bool:
    """False where the output is for programs, or English by design, or the app's own."""
    words = [arg for arg in argv if not arg.startswith("-")]
    if "--json" in argv or words[:2] == ["config", "reference"]:
        return False  # JSON; docs/settings.md is English
    # Starting the tray app: it installs the translations itself (app_commands.start asks
    # only if it has something to say); keep that start-up path free of the extra reading.
    return bool(words) or any(arg != "--autostart" for arg in argv)


def use_the_persons_language() -> str:
    """Look texts up in the language the ``language`` setting asks for; returns it."""
    from steadypause import translations

    return translations.use_without_application(language_setting())


def language_setting() -> str:
    """The ``language`` setting, read as the app reads it but without writing anything (no
    first file, no moving a broken file aside: that is the app's and ``config``'s
    business); ``system`` on any trouble."""
    from steadypause.core import settings

    try:
        return settings.user_store().language_hint()
    except Exception:  # any trouble: the desktop's language, silently
        return "system"
