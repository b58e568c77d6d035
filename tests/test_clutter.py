"""The cluttered-page generator (clearpage.clutter), on synthetic donors only.

Never the human-truth corpus: its pages are third-party text and stay out of the repository.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys

import lxml.html
import pytest

from clearpage import clutter, seeds, truth
from clearpage.clutter_i18n import LANGUAGES

SEED = 11
# Enough pages that every template meets every language at least once.
ALL_PAGES = len(clutter.TEMPLATES) * len(LANGUAGES)
# Words that name what a block is, as fixtures and real sites use them: no generated class
# name may be one of these or start with one.
DESCRIPTIVE = ("ad", "ads", "article", "author", "body", "byline", "card", "comment", "content",
               "entry", "feed", "footer", "hashtag", "header", "headline", "main", "more", "nav",
               "newsletter", "post", "promo", "read", "recommend", "related", "share", "sidebar",
               "social", "story", "subscribe", "tag", "teaser", "title", "widget")
CONSONANTS, VOWELS = "bcdfghjklmnpqrstvwxz", "aeiouy"


def fake_word(rng: random.Random) -> str:
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 4)))


def fake_sentence(rng: random.Random) -> str:
    words = [fake_word(rng) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def synthetic_donors(n: int = 9) -> list[clutter.Donor]:
    rng = random.Random(4242)
    donors = []
    for i in range(n):
        paragraphs = [" ".join(fake_sentence(rng) for _ in range(rng.randint(2, 4)))
                      for _ in range(rng.randint(3, 7))]
        donors.append(clutter.Donor(f"synthetic/{i}", f"Headline {fake_word(rng)} {fake_word(rng)} {i}",
                                    tuple(paragraphs)))
    # Markup-like text must come out as text; and one donor repeats another's paragraph, which
    # the generator has to drop from it when the other is the main story.
    first = donors[0]
    donors[0] = clutter.Donor(first.key, first.title, (*first.paragraphs, "Tags <b>bold</b> & <script>x</script> co."))
    donors[1] = clutter.Donor(donors[1].key, donors[1].title, (*donors[1].paragraphs, first.paragraphs[0]))
    return donors


def page_text(html: str) -> str:
    root = lxml.html.document_fromstring(html.encode("utf-8"))
    for el in list(root.iter("script", "style", "title")):
        el.drop_tree()
    return " ".join(" ".join(root.itertext()).split())


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pages() -> list[clutter.ClutteredPage]:
    return clutter.build_cluttered(synthetic_donors(), SEED, ALL_PAGES)


def test_same_seed_same_bytes(pages):
    again = clutter.build_cluttered(synthetic_donors(), SEED, ALL_PAGES)
    assert [p.html.encode("utf-8") for p in again] == [p.html.encode("utf-8") for p in pages]
    other = clutter.build_cluttered(synthetic_donors(), SEED + 1, ALL_PAGES)
    assert [p.html for p in other] != [p.html for p in pages]


CROSS_PROCESS = """
import hashlib
from clearpage import clutter
words = [f"w{i}q" for i in range(400)]
donors = [clutter.Donor(f"d{k}", f"Title {k}", tuple(" ".join(words[(k * 37 + j * 11 + i) % 400]
          for i in range(30)) + "." for j in range(5))) for k in range(8)]
pages = clutter.build_cluttered(donors, 5, 24)
print(hashlib.sha256("".join(p.html for p in pages).encode()).hexdigest())
"""


def test_same_bytes_across_processes_and_hash_seeds():
    runs = {subprocess.run([sys.executable, "-c", CROSS_PROCESS], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and len(runs.pop().strip()) == 64


def test_count_defaults_to_one_page_per_main_donor():
    assert len(clutter.build_cluttered(synthetic_donors(), SEED)) == len(synthetic_donors())


def test_every_template_is_used_and_keeps_the_story_whole(pages):
    assert {p.template for p in pages} == {t.name for t in clutter.TEMPLATES}
    for page in pages:
        text = page_text(page.html)
        for line in page.story_text.split("\n"):
            assert norm(line) in text, (page.template, line)
        assert page.title in page.html or clutter.esc(page.title) in page.html


def test_clutter_is_on_the_page_and_disjoint_from_the_story(pages):
    for page in pages:
        text = page_text(page.html)
        story = set(truth.shingles(page.story_text))
        assert page.clutter_texts, page.template
        for item in page.clutter_texts:
            assert item.strip() and not set(truth.shingles(item)) & story, (page.template, item[:80])
            assert all(norm(part) in text for part in item.split("\n")), (page.template, item[:80])


def test_story_templates_carry_other_stories(pages):
    story_templates = {"related-after", "related-before", "related-inline", "infinite-scroll", "teaser-inside",
                       "feed", "flat-cards", "comment-thread", "portal"}
    for page in pages:
        if page.template in story_templates:
            assert page.other_stories and set(page.other_stories) <= set(page.clutter_texts)


def test_shared_paragraph_is_dropped_from_the_other_story(pages):
    donors = synthetic_donors()
    shared = donors[0].paragraphs[0]
    for page in pages:
        if page.donor == donors[0].key:
            assert all(shared not in s for s in page.other_stories)


def test_markup_in_donor_text_stays_text(pages):
    page = next(p for p in pages if p.donor == "synthetic/0")
    assert "<script>x</script>" not in page.html and "Tags <b>bold</b> & <script>x</script> co." in page_text(page.html)


def test_every_language_is_used_with_its_own_strings(pages):
    assert {p.language for p in pages} == {ui.lang for ui in LANGUAGES}
    by_code = {ui.lang: ui for ui in LANGUAGES}
    for page in pages:
        assert f'<html lang="{page.language}">' in page.html
        ui = by_code[page.language]
        assert any(clutter.esc(f) in page.html for f in ui.footer), page.language


def class_tokens(pages) -> set[str]:
    found = set()
    for page in pages:
        root = lxml.html.document_fromstring(page.html.encode("utf-8"))
        for el in root.iter():
            found.update(el.get("class", "").split())
    return found


def test_class_names_do_not_name_the_blocks(pages):
    tokens = class_tokens(pages)
    assert len(tokens) > 50
    for token in tokens:
        for part in re.split(r"[-_:/]+", token.lower()):
            assert not any(part == w or (len(w) > 3 and part.startswith(w)) for w in DESCRIPTIVE), token


def test_class_names_are_not_a_fixed_vocabulary(pages):
    utility = set(clutter.UTILITY_CLASSES)
    ours = class_tokens(pages) - utility
    theirs = class_tokens(clutter.build_cluttered(synthetic_donors(), SEED + 100, ALL_PAGES)) - utility
    assert ours and theirs and len(ours & theirs) < 0.1 * min(len(ours), len(theirs))


def test_schemes_vary_within_a_run(pages):
    shapes = set()
    for token in class_tokens(pages):
        shapes.add("hash" if re.match(r"(css-|sc-|_|x)[0-9a-z]{6}$", token) else
                   "module" if "__" in token else "utility" if token in clutter.UTILITY_CLASSES else "word")
    assert shapes == {"hash", "module", "utility", "word"}


def test_perfect_answer_scores_one(pages):
    for page in pages:
        score = clutter.score_cluttered(page.story_text, page)
        assert (score.f1, score.leak, score.replaced) == (1.0, 0.0, False), page.template


def test_another_story_as_answer_is_replaced(pages):
    page = next(p for p in pages if p.template == "feed")
    score = clutter.score_cluttered(page.other_stories[0], page)
    assert score.replaced and score.f1 < 0.1 and score.leak > 0


def test_story_plus_a_promo_leaks_without_replacing(pages):
    page = next(p for p in pages if p.template == "promo-stack")
    promo = next(c for c in page.clutter_texts if c not in page.other_stories)
    score = clutter.score_cluttered(page.story_text + "\n" + promo, page)
    assert 0 < score.leak < 1 and not score.replaced and score.recall == 1.0


def test_short_clutter_item_counts_when_its_words_are_in_a_row():
    page = clutter.ClutteredPage("", "", "", "one two three four five six", ("Advertisement",), (),
                                 "promo-stack", "en", "d", 0, 0, "")
    assert clutter.score_cluttered("one two three Advertisement four five six", page).leak == 1.0
    assert clutter.score_cluttered("one two three four five six", page).leak == 0.0


def test_a_promo_word_the_story_uses_is_not_on_the_page():
    words = [f"zq{i}" for i in range(60)]
    story = clutter.Donor("s", "Story", (" ".join(words[:30]) + " Advertisement " + " ".join(words[30:]) + ".",))
    for page in clutter.build_cluttered([story], SEED, len(clutter.TEMPLATES) * 3):
        assert "Advertisement" not in page.clutter_texts
        assert clutter.score_cluttered(page.story_text, page).leak == 0.0


def test_empty_answer_is_not_replaced(pages):
    score = clutter.score_cluttered("", pages[0])
    assert score.f1 == 0.0 and score.recall == 0.0 and not score.replaced and score.leak == 0.0


def test_a_single_donor_still_makes_pages():
    pages = clutter.build_cluttered(synthetic_donors()[:1], SEED, len(clutter.TEMPLATES))
    assert len(pages) == len(clutter.TEMPLATES)
    for page in pages:
        assert page.other_stories == () and norm(page.story_text.split("\n")[0]) in page_text(page.html)


def test_no_usable_donor_makes_no_page():
    tiny = clutter.Donor("t", "Tiny", ("Too short to score.",))
    assert clutter.build_cluttered([tiny], SEED) == []


# --------------------------------------------------------------------------- donors

def write_truth_corpus(root, entries: dict[str, tuple[str, str]]):
    set_dir = root / "synthetic-set"
    (set_dir / "pages").mkdir(parents=True)
    for page_id, (page_html, _) in entries.items():
        (set_dir / "pages" / f"{page_id}.html").write_text(page_html, encoding="utf-8")
    truth_json = {k: {"text": text, "url": None} for k, (_, text) in entries.items()}
    (set_dir / "truth.json").write_text(json.dumps(truth_json), encoding="utf-8")
    return root


def story(rng: random.Random, n: int = 4) -> list[str]:
    return [" ".join(fake_sentence(rng) for _ in range(3)) for _ in range(n)]


def truth_donor(tmp_path, page: str, text: str) -> clutter.Donor:
    root = write_truth_corpus(tmp_path, {"p": (page, text)})
    return clutter.donor_from_truth(truth.load_truth_corpus(root)[0])


def test_truth_donor_takes_an_agreeing_h1_and_drops_its_repeat(tmp_path):
    body = story(random.Random(1))
    headline = " ".join(body[0].split()[:6])
    page = f"<html lang='fr-FR'><head><title>Site | home</title></head><body><h1>{headline}</h1></body></html>"
    donor = truth_donor(tmp_path, page, "\n".join([headline, *body]))
    assert donor.title == headline and donor.paragraphs == tuple(body) and donor.language == "fr"


def test_truth_donor_without_an_agreeing_title_uses_its_headline_line(tmp_path):
    body = story(random.Random(2))
    page = "<html><head><title>Nothing alike here</title></head><body><h1>Welcome</h1></body></html>"
    donor = truth_donor(tmp_path, page, "\n".join(["A short headline line", *body]))
    assert donor.title == "A short headline line" and donor.paragraphs == tuple(body)


def test_truth_donor_opening_with_part_of_the_page_title_takes_that_line(tmp_path):
    body = story(random.Random(4))
    page = f"<html><head><title>Quiet harbour reopens by {body[0].split()[1]}</title></head><body></body></html>"
    donor = truth_donor(tmp_path, page, "\n".join(["Quiet harbour reopens", *body]))
    assert donor.title == "Quiet harbour reopens" and donor.paragraphs == tuple(body)


def test_truth_donor_survives_a_broken_page_and_control_characters(tmp_path):
    rng = random.Random(3)
    body = story(rng)
    root = write_truth_corpus(tmp_path, {"c": ("", "\n\x00".join(body) + "\x0b")})
    donor = clutter.donor_from_truth(truth.load_truth_corpus(root)[0])
    assert donor.paragraphs and all("\x00" not in p and "\x0b" not in p for p in donor.paragraphs)
    assert clutter.build_cluttered([donor], SEED, 1)[0].html


def write_seed_case(root, slug: str, paragraphs: list[str], title: str):
    case = root / slug
    case.mkdir(parents=True)
    (case / seeds.PAGE_FILE).write_text("<html><body></body></html>", encoding="utf-8")
    (case / seeds.REFERENCE_HTML).write_text("".join(f"<p>{p}</p>" for p in paragraphs), encoding="utf-8")
    (case / "reference-metadata.json").write_text(json.dumps({"title": title, "lang": "de"}), encoding="utf-8")
    (case / seeds.CASE_FILE).write_text(json.dumps({"url": None, "group": "reference"}), encoding="utf-8")


def test_seed_donors_come_from_reference_cases(tmp_path):
    rng = random.Random(5)
    for i in range(3):
        write_seed_case(tmp_path, f"case-{i}", story(rng), f"Seed title {i} | Example site")
    donors = clutter.seed_donors(tmp_path)
    assert [d.key for d in donors] == ["case-0", "case-1", "case-2"]
    assert donors[0].title == "Seed title 0 | Example site" and donors[0].language == "de"
    assert donors[0].license == clutter.SEED_LICENSE


# --------------------------------------------------------------------------- command line

def test_cli_writes_cases_in_the_seeds_layout(tmp_path):
    rng = random.Random(6)
    entries = {f"p{i}": (f"<html><body><h1>T{i}</h1></body></html>", "\n".join(story(rng, 5)))
               for i in range(4)}
    root = write_truth_corpus(tmp_path / "corpus", entries)
    out = tmp_path / "out"
    assert clutter.main(["--truth", str(root), "--out", str(out), "--seed", "3", "--count", "5"]) == 0
    cases = seeds.load_cases(out)
    assert len(cases) == 5 and all(c.group == "cluttered" and c.clutter for c in cases)
    info = json.loads((cases[0].path / seeds.CASE_FILE).read_text(encoding="utf-8"))
    assert info["provenance"]["generator"] == clutter.GENERATOR and info["provenance"]["seed"] == 3
    assert info["license"] == clutter.TRUTH_LICENSE
    reference = seeds.main_story_text(cases[0])
    assert reference and norm(reference) in norm(" ".join(seeds.block_texts(reference)))


def test_cli_refuses_human_truth_pages_in_the_repository_seeds(tmp_path, capsys):
    root = write_truth_corpus(tmp_path, {"a": ("<html></html>", "text")})
    assert clutter.main(["--truth", str(root), "--out", str(seeds.REPO_SEEDS / "x")]) == clutter.EXIT_USAGE
    assert "must not go into" in capsys.readouterr().err
    assert not (seeds.REPO_SEEDS / "x").exists()


def test_cli_rejects_a_folder_that_is_not_a_truth_corpus(tmp_path, capsys):
    assert clutter.main(["--truth", str(tmp_path), "--out", str(tmp_path / "o")]) == clutter.EXIT_USAGE
    assert "not a human-truth corpus" in capsys.readouterr().err
    assert clutter.main(["--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == clutter.EXIT_USAGE
    assert clutter.main(["--seeds", str(tmp_path), "--out", str(tmp_path / "o"), "--count", "-1"]) == clutter.EXIT_USAGE


def test_feed_pages_name_their_story_and_some_pages_only_have_a_url(pages):
    for page in pages:
        if page.template == "feed":
            assert f"<title>{clutter.esc(page.title)} |" in page.html
        assert clutter.slugify(page.title) in page.url
    assert any("<title>" not in p.html for p in pages)


def test_comment_thread_is_one_other_story(pages):
    for page in (p for p in pages if p.template == "comment-thread"):
        assert len(page.other_stories) == 1 and page.other_stories[0].count("\n") >= 1


def test_templates_are_data_over_known_slots():
    names = [t.name for t in clutter.TEMPLATES]
    assert len(names) == len(set(names))
    for template in clutter.TEMPLATES:
        assert template.why and set(template.slots) <= set(clutter.SLOTS), template.name
        assert set(template.schemes) <= set(clutter.SCHEMES)
