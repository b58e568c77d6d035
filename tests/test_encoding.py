"""Real pages in legacy encodings come back as the right Unicode text, whatever declares
(or fails to declare) their charset: <meta>, the HTTP header, a BOM, or nothing."""
from __future__ import annotations

import codecs

import pytest

from conftest import DATA_DIR

# Phrases of each fixture story (tests/data/make_encoded_pages.py), checked in the output.
EXPECTED = {
    "ja": ("新しい川沿いの公園、来春に着工へ", "「毎朝ここを散歩するのが楽しみです」", "暑さ対策"),
    "ru": ("В Новосибирске обновят центральную библиотеку", "«Мы хотим, чтобы сюда приходили",
           "электронный каталог"),
    "zh": ("北京将新建二十座社区图书馆", "“附近有了图书馆", "终身学习"),
}
LEGACY_PAGES = ["ja-shift_jis-meta.html", "ja-shift_jis-none.html", "ru-windows-1251-meta.html",
                "ru-windows-1251-none.html", "zh-gb18030-meta.html", "zh-gb18030-none.html"]
HEADER_CHARSETS = {"ja-shift_jis-none.html": "Shift_JIS", "ru-windows-1251-none.html": "windows-1251",
                   "zh-gb18030-none.html": "GB18030"}


def fixture_bytes(name: str) -> bytes:
    return (DATA_DIR / name).read_bytes()


def assert_story(data: dict, lang: str) -> None:
    title, quote, closing = EXPECTED[lang]
    assert data["title"] == title
    for phrase in (quote, closing):
        assert phrase in data["text"]
        assert phrase in data["content_html"]
    assert "\ufffd" not in data["text"]


def clean_json(client, body: bytes, content_type: str = "text/html") -> dict:
    response = client.post("/v1/clean?format=json", data=body, headers={"Content-Type": content_type})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def test_fixtures_are_really_legacy_encoded():
    for name in LEGACY_PAGES:
        data = fixture_bytes(name)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


@pytest.mark.parametrize("name", LEGACY_PAGES)
def test_legacy_page_decodes_without_header(client, name):
    assert_story(clean_json(client, fixture_bytes(name)), name[:2])


@pytest.mark.parametrize("name, charset", sorted(HEADER_CHARSETS.items()))
def test_header_charset_decodes_undeclared_page(client, name, charset):
    data = clean_json(client, fixture_bytes(name), f"text/html; charset={charset}")
    assert_story(data, name[:2])


def test_header_charset_wins_over_detection(client):
    # Bytes that are valid windows-1251 and valid KOI8-R: only the header tells which.
    text = "<html><head><title>Привет</title></head><body><p>Привет, мир</p></body></html>"
    body = text.encode("koi8_r")
    data = clean_json(client, body, "text/html; charset=koi8-r")
    assert data["title"] == "Привет"


@pytest.mark.parametrize("name, lang", [("ru-utf-8-bom.html", "ru"), ("ja-utf-16-bom.html", "ja")])
def test_bom_decides_the_encoding(client, name, lang):
    assert_story(clean_json(client, fixture_bytes(name)), lang)


def test_bom_wins_over_a_wrong_header(client):
    data = clean_json(client, fixture_bytes("ru-utf-8-bom.html"), "text/html; charset=windows-1251")
    assert_story(data, "ru")


def test_json_body_carries_unicode_directly(client):
    html = fixture_bytes("zh-gb18030-meta.html").decode("gb18030")
    response = client.post("/v1/clean?format=json", json={"html": html})
    assert_story(response.get_json(), "zh")


@pytest.mark.parametrize("fmt", ["html", "text", "markdown"])
def test_every_format_is_utf8_encoded(client, fmt):
    response = client.post(f"/v1/clean?format={fmt}", data=fixture_bytes("ja-shift_jis-meta.html"),
                           headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].endswith("charset=utf-8")
    assert EXPECTED["ja"][2] in response.get_data().decode("utf-8")


CONTROL_ALPHABET = [chr(c) for c in range(0, 40)] + ["a", "é", "中", "\ud800", "\udfff", "\ufffe", "\uffff",
                                                     "\ufffd", "\U0001f600"]


@pytest.mark.parametrize("seed", range(5))
def test_byte_level_control_checks_agree_with_the_regexes(seed):
    # parse.py scans for control and XML-incompatible characters on the UTF-8 bytes (C speed);
    # the regexes are the definition.
    import random

    from clearpage.extract import parse

    rng = random.Random(seed)
    for _ in range(4000):
        text = "".join(rng.choice(CONTROL_ALPHABET) for _ in range(rng.randint(0, 10)))
        assert parse.has_xml_incompatible(text) == bool(parse.XML_INCOMPATIBLE_RE.search(text)), repr(text)
        assert parse.count_controls(text) == len(parse.CONTROL_CHAR_RE.findall(text)), repr(text)
    # across chunk boundaries
    long = "a" * (parse.SCAN_CHUNK_CHARS - 1)
    for bad in ("\x01", "\ud800", "\uffff"):
        assert parse.has_xml_incompatible(long + bad + "b" * 10)
    assert not parse.has_xml_incompatible(long + "é中" * 10)
