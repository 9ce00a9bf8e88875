"""``redaksi serve``: Redaksi's Indonesian checker behind LanguageTool's HTTP API.

Writers' tools that speak LanguageTool (LibreOffice, LTeX, browser add-ons,
language-tool-python) can then check Indonesian against the newsroom's own rules.
"""
