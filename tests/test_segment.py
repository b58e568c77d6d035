"""Story separation on small synthetic pages: each test builds the structure a rule is for,
with neutral or random class names, and checks what the reader view keeps and drops.

The full-size cases live in seeds/ (cluttered group); these pin each rule on its own so a
failure names the rule, and show that the rules keep the story whole where they must.
"""
from __future__ import annotations

import random

import pytest

import clearpage

WORDS = ("the council said residents would see changes to local services after a review of "
         "budgets found a shortfall that officials described as serious but manageable while "
         "critics argued the plan lacked detail and asked for public hearings before any vote").split()


def sentence(rng: random.Random, n: int = 24) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + ", officials said on Tuesday."


def paragraphs(rng: random.Random, count: int, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{sentence(rng)} {sentence(rng)}</{tag}>" for _ in range(count))


def cls(rng: random.Random) -> str:
    return "x" + "".join(rng.choice("abcdef0123456789") for _ in range(5))


def page(body: str, title: str = "Council budget plan faces scrutiny from residents") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{title} | The Gazette</title></head>"
            f"<body><header><a href='/'>The Gazette</a><nav><a href='/a'>News</a> "
            f"<a href='/b'>Sport</a></nav></header>{body}<footer><a href='/about'>About</a>"
            f"</footer></body></html>")


def card(rng: random.Random, title: str, source: str = "Daily Wire", when: str = "2 hours ago",
         klass: str = "", body_paras: int = 3) -> str:
    return (f"<div class='{klass}'><div><span>{source}</span> <span>{when}</span></div>"
            f"<h3><a href='/news/{abs(hash(title))}'>{title}</a></h3>"
            f"<div>{paragraphs(rng, body_paras)}</div></div>")


def main_story(rng: random.Random, paras: int = 8) -> tuple[str, str]:
    body = paragraphs(rng, paras)
    html = (f"<h1>Council budget plan faces scrutiny from residents</h1>"
            f"<div>By Ana Ruiz · March 3, 2024</div><div class='{cls(rng)}'>{body}</div>")
    return html, body


def texts_of(fragment: str) -> list[str]:
    import lxml.html

    return [p.text_content() for p in lxml.html.fragment_fromstring(fragment, create_parent="div").iter("p")]


def assert_story_only(article, story_html: str, foreign: list[str]) -> None:
    for text in texts_of(story_html):
        assert text in article.text, f"story paragraph lost: {text[:60]}"
    for text in foreign:
        assert text not in article.text, f"foreign text kept: {text[:60]}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(7)


def test_related_cards_after_the_story_are_dropped_and_listed(rng):
    story, body = main_story(rng)
    k = cls(rng)
    cards = [card(rng, f"Second story headline number {i} about transport", klass=k) for i in range(3)]
    html = page(f"<main><article>{story}</article><section><h2>Related Articles</h2>{''.join(cards)}</section></main>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget")
    assert_story_only(article, body, [t for c in cards for t in texts_of(c)])
    assert [r.title for r in article.related] == [f"Second story headline number {i} about transport" for i in range(3)]
    assert all(r.url and r.url.startswith("https://gazette.example/news/") for r in article.related)


def test_cards_without_any_heading_label_are_found_by_repetition(rng):
    story, body = main_story(rng)
    k = cls(rng)
    cards = [card(rng, f"Another report on housing prices part {i}", klass=k, body_paras=4) for i in range(2)]
    html = page(f"<div class='{cls(rng)}'>{story}{''.join(cards)}</div>")
    article = clearpage.clean(html)
    assert_story_only(article, body, [t for c in cards for t in texts_of(c)])


def test_infinite_scroll_follow_up_article_is_dropped(rng):
    story, body = main_story(rng)
    follow = paragraphs(rng, 9)
    html = page(f"<article>{story}</article><article><h1>Storm closes schools across the region today</h1>"
                f"<div>By Lee Park · March 4, 2024</div><div>{follow}</div></article>")
    article = clearpage.clean(html)
    assert_story_only(article, body, texts_of(follow))
    assert article.related and article.related[0].title == "Storm closes schools across the region today"


def test_longer_related_story_does_not_replace_the_main_one(rng):
    story, body = main_story(rng, paras=5)
    k = cls(rng)
    long_cards = [card(rng, f"Very long feature about rail investment {i}", klass=k, body_paras=14) for i in range(2)]
    html = page(f"<main>{story}{''.join(long_cards)}</main>")
    article = clearpage.clean(html)
    assert_story_only(article, body, [t for c in long_cards for t in texts_of(c)])


def test_teaser_above_the_headline_is_dropped(rng):
    story, body = main_story(rng)
    teaser = paragraphs(rng, 2)
    html = page(f"<div><article><span>Top story</span><h2><a href='/other/story'>Bridge repairs will take "
                f"another year, engineers warn</a></h2>{teaser}</article><section>{story}</section></div>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget")
    assert_story_only(article, body, texts_of(teaser))


def test_subheadings_and_datelines_inside_the_story_are_kept(rng):
    """A section heading followed by a dated update is part of the story, not a new one."""
    first, second = paragraphs(rng, 5), paragraphs(rng, 4)
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>"
                f"<p>By Ana Ruiz</p><p>March 3, 2024</p>{first}<h2>What happens next</h2>"
                f"<p>Updated March 4, 2024</p>{second}</article>")
    article = clearpage.clean(html)
    assert_story_only(article, first + second, [])
    assert "What happens next" in article.content_html


def test_story_without_clutter_is_kept_whole_with_lists_quotes_and_tables(rng):
    body = (paragraphs(rng, 4) + "<h2>Key figures</h2><ul><li>Budget gap of four million</li>"
            "<li>Three hearings planned</li></ul><blockquote><p>We will listen to every resident, "
            "the mayor said at the meeting on Monday evening.</p></blockquote><table><tr><th>Year</th>"
            "<th>Spend</th></tr><tr><td>2023</td><td>10</td></tr><tr><td>2024</td><td>12</td></tr>"
            "<tr><td>2025</td><td>14</td></tr></table>" + paragraphs(rng, 3))
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{body}</article>")
    article = clearpage.clean(html)
    for needle in ("Budget gap of four million", "We will listen to every resident", "<table>", "<th>Year</th>"):
        assert needle in article.content_html
    assert_story_only(article, body, [])


def test_promo_and_widget_blocks_inside_the_body_are_removed_with_reasons(rng):
    first, second = paragraphs(rng, 5), paragraphs(rng, 4)
    widgets = ("<p>#Budget #Council #Local</p><div><p>Try our new AI features</p><button>Try it</button></div>"
               "<div><a href='#'>Share</a> <a href='#'>Facebook</a> <a href='#'>WhatsApp</a></div>"
               "<p>No comments yet...</p><div>Advertisement</div><p>Sign up for our newsletter</p>")
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{first}{widgets}{second}</article>")
    article = clearpage.clean(html, explain=True)
    assert_story_only(article, first + second, [])
    for text in ("#Budget", "AI features", "WhatsApp", "No comments yet", "Advertisement", "newsletter"):
        assert text not in article.text
    reasons = {r.reason for r in article.removed}
    assert {"hashtags", "comments", "advertisement", "newsletter"} <= reasons


def test_explain_is_off_by_default_and_lists_removed_stories(rng):
    story, _ = main_story(rng)
    k = cls(rng)
    cards = "".join(card(rng, f"Unrelated headline about the weather {i}", klass=k) for i in range(2))
    html = page(f"<main>{story}<aside><h3>More from The Gazette</h3>{cards}</aside></main>")
    assert clearpage.clean(html).removed is None
    removed = clearpage.clean(html, explain=True).removed
    assert any(r.reason == "other story" and "weather" in r.sample for r in removed)
    assert all(r.length > 0 and r.sample for r in removed)


def test_url_identifies_the_main_story_among_identical_articles(rng):
    """Infinite scroll where every article shares the markup: the page identity decides."""
    first, second = paragraphs(rng, 6), paragraphs(rng, 6)
    k = cls(rng)
    html = (f"<html><head><title>Harbour expansion approved after long debate</title>"
            f"<link rel=canonical href='https://gazette.example/harbour'></head><body>"
            f"<article class='{k}'><h1>Storm closes schools across the region today</h1><p>By Lee Park</p>"
            f"<p>March 4, 2024</p>{first}</article>"
            f"<article class='{k}'><h1>Harbour expansion approved after long debate</h1><p>By Ana Ruiz</p>"
            f"<p>March 5, 2024</p>{second}</article></body></html>")
    article = clearpage.clean(html, url="https://gazette.example/harbour")
    assert_story_only(article, second, texts_of(first))


def test_story_continues_after_an_inline_related_box(rng):
    """A dated link list inside the body is a related box; the subheading after it is still
    the story's (its dateline belongs to the box, not to the subheading)."""
    first, second = paragraphs(rng, 5), paragraphs(rng, 5)
    box = ("<div><div>More about the council budget</div><ul>"
           "<li><div>Mayor defends spending cuts in a long interview</div><div>July 25, 2018</div></li>"
           "<li><div>Residents queue for the first public hearing</div><div>July 26, 2018</div></li>"
           "</ul></div>")
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{first}{box}"
                f"<section><h2>The city has not faced this for years</h2>{second}</section></article>")
    article = clearpage.clean(html)
    assert_story_only(article, first + second, ["Mayor defends spending cuts"])
    assert "The city has not faced this for years" in article.content_html


def test_labelled_section_ends_at_the_next_heading_of_its_rank(rng):
    """"See also" without a container of its own covers its list, not the rest of the page."""
    body, notes = paragraphs(rng, 6), paragraphs(rng, 2)
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{body}"
                f"<h2>See also</h2><ul><li><a href='/a'>Budget</a></li><li><a href='/b'>Council</a></li></ul>"
                f"<h2>Notes</h2>{notes}</article>")
    article = clearpage.clean(html)
    assert_story_only(article, body + notes, [])


def test_scrolled_infinite_page_shows_the_story_the_url_names_with_its_own_headline(rng):
    """<title> still names the first article; the URL (and the article's data-url) the second:
    the reader gets the second story, under its own headline and byline."""
    first, second = paragraphs(rng, 6), paragraphs(rng, 6)
    k = cls(rng)
    html = (f"<html><head><title>Storm closes schools across the region today | Gazette</title>"
            f"<meta name=author content='Lee Park'></head><body>"
            f"<article class='{k}' data-url='https://gazette.example/storm'><h1>Storm closes schools across "
            f"the region today</h1><p>By Lee Park</p><p>March 4, 2024</p>{first}</article>"
            f"<article class='{k}' data-url='https://gazette.example/harbour'><h1>Harbour expansion approved "
            f"after long debate</h1><p>By Ana Ruiz</p><p>March 5, 2024</p>{second}</article></body></html>")
    article = clearpage.clean(html, url="https://gazette.example/harbour")
    assert_story_only(article, second, texts_of(first))
    assert article.title == "Harbour expansion approved after long debate"
    assert article.byline == "Ana Ruiz"
    assert article.url == "https://gazette.example/harbour"
    assert [r.title for r in article.related] == ["Storm closes schools across the region today"]


def test_teaser_box_and_read_more_line_inside_the_body_are_removed(rng):
    first, second = paragraphs(rng, 4), paragraphs(rng, 4)
    box = ("<div><div>Read more</div><a href='/other'><h4>Mayor defends spending cuts in a long interview"
           "</h4></a><div>The mayor said the cuts were needed. Critics disagreed.</div></div>")
    line = "<p><strong>Read more:</strong> <a href='/x'>Residents queue for the first public hearing</a></p>"
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{first}{box}{line}"
                f"{second}</article>")
    article = clearpage.clean(html, url="https://gazette.example/council", explain=True)
    assert_story_only(article, first + second, ["Mayor defends spending cuts", "Residents queue"])
    assert "Mayor defends spending cuts in a long interview" in [r.title for r in article.related]
    assert "related link" in {r.reason for r in article.removed}


def test_a_list_of_linked_entries_is_the_content_not_teasers(rng):
    """Same-shaped boxes of a linked title and a blurb are a list article's content."""
    entries = "".join(f"<div><h3><a href='/film/{i}'>Film number {i} of the year list</a></h3>"
                      f"<p>{sentence(rng)} {sentence(rng)}</p></div>" for i in range(6))
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>"
                f"<p>{sentence(rng)}</p><p>{sentence(rng)}</p>{entries}</article>")
    article = clearpage.clean(html, url="https://gazette.example/films")
    for i in range(6):
        assert f"Film number {i} of the year list" in article.text


def test_story_in_same_shaped_sections_with_dated_subheads_is_kept_whole(rng):
    """A story split into <section>s with h2 subheads and 'Updated' lines is one story; a
    same-shaped section whose heading links elsewhere is another story appended there."""
    k = cls(rng)
    parts = [paragraphs(rng, 4) for _ in range(3)]
    foreign = paragraphs(rng, 5)
    sections = (f"<section class='{k}'>{parts[0]}</section>"
                f"<section class='{k}'><h2>What residents said</h2><p>Updated 10:03 p.m.</p>{parts[1]}</section>"
                f"<section class='{k}'><h2>What happens next</h2><p>Updated 11:15 p.m.</p>{parts[2]}</section>"
                f"<section class='{k}'><h2><a href='/other'>Storm closes schools across the region today</a></h2>"
                f"{foreign}</section>")
    html = page(f"<main><h1>Council budget plan faces scrutiny from residents</h1><p>By Ana Ruiz</p>{sections}</main>")
    article = clearpage.clean(html, url="https://gazette.example/council")
    assert_story_only(article, "".join(parts), texts_of(foreign))


def test_comment_thread_without_headings_is_removed(rng):
    """Repeated author/time lines over a body are cards even without a title."""
    story = paragraphs(rng, 6)
    comments = "".join(f"<div><div><span>Reader {i}</span> <span>{i + 2} hours ago</span></div>"
                       f"<p>{sentence(rng)} {sentence(rng)}</p><p>{sentence(rng)}</p></div>" for i in range(3))
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1>{story}</article>"
                f"<div>{comments}</div>")
    article = clearpage.clean(html, url="https://gazette.example/council")
    comment_texts = [t for t in texts_of(f"<div>{comments}</div>")]
    assert_story_only(article, story, comment_texts)


def test_live_blog_entries_under_the_headline_are_the_story(rng):
    entries = "".join(f"<div><p><time>{9 - i}:{10 + i} p.m.</time></p><h3>Update number {i} on the budget vote</h3>"
                      f"{paragraphs(rng, 2)}</div>" for i in range(5))
    html = page(f"<main><h1>Council budget plan faces scrutiny from residents</h1><div>{entries}</div></main>")
    article = clearpage.clean(html, url="https://gazette.example/live")
    for i in range(5):
        assert f"Update number {i} on the budget vote" in article.text
    assert_story_only(article, entries, [])


def test_aggregator_list_whose_first_card_is_the_story(rng):
    """Every story is a <li> card dated '16h'; the page's title names the first one."""
    k = cls(rng)
    bodies = [paragraphs(rng, 3), paragraphs(rng, 8), paragraphs(rng, 6)]
    titles = ["Council budget plan faces scrutiny from residents", "Storm closes schools across the region today",
              "Harbour expansion approved after long debate"]
    cards = "".join(f"<li class='{k}'><div><span>Wire {i}</span><span>{i + 15}h</span></div><h2>{t}</h2>"
                    f"<div>{b}</div></li>" for i, (t, b) in enumerate(zip(titles, bodies)))
    html = (f"<html><head><title>{titles[0]} | Feed</title></head><body><main><ul>{cards}</ul></main></body></html>")
    article = clearpage.clean(html, url="https://feed.example/a/1")
    assert_story_only(article, bodies[0], texts_of(bodies[1]) + texts_of(bodies[2]))
    assert [r.title for r in article.related] == titles[1:]


def test_related_stories_rendered_above_the_headline_are_dropped(rng):
    """A plain sequence: two related stories (title line + paragraphs) come first in the same
    container, then the main story with its headline."""
    related = [paragraphs(rng, 4), paragraphs(rng, 4)]
    story = paragraphs(rng, 6)
    html = page(f"<div><p>Mayor defends spending cuts in a long interview</p>{related[0]}"
                f"<p>Residents queue for the first public hearing</p>{related[1]}"
                f"<h1>Council budget plan faces scrutiny from residents</h1><p>By Ana Ruiz</p>{story}</div>")
    article = clearpage.clean(html, url="https://gazette.example/council")
    assert_story_only(article, story, texts_of(related[0]) + texts_of(related[1]))


def test_site_name_title_gives_way_to_the_story_heading(rng):
    body = paragraphs(rng, 6)
    html = (f"<html><head><title>Newsroll</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Council budget plan faces scrutiny from residents</h1><p>By Ana Ruiz</p>{body}</article>"
            f"</body></html>")
    article = clearpage.clean(html, url="https://newsroll.example/council")
    assert article.title == "Council budget plan faces scrutiny from residents"


def test_headline_in_a_styled_div_is_found_by_its_title_agreement(rng):
    # No heading tag: the headline is a <span> whose text is the page's <title>, and a heading
    # tag holds the dek under the byline; a longer full-text story follows with its own headline and dateline, no label, no link. The title
    # line makes the story the identified one, so the longer story cannot replace it.
    body = paragraphs(rng, 6)
    others = [("Another city weighs a plan for buses", paragraphs(rng, 14))]
    story = (f"<div class='{cls(rng)}'><div class='{cls(rng)}'><span>Council budget plan faces scrutiny "
             f"from residents</span></div><address>By Ana Ruiz</address><h3>The mother of a resident "
             f"described how the cuts would change her street</h3><div>{body}</div></div>")
    rest = "".join(f"<div class='{cls(rng)}'><h2>{t}</h2><div>By Lee Park, 3 hours ago</div>"
                   f"<div>{b}</div></div>" for t, b in others)
    article = clearpage.clean(page(f"<main>{story}{rest}</main>"), url="https://gazette.example/n/8812")
    assert_story_only(article, body, [t for _, b in others for t in texts_of(b)])


def test_without_identity_the_first_story_beats_longer_ones_after_a_related_label(rng):
    # No <title>, no og/JSON-LD, the URL names nothing: the story comes first, then a related
    # label and longer stories whose headlines link away. Length must not decide.
    body = paragraphs(rng, 5)
    story = (f"<div class='{cls(rng)}'><h1>Council budget plan faces scrutiny from residents</h1>"
             f"<p>By Ana Ruiz</p><div>{body}</div></div>")
    k = cls(rng)
    longer = [(f"Transport network rethinks its timetable number {i}", paragraphs(rng, 14)) for i in range(2)]
    rest = "".join(f"<article class='{k}'><a href='/n/{i}'><h2>{t}</h2></a><div>Other Paper 2024-01-0{i + 1}</div>"
                   f"<div>{b}</div></article>" for i, (t, b) in enumerate(longer))
    html = (f"<!doctype html><html><head></head><body>{story}<div>Most read</div><div>{rest}</div>"
            f"</body></html>")
    article = clearpage.clean(html, url="https://gazette.example/n/8812")
    assert_story_only(article, body, [t for _, b in longer for t in texts_of(b)])


def test_without_identity_a_sidebar_of_linked_stories_before_the_story_is_passed_over(rng):
    # The <title> names only the site; a sidebar of long linked full-text stories comes first
    # in the markup. The first story whose headline stays on the page is the one read here.
    body = paragraphs(rng, 6)
    k = cls(rng)
    side = [(f"Transport network rethinks its timetable number {i}", paragraphs(rng, 4)) for i in range(2)]
    sidebar = "".join(f"<article class='{k}'><a href='/n/{i}'><h4>{t}</h4></a><div>Other Paper</div>"
                      f"<div>{i + 2} days ago</div><div>{b}</div></article>" for i, (t, b) in enumerate(side))
    story = (f"<article class='{cls(rng)}'><h2>Council budget plan faces scrutiny from residents</h2>"
             f"<div>Gazette staff | 2 days ago</div><div>{body}</div></article>")
    html = (f"<!doctype html><html><head><title>Gazette</title></head><body><aside><div>Read also</div>"
            f"{sidebar}</aside><main>{story}</main></body></html>")
    article = clearpage.clean(html, url="https://gazette.example/n/8812")
    assert_story_only(article, body, [t for _, b in side for t in texts_of(b)])


def test_without_identity_a_dated_story_after_an_unheaded_body_is_another_story(rng):
    # The <title> names only the site and the story's own title line is plain text: the kept
    # story runs from the top with no headline. A later headline with its own dateline, after
    # that body, opens another story even without a label or a repeated shape.
    body = paragraphs(rng, 8)
    other = paragraphs(rng, 3)
    html = (f"<!doctype html><html><head><title>Gazette</title></head><body><div class='{cls(rng)}'>"
            f"<div>Council budget plan faces scrutiny</div><section>{body}</section></div>"
            f"<div class='{cls(rng)}'>Sponsored content below</div><div class='{cls(rng)}'>"
            f"<section><a href='/n/2'><h3>Transport network rethinks its timetable</h3></a>"
            f"<p>Other Paper</p><div>3 hours ago</div>{other}</section></div></body></html>")
    article = clearpage.clean(html, url="https://gazette.example/n/8812")
    assert_story_only(article, body, texts_of(other))


def test_the_url_slug_names_the_story_when_nothing_else_does(rng):
    # Generic <title>, no og/JSON-LD, no link to the page itself: only the path
    # "/news/2026/11/tram-line-extension-wins-final-approval-38211" says which of the two
    # infinite-scroll articles is read. It is the second and shorter one, accents folded.
    k = cls(rng)
    first, second = paragraphs(rng, 12), paragraphs(rng, 4)
    html = (f"<!doctype html><html><head><title>Gazette</title></head><body><main>"
            f"<article class='{k}'><h1>Council budget plan faces scrutiny from residents</h1>"
            f"<div>By Ana Ruiz · 2 hours ago</div><div>{first}</div></article>"
            f"<article class='{k}'><h1>Tram line extension wins final approval in Zürich</h1>"
            f"<div>By Lee Park · 5 hours ago</div><div>{second}</div></article></main></body></html>")
    article = clearpage.clean(html, url="https://gazette.example/news/2026/11/tram-line-extension-wins-final-approval-in-zurich-38211")
    assert_story_only(article, second, texts_of(first))
    assert article.title == "Tram line extension wins final approval in Zürich"


@pytest.mark.parametrize("url, words", [
    ("https://e.com/news/2026/11/superbugs-what-they-are-and-how-you-get-them-374301",
     "superbugs what they are and how you get them"),
    ("https://e.fr/monde/un-troisieme-francais-mort.html", "un troisieme francais mort"),
    ("https://e.com/a/b/12345", None),
    ("https://e.com/story?id=5", None),
])
def test_url_slug_words(url, words):
    from clearpage.extract.identity import url_slug

    assert url_slug(url) == words


def test_app_pitch_with_store_badges_is_removed_whatever_its_wording(rng):
    # The boilerplate stage on its own (Readability's cleaning often drops such a box first;
    # this pins the rule for the boxes it keeps).
    from lxml import etree

    from clearpage.extract.boilerplate import strip_boilerplate

    pitch = "Stay informed on the go with alerts and offline reading wherever you are."
    story = (f"<div>{paragraphs(rng, 3)}<div class='{cls(rng)}'><img src='/phone.png' alt='' width='80'>"
             f"<p>{pitch}</p><a href='/ios'>App Store</a> <a href='/android'>Google Play</a></div>"
             "<p>The film is available to rent on <a href='https://play.google.com/x'>Google Play</a> "
             f"and elsewhere.</p>{paragraphs(rng, 3)}</div>")
    root = etree.fromstring(story, etree.HTMLParser()).find(".//body/div")
    removed = strip_boilerplate(root)
    text = " ".join("".join(root.itertext()).split())
    assert pitch not in text and "App Store" not in text
    assert "available to rent on Google Play and elsewhere" in text
    assert [r.reason for r in removed] == ["promo"]


def test_lone_headline_link_with_a_blurb_inside_the_body_is_a_teaser(rng):
    # No label: the paragraph opens on a bold link whose text is the headline its URL's slug
    # names, then one sentence. A link inside a sentence stays.
    body = paragraphs(rng, 6)
    teaser = ("<p><a href='https://gazette.example/a/2026/11/tram-line-extension-wins-final-approval-67226'>"
              "<strong>Tram line extension wins final approval</strong></a><br>The council voted on the "
              "new route after a long debate.</p>")
    inline = ("<p>As <a href='/a/tram-line-extension-wins-final-approval'>the tram line extension wins "
              "final approval</a>, residents wait for a date, officials said on Tuesday.</p>")
    paras = body.split("\n")
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1><div>By Ana Ruiz</div>"
                f"{''.join(paras[:3])}{teaser}{inline}{''.join(paras[3:])}</article>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget", explain=True)
    assert_story_only(article, body, ["Tram line extension wins final approval",
                                      "The council voted on the new route after a long debate."])
    assert "residents wait for a date" in article.text
    assert [r.reason for r in article.removed if "Tram line" in r.sample] == ["teaser"]


def test_byline_split_across_a_by_word_and_a_name_link_is_read(rng):
    body = paragraphs(rng, 6)
    html = page(f"<article><header><h1>Council budget plan faces scrutiny from residents</h1><div><span>By "
                f"<a href='/by/dana-fox'>Dana Fox</a></span> <time>3 March 2024</time></div></header>"
                f"<div class='{cls(rng)}'>{body}</div></article>")
    assert clearpage.clean(html, url="https://gazette.example/council-budget").byline == "Dana Fox"  # the reader drops "By "


def test_box_that_opens_with_the_authors_name_after_the_body_is_the_author_bio(rng):
    # The boilerplate stage on its own, given the page's byline.
    from lxml import etree

    from clearpage.extract.boilerplate import strip_boilerplate

    bio = "Dana Fox has written for the Gazette since 2011, covering the courts. Follow Dana for updates."
    mention = "Dana Fox, the council's auditor, said the figures were sound, officials said on Tuesday."
    story = (f"<div>{paragraphs(rng, 3)}<p>{mention}</p>{paragraphs(rng, 3)}<div><img src='/d.jpg' alt=''>"
             f"<p>{bio}</p><a href='/by/dana-fox'>More stories by Dana Fox</a></div></div>")
    root = etree.fromstring(story, etree.HTMLParser()).find(".//body/div")
    removed = strip_boilerplate(root, "By Dana Fox")
    text = " ".join("".join(root.itertext()).split())
    assert bio not in text and "More stories" not in text and mention in text
    assert [r.reason for r in removed] == ["author bio"]


def test_dated_full_text_card_inside_a_body_of_div_paragraphs_is_dropped(rng):
    # One <div> per paragraph; after the second, a box with a linked styled-div title, a date
    # and a long excerpt of another story; the story goes on after it.
    paras = [f"{sentence(rng)} {sentence(rng)}" for _ in range(8)]
    excerpt = " ".join(sentence(rng) for _ in range(8))
    k = cls(rng)
    divs = [f"<div class='{k}'>{p}</div>" for p in paras]
    card = (f"<div class='{cls(rng)}'><div><a href='/read/tram-line-extension-wins-approval'>Tram line "
            f"extension wins final approval</a></div><div>January 6, 2026</div><p>{excerpt}</p></div>")
    html = page(f"<section><h1>Council budget plan faces scrutiny from residents</h1><div>By Ana Ruiz</div>"
                f"{''.join(divs[:2])}{card}{''.join(divs[2:])}</section>")
    article = clearpage.clean(html, url="https://gazette.example/news/council-budget-plan-faces-scrutiny")
    for p in paras:
        assert p in article.text
    assert excerpt not in article.text


def test_share_buttons_beside_the_headline_do_not_take_the_header_with_them():
    # The preparation stage on its own: a short box around buttons is a call to action, but
    # not once it holds the headline or the dateline.
    from lxml import etree

    from clearpage.extract.prepare import drop_call_to_action_boxes

    html = ("<html><body><article><div><h1>Council budget plan faces scrutiny</h1><div>By Ana Ruiz "
            "<time datetime='2024-03-03'>March 3, 2024</time></div><div><button>Share</button>"
            "<button>Email</button></div></div><p>Body.</p><div><p>Try our app</p><button>Open</button>"
            "</div></article></body></html>")
    body = etree.fromstring(html, etree.HTMLParser()).find("body")
    drop_call_to_action_boxes(body)
    text = " ".join("".join(body.itertext()).split())
    assert "Council budget plan faces scrutiny" in text and "By Ana Ruiz" in text
    assert "Share" not in text and "Try our app" not in text


def test_listicle_whose_entries_mostly_link_to_their_subject_is_kept_whole(rng):
    # "The 12 best films": each entry a <section> with a linked <h3> (a few unlinked) and a
    # long review. Sections linking away are the content here, not appended stories.
    k = cls(rng)
    entries = []
    for i in range(12, 0, -1):
        title = f"{i}) Film number {i}"
        head = title if i % 4 == 0 else f"<a href='https://reviews.example/film-{i}-review'>{title}</a>"
        entries.append(f"<section class='{k}'><h3>{head}</h3>{paragraphs(rng, 2)}</section>")
    intro = paragraphs(rng, 2)
    html = page(f"<article><h1>The 12 best films of the year and how to watch them</h1><div>By Ana Ruiz</div>"
                f"{intro}{''.join(entries)}</article>", title="The 12 best films of the year and how to watch them")
    article = clearpage.clean(html, url="https://gazette.example/best-films")
    assert_story_only(article, intro + "".join(entries), [])
    assert not article.related


def test_repeated_ad_labels_between_list_entries_are_not_datelines(rng):
    # "Advertisement" / "Story continues below advertisement" repeat down the page; a repeated
    # short line is usually a source label (a dateline), but not when it is a widget's label:
    # the entry headings under them must not become story starts.
    entries = []
    for i in range(1, 9):
        entries.append(f"<h3><a href='https://store.example/game-{i}'>Game number {i} ($20)</a></h3>"
                       f"{paragraphs(rng, 1)}")
        if i % 2 == 0:
            entries.append("<div>Advertisement</div><p>Story continues below advertisement</p>")
    html = page(f"<article><h1>These are the 8 coolest console games of the year</h1><div>By Ana Ruiz</div>"
                f"<div>{paragraphs(rng, 2)}{''.join(entries)}</div></article>",
                title="These are the 8 coolest console games of the year")
    article = clearpage.clean(html, url="https://gazette.example/coolest-games", explain=True)
    assert not [r for r in article.removed if r.reason == "other story"]
    for i in range(1, 9):
        assert f"Game number {i} ($20)" in article.text


def test_without_identity_the_first_of_several_full_articles_is_the_story(rng):
    # Nothing names the story (site-name <title>, id-only URL): a short full article under
    # its <h1> with a byline, then a much longer one of the same shape (infinite scroll).
    # The page was opened on the first.
    k = cls(rng)
    first, second = paragraphs(rng, 4), paragraphs(rng, 16)
    arts = "".join(f"<article class='{k}'><header><h1>{t}</h1><div>By {a}</div></header><div>{b}</div></article>"
                   for t, a, b in (("Council budget plan faces scrutiny from residents", "Ana Ruiz", first),
                                   ("Transport network rethinks its whole timetable", "Lee Park", second)))
    html = f"<!doctype html><html><head><title>Gazette</title></head><body><main>{arts}</main></body></html>"
    article = clearpage.clean(html, url="https://gazette.example/a/88123")
    assert_story_only(article, first, texts_of(second))


def test_long_quote_does_not_become_the_story_when_the_body_is_split_in_boxes(rng):
    # The body sits in three same-class boxes between a gallery and a signup form; the last
    # box holds a long quoted passage that outscores each box on its own.
    k = cls(rng)
    first, second = paragraphs(rng, 2), paragraphs(rng, 2)
    quote = "".join(f"<p>{sentence(rng, 40)} {sentence(rng, 40)}</p>" for _ in range(6))
    last = paragraphs(rng, 1)
    html = page(f"<article><h1>Council budget plan faces scrutiny from residents</h1><div>By Ana Ruiz</div>"
                f"<div class='{cls(rng)}'><div class='{k}'>{first}</div><div><figure><img src='/g.jpg'>"
                f"<figcaption>1 of 12</figcaption></figure></div><div class='{k}'>{second}</div>"
                f"<div class='{k}'><blockquote>{quote}</blockquote>{last}</div></div></article>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget")
    assert_story_only(article, first + second + quote + last, [])


@pytest.mark.parametrize("text, reason", [
    ("Partager cet article", "share"),
    ("Facebook X LinkedIn WhatsApp E-mail Copier le lien", "share"),
    ("[ Print | Email | Share ]", "share"),
    ("Onderwerpen: Wetenschap Tech Buitenland", "hashtags"),
    ("Tags: council, budget, transport", "hashtags"),
    ("Sigue leyendo después del anuncio", "advertisement"),
    ("Sponsorowane · FinanseDziś", "advertisement"),
    ("Pobierz aplikację", "promo"),
    ("Essayez nos fonctions IA", "promo"),
    ("Testen Sie unsere KI-Funktionen", "promo"),
    ("Try Our AI Features Discover what our AI can do for you: instant summaries, answers with "
     "sources, articles read aloud, and a daily briefing tailored to what you read most often.", "promo"),
    ("The council said the plan would share costs with the county.", None),
])
def test_widget_vocabulary_in_several_languages(text, reason):
    from clearpage.extract.boilerplate import vocabulary_reason

    assert vocabulary_reason(text) == reason


def test_product_pitch_with_a_feature_list_goes_whole(rng):
    # A promo heading, a line and a list of features: longer than a label, anchored on the
    # call to action, so the whole box goes (pitch length, as for paywall prompts).
    from lxml import etree

    from clearpage.extract.boilerplate import strip_boilerplate

    box = ("<div><h3>Try our AI features</h3><p>Discover what the Gazette's AI can do for you:</p><ul>"
           "<li>Instant summaries of every article in three points</li><li>Ask questions and get "
           "sourced answers</li><li>Listen to articles read aloud, wherever you are going today</li></ul></div>")
    root = etree.fromstring(f"<div>{paragraphs(rng, 3)}{box}{paragraphs(rng, 2)}</div>", etree.HTMLParser()).find(".//body/div")
    removed = strip_boilerplate(root)
    text = " ".join("".join(root.itertext()).split())
    assert "Instant summaries" not in text and "Discover what" not in text
    assert [r.reason for r in removed] == ["promo"]


def test_dated_timeline_entries_after_the_intro_are_the_story(rng):
    # After two intro paragraphs, an <ol> of dated entries, each a date line, an unlinked
    # <h3> and a paragraph: the shape of a card feed, but the story's own timeline.
    intro = paragraphs(rng, 2)
    entries = "".join(f"<li><time datetime='20{10 + i}-01-01'>January 20{10 + i}</time><h3>Milestone number {i} "
                      f"of the plan</h3>{paragraphs(rng, 1)}</li>" for i in range(8))
    html = page(f"<main><article><header><h1>Council budget plan faces scrutiny from residents</h1>"
                f"<p>By Ana Ruiz</p></header><div>{intro}<ol>{entries}</ol></div></article></main>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget", explain=True)
    assert_story_only(article, intro + entries, [])
    assert not [r for r in article.removed if r.reason == "other story"]


def test_author_box_of_the_second_of_two_bylined_authors_goes():
    from lxml import etree

    from clearpage.extract.boilerplate import _author_names, strip_boilerplate

    assert _author_names("By Ana Ruiz and Lee Park · 3 March") == ("Ana Ruiz", "Lee Park")
    assert _author_names("Andrés Malamud, Martín Schapiro") == ("Andrés Malamud", "Martín Schapiro")
    assert _author_names("Reuters") == ()
    story = ("<div><p>The council voted on Tuesday to approve the plan, officials said after a long "
             "meeting that ran into the night.</p><div><img src='/p.jpg' alt=''><p><strong>Sobre los "
             "autores</strong></p><p>Lee Park es columnista de la Gaceta.</p></div></div>")
    root = etree.fromstring(story, etree.HTMLParser()).find(".//body/div")
    removed = strip_boilerplate(root, "By Ana Ruiz and Lee Park")
    text = " ".join("".join(root.itertext()).split())
    assert "columnista" not in text and "Sobre los" not in text and "council voted" in text
    assert [r.reason for r in removed] == ["author bio"]


def test_sponsored_card_goes_with_its_label_and_a_lone_ad_label_alone():
    from lxml import etree

    from clearpage.extract.boilerplate import strip_boilerplate

    story = ("<div><p>The council voted on Tuesday to approve the plan after a long meeting.</p>"
             "<div><p><span>Sponsored · Acme Finance</span><img src='/ad.jpg' alt=''></p>"
             "<h3><a href='https://ads.example.net/c?id=1'>Savers move money to this account</a></h3>"
             "<p>Rates like this have not been seen in years.</p></div>"
             "<p>Advertisement</p><p>Residents asked for public hearings before any vote.</p></div>")
    root = etree.fromstring(story, etree.HTMLParser()).find(".//body/div")
    removed = strip_boilerplate(root)
    text = " ".join("".join(root.itertext()).split())
    assert "Savers move money" not in text and "Rates like this" not in text and "Advertisement" not in text
    assert "council voted" in text and "public hearings" in text
    assert [r.reason for r in removed] == ["advertisement", "advertisement"]


def test_widget_label_split_across_blocks_is_read_with_a_space():
    # "<p>Our app</p><p>Alerts…</p>" reads "Our app Alerts…", so an anchored vocabulary
    # matches the box (not "Our appAlerts…").
    from clearpage.extract.dom import short_text
    from lxml import etree

    box = etree.fromstring("<div><p><strong>Unsere App</strong></p><p>Eilmeldungen und mehr.</p></div>")
    assert short_text(box, 200) == "Unsere App Eilmeldungen und mehr."


def test_list_of_linked_entries_among_the_story_paragraphs_is_kept(rng):
    # "The 8 best games": after the intro paragraphs, an <ol> whose items each hold an <h3>
    # linking to the product, an embed and a review paragraph. No dateline: list content.
    intro = paragraphs(rng, 2)
    items = "".join(f"<li><h3><a href='https://store.example/game-{i}'>Game number {i} ($20)</a></h3>"
                    f"<p><iframe src='https://www.youtube.com/embed/abc{i}'></iframe></p>{paragraphs(rng, 1)}</li>"
                    for i in range(8))
    outro = paragraphs(rng, 1)
    html = page(f"<article><h1>These are the 8 coolest console games of the year</h1><div>By Ana Ruiz</div>"
                f"<div>{intro}<ol class='{cls(rng)}'>{items}</ol>{outro}</div></article>",
                title="These are the 8 coolest console games of the year")
    article = clearpage.clean(html, url="https://gazette.example/coolest-games", explain=True)
    assert_story_only(article, intro + items + outro, [])
    assert not [r for r in article.removed if r.reason == "other story"]


def test_story_in_same_shaped_question_boxes_is_kept_whole(rng):
    # An FAQ: five same-class boxes, each an <h2> question and an answer box, one answer much
    # longer than the others. Readability's scorer alone keeps the longest box only.
    k = cls(rng)
    answers = [paragraphs(rng, 6 if i == 2 else 1) for i in range(5)]
    boxes = "".join(f"<div class='{k}'><h2>Question number {i} about the plan?</h2><div><div>{a}</div></div></div>"
                    for i, a in enumerate(answers))
    html = page(f"<article><header><h1>Council budget plan: your questions answered</h1><div>By Ana Ruiz</div>"
                f"</header><div class='{cls(rng)}'>{boxes}</div></article>",
                title="Council budget plan: your questions answered")
    article = clearpage.clean(html, url="https://gazette.example/budget-faq")
    assert_story_only(article, "".join(answers), [])


def test_label_inside_a_follow_up_article_does_not_cut_it_in_two(rng):
    # The next article (an <article> with an <h2> under the story's <h1>) holds a
    # "More about …" label halfway: the whole follow-up goes, not only its first half.
    body = paragraphs(rng, 5)
    first, second = paragraphs(rng, 3), paragraphs(rng, 4)
    html = page(f"<main><article><header><h1>Council budget plan faces scrutiny from residents</h1>"
                f"<div>By Ana Ruiz · 2 hours ago</div></header><div>{body}</div></article>"
                f"<div>Up next</div><article><header><h2>Transport network rethinks its timetable</h2>"
                f"<div>By Lee Park · 5 hours ago</div></header><div>{first}<p>More about the transport network</p>"
                f"<h2>What changes for riders</h2>{second}</div></article></main>")
    article = clearpage.clean(html, url="https://gazette.example/council-budget")
    assert_story_only(article, body, texts_of(first) + texts_of(second))
