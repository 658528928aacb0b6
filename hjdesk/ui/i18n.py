"""The window's language: hjdesk's own translations (``resources/i18n``)
and Qt's, for the standard dialogs and buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Replace the installed translators with those of ``language``
    (``zh_CN`` or ``en``); returns whether hjdesk's own file was found."""
    from hjdesk.core.resources import resource_dir

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    found = own.load(str(resource_dir() / "i18n" / f"hjdesk_{language}.qm"))
    if found:
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    if language != "en" and qt.load(QLocale(language), "qtbase", "_",
                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return found
