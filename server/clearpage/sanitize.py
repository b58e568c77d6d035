"""The sanitizer: the security boundary of clearpage.

Every byte of HTML that leaves clearpage passes through ``sanitize_fragment``, last, once, on
the final story fragment. What it lets through is an explicit allowlist (the POLICY data below),
never a blocklist: anything not named here is removed.

Two passes:

1. **Prepare** (lxml, on the fragment): video embeds (``iframe``/``video``/``embed``/``object``
   with a source) become plain links "Video: <url>", because the reader view runs no third-party
   frames; elements whose *content* is code or UI rather than reading matter (``script``,
   ``style``, ``template``, ``svg``, ``math``, forms...) are removed with everything inside;
   sectioning containers become ``div`` so their text stays separate blocks.
2. **Sanitize** (bleach's sanitizer filter and html5lib's serializer, over the lxml tree):
   keep only allowlisted tags (others are stripped, their text kept), allowlisted attributes
   with vetted values, and URLs whose scheme is allowlisted; then every link gets
   ``rel="noopener noreferrer nofollow"``. The serializer escapes all text and attribute
   values. No allowlisted element parses its content as raw text, RCDATA or foreign content
   (script, style, textarea, title, svg and math are gone with their content, comments too), so
   however a browser's parser nests the output, it can only rearrange elements that were
   checked: there is no parser-differential ("mutation") XSS to exploit.

Why the rules are what they are:

* no ``style`` attribute or element: CSS can run script in old engines (``expression()``,
  ``-moz-binding``, ``behavior``), exfiltrate through ``url()``, and overlay fake UI; the reader
  view has its own stylesheet;
* no ``on*`` attribute (none is allowlisted): event handlers are script;
* no ``id``/``name``: DOM clobbering (``<img name=getElementById>``, ``<a id=config>``) can
  subvert the reader page's own script; no ``class``: the page's class names mean nothing in the
  reader view and can target the reader's own styles;
* URL schemes are ``http``, ``https``, ``mailto`` (links) and, for ``img src`` only, raster
  ``data:image/(png|gif|jpeg|webp)``. ``javascript:``, ``vbscript:``, ``data:text/html`` and
  ``data:image/svg+xml`` (SVG is a script-capable document) are dropped. Values are normalized
  the way a browser's URL parser does before the scheme check (entities decoded by the parser,
  ASCII whitespace and control characters removed) so ``jav&#x09;ascript:`` does not slip past;
* ``srcset`` is a list of URLs: each candidate is checked on its own, bad ones are dropped;
* links get ``rel="noopener noreferrer nofollow"``: no ``window.opener`` handle for the target,
  no Referer leak of what the user reads, no endorsement of the page's links.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

import bleach
import lxml.html
from bleach.html5lib_shim import Filter, HTMLSerializer
from lxml import etree

from .extract.dom import drop_tags
from .extract.parse import neutralize_control_references
from .extract.urls import format_srcset, parse_srcset
from .extract.text import text_of
from .limits import MAX_FRAGMENT_CHARS, cut_from

# --------------------------------------------------------------------------------------------
# The policy, as data.
# --------------------------------------------------------------------------------------------

# Tags a story is made of. Everything else is stripped (its text kept) by bleach.
ALLOWED_TAGS = frozenset({
    # structure and text blocks (div: extraction output nests blocks in it; keeping it keeps
    # the blocks separate, it carries no attributes)
    "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "br",
    "ul", "ol", "li", "dl", "dt", "dd", "details", "summary",
    "figure", "figcaption", "img", "picture", "source",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    # phrasing
    "a", "em", "strong", "b", "i", "u", "s", "mark", "small", "abbr", "cite", "q", "dfn",
    "code", "kbd", "samp", "var", "del", "ins", "sup", "sub", "time",
})

# Attributes per tag; "*" applies to every allowed tag. Values are vetted by ``_allow_attr``.
ALLOWED_ATTRIBUTES = {
    "*": ["lang", "dir"],
    "a": ["href", "title"],
    "img": ["src", "srcset", "sizes", "alt", "title", "width", "height"],
    "source": ["srcset", "sizes", "type", "media"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan", "scope"],
    "col": ["span"],
    "colgroup": ["span"],
    "time": ["datetime"],
    "ol": ["start", "reversed"],
    "abbr": ["title"],
    "dfn": ["title"],
    "q": ["cite"],
    "blockquote": ["cite"],
    "del": ["cite", "datetime"],
    "ins": ["cite", "datetime"],
    "details": ["open"],
}

GLOBAL_ATTRIBUTES = frozenset(ALLOWED_ATTRIBUTES["*"])
KEPT_ATTRIBUTES = {tag: GLOBAL_ATTRIBUTES | frozenset(names)
                   for tag, names in ALLOWED_ATTRIBUTES.items() if tag != "*"}

# URL-valued attributes and the schemes each accepts. A value without a scheme (relative,
# ``#fragment``) is allowed: it resolves against the page, never runs.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
MEDIA_SCHEMES = frozenset({"http", "https"})
URL_ATTRIBUTES = {("a", "href"): LINK_SCHEMES, ("img", "src"): MEDIA_SCHEMES,
                  ("q", "cite"): MEDIA_SCHEMES, ("blockquote", "cite"): MEDIA_SCHEMES,
                  ("del", "cite"): MEDIA_SCHEMES, ("ins", "cite"): MEDIA_SCHEMES}
SRCSET_ATTRIBUTES = {("img", "srcset"), ("source", "srcset")}
# Raster images only; SVG documents can carry script.
DATA_IMAGE_RE = re.compile(r"^data:image/(?:png|gif|jpeg|jpg|webp)[;,]", re.IGNORECASE)
# Bleach checks URL attributes again with this set after ``_allow_attr`` (defence in depth);
# "data" is in it only because ``_allow_attr`` already limited data: to raster img sources.
BLEACH_PROTOCOLS = frozenset(LINK_SCHEMES | {"data"})

LINK_REL = "noopener noreferrer nofollow"

# Elements removed together with their whole content before bleach sees the fragment: their
# content is code, styling, hidden or interactive UI, never reading matter (and several parse
# as raw text, the classic ground of mutation XSS).
DROP_WITH_CONTENT = frozenset({
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "noframes",
    "object", "embed", "applet", "param", "svg", "textarea", "select", "option",
    "optgroup", "datalist", "button", "form", "input", "label", "fieldset", "legend", "output",
    "canvas", "video", "audio", "track", "noembed", "xmp", "plaintext", "listing", "title",
    "head", "meta", "link", "base", "dialog", "portal", "slot", "marquee", "map", "area",
})
# MathML is a namespace-confusion vector, so no MathML element passes; a formula is kept as
# the plain text of its token elements (identifiers, numbers, operators, text) or its
# ``alttext``. Everything else inside <math> (a smuggled <style>, raw text) is dropped.
MATH_TOKEN_TAGS = ("mi", "mn", "mo", "mtext", "ms")
# Elements that never have content (the HTML standard's void elements): one tag, no end tag.
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                       "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame",
                       "keygen"})
# Sectioning and layout containers: kept as ``div`` so that their text stays a separate block.
BLOCK_CONTAINERS = frozenset({"section", "article", "main", "header", "footer", "aside", "nav",
                              "address", "hgroup", "center", "body", "html", "search"})

# Embeds that become "Video: <url>" links, and where their URL lives.
EMBED_SOURCES = {"iframe": ("src", "data-src"), "embed": ("src",), "object": ("data",),
                 "video": ("src",)}
VIDEO_LABEL = "Video: "

# Attribute value checks.
LANG_RE = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
DIR_VALUES = frozenset({"ltr", "rtl", "auto"})
SCOPE_VALUES = frozenset({"row", "col", "rowgroup", "colgroup"})
# ASCII digits only: "\d" also matches other scripts' digits, which no browser reads as numbers.
NUMBER_RE = re.compile(r"^[0-9]{1,5}$")
SIGNED_NUMBER_RE = re.compile(r"^-?[0-9]{1,9}$")
# What a browser's URL parser ignores (leading/trailing C0 and space, tab/newline anywhere),
# widened to every control and whitespace character so that nothing can hide a scheme.
URL_IGNORED_RE = re.compile(r"[\x00-\x20\x7f-\xa0\u1680\u180e\u2000-\u200f\u2028-\u202f"
                            r"\u205f-\u2064\u3000\ufeff]+")
SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Longest attribute value kept (a URL or text attribute longer than this is junk or an attack).
MAX_VALUE_CHARS = 8192
# Characters an lxml tree can hold once parsed (from character references such as &#1;) but
# refuses to be given: replaced (form feed, HTML whitespace, by a space) wherever text is set.
XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return XML_INCOMPATIBLE_RE.sub(lambda m: " " if m.group() == "\x0c" else "\ufffd", text)
MAX_DATA_IMAGE_CHARS = 512 * 1024


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see in ``value`` (lowercase), or None for a relative URL."""
    normalized = URL_IGNORED_RE.sub("", value)
    match = SCHEME_RE.match(normalized)
    if match:
        return match.group(1).lower()
    # "javascript&colon;" style leftovers and anything with a colon before the first
    # path/query/fragment delimiter that we cannot read as a scheme: treat as unknown scheme.
    head = re.split(r"[/?#]", normalized, maxsplit=1)[0]
    if ":" in head or "&" in head:
        return ":invalid"
    return None


def allowed_url(value: str, schemes: frozenset, *, data_image: bool = False) -> bool:
    if len(value) > MAX_VALUE_CHARS and not (data_image and DATA_IMAGE_RE.match(value.strip())):
        return False
    scheme = url_scheme(value)
    if scheme is None:
        return True
    if scheme == "data" and data_image:
        return bool(DATA_IMAGE_RE.match(URL_IGNORED_RE.sub("", value))) and \
            len(value) <= MAX_DATA_IMAGE_CHARS
    return scheme in schemes


def clean_srcset(value: str) -> str | None:
    """Keep the srcset candidates whose URL is http(s) or relative; None when none is left."""
    kept = [c for c in parse_srcset(value) if url_scheme(c.url) in (None, "http", "https")]
    return format_srcset(kept) or None


def _allow_attr(tag: str, name: str, value: str) -> bool:
    """Bleach attribute callable: is ``name=value`` allowed on ``tag``?"""
    if name not in ALLOWED_ATTRIBUTES.get(tag, ()) and name not in ALLOWED_ATTRIBUTES["*"]:
        return False
    if (tag, name) in URL_ATTRIBUTES:
        return allowed_url(value, URL_ATTRIBUTES[(tag, name)], data_image=(tag == "img"))
    if (tag, name) in SRCSET_ATTRIBUTES:
        # Rewritten by ``_PolicyFilter`` (bleach callables cannot change values).
        return len(value) <= MAX_VALUE_CHARS
    if len(value) > MAX_VALUE_CHARS:
        return False
    if name == "lang":
        return bool(LANG_RE.match(value))
    if name == "dir":
        return value.lower() in DIR_VALUES
    if name in ("width", "height", "colspan", "rowspan", "span"):
        return bool(NUMBER_RE.match(value.strip()))
    if name == "start":
        return bool(SIGNED_NUMBER_RE.match(value.strip()))
    if name == "scope":
        return value.lower() in SCOPE_VALUES
    return True


class _PolicyFilter(Filter):
    """After bleach: vet srcset candidates, add ``rel`` to links, drop images left sourceless."""

    def __iter__(self):
        for token in Filter.__iter__(self):
            if token["type"] in ("StartTag", "EmptyTag"):
                name = token["name"]
                attrs = token["data"]
                if (None, "srcset") in attrs:
                    srcset = clean_srcset(attrs[(None, "srcset")])
                    if srcset is None:
                        del attrs[(None, "srcset")]
                    else:
                        attrs[(None, "srcset")] = srcset
                if name == "a":
                    attrs[(None, "rel")] = LINK_REL
                elif name == "img" and (None, "src") not in attrs and (None, "srcset") not in attrs:
                    continue
            yield token


# html5lib's serializer as bleach's Cleaner sets it up, except that it escapes every ``&`` in
# attribute values: the values here come decoded from a parsed tree (bleach's subclass leaves
# what looks like a character reference alone, because its tokenizer does not decode them).
_SERIALIZER = HTMLSerializer(
    quote_attr_values="always", omit_optional_tags=False, escape_lt_in_attrs=True,
    escape_rcdata=True, resolve_entities=False, sanitize=False, alphabetical_attributes=False)


# --------------------------------------------------------------------------------------------
# Pass 1: prepare the fragment with lxml.
# --------------------------------------------------------------------------------------------

def _embed_url(el) -> str | None:
    names = EMBED_SOURCES.get(el.tag, ())
    candidates = [el.get(name) for name in names]
    if el.tag == "video":
        candidates += [source.get("src") for source in el.iter("source")]
    if el.tag == "object":
        candidates += [p.get("value") for p in el.iter("param")
                       if (p.get("name") or "").lower() in ("movie", "src", "url")]
    for url in candidates:
        if url and url_scheme(url.strip()) in ("http", "https") and len(url) <= MAX_VALUE_CHARS:
            return url.strip()
    return None


def _video_link(url: str):
    url = XML_INCOMPATIBLE_RE.sub("", url)  # controls are ignored by URL parsers anyway
    p = etree.Element("p")
    a = etree.SubElement(p, "a", href=url)
    a.text = VIDEO_LABEL + url
    return p


def _math_to_text(el) -> None:
    """A formula as text: its ``alttext``, else the text of its token elements."""
    text = el.get("alttext") or "".join(
        (token.text or "") for token in el.iter(*MATH_TOKEN_TAGS))
    text = xml_safe(" ".join(text.split()))
    if not text:
        _drop(el)
        return
    span = etree.Element("span")
    span.text = text
    _replace(el, span)


def _replace(el, new) -> None:
    new.tail = el.tail
    el.getparent().replace(el, new)


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = xml_safe((prev.tail or "") + tail)
        else:
            parent.text = xml_safe((parent.text or "") + tail)


def _shed_attributes(el, tag: str) -> None:
    """Drop attributes the policy never keeps (class, style, data-*, handlers) before bleach:
    they are most of a modern page's markup, and bleach's pure-Python tokenizer pays for every
    byte. Bleach still vets what remains; this pass only shrinks its input."""
    keep = KEPT_ATTRIBUTES.get(tag, GLOBAL_ATTRIBUTES)
    if all(name in keep for name in el.attrib):
        return
    # attrib.clear() also copes with names lxml refuses to address one by one.
    kept = [(name, value) for name, value in el.attrib.items() if name in keep]
    el.attrib.clear()
    for name, value in kept:
        el.set(name, xml_safe(value))  # a character reference (&#14;) may have put a control there


def _unwrap_unknown(root) -> None:
    """Unwrap tags outside the allowlist (span, font, …), keeping their text, as bleach's
    ``strip=True`` would, so that bleach sees fewer tokens."""
    drop_tags([el for el in root.iter(etree.Element) if el is not root and el.tag not in ALLOWED_TAGS])


def prepare(root) -> None:
    """Pass 1 on an lxml element, in place: embeds to links, dangerous content out.

    Document order visits an outer element before its descendants; once an element is replaced
    or dropped its descendants are detached from ``root``, so whatever happens to them later
    does not reach the output.
    """
    seen_embeds: set[str] = set()
    for el in list(root.iter(etree.Element)):
        if el.getparent() is None:
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in EMBED_SOURCES:
            url = _embed_url(el)
            if url and url not in seen_embeds:
                seen_embeds.add(url)
                _replace(el, _video_link(url))
                continue
        if tag == "math":
            _math_to_text(el)
            continue
        if tag in DROP_WITH_CONTENT or ":" in tag:
            _drop(el)
            continue
        if tag in BLOCK_CONTAINERS:
            el.tag = tag = "div"
        _shed_attributes(el, tag)
    _unwrap_unknown(root)
    # Comments and processing instructions carry nothing readable.
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(node)


# A plain etree parser, as for the page (parse.py): lxml.html's element classes cost a lookup
# per element touched. A new one per fragment, as for the page: a parser object keeps libxml2
# state (its context, its error log) from one document to the next.
FRAGMENT_PARSER_OPTIONS = dict(remove_comments=True, remove_pis=True, no_network=True,
                               recover=True, default_doctype=False)


def _parse_fragment(html: str):
    """The fragment as the content of a ``body`` element (None if nothing parses). Parsed as a
    whole document so that stray ``<html>``/``<body>``/``<head>`` tags in it are merged the way
    libxml2 always does instead of failing (``fragment_fromstring`` asserts on them)."""
    try:
        doc = lxml.html.document_fromstring(f"<html><body>{neutralize_control_references(xml_safe(html))}</body></html>",
                                            parser=etree.HTMLParser(**FRAGMENT_PARSER_OPTIONS))
    except (etree.ParserError, ValueError):
        return None
    body = doc.find("body")
    return body


def _bound_text(root) -> None:
    """Cut the fragment after ``MAX_FRAGMENT_CHARS`` of text (bleach's cost grows with it)."""
    total = len(root.text or "")
    for el in root.iter():
        if el is root:
            continue
        total += len(el.text or "") + len(el.tail or "")
        if total > MAX_FRAGMENT_CHARS:
            cut_from(el)
            return


@dataclass(frozen=True)
class Sanitized:
    """A story fragment past the security boundary, and its plain text."""

    html: str
    text: str


def _lxml_tokens(root):
    """The content of ``root`` as an html5lib token stream, the input bleach's filter reads.

    Bleach's own route serializes a tree, re-tokenizes it with html5lib's pure-Python tokenizer
    and walks the result: two thirds of the cost of sanitizing a story. The fragment already is a
    parsed tree, so it is walked directly; ``&`` in text is written back as ``&amp;``, the form
    bleach's tokenizer would hand over (it reads character references in text as entities).
    """
    if root.text:
        yield from _text_tokens(root.text)
    for child in root:
        for event, el in etree.iterwalk(child, events=("start", "end")):
            tag = el.tag
            if not isinstance(tag, str):  # comments and processing instructions
                if event == "end" and el is not child and el.tail:
                    yield from _text_tokens(el.tail)
                continue
            if event == "start":
                attrs = {(None, name): value for name, value in el.attrib.items()}
                # libxml2 does not know every HTML5 void element ("<source>0" puts the 0
                # inside); a browser closes them at once, so what they hold follows them.
                kind = "EmptyTag" if tag in VOID_TAGS else "StartTag"
                yield {"type": kind, "name": tag, "namespace": None, "data": attrs}
                if el.text:
                    yield from _text_tokens(el.text)
                continue
            if tag not in VOID_TAGS:
                yield {"type": "EndTag", "name": tag, "namespace": None}
            if el.tail:
                yield from _text_tokens(el.tail)


def _text_tokens(text: str):
    yield {"type": "Characters", "data": text.replace("&", "&amp;")}


def sanitize(html: str) -> Sanitized:
    """The story fragment, safe to insert into any page (the allowlist applied, last), with
    its plain text.

    Prepared with lxml, then serialized and parsed once more so that the tree walked is one the
    parser itself built (the preparation can leave nestings it never makes; without this the
    output would not be a fixed point of sanitizing). Bleach's filter then vets every tag and
    attribute of that tree and html5lib's serializer writes it, escaping all text and values.
    Safe whatever a browser's parser later rearranges: every element left is allowlisted and
    none of them parses its content as raw text or foreign content (script, style, textarea,
    svg, math are gone with their content), so the browser's tokenizer leaves its data state
    only at the tags the serializer wrote; re-parsing can move those elements, never make new
    ones or attributes.
    """
    if not html or not html.strip():
        return Sanitized("", "")
    root = _parse_fragment(html)
    return Sanitized("", "") if root is None else _sanitize_root(root)


def sanitize_element(node) -> Sanitized:
    """``sanitize`` for a story that already is a tree (the extraction's): the element is moved
    into a wrapper and prepared in place, so its owner must be done with it."""
    root = etree.Element("body")
    node.tail = None
    root.append(node)
    return _sanitize_root(root)


def _sanitize_root(root) -> Sanitized:
    prepare(root)
    _bound_text(root)
    root = _parse_fragment(_content_html(root))
    if root is None:
        return Sanitized("", "")
    tokens = bleach.sanitizer.BleachSanitizerFilter(
        source=_lxml_tokens(root), allowed_tags=ALLOWED_TAGS, attributes=_allow_attr,
        allowed_protocols=BLEACH_PROTOCOLS, strip_disallowed_tags=True, strip_html_comments=True)
    out = _SERIALIZER.render(_PolicyFilter(tokens)).strip()
    return Sanitized(out, tree_text(root) if out else "")


def sanitize_fragment(html: str) -> str:
    """The story fragment, safe to insert into any page: the allowlist applied, last."""
    return sanitize(html).html


def _content_html(root) -> str:
    """What ``root`` holds, serialized without ``root`` itself."""
    return escape(root.text or "", quote=False) + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root)


# --------------------------------------------------------------------------------------------
# Plain text of the sanitized fragment.
# --------------------------------------------------------------------------------------------

# Elements that start a new paragraph in the plain text.
TEXT_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                         "ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "figure",
                         "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "hr"})


def fragment_text(html: str) -> str:
    """Plain text of a sanitized fragment: one paragraph per block, "\\n\\n" between them."""
    if not html or not html.strip():
        return ""
    root = _parse_fragment(html)
    return "" if root is None else tree_text(root)


def tree_text(root) -> str:
    """Plain text of what ``root`` holds: one paragraph per block, "\\n\\n" between them."""
    blocks: list[str] = []
    current: list[str] = []

    def flush():
        text = "".join(current)
        current.clear()
        # Within a line every whitespace run (str.split()'s Unicode definition) is one space:
        # a character-class regex here cost a third of the text pass.
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)

    # Iterative walk (start/end events) so deep fragments cannot exhaust the recursion limit.
    in_pre = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in TEXT_BLOCKS and not in_pre:
                flush()
            if tag == "pre":
                if not in_pre:
                    flush()
                    code = text_of(el).strip("\n")
                    if code.strip():
                        blocks.append(code)
                in_pre += 1
            elif in_pre:
                continue
            elif tag == "br":
                current.append("\n")
            elif tag in ("td", "th"):
                current.append(" ")
            if el.text and tag != "pre":
                current.append(el.text.replace("\n", " "))
        else:
            if tag == "pre":
                in_pre -= 1
            if in_pre:
                continue
            if tag in TEXT_BLOCKS:
                flush()
            if el.tail and el is not root:
                current.append(el.tail.replace("\n", " "))
    flush()
    return "\n\n".join(blocks)
