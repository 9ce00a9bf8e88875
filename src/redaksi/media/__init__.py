"""Photos: safe opening, metadata, thumbnails, caption rules and web renditions (no Qt).

Entry points: :class:`redaksi.media.library.PhotoLibrary` (store and attach photos),
:func:`redaksi.media.renditions.make_renditions` (publish-ready files) and
:func:`redaksi.media.caption_rules.check_photo` (the photo desk's rules).
"""
