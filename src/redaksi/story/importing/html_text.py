"""HTML (a saved web page or the clipboard) to the plain paragraphs the recogniser reads.

A real parser (BeautifulSoup over lxml) does the work; this module only decides where
paragraphs and line breaks fall, collapses HTML whitespace the way a browser renders it,
and keeps bold, italic and links as marks.  Scripts, styles and other non-text elements are
removed outright: they were never part of what the reporter saw.  Everything visible —
comment forms and share buttons included — stays in the text, so the recogniser can drop
it *and list it* in the import report.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from redaksi.story.importing.source import (
    HintKind,
    ReadParagraph,
    SourceMark,
    SourceText,
    assemble,
)
from redaksi.story.model import MarkKind

INVISIBLE = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "head",
    "meta",
    "link",
    "select",
    "option",
)
BLOCKS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "pre",
        "address",
        "dl",
        "dt",
        "dd",
        "hr",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "center",
        "body",
        "html",
        "caption",
        "label",
        "button",
        "textarea",
    )
)
HINTS: dict[str, HintKind] = {
    "h1": "headline",
    "h2": "subhead",
    "h3": "subhead",
    "h4": "subhead",
    "h5": "subhead",
    "h6": "subhead",
    "figcaption": "caption",
    "blockquote": "quote",
}
BOLD = frozenset({"b", "strong"})
ITALIC = frozenset({"i", "em", "cite"})
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# Windows clipboard "HTML Format" header (Version:0.9 StartHTML:... ) before the markup.
_CF_HTML_HEADER = re.compile(r"\A\s*Version:\s*\d[^<]*?(?=<)", re.DOTALL)


@dataclass
class _Paragraph:
    chars: list[str] = field(default_factory=list)
    length: int = 0
    marks: list[tuple[int, int, MarkKind, str | None]] = field(default_factory=list)
    after_space: bool = True

    def add(self, text: str, preformatted: bool) -> tuple[int, int]:
        start = self.length
        if preformatted:
            out = text.replace("\r\n", "\n")
        else:
            out = _SPACE.sub(" ", text)
            if self.after_space and out.startswith(" "):
                out = out[1:]
        if out:
            self.chars.append(out)
            self.length += len(out)
            self.after_space = out[-1] in " \n"
        return start, self.length

    def line_break(self) -> None:
        if self.chars and self.chars[-1].endswith(" "):
            self.chars[-1] = self.chars[-1][:-1]
            self.length -= 1
        self.chars.append("\n")
        self.length += 1
        self.after_space = True


class _Builder:
    def __init__(self) -> None:
        self.paragraphs: list[ReadParagraph] = []
        self.current = _Paragraph()
        self.hints: list[HintKind] = []

    def flush(self) -> None:
        text = "".join(self.current.chars)
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        stripped = stripped.lstrip()
        if stripped:
            marks = []
            for start, end, kind, href in self.current.marks:
                s, e = max(start - lead, 0), min(end - lead, len(stripped))
                if e > s:
                    marks.append(SourceMark(s, e, kind, href))
            hint = self.hints[-1] if self.hints else None
            self.paragraphs.append(ReadParagraph(stripped, marks, hint))
        self.current = _Paragraph()

    def walk(self, node: Tag, preformatted: bool = False) -> None:
        for child in node.children:
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                if isinstance(child, CData):
                    continue
                self.current.add(str(child), preformatted)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name == "br":
                self.current.line_break()
                continue
            if name in {"img", "input", "button", "textarea"} and not child.get_text(strip=True):
                continue
            block = name in BLOCKS
            if block:
                self.flush()
            hint = HINTS.get(name)
            if hint:
                self.hints.append(hint)
            start = self.current.length
            self.walk(child, preformatted or name == "pre")
            end = self.current.length
            if end > start:
                if name in BOLD:
                    self.current.marks.append((start, end, "bold", None))
                elif name in ITALIC:
                    self.current.marks.append((start, end, "italic", None))
                elif name == "a" and child.get("href"):
                    href = str(child.get("href")).strip()
                    self.current.marks.append((start, end, "link", href))
            if block:
                self.flush()
            if hint:
                self.hints.pop()


def html_to_source(markup: str | bytes, format_name: str = "html") -> SourceText:
    """Visible text of ``markup`` as paragraphs, with bold/italic/link marks."""
    if isinstance(markup, str):
        markup = _CF_HTML_HEADER.sub("", markup, count=1)
    with warnings.catch_warnings():
        # Short pasted snippets ("https://...") look like URLs to bs4; they are text here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "lxml")
    for element in soup.find_all(INVISIBLE):
        element.decompose()
    builder = _Builder()
    builder.walk(soup)
    builder.flush()
    encoding = getattr(soup, "original_encoding", None) or ""
    return assemble(builder.paragraphs, format_name, encoding)
