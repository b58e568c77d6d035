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
from urllib.parse import quote, urlsplit

import lxml.html

from .article import Article

# Policy of the reader page: no scripts, no plugins, styles only inline, images from anywhere.
HTML_CSP = ("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# The same, minus what a <meta> element cannot carry (frame-ancestors), for saved pages.
META_CSP = ("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
            "base-uri 'none'; form-action 'none'")
# Shown when the page holds no article worth a reader view.
NOT_READERABLE_TEXT = "This page does not seem to hold an article."
NOT_READERABLE_HTML = f'<p class="notice">{NOT_READERABLE_TEXT}</p>\n'
# Only these schemes become clickable source links.
LINK_SCHEMES = ("http", "https")

READER_CSS = """
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1f;--muted:#5f6368;--rule:#d9d6cf;
--link:#0b57d0;--code:#f0eee9}
@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e6e4df;--muted:#a0a4ab;
--rule:#34363b;--link:#8ab4f8;--code:#23252a}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);-webkit-text-size-adjust:100%}
body{margin:0;padding:2.5rem 1.25rem 4rem;font:1.125rem/1.7 Charter,"Bitstream Charter",
"Sitka Text",Cambria,Georgia,serif;text-rendering:optimizeLegibility;hyphens:auto}
main{max-width:38rem;margin:0 auto}
header{margin-bottom:2rem;border-bottom:1px solid var(--rule);padding-bottom:1.25rem}
h1,h2,h3,h4,h5,h6{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
line-height:1.25;margin:2rem 0 .75rem}
h1{font-size:2.1rem;margin-top:0}
.byline,.meta,.source,.notice{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--muted);font-size:.95rem;margin:.25rem 0}
a{color:var(--link);text-underline-offset:.15em}
p,ul,ol,blockquote,pre,table,figure{margin:0 0 1.2rem}
img,video{max-width:100%;height:auto}
figure{margin-left:0;margin-right:0}
figcaption{color:var(--muted);font-size:.9rem}
blockquote{border-left:3px solid var(--rule);margin-left:0;padding-left:1rem;color:var(--muted)}
pre,code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em}
pre{background:var(--code);padding:1rem;overflow-x:auto;line-height:1.45}
code{background:var(--code);padding:.1em .3em;border-radius:3px}
pre code{background:none;padding:0}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid var(--rule);padding:.35rem .6rem;text-align:left;vertical-align:top}
footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:1rem}
details{font-size:.9rem;margin-top:2rem}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--link:#000}
body{padding:0;font-size:11pt;line-height:1.5}main{max-width:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
h1,h2,h3,h4{break-after:avoid}img,figure,pre,blockquote,table{break-inside:avoid}
details{display:none}}
"""


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
            f"<style>{READER_CSS}</style>\n</head>\n<body>\n<main>\n<article>\n"
            f"{_html_header(article)}{_html_body(article)}</article>\n"
            f"{_html_explain(article)}{_html_footer(article)}</main>\n</body>\n</html>\n")


def _html_header(article: Article) -> str:
    lines = [f"<h1>{escape(article.title)}</h1>"] if article.title else []
    if article.byline:
        lines.append(f'<p class="byline">{escape(article.byline)}</p>')
    meta = [escape(part) for part in (article.site_name,) if part]
    if article.published:
        meta.append(f'<time datetime="{escape(article.published)}">'
                    f"{escape(_human_date(article.published))}</time>")
    if article.reading_minutes:
        meta.append(f"{article.reading_minutes} min read")
    if meta:
        lines.append(f'<p class="meta">{" · ".join(meta)}</p>')
    return f"<header>\n{chr(10).join(lines)}\n</header>\n" if lines else ""


def _html_body(article: Article) -> str:
    notice = "" if article.readerable else NOT_READERABLE_HTML
    if not article.content_html.strip():
        return notice
    return f'{notice}<div class="content">\n{article.content_html}\n</div>\n'


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
    label = escape(article.site_name or urlsplit(article.url).hostname or article.url)
    return (f'<footer>\n<p class="source">Original: <a href="{href}" rel="noopener noreferrer">'
            f"{label}</a></p>\n</footer>\n")


def _safe_url(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in LINK_SCHEMES and bool(parts.netloc)


def _human_date(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    return f"{moment.day} {moment:%B %Y}"


def _meta_line(article: Article) -> str:
    parts = [part for part in (article.site_name,) if part]
    if article.published:
        parts.append(_human_date(article.published))
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
    parts.append(html_to_markdown(article.content_html))
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
    start = int(el.get("start")) if ordered and (el.get("start") or "").isdigit() else 1
    items = []
    for number, item in enumerate((li for li in el if li.tag == "li"), start=start):
        marker = f"{number}. " if ordered else "- "
        body = "\n".join(_md_blocks(item)) or ""
        items.append(marker + body.replace("\n", "\n" + " " * len(marker)))
    return ["\n".join(items)] if items else []


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
