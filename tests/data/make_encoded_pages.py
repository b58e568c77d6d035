"""Writes the encoded fixture pages next to this file: ``python tests/data/make_encoded_pages.py``.

Each page is a small news article in its language, saved in a legacy encoding, with and
without a declaration, so the tests can check that clearpage reads them as the right text.
"""
from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent

STORIES = {
    "ja": ("新しい川沿いの公園、来春に着工へ", [
        "東京都は十五日、新しい公園の計画を発表した。公園は川沿いに作られ、子どもたちが安全に遊べる広場や、"
        "高齢者が休める木陰のベンチが設けられる予定だ。",
        "計画によると、工事は来年の春に始まり、二年後の完成を目指す。地元の住民からは、緑が増えることを"
        "歓迎する声が多く聞かれた。「毎朝ここを散歩するのが楽しみです」と七十代の女性は話した。",
        "一方で、工事の期間中に道路が混雑することを心配する意見もある。都の担当者は、住民説明会を開いて"
        "丁寧に説明したいと話している。",
        "専門家は、都市の中に自然を取り戻すことは、暑さ対策にも役立つと指摘する。夏の気温の上昇を"
        "抑える効果が期待されているという。",
    ]),
    "ru": ("В Новосибирске обновят центральную библиотеку", [
        "Городской совет Новосибирска в среду утвердил план реконструкции центральной библиотеки. "
        "Работы начнутся весной и продлятся около двух лет.",
        "По словам директора библиотеки, в обновлённом здании появятся просторные читальные залы, "
        "детская комната и кафе для посетителей. «Мы хотим, чтобы сюда приходили целыми семьями», — "
        "сказала она.",
        "Жители города в целом поддержали проект, однако некоторые выразили беспокойство по поводу "
        "временного закрытия здания на время ремонта.",
        "Администрация обещает, что часть фонда будет доступна в филиалах, а электронный каталог "
        "продолжит работать без перерывов.",
    ]),
    "zh": ("北京将新建二十座社区图书馆", [
        "北京市政府周三宣布，将在未来三年内新建二十座社区图书馆，为居民提供更加便利的阅读空间。",
        "根据计划，新图书馆将设在居民区附近，配备儿童阅览室、自习区和电子阅读设备，并延长开放时间。",
        "许多市民对此表示欢迎。一位退休教师说：“附近有了图书馆，老人和孩子都可以经常去看书。”",
        "专家认为，社区图书馆不仅是借书的地方，也是邻里交流和终身学习的重要场所。",
    ]),
}

# name -> (language, codec, declaration put in <head>)
PAGES = {
    "ja-shift_jis-meta.html": ("ja", "shift_jis", '<meta charset="Shift_JIS">'),
    "ja-shift_jis-none.html": ("ja", "shift_jis", ""),
    "ru-windows-1251-meta.html": ("ru", "windows-1251",
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
    "ru-windows-1251-none.html": ("ru", "windows-1251", ""),
    "zh-gb18030-meta.html": ("zh", "gb18030", '<meta charset="gb18030">'),
    "zh-gb18030-none.html": ("zh", "gb18030", ""),
    "ru-utf-8-bom.html": ("ru", "utf-8-sig", ""),
    "ja-utf-16-bom.html": ("ja", "utf-16", ""),
}


def page(lang: str, declaration: str) -> str:
    title, paragraphs = STORIES[lang]
    body = "\n".join(f"<p>{para}</p>" for para in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{declaration}\n<title>{title}</title>\n'
            f"</head>\n<body>\n<article>\n<h1>{title}</h1>\n{body}\n</article>\n</body>\n</html>\n")


def main() -> None:
    for name, (lang, codec, declaration) in PAGES.items():
        data = page(lang, declaration).encode(codec)
        if codec == "utf-16":
            assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
