"""Python generated from the Designer sources in ``ui/`` (see ``redaksi.gui.formgen``)."""
