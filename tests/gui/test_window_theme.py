from PySide6.QtGui import QPalette

from redaksi.gui.theme import DARK, LIGHT, apply_theme, status_colours
from redaksi.story.status import Status


def test_light_and_dark_palettes_differ_and_restore(qapp):
    try:
        assert apply_theme(qapp, "dark") is DARK
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
        assert "#headlineEdit" in qapp.styleSheet()
        assert apply_theme(qapp, "light") is LIGHT
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == LIGHT.base
    finally:
        apply_theme(qapp, "light")


def test_every_status_has_readable_pill_colours():
    for status in Status:
        for dark in (False, True):
            background, text = status_colours(status, dark)
            contrast = abs(background.lightness() - text.lightness())
            assert contrast > 60, (status, dark)
