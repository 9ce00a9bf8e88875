"""Install Qt translators so an interface language is a ``.qm`` file, not a code change.

Source strings are Bahasa Indonesia.  ``resources/translations/redaksi_<lang>.qm`` (compiled
from the ``.ts`` sources with ``pyside6-lrelease``) adds a language; Qt's own dialog strings
come from Qt's translations when they exist for that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from redaksi.resources import resources_dir

SOURCE_LANGUAGE = "id"


def translations_dir() -> Path:
    """Where ``redaksi_<lang>.ts`` sources and compiled ``.qm`` files live."""
    return resources_dir() / "translations"


def install_translators(
    app: QCoreApplication, language: str = SOURCE_LANGUAGE, folder: Path | None = None
) -> list[str]:
    """Load Redaksi's and Qt's translations for ``language``; returns what was loaded."""
    loaded: list[str] = []
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for prefix, where in (
        ("qtbase", qt_dir),
        ("redaksi", str(folder or translations_dir())),
    ):
        if prefix == "redaksi" and language == SOURCE_LANGUAGE:
            continue
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", where):
            app.installTranslator(translator)
            loaded.append(prefix)
    return loaded
