"""Clean the chosen container (Readability.js ``_prepArticle``).

Stages:
1. ``mark_data_tables``: tables of data are content, layout tables are not;
2. ``clean_conditionally`` forms and fieldsets; drop objects, footers, asides, share widgets;
3. ``clean_headers``: headings that class hints call chrome;
4. ``clean_conditionally`` tables, lists and divs: link farms, image grids, widgets;
5. tidy: ``h1`` becomes ``h2``, empty paragraphs go, single-cell tables unwrap.
"""
from __future__ import annotations

import re

from . import patterns
from .dom import (COMMA_RE, HEADING_TAGS, element_children, has_ancestor, inner_text,
                  link_density, match_string, remove)
from .score import Flag, Scores

# Share widgets shorter than this are removed (Readability.js: the 500-char threshold).
SHARE_MAX_CHARS = 500
# Blocks with at least this many commas are prose and never conditionally cleaned.
CONDITIONAL_MIN_COMMAS = 10
# Data-table size rules (Readability.js ``_markDataTables``).
DATA_TABLE_MIN_ROWS = 10
DATA_TABLE_MIN_COLUMNS = 5
DATA_TABLE_MIN_CELLS = 10
# Conditional cleaning thresholds (Readability.js ``_cleanConditionally``).
LIST_TEXT_SHARE = 0.9
MAX_HEADING_DENSITY = 0.9
MIN_BLOCK_CHARS = 25
MAX_LINK_DENSITY_LOW_WEIGHT = 0.2
MAX_LINK_DENSITY_HIGH_WEIGHT = 0.5
HIGH_WEIGHT = 25
EMBED_ALONE_MAX_CHARS = 75
LI_ALLOWANCE = 100
AD_WORDS = re.compile(r"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", re.I)
LOADING_WORDS = re.compile(r"^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$", re.I)
# The HTML standard's "rules for parsing non-negative integers": leading whitespace, an
# optional "+", then ASCII digits (not "²" or other Unicode digits); what follows is ignored.
HTML_INTEGER_RE = re.compile(r"[\t\n\f\r ]*\+?([0-9]+)")
# ... and the clamps it applies to table spans (a colspan of 5,000 digits is 1000).
COLSPAN_RANGE = (1, 1000)
ROWSPAN_RANGE = (0, 65534)


def table_span(value: str | None, bounds: tuple[int, int]) -> int:
    """A ``colspan``/``rowspan`` value as the HTML standard reads it: 1 when absent or not a
    number, else clamped to ``bounds``."""
    match = HTML_INTEGER_RE.match(value or "")
    if not match:
        return 1
    low, high = bounds
    digits = match.group(1).lstrip("0") or "0"
    # Compare lengths before converting: int() refuses strings of more than 4,300 digits.
    if len(digits) > len(str(high)):
        return high
    return min(max(int(digits), low), high)


def _table_size(table) -> tuple[int, int]:
    rows = 0
    columns = 0
    for tr in table.iter("tr"):
        # Readability.js reads rowspan from the row; 0 ("to the end of the group") counts one.
        rows += table_span(tr.get("rowspan"), ROWSPAN_RANGE) or 1
        width = 0
        for cell in tr:
            if cell.tag in ("td", "th"):
                width += table_span(cell.get("colspan"), COLSPAN_RANGE)
        columns = max(columns, width)
    return rows, columns


def is_data_table(table) -> bool:
    if table.get("role") == "presentation" or table.get("datatable") == "0":
        return False
    if table.get("summary"):
        return True
    caption = table.find("caption")
    if caption is not None and len(caption):
        return True
    if any(True for _ in table.iter("col", "colgroup", "tfoot", "thead", "th")):
        return True
    if any(True for t in table.iter("table") if t is not table):
        return False
    rows, columns = _table_size(table)
    if rows == 1 or columns == 1:
        return False
    if rows >= DATA_TABLE_MIN_ROWS or columns >= DATA_TABLE_MIN_COLUMNS:
        return True
    return rows * columns > DATA_TABLE_MIN_CELLS


def mark_data_tables(root) -> set:
    return {table for table in root.iter("table") if is_data_table(table)}


def _is_video_embed(el) -> bool:
    values = " ".join(el.attrib.values())
    return bool(patterns.VIDEO_HOSTS.search(values))


def clean_tag(root, tag: str) -> None:
    is_embed = tag in ("object", "embed", "iframe")
    for el in list(root.iter(tag)):
        if is_embed and _is_video_embed(el):
            continue
        remove(el)


def _inside_data_table(el, data_tables) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == "table" and parent in data_tables:
            return True
        parent = parent.getparent()
    return False


def _has_removable_shape(el, weight: int, data_tables) -> bool:
    text = inner_text(el)
    if AD_WORDS.match(text) or LOADING_WORDS.match(text):
        return True
    if len(COMMA_RE.findall(text)) >= CONDITIONAL_MIN_COMMAS:
        return False
    is_list = el.tag in ("ul", "ol")
    if not is_list and text:
        list_chars = sum(len(inner_text(li)) for li in el.iter("li"))
        is_list = list_chars / len(text) > LIST_TEXT_SHARE
    paragraphs = sum(1 for _ in el.iter("p"))
    images = sum(1 for _ in el.iter("img"))
    items = sum(1 for _ in el.iter("li")) - LI_ALLOWANCE
    inputs = sum(1 for _ in el.iter("input"))
    heading_chars = sum(len(inner_text(h)) for h in el.iter(*HEADING_TAGS))
    heading_density = heading_chars / len(text) if text else 0
    embeds = [e for e in el.iter("object", "embed", "iframe") if not _is_video_embed(e)]
    if len(embeds) != sum(1 for _ in el.iter("object", "embed", "iframe")):
        return False
    density = link_density(el, len(text))
    in_figure = has_ancestor(el, ("figure",))
    remove_it = (
        (images > 1 and paragraphs / images < 0.5 and not in_figure)
        or (not is_list and items > paragraphs)
        or (inputs > paragraphs // 3)
        or (not is_list and heading_density < MAX_HEADING_DENSITY and len(text) < MIN_BLOCK_CHARS
            and (images == 0 or images > 2) and not in_figure)
        or (not is_list and weight < HIGH_WEIGHT and density > MAX_LINK_DENSITY_LOW_WEIGHT)
        or (weight >= HIGH_WEIGHT and density > MAX_LINK_DENSITY_HIGH_WEIGHT)
        or (len(embeds) == 1 and len(text) < EMBED_ALONE_MAX_CHARS)
        or len(embeds) > 1
    )
    if is_list and remove_it:
        # A gallery list: every item holds exactly one image.
        children = element_children(el)
        if children and all(len(element_children(c)) == 1 and element_children(c)[0].tag == "img"
                            for c in children):
            return False
    return remove_it


def clean_conditionally(root, tag: str, scores: Scores, data_tables) -> None:
    if Flag.CLEAN_CONDITIONALLY not in scores.flags:
        return
    for el in reversed(list(root.iter(tag))):
        if el.getparent() is None or el is root:
            continue
        if tag == "table" and el in data_tables:
            continue
        if _inside_data_table(el, data_tables) or has_ancestor(el, ("code",)):
            continue
        if any(t in data_tables for t in el.iter("table")):
            continue
        weight = scores.class_weight(el)
        if weight < 0 or _has_removable_shape(el, weight, data_tables):
            remove(el)


def clean_share_widgets(root) -> None:
    for child in element_children(root):
        for el in list(child.iter()):
            if el.getparent() is None or not isinstance(el.tag, str):
                continue
            if patterns.SHARE_ELEMENTS.search(match_string(el)) and len(inner_text(el)) < SHARE_MAX_CHARS:
                remove(el)


def clean_headers(root, scores: Scores) -> None:
    for el in list(root.iter("h1", "h2")):
        if scores.class_weight(el) < 0:
            remove(el)


def tidy(root) -> None:
    for el in root.iter("h1"):
        el.tag = "h2"
    for p in list(root.iter("p")):
        if not inner_text(p) and not any(True for _ in p.iter("img", "embed", "object", "iframe", "a")):
            remove(p)
    for br in list(root.iter("br")):
        nxt = br.getnext()
        if nxt is not None and nxt.tag == "p" and not (br.tail and br.tail.strip()):
            remove(br)
    for table in list(root.iter("table")):
        _unwrap_single_cell(table)


def _unwrap_single_cell(table) -> None:
    body = table.find("tbody") if table.find("tbody") is not None else table
    rows = element_children(body)
    if len(rows) != 1 or rows[0].tag != "tr":
        return
    cells = element_children(rows[0])
    if len(cells) != 1 or cells[0].tag not in ("td", "th"):
        return
    cell = cells[0]
    cell.tag = "p" if all(c.tag not in ("p", "div", "table", "ul", "ol", "blockquote", "pre")
                          for c in cell.iter() if c is not cell) else "div"
    cell.tail = table.tail
    table.getparent().replace(table, cell)


def prep_article(root, scores: Scores) -> None:
    data_tables = mark_data_tables(root)
    clean_conditionally(root, "form", scores, data_tables)
    clean_conditionally(root, "fieldset", scores, data_tables)
    for tag in ("object", "embed", "footer", "link", "aside"):
        clean_tag(root, tag)
    clean_share_widgets(root)
    for tag in ("iframe", "input", "textarea", "select", "button"):
        clean_tag(root, tag)
    clean_headers(root, scores)
    for tag in ("table", "ul", "div"):
        clean_conditionally(root, tag, scores, data_tables)
    tidy(root)
