"""Render an article with Jinja2: the newsroom's template folder first, then Redaksi's own."""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from redaksi.publish.article import ArticleView
from redaksi.publish.metadata import absolute, json_ld
from redaksi.resources import resource

ARTICLE_TEMPLATE = "article.html.j2"
BODY_TEMPLATE = "body.html.j2"
STYLESHEET = "style.css"


def template_environment(custom_dir: Path | None = None) -> Environment:
    """Autoescaping environment; a custom folder overrides any template it contains."""
    loaders = []
    if custom_dir is not None:
        if not custom_dir.is_dir():
            raise FileNotFoundError(f"Folder templat tidak ditemukan: {custom_dir}")
        loaders.append(FileSystemLoader(str(custom_dir)))
    loaders.append(FileSystemLoader(str(resource("templates"))))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def stylesheet_text(custom_dir: Path | None = None) -> str:
    """The stylesheet: the custom folder's ``style.css`` when present, else Redaksi's."""
    if custom_dir is not None and (custom_dir / STYLESHEET).is_file():
        return (custom_dir / STYLESHEET).read_text(encoding="utf-8")
    return resource("templates", STYLESHEET).read_text(encoding="utf-8")


def render_article(view: ArticleView, custom_dir: Path | None = None) -> str:
    """The complete ``index.html`` for ``view``."""
    env = template_environment(custom_dir)
    return env.get_template(ARTICLE_TEMPLATE).render(
        view=view,
        story=view.story,
        site=view.site,
        lead_image=view.lead_image,
        json_ld=json_ld(view),
        absolute=lambda src: absolute(view, src),
        stylesheet=STYLESHEET,
        figures=view.images,
    )


def render_body(
    view: ArticleView, custom_dir: Path | None = None, with_lead_image: bool = True
) -> str:
    """Only the article body (figures, lead, paragraphs, asides, end mark): CMS post content.

    ``with_lead_image=False`` leaves out the lead photo, which a CMS shows as featured image.
    """
    env = template_environment(custom_dir)
    lead = view.lead_image
    figures = [i for i in view.images if with_lead_image or i is not lead]
    return env.get_template(BODY_TEMPLATE).render(
        view=view, story=view.story, site=view.site, lead_image=lead, figures=figures
    )
