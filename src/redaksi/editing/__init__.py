"""Qt-free helpers behind the editor: offsets, text statistics, ignores, plain-text stories."""
