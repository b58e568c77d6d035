"""An ``Article`` in the formats the service and the CLI answer with.

``render(article, fmt)`` picks the renderer from ``RENDERERS``; each returns ``Rendered``.
The story's ``content_html`` is already sanitized by the pipeline; every metadata field is
untrusted page text and is escaped here.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Callable
from urllib.parse import quote

import babel
import babel.dates
import lxml.html

from .article import Article
from .extract.urls import split_url, web_url

# Policy of the reader page: no scripts, no plugins, styles only inline, images from anywhere.
HTML_CSP = ("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# The same, minus what a <meta> element cannot carry (frame-ancestors), for saved pages.
META_CSP = ("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
            "base-uri 'none'; form-action 'none'")
# Shown when the page holds no article worth a reader view.
NOT_READERABLE_TEXT = "This page does not seem to hold an article."
NOT_READERABLE_HTML = f'<p class="notice">{NOT_READERABLE_TEXT}</p>\n'
# A one-item list right after a figure is that figure's caption when this short (the
# Guardian writes captions as <ul><li>); a real list of one point is rarely set under a picture.
LIST_CAPTION_MAX_CHARS = 400
# Dates on pages that state no (known) language, or English without a region: "3 January
# 2019", the form the reader page always used (Babel's bare "en" is American: "January 3, 2019").
DEFAULT_DATE_LOCALE = "en_GB"
# Language codes that name no language ("und" is BCP 47's undetermined, "root" CLDR's base).
UNDETERMINED_LANGS = frozenset({"und", "root"})

@dataclass(frozen=True)
class Choice:
    """One option of a reader switch: a radio input ``#<group>-<value>`` and its label."""

    value: str
    label: str


@dataclass(frozen=True)
class Switch:
    """A reader setting switched without any script: radio inputs placed before ``.page``,
    each ``:checked`` selecting a rule on it. The page cannot keep the choice across loads
    (no script, no storage), so every load starts from ``default``."""

    group: str
    legend: str
    choices: tuple[Choice, ...]
    default: str


SWITCHES = (
    Switch("theme", "Theme", (Choice("auto", "Auto"), Choice("light", "Light"), Choice("sepia", "Sepia"),
                              Choice("dark", "Dark"), Choice("contrast", "High contrast")), "auto"),
    Switch("font", "Font", (Choice("serif", "Serif"), Choice("sans", "Sans"), Choice("mono", "Mono")), "serif"),
    Switch("size", "Size", (Choice("s", "S"), Choice("m", "M"), Choice("l", "L"), Choice("xl", "XL")), "m"),
)

# The extension's reader palette (extension/reader.css), plus a high-contrast theme (WCAG
# AAA: white on black, yellow links, 19:1) that ignores the page's own colours.
THEME_COLORS = {
    "light": {"bg": "#ffffff", "fg": "#1b1b1b", "muted": "#5f6368", "rule": "#e2e2e2",
              "link": "#0b57d0", "panel": "#f5f5f5", "accent": "#0b57d0", "scheme": "light"},
    "sepia": {"bg": "#f4ecd8", "fg": "#433422", "muted": "#7a6652", "rule": "#dccfb2",
              "link": "#8a4b0f", "panel": "#ebe0c5", "accent": "#8a4b0f", "scheme": "light"},
    "dark": {"bg": "#18191b", "fg": "#e4e4e4", "muted": "#a0a4a8", "rule": "#33363a",
             "link": "#8ab4f8", "panel": "#232529", "accent": "#8ab4f8", "scheme": "dark"},
    "contrast": {"bg": "#000000", "fg": "#ffffff", "muted": "#ffffff", "rule": "#ffffff",
                 "link": "#ffff00", "panel": "#000000", "accent": "#ffff00", "scheme": "dark"},
}


def _theme_vars(theme: str) -> str:
    colors = THEME_COLORS[theme]
    return ";".join(f"--{name}:{value}" for name, value in colors.items() if name != "scheme") \
        + f";color-scheme:{colors['scheme']}"


# Text sizes of the size switch; "m" is the extension's default (19px).
FONT_SIZES = {"s": "16px", "m": "19px", "l": "22px", "xl": "26px"}
FONT_FAMILIES = {"serif": "var(--serif)", "sans": "var(--sans)", "mono": "var(--mono)"}

READER_CSS_BASE = """
.page{--font-size:19px;--line-width:68ch;
--serif:"Iowan Old Style","Charter","Georgia","Cambria","DejaVu Serif","Noto Serif",serif;
--sans:system-ui,-apple-system,"Segoe UI","Roboto","Noto Sans","DejaVu Sans",sans-serif;
--mono:ui-monospace,"DejaVu Sans Mono","Noto Sans Mono","Liberation Mono",Menlo,Consolas,monospace;
--article-font:var(--serif);%(light)s}
@media (prefers-color-scheme:dark){#theme-auto:checked~.page{%(dark)s}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%%}
body{margin:0}
.page{min-height:100vh;background:var(--bg);color:var(--fg);font-family:var(--sans);
font-size:15px;line-height:1.4}
.switch{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.5rem 1rem;
background:var(--panel);border-bottom:1px solid var(--rule);font-size:13px}
.group{display:flex;align-items:center;gap:.25rem}
.legend{margin-inline-end:.35rem;color:var(--muted)}
.controls label{display:inline-block;min-width:2rem;padding:.2rem .55rem;border:1px solid var(--rule);
border-radius:999px;background:var(--bg);color:var(--fg);text-align:center;cursor:pointer}
.controls label[for=theme-light]{background:#ffffff;color:#1b1b1b}
.controls label[for=theme-sepia]{background:#f4ecd8;color:#433422}
.controls label[for=theme-dark]{background:#18191b;color:#e4e4e4}
.controls label[for=theme-contrast]{background:#000000;color:#ffffff;border-color:#ffffff}
.controls label[for=font-serif]{font-family:var(--serif)}
.controls label[for=font-mono]{font-family:var(--mono)}
main{max-width:calc(var(--line-width) + 2.5rem);margin:0 auto;padding:2.5rem 1.25rem 4rem;
font-size:var(--font-size)}
article{font-family:var(--article-font);line-height:1.6;text-rendering:optimizeLegibility;hyphens:auto}
header{margin-bottom:2rem;border-bottom:1px solid var(--rule);padding-bottom:1rem}
h1{font-size:1.85em;line-height:1.2;margin:.3rem 0 .6rem}
.content h2,.content h3,.content h4{line-height:1.3}
.byline,.meta,.notice{font-family:var(--sans);color:var(--muted);font-size:.8em;margin:.25rem 0}
a{color:var(--link);text-underline-offset:.15em}
.content img,.content video,.content svg,.content picture{max-width:100%%;height:auto}
.content figure{margin:1.5em 0}
.content figcaption{color:var(--muted);font-size:.8em;font-family:var(--sans)}
.content blockquote{margin:1.2em 0;padding-inline-start:1em;border-inline-start:3px solid var(--rule);
color:var(--muted)}
.content pre{overflow-x:auto;background:var(--panel);padding:.75em;font-size:.85em;line-height:1.45}
.content pre,.content code{font-family:var(--mono)}
.content code{font-size:.9em}
.content pre code{font-size:1em}
.content table{border-collapse:collapse;max-width:100%%;display:block;overflow-x:auto}
.content td,.content th{border:1px solid var(--rule);padding:.25em .5em;text-align:start;vertical-align:top}
footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);font-size:.8em;color:var(--muted)}
details{font-size:.9rem;margin-top:2rem}
@media print{@page{margin:2cm}
.page{--bg:#ffffff!important;--fg:#000000!important;--muted:#444444!important;--rule:#bbbbbb!important;
--link:#000000!important;--panel:#ffffff!important;color-scheme:light!important;min-height:0}
.controls,.switch,details{display:none!important}
main{padding:0;max-width:none;font-size:12pt}article{line-height:1.5}
h1{font-size:20pt}h1,.content h2,.content h3,.content h4{break-after:avoid}
.content img,.content figure,.content pre,.content blockquote,.content table{break-inside:avoid}
.content a{color:inherit;text-decoration:underline}
footer a[href^="http"]::after{content:" (" attr(href) ")";word-break:break-all}}
""" % {"light": _theme_vars("light"), "dark": _theme_vars("dark")}


def _switch_css() -> str:
    """The rules each switch's inputs select: the setting itself, the checked label's mark
    and the keyboard focus ring (the inputs are invisible; their labels show the state)."""
    rules = [f"#theme-{name}:checked~.page{{{_theme_vars(name)}}}" for name in THEME_COLORS]
    rules += [f"#font-{name}:checked~.page{{--article-font:{family}}}" for name, family in FONT_FAMILIES.items()]
    rules += [f"#size-{name}:checked~.page{{--font-size:{size}}}" for name, size in FONT_SIZES.items()]
    ids = [f"{switch.group}-{choice.value}" for switch in SWITCHES for choice in switch.choices]
    rules.append(",".join(f"#{i}:checked~.page label[for={i}]" for i in ids)
                 + "{outline:2px solid var(--accent);outline-offset:1px;font-weight:600}")
    rules.append(",".join(f"#{i}:focus-visible~.page label[for={i}]" for i in ids)
                 + "{outline:2px dashed var(--accent);outline-offset:2px}")
    # The area around the page (overscroll) follows the theme where :has() is supported.
    rules += [f":root:has(#theme-{name}:checked){{background:{colors['bg']}}}"
              for name, colors in THEME_COLORS.items()]
    return "\n".join(rules) + "\n"


READER_CSS = READER_CSS_BASE + _switch_css()


@dataclass(frozen=True)
class Rendered:
    """A rendered article: the body text and its media type (UTF-8 for text types)."""

    body: str
    mimetype: str


def render(article: Article, fmt: str) -> Rendered:
    try:
        renderer, mimetype = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(RENDERERS)}") from None
    return Rendered(renderer(article), mimetype)


def render_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_text(article: Article) -> str:
    head = [line for line in (article.title, article.byline, _meta_line(article)) if line]
    parts = ["\n".join(head)] if head else []
    if not article.readerable:
        parts.append(NOT_READERABLE_TEXT)
    if article.text.strip():
        parts.append(article.text.strip())
    if _safe_url(article.url):
        parts.append(f"Source: {article.url}")
    return "\n\n".join(parts) + "\n"


# --- HTML -------------------------------------------------------------------------------


def render_html(article: Article) -> str:
    lang = f' lang="{escape(article.lang)}"' if article.lang else ""
    direction = f' dir="{escape(article.dir)}"' if article.dir in ("ltr", "rtl", "auto") else ""
    return (f"<!DOCTYPE html>\n<html{lang}{direction}>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{META_CSP}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(article.title or 'Reader view')}</title>\n"
            f"<style>{READER_CSS}</style>\n</head>\n<body>\n{_switch_inputs()}<div class=\"page\">\n"
            f"{_switch_labels()}<main>\n<article>\n"
            f"{_html_header(article)}{_html_body(article)}</article>\n"
            f"{_html_explain(article)}{_html_footer(article)}</main>\n</div>\n</body>\n</html>\n")


def _switch_inputs() -> str:
    """The settings' radio inputs, before ``.page`` so that ``:checked ~ .page`` selects it."""
    return "".join(
        f'<input class="switch" type="radio" name="{switch.group}" id="{switch.group}-{choice.value}"'
        f'{" checked" if choice.value == switch.default else ""}>\n'
        for switch in SWITCHES for choice in switch.choices)


def _switch_labels() -> str:
    """The visible controls: one label per input. Interface text is English (``lang=en``)
    whatever the article's language."""
    groups = []
    for switch in SWITCHES:
        labels = "".join(f'<label for="{switch.group}-{choice.value}">{choice.label}</label>'
                         for choice in switch.choices)
        groups.append(f'<span class="group" role="group" aria-labelledby="{switch.group}-legend">'
                      f'<span class="legend" id="{switch.group}-legend">{switch.legend}</span>{labels}</span>')
    return (f'<nav class="controls" lang="en" dir="ltr" aria-label="Reader settings">\n'
            f'{chr(10).join(groups)}\n</nav>\n')


def _html_header(article: Article) -> str:
    lines = [f"<h1>{escape(article.title)}</h1>"] if article.title else []
    if article.byline:
        lines.append(f'<p class="byline">{escape(article.byline)}</p>')
    # Each part is isolated (<bdi>): an Arabic site name, a date and the English "min read"
    # keep their own direction, and the parts follow the page's (right to left on an RTL page).
    meta = [f"<bdi>{escape(part)}</bdi>" for part in (article.site_name,) if part]
    if article.published:
        meta.append(f'<bdi><time datetime="{escape(article.published)}">'
                    f"{escape(_human_date(article.published, article.lang))}</time></bdi>")
    if article.reading_minutes:
        meta.append(f'<bdi lang="en">{article.reading_minutes} min read</bdi>')
    if meta:
        lines.append(f'<p class="meta">{" · ".join(meta)}</p>')
    return f"<header>\n{chr(10).join(lines)}\n</header>\n" if lines else ""


def _html_body(article: Article) -> str:
    notice = "" if article.readerable else NOT_READERABLE_HTML
    if not article.content_html.strip():
        return notice
    return f'{notice}<div class="content">\n{fold_list_captions(article.content_html)}\n</div>\n'


def _html_explain(article: Article) -> str:
    if article.removed is None:
        return ""
    items = "".join(f"<li><code>{escape(block.reason)}</code> {escape(block.tag)} "
                    f"({block.length} chars): {escape(block.sample)}</li>\n"
                    for block in article.removed)
    return (f"<details>\n<summary>Removed blocks ({len(article.removed)})</summary>\n"
            f"<ol>\n{items}</ol>\n</details>\n")


def _html_footer(article: Article) -> str:
    if not _safe_url(article.url):
        return ""
    href = escape(article.url)
    label = escape(article.site_name or split_url(article.url.strip()).hostname or article.url)
    return (f'<footer>\n<p class="source"><bdi lang="en">Original:</bdi> '
            f'<a href="{href}" rel="noopener noreferrer"><bdi>{label}</bdi></a></p>\n</footer>\n')


def fold_list_captions(fragment: str) -> str:
    """A figure's caption written as a one-item list after it becomes its ``<figcaption>``,
    so it reads as a caption, not a bullet point (HTML and Markdown alike)."""
    if "<figure" not in fragment or "<li" not in fragment:
        return fragment
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    folded = [figure for figure in root.iter("figure") if _fold_caption(figure)]
    if not folded:
        return fragment
    return (escape(root.text or "", quote=False)
            + "".join(lxml.html.tostring(child, encoding="unicode") for child in root))


def _list_caption(figure):
    """The ``<li>`` of a one-item list right after ``figure`` that reads as its caption."""
    listing = figure.getnext()
    if listing is None or listing.tag not in ("ul", "ol") or (figure.tail or "").strip() \
            or (listing.text or "").strip() or figure.find(".//figcaption") is not None:
        return None
    items = [child for child in listing if isinstance(child.tag, str)]
    if len(items) != 1 or items[0].tag != "li" or len(items[0].text_content()) > LIST_CAPTION_MAX_CHARS \
            or any(el.tag in ("ul", "ol", "img", "figure", "table") for el in items[0].iter()):
        return None
    return items[0]


def _fold_caption(figure) -> bool:
    item = _list_caption(figure)
    if item is None:
        return False
    listing = item.getparent()
    only = [child for child in item if isinstance(child.tag, str)]
    # "<li><p>Caption</p></li>": the paragraph's content, not the paragraph.
    source = only[0] if len(only) == 1 and only[0].tag == "p" and not (item.text or "").strip() else item
    caption = lxml.html.Element("figcaption")
    caption.text = (source.text or "").strip()
    caption.extend(list(source))
    if len(caption):
        caption[-1].tail = (caption[-1].tail or "").rstrip()
    else:
        caption.text = caption.text.rstrip()
    figure.append(caption)
    figure.tail = listing.tail
    listing.getparent().remove(listing)
    return True


def _safe_url(url: str | None) -> bool:
    """Only an absolute http(s) URL becomes the clickable source link."""
    return web_url(url) is not None


def _human_date(value: str, lang: str | None = None) -> str:
    """The date as the article's readers write it ("3 janvier 2019" on a French page), the
    page's own calendar day (no time zone conversion)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    return babel.dates.format_date(moment.date(), format="long", locale=_date_locale(lang))


def _date_locale(lang: str | None) -> babel.Locale:
    """The Babel locale of a page's ``lang`` ("fr", "pt-BR"); English when unknown."""
    code = (lang or "").strip().replace("-", "_")
    if code and code.split("_")[0].lower() not in UNDETERMINED_LANGS:
        try:
            locale = babel.Locale.parse(code)
        except (ValueError, TypeError, babel.UnknownLocaleError):
            locale = None
        if locale is not None and (locale.language != "en" or locale.territory):
            return locale
    return babel.Locale.parse(DEFAULT_DATE_LOCALE)


def _meta_line(article: Article) -> str:
    parts = [part for part in (article.site_name,) if part]
    if article.published:
        parts.append(_human_date(article.published, article.lang))
    if article.reading_minutes:
        parts.append(f"{article.reading_minutes} min read")
    return " · ".join(parts)


# --- Markdown ---------------------------------------------------------------------------

# Characters that carry inline meaning in CommonMark text; backslash-escaped in page text.
MD_INLINE_SPECIALS_RE = re.compile(r"([\\`*_\[\]<>|])")
# An ampersand that would start an entity reference.
MD_ENTITY_RE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Text at the start of a block that Markdown would read as a heading, quote, list or rule.
MD_BLOCK_START_RE = re.compile(r"^(#{1,6}(?=\s|$)|[>+\-=])")
# "1." or "1)" at the start of a block would start an ordered list: escape the delimiter.
MD_ORDERED_START_RE = re.compile(r"^(\d+)([.)])")
# The start numbers a CommonMark ordered list marker can carry (1 to 9 ASCII digits).
MD_LIST_START_RE = re.compile(r"^[0-9]{1,9}$")
# Quote levels Markdown marks ("> > > "); deeper quotes join the deepest one. Each level adds
# two characters to every line inside it: 150 nested quotes turned 0.5 MB of HTML into 11 MB.
MD_MAX_QUOTE_DEPTH = 8
WHITESPACE_RE = re.compile(r"\s+")
# URL characters kept as they are in Markdown link destinations (RFC 3986 reserved ones and
# "%" of existing escapes); everything else, notably ( ) < > and spaces, is percent-encoded.
MD_URL_SAFE = "/:?#[]@!$&'*+,;=%~"
HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
# Elements that start their own block; anything else is inline content.
BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
              "figure", "figcaption", "ul", "ol", "li", "blockquote", "pre", "table", "hr",
              "dl", "dt", "dd", "details", "summary", "address", *HEADING_TAGS}


def render_markdown(article: Article) -> str:
    parts = [f"# {_md_text(article.title)}"] if article.title else []
    meta = " · ".join(_md_text(part) for part in (article.byline, _meta_line(article)) if part)
    if meta:
        parts.append(f"*{meta}*")
    if not article.readerable:
        parts.append(f"*{NOT_READERABLE_TEXT}*")
    parts.append(html_to_markdown(fold_list_captions(article.content_html)))
    if _safe_url(article.url):
        parts.append(f"Source: <{_md_destination(article.url)}>")
    return "\n\n".join(part for part in parts if part) + "\n"


def html_to_markdown(fragment: str) -> str:
    """A sanitized HTML fragment as CommonMark (GFM tables)."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return "\n\n".join(_md_blocks(root))


def _md_text(text: str | None) -> str:
    text = MD_INLINE_SPECIALS_RE.sub(r"\\\1", WHITESPACE_RE.sub(" ", text or ""))
    return MD_ENTITY_RE.sub(r"\\&", text)


def _md_blocks(container) -> list[str]:
    """The blocks of a container element, inline runs gathered into paragraphs."""
    blocks: list[str] = []
    run: list[str] = [_md_text(container.text)]
    for child in container:
        if not isinstance(child.tag, str):
            run.append(_md_text(child.tail))
            continue
        if child.tag in BLOCK_TAGS:
            _flush_paragraph(run, blocks)
            blocks.extend(_md_block(child))
        else:
            run.append(_md_inline_element(child))
        run.append(_md_text(child.tail))
    _flush_paragraph(run, blocks)
    return [block for block in blocks if block.strip()]


def _flush_paragraph(run: list[str], blocks: list[str]) -> None:
    text = _collapse("".join(run))
    run.clear()
    if text:
        text = MD_BLOCK_START_RE.sub(r"\\\1", text, count=1)
        blocks.append(MD_ORDERED_START_RE.sub(r"\1\\\2", text, count=1))


def _collapse(text: str) -> str:
    lines = [WHITESPACE_RE.sub(" ", line).strip() for line in text.split("  \n")]
    return "  \n".join(line for line in lines if line)


def _md_inline(el) -> str:
    parts = [_md_text(el.text)]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(_md_inline_element(child))
        parts.append(_md_text(child.tail))
    return "".join(parts)


def _md_inline_element(el) -> str:
    handler = INLINE_HANDLERS.get(el.tag)
    return handler(el) if handler else _md_inline(el)


def _md_emphasis(marker: str) -> Callable:
    def handler(el) -> str:
        inner = _collapse(_md_inline(el))
        return f"{marker}{inner}{marker}" if inner else ""
    return handler


def _md_destination(url: str) -> str:
    """A URL safe inside ``(...)`` and ``<...>``: spaces, brackets and quotes percent-encoded."""
    return quote(url.strip(), safe=MD_URL_SAFE)


def _md_link(el) -> str:
    text = _collapse(_md_inline(el))
    href = (el.get("href") or "").strip()
    if not href or href.startswith("#"):
        return text
    return f"[{text or _md_text(href)}]({_md_destination(href)})"


def _md_image(el) -> str:
    src = (el.get("src") or "").strip()
    if not src:
        return ""
    alt = _collapse(_md_text(el.get("alt")))
    return f"![{alt}]({_md_destination(src)})"


def _md_code_span(el) -> str:
    code = el.text_content()
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}" if code else ""


INLINE_HANDLERS: dict[str, Callable] = {
    "a": _md_link, "img": _md_image, "code": _md_code_span, "kbd": _md_code_span,
    "em": _md_emphasis("*"), "i": _md_emphasis("*"), "cite": _md_emphasis("*"),
    "strong": _md_emphasis("**"), "b": _md_emphasis("**"), "del": _md_emphasis("~~"),
    "s": _md_emphasis("~~"), "br": lambda el: "  \n",
}


def _md_block(el) -> list[str]:
    handler = BLOCK_HANDLERS.get(el.tag)
    return handler(el) if handler else _md_blocks(el)


def _md_heading(el) -> list[str]:
    text = _collapse(_md_inline(el)).replace("  \n", " ")
    return [f"{'#' * HEADING_TAGS[el.tag]} {text}"] if text else []


def _md_list(el) -> list[str]:
    ordered = el.tag == "ol"
    start = _list_start(el.get("start")) if ordered else 1
    items = []
    for number, item in enumerate((li for li in el if li.tag == "li"), start=start):
        marker = f"{number}. " if ordered else "- "
        body = "\n".join(_md_blocks(item)) or ""
        items.append(marker + body.replace("\n", "\n" + " " * len(marker)))
    return ["\n".join(items)] if items else []


def _list_start(value: str | None) -> int:
    """An ``ol start`` Markdown can number from: ASCII digits, at most the nine CommonMark
    allows in a list marker (negative starts and anything else count from 1)."""
    value = (value or "").strip()
    return int(value) if MD_LIST_START_RE.match(value) else 1


def _md_blockquote(el) -> list[str]:
    inner = "\n\n".join(_md_blocks(el))
    if sum(1 for _ in el.iterancestors("blockquote")) >= MD_MAX_QUOTE_DEPTH:
        return [inner] if inner else []  # already inside the deepest quote level Markdown shows
    return ["\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))] if inner else []


def _md_pre(el) -> list[str]:
    code = el.text_content().strip("\n")
    longest = max((len(m) for m in re.findall(r"`{3,}", code)), default=2)
    fence = "`" * (longest + 1)
    language = next((cls[len("language-"):] for node in (el, *el.iter("code"))
                     for cls in (node.get("class") or "").split() if cls.startswith("language-")), "")
    return [f"{fence}{language}\n{code}\n{fence}"]


def _md_table(el) -> list[str]:
    rows = [[_md_cell(cell) for cell in row if cell.tag in ("td", "th")] for row in el.iter("tr")]
    rows = [row for row in rows if row]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = [_md_row(rows[0]), _md_row(["---"] * width)] + [_md_row(row) for row in rows[1:]]
    return ["\n".join(lines)]


def _md_cell(cell) -> str:
    return _collapse(_md_inline(cell)).replace("  \n", " ")


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


BLOCK_HANDLERS: dict[str, Callable] = {
    **{tag: _md_heading for tag in HEADING_TAGS},
    "ul": _md_list, "ol": _md_list, "blockquote": _md_blockquote, "pre": _md_pre,
    "table": _md_table, "hr": lambda el: ["---"],
}

RENDERERS: dict[str, tuple[Callable[[Article], str], str]] = {
    "html": (render_html, "text/html"),
    "json": (render_json, "application/json"),
    "text": (render_text, "text/plain"),
    "markdown": (render_markdown, "text/markdown"),
}
