"""Bytes to tree: decoding, sniffing, parsing, base URL, lazy images.

Stages, in order:
1. ``sniff_binary``: refuse formats that are not markup (PDF, images, archives).
2. ``decode``: BOM, then the declared charset (HTTP header, ``<meta charset>``),
   then strict UTF-8, then charset-normalizer's detection.
3. ``parse_html``: lxml's HTML parser into a fresh tree (never the caller's), within the caps of
   ``clearpage.limits`` (``bound_markup`` before, ``bound_tree`` after): pathological pages
   (a million elements, 100,000 levels, megabyte attributes) are cut down to a best-effort
   tree instead of costing minutes downstream.
4. ``resolve_urls``: ``<base href>`` against the page URL, every link absolute.
5. ``unlazy_images``: ``data-src``/``data-srcset``/``<noscript>`` fallbacks become real ``src``.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace

import lxml.html
from lxml import etree

from .charsets import codec_for_label, web_codec
from .dom import drop_tag, remove
from .text import text_of
from .urls import format_srcset, join_url, parse_srcset, web_url
from ..errors import EmptyInput, NotHTML, UnsupportedMediaType
from ..limits import MAX_ATTRIBUTE_CHARS, MAX_DEPTH, MAX_ELEMENTS, cut_from

# Tags scanned before parsing: beyond this many "<" the rest of the markup is cut (a real page
# has fewer than MAX_ELEMENTS elements; closing tags, comments and stray "<" count too).
MAX_MARKUP_TAGS = 3 * MAX_ELEMENTS
# Inline raster images may exceed the attribute cap; the sanitizer bounds them on its own.
LONG_ATTRIBUTE_EXEMPT_RE = re.compile(r"^\s*data:image/(?:png|gif|jpe?g|webp)[;,]", re.IGNORECASE)

# Magic numbers of formats people send by mistake (a PDF link, an image tab).
# Each maps to a name for the error message.
BINARY_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive",
    b"RIFF": "a RIFF (WebP/WAV/AVI) file",
    b"\x00\x00\x01\x00": "an icon",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ\x00": "xz-compressed data",
    b"\x7fELF": "an executable",
    b"wOFF": "a web font",
    b"wOF2": "a web font",
}

# The HTML standard's prescan looks at the first 1024 bytes for <meta charset>;
# real pages often put it later (after long <title>s or comments), so look further.
CHARSET_PRESCAN_BYTES = 4096
META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
# A document is markup when a tag-like construct appears early; plain text,
# JSON or CSV sent by mistake has none.
MARKUP_RE = re.compile(r"<\s*(?:[a-zA-Z][a-zA-Z0-9:-]*|!doctype|!--)[\s>/]", re.IGNORECASE)
MARKUP_SCAN_CHARS = 65536
# Share of control characters above which decoded text is binary garbage, not a page.
BINARY_CONTROL_SHARE = 0.10
CONTROL_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters libxml2 trees cannot hold in attributes (lxml's ``set`` raises on them) and that are
# never content: C0 controls but tab/LF/CR, lone surrogates (from JSON "\ud800"), U+FFFE/FFFF.
# They become U+FFFD before parsing; form feed (HTML whitespace) becomes a space. A control
# character can then no longer hide a URL scheme either ("\x01javascript:" is not a scheme).
XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The same C0 controls as bytes. UTF-8 never uses these values inside a multi-byte sequence,
# so deleting them from the encoded text counts the characters: a C-speed pass, where the
# character-class regexes above cost about 3 ns a character (half a bare parse on a 25 KB page).
CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b" + bytes(range(0x0e, 0x20))
SCAN_CHUNK_CHARS = 65536
# Character references to those same controls ("&#1;", "&#x0B"): libxml2 decodes them into
# the tree, where any later edit of that text fails (and a browser shows nothing for them).
CONTROL_REFERENCE_RE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])(?!\d)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])(?![0-9a-fA-F]));?")


def neutralize_control_references(text: str) -> str:
    return CONTROL_REFERENCE_RE.sub("\ufffd", text) if "&#" in text else text


def count_controls(text: str) -> int:
    """How many characters of ``text`` CONTROL_CHAR_RE matches."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, CONTROL_BYTES))


def has_xml_incompatible(text: str) -> bool:
    """Whether XML_INCOMPATIBLE_RE matches anywhere in ``text`` (in chunks, so that a large
    page is not copied whole twice more)."""
    if "\ufffe" in text or "\uffff" in text:
        return True
    for start in range(0, len(text), SCAN_CHUNK_CHARS):
        try:
            data = text[start:start + SCAN_CHUNK_CHARS].encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return True
        if len(data.translate(None, CONTROL_BYTES)) != len(data):
            return True
    return False

# Attributes that lazy-loading scripts use to hold the real image; seen across
# WordPress, lazysizes, lozad and news CMSs. Order is preference.
LAZY_SRC_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
                  "data-lazy", "data-echo", "data-img-src", "data-actualsrc")
LAZY_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "data-original-set")
# A src shorter than this that is a data: URI is a placeholder pixel, not the image.
PLACEHOLDER_DATA_URI_MAX = 200
IMAGE_URL_RE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|svg)(?:[?#]|$)", re.IGNORECASE)

URL_ATTRS = {"a": ("href",), "img": ("src",), "source": ("src",), "video": ("src", "poster"),
             "audio": ("src",), "iframe": ("src",), "embed": ("src",), "object": ("data",),
             "area": ("href",), "blockquote": ("cite",), "q": ("cite",), "del": ("cite",),
             "ins": ("cite",), "track": ("src",)}
SRCSET_TAGS = ("img", "source")


@dataclass(frozen=True)
class Parsed:
    """A parsed page: the tree, the URL it was resolved against, the encoding used."""

    tree: etree._Element
    base_url: str | None
    encoding: str


def sniff_binary(data: bytes) -> None:
    for magic, name in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise UnsupportedMediaType(f"the body is {name}, not an HTML page")


def _try_decode(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used. Never fails: the last resort replaces."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), codec
    candidates = [codec_for_label(declared)]
    match = META_CHARSET_RE.search(data[:CHARSET_PRESCAN_BYTES])
    if match:
        candidates.append(codec_for_label(match.group(1).decode("ascii", "ignore")))
    candidates.append("utf-8")
    for codec in candidates:
        # UTF-16 declared inside an ASCII-compatible document is always a lie (HTML standard).
        if codec and codec.startswith("utf-16"):
            continue
        text = _try_decode(data, codec)
        if text is not None:
            return text, codec
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    codec = web_codec(best.encoding) if best is not None else None
    if codec:
        text = _try_decode(data, codec)
        if text is not None:
            return text, codec
    return data.decode("cp1252", errors="replace"), "cp1252"


def check_markup(text: str) -> None:
    head = text[:MARKUP_SCAN_CHARS]
    if not head.strip():
        raise EmptyInput("the document is empty")
    controls = count_controls(head)
    if controls > BINARY_CONTROL_SHARE * len(head):
        raise UnsupportedMediaType("the body is binary data, not an HTML page")
    if not MARKUP_RE.search(head):
        raise NotHTML("the document contains no HTML markup")


def to_text(html: str | bytes, declared_charset: str | None = None) -> tuple[str, str]:
    """Stages 1-2 plus the markup check: what ``clean`` accepts as a page."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if not data.strip():
            raise EmptyInput("the document is empty")
        sniff_binary(data)
        text, encoding = decode(data, declared_charset)
    elif isinstance(html, str):
        text, encoding = html, "utf-8"
    else:
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    check_markup(text)
    return text, encoding


def bound_markup(text: str) -> str:
    """Cut the markup after ``MAX_MARKUP_TAGS`` tags (libxml2 closes what is left open)."""
    if text.count("<") <= MAX_MARKUP_TAGS:
        return text
    pos = -1
    for _ in range(MAX_MARKUP_TAGS):
        pos = text.find("<", pos + 1)
    return text[:pos]


# Elements at exactly MAX_DEPTH (the root is depth 0), found by libxml2 in one XPath pass.
AT_DEPTH_CAP = etree.XPath("/" + "/".join(["*"] * (MAX_DEPTH + 1)) + "[*]")
LONG_ATTRIBUTES = etree.XPath(f"//@*[string-length(.) > {MAX_ATTRIBUTE_CHARS}]")


def bound_tree(tree) -> None:
    """Keep the tree within the caps, in place: the first ``MAX_ELEMENTS`` elements in document
    order, structure no deeper than ``MAX_DEPTH`` (deeper content becomes the text of the
    element at the cap), no attribute value longer than ``MAX_ATTRIBUTE_CHARS``.
    The checks run as XPath in libxml2: a per-element Python loop cost more than the parse."""
    if tree.xpath(f"boolean(/descendant-or-self::*[{MAX_ELEMENTS + 1}])"):
        cut_from(next(el for i, el in enumerate(tree.iter()) if i == MAX_ELEMENTS))
    for el in AT_DEPTH_CAP(tree):
        text = text_of(el)
        for child in list(el):
            el.remove(child)
        el.text = text
    for attribute in LONG_ATTRIBUTES(tree):
        owner = attribute.getparent()
        if not LONG_ATTRIBUTE_EXEMPT_RE.match(attribute):
            del owner.attrib[attribute.attrname]


def parse_html(text: str) -> etree._Element:
    text = bound_markup(text)
    # lxml refuses str input that still carries an XML encoding declaration.
    text = XML_DECLARATION_RE.sub("", text, count=1)
    # NUL is never valid in HTML text (libxml2 would stop parsing at it); other controls and
    # lone surrogates cannot be held by the tree (see XML_INCOMPATIBLE_RE).
    if "\x0c" in text:
        text = text.replace("\x0c", " ")
    if has_xml_incompatible(text):
        text = XML_INCOMPATIBLE_RE.sub("\ufffd", text)
    text = neutralize_control_references(text)
    # A plain etree parser: lxml.html's element classes cost a lookup per element touched,
    # which the extraction touches many times (dom.py has the few helpers they provided).
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  recover=True, default_doctype=False)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotHTML(f"the document could not be parsed as HTML ({exc})") from None
    if tree is None:
        raise NotHTML("the document could not be parsed as HTML")
    bound_tree(tree)
    return tree


def _valid_url(url: str | None) -> str | None:
    if not url or XML_INCOMPATIBLE_RE.search(url) or "\x0c" in url:
        return None
    return web_url(url)


def base_url_of(tree: etree._Element, url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` joined to the page URL."""
    page_url = _valid_url(url)
    for base in tree.iter("base"):
        href = (base.get("href") or "").strip()
        if not href:
            continue
        joined = join_url(page_url, href)
        if joined is None:
            continue
        if _valid_url(joined):
            return joined
        break
    return page_url


def _join(base: str, value: str) -> str:
    value = value.strip()
    if not value or value.startswith(("#", "data:", "mailto:", "javascript:")):
        return value
    joined = join_url(base, value)
    # A URL that cannot be parsed stays as the page wrote it: the sanitizer still vets its scheme.
    return value if joined is None else joined


def _absolute_srcset(base: str, srcset: str) -> str:
    return format_srcset([replace(c, url=_join(base, c.url)) for c in parse_srcset(srcset)])


def _set(el, name: str, value: str) -> None:
    """``el.set`` for values read from the page: character references such as ``&#1;`` put
    characters in the tree that lxml refuses to set back (see XML_INCOMPATIBLE_RE)."""
    el.set(name, XML_INCOMPATIBLE_RE.sub("\ufffd", value.replace("\x0c", " ")))


def resolve_urls(tree: etree._Element, base: str | None) -> None:
    if not base:
        return
    for el in tree.iter(*URL_ATTRS):
        for attr in URL_ATTRS[el.tag]:
            value = el.get(attr)
            if value is not None:
                _set(el, attr, _join(base, value))
        if el.tag in SRCSET_TAGS and el.get("srcset"):
            _set(el, "srcset", _absolute_srcset(base, el.get("srcset")))


def _is_placeholder(src: str | None) -> bool:
    if not src or not src.strip():
        return True
    src = src.strip()
    return src.startswith("data:") and len(src) < PLACEHOLDER_DATA_URI_MAX


def _lazy_attr(el, names) -> str | None:
    for name in names:
        value = el.get(name)
        if value and value.strip():
            return value.strip()
    return None


def unlazy_images(tree: etree._Element) -> None:
    """Make lazy images real: the reader view runs none of the page's loader scripts."""
    for img in list(tree.iter("img", "source")):
        srcset = _lazy_attr(img, LAZY_SRCSET_ATTRS)
        if srcset:
            _set(img, "srcset", srcset)
        if img.tag == "img" and _is_placeholder(img.get("src")):
            real = _lazy_attr(img, LAZY_SRC_ATTRS) or _any_image_attr(img)
            if real:
                _set(img, "src", real)
            else:
                first = next(iter(parse_srcset(img.get("srcset") or "")), None)
                if first is not None:
                    _set(img, "src", first.url)
    _unwrap_noscript_images(tree)


def _any_image_attr(img) -> str | None:
    for name, value in img.attrib.items():
        if name.startswith("data-") and IMAGE_URL_RE.search(value or "") and " " not in value.strip():
            return value.strip()
    return None


def _unwrap_noscript_images(tree: etree._Element) -> None:
    """``<noscript><img></noscript>`` after a placeholder: keep the real image once."""
    for noscript in list(tree.iter("noscript")):
        images = noscript.findall(".//img")
        if len(images) != 1:
            continue
        prev = noscript.getprevious()
        if prev is not None and prev.tag == "img" and _is_placeholder(prev.get("src")):
            prev.getparent().remove(prev)
        elif prev is not None and prev.tag == "img":
            remove(noscript)
            continue
        drop_tag(noscript)


def parse(html: str | bytes, url: str | None = None, charset: str | None = None) -> Parsed:
    """Stages 1-4: a fresh tree with real image sources and the base URL to resolve against.

    Stage 5 (``resolve_urls``) runs on the extracted story only: joining every link of the
    page cost more than parsing it, and only the fragment that leaves needs absolute URLs."""
    text, encoding = to_text(html, charset)
    tree = parse_html(text)
    base = base_url_of(tree, url)
    unlazy_images(tree)
    return Parsed(tree=tree, base_url=base, encoding=encoding)


def absolute_url(base: str | None, value: str | None) -> str | None:
    """One URL made absolute against the page (metadata images, related links)."""
    if not value:
        return value
    return _join(base, value) if base else value
