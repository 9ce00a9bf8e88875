"""Qt widgets.  The only package that imports Qt; it displays core objects and calls core code."""
