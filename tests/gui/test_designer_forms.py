"""Generated form modules must match their Designer sources."""

from redaksi.gui.formgen import FORMS_DIR, compile_form, module_name, ui_files


def test_every_form_is_generated_and_fresh():
    sources = ui_files()
    assert sources, "no Designer forms found in ui/"
    for ui_file in sources:
        generated = FORMS_DIR / module_name(ui_file)
        assert generated.exists(), f"{generated.name} missing: run python -m redaksi.gui.formgen"
        assert generated.read_text(encoding="utf-8") == compile_form(ui_file), (
            f"{generated.name} is stale: run python -m redaksi.gui.formgen"
        )


def test_no_orphan_form_modules():
    expected = {module_name(f) for f in ui_files()} | {"__init__.py"}
    present = {p.name for p in FORMS_DIR.glob("*.py")}
    assert present == expected
