"""Indonesian spelling: Hunspell plus roots, morphology, names, foreign words and suggestions.

Build a source with :func:`redaksi.language.spelling.source.spelling_source`; the heavy,
shared parts (dictionaries, root list, caches) live in one :class:`Lexicon` per process.
"""
