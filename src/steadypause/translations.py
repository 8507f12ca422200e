"""Which language the app speaks, and loading its translations into Qt.

The translations live in ``resources/translations/steadypause_<language>.qm``, compiled by
``scripts/translations release`` from the ``resources/translations/*.ts`` files. Qt's own texts (the
standard buttons of a dialog, a line edit's context menu) come from the ``qtbase`` files
that PySide6 ships.

The ``language`` setting picks one: ``system`` follows the desktop's preferred languages in
order (``es_MX`` finds ``es``), anything else names a language. English is the source
language and needs no file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from steadypause.core import i18n
from steadypause.core.resource_files import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
CATALOG = "steadypause"

_installed: list[QTranslator] = []


def qm_folder() -> Path:
    return Path(str(resource("translations")))


def locale_for(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale the ``language`` setting asks for (``system``: the desktop's)."""
    if setting in ("", "system"):
        return system if system is not None else QLocale.system()
    return QLocale(setting)


def qt_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A marked text through the application's installed translators: the lookup
    :func:`install` hands to ``core.i18n.use`` (a test's own translator works through it)."""
    lookup = QCoreApplication.translate  # i18n-exempt: the lookup itself, for marked texts
    return lookup(context, text, disambiguation, n)


def install(
    setting: str = "system", *, system: QLocale | None = None, folder: Path | None = None
) -> str:
    """Load the translations for ``setting`` into the application; returns the language in
    use (``en`` when none of the preferred languages has a translation).

    Safe to call again (the previous translators are removed first), which is how a change
    of the setting takes effect for the windows opened afterwards.
    """
    _remove_installed()
    locale = locale_for(setting, system)
    language = SOURCE_LANGUAGE
    own = QTranslator()
    if own.load(locale, CATALOG, "_", str(folder or qm_folder())):
        language = own.language().split("_")[0] or SOURCE_LANGUAGE
        _keep(own)
    else:
        wanted = locale.uiLanguages()
        if any(not name.startswith(SOURCE_LANGUAGE) for name in wanted[:1]):
            log.info("no translation for %s; using English", ", ".join(wanted) or "C")
    # Qt's own texts only when the app itself speaks the language: English windows with
    # Spanish standard buttons would be worse than all English.
    if language != SOURCE_LANGUAGE:
        qt = QTranslator()
        if qt.load(QLocale(language), "qtbase", "_", _qt_translations()):
            _keep(qt)
    # Numbers and dates follow the locale asked for (es_MX formats like Mexico).
    QLocale.setDefault(locale)
    i18n.use(qt_lookup)
    return language


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _keep(translator: QTranslator) -> None:
    _installed.append(translator)
    QCoreApplication.installTranslator(translator)


def _remove_installed() -> None:
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()


def uninstall() -> None:
    """Back to the source texts (tests)."""
    _remove_installed()
    i18n.use(None)
    QLocale.setDefault(QLocale.system())


def use_without_application(setting: str) -> str:
    """Look texts up in the language ``setting`` asks for, with no QCoreApplication (the
    command line); returns the language in use.

    Qt installs a translator only into an application instance, and the command line must
    not create one it keeps (``pause`` and a bare start may go on to create the app), so
    the translator answers the lookups directly. Qt's own texts are not needed there.
    """
    import shiboken6

    locale = locale_for(setting)
    QLocale.setDefault(locale)
    catalog = [QTranslator()]
    if not catalog[0].load(locale, CATALOG, "_", str(qm_folder())):
        i18n.use(None)
        return SOURCE_LANGUAGE
    file = catalog[0].filePath()
    find = QTranslator.translate  # (not called "translate": the marking check reads those)

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        if not shiboken6.isValid(catalog[0]):
            # The QCoreApplication that ipc makes for a command deletes every QObject
            # when it shuts down, this translator too: load the file again.
            catalog[0] = QTranslator()
            catalog[0].load(file)
        found = find(catalog[0], context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.use(lookup)
    return catalog[0].language().split("_")[0] or SOURCE_LANGUAGE
