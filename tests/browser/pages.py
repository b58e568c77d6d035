"""Pages the browser tests read."""
from __future__ import annotations

import json

from .support import REPO

SEED = REPO / "seeds" / "aggregator-seed"

# The main story of the aggregator seed and the three "Related Articles" cards after it.
MAIN_STORY_SENTENCES = [
    "Kim has no intention of negotiating away his strategic weapons programs",
    "North Korea is probably prepared to conduct another nuclear test on short notice",
    "The IC sees China, Russia, Iran, and North Korea engaging in activities",
]
RELATED_STORIES = {
    "Kim Byung-kee, Lee's ally, elected floor leader of Democratic Party": "was elected Friday as the new floor leader",
    "North Korea ramps up anti-US indoctrination for students with new tactics": "anti-US exhibition halls",
    "N. Korea's damaged warship launched 22 days after failed first attempt": "5,000-ton destroyer",
}
HEADLINE_WORDS = "no intention"

# Used only while seeds/aggregator-seed is not in the checkout: the same shape, small.
_FALLBACK = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>NK leader has 'no intention' of negotiating away nukes | Daily8</title>
<meta property="og:site_name" content="Daily8"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article>
<h1>NK leader has 'no intention' of negotiating away nukes, seeks 'tacit' nuclear power recognition: US assessment</h1>
<p class="byline">Korea Herald</p>
<p>North Korean leader Kim Jong-un has no intention of negotiating away his regime's nuclear and other "strategic" weapons programs, a US threat report said Tuesday, as a top intelligence official viewed Pyongyang as seeking at least "tacit" recognition as a nuclear power.</p>
<p>"Kim has no intention of negotiating away his strategic weapons programs, which he perceives as a guarantor of regime security and national pride, because they threaten the homeland, US forces in the region, and US allies like South Korea and Japan," the assessment report said.</p>
<p>"North Korea is probably prepared to conduct another nuclear test on short notice and continues to flight test ICBMs to demonstrate their increasing capabilities as leverage in future negotiations," she said in her opening remarks.</p>
<p>Seoul and Washington have shared the view that Pyongyang has completed preparations for its seventh nuclear test, while awaiting a political decision to go ahead. The recalcitrant regime conducted a total of six underground nuclear experiments from 2006-2017.</p>
<p>"The IC sees China, Russia, Iran, and North Korea engaging in activities that could challenge US capabilities and interests, especially related to our security and economy," she said.</p>
</article>
<section class="hashtags">Hashtags</section>
<aside class="promo"><h2>Try Our AI Features</h2><p>Explore what Daily8 AI can do for you:</p></aside>
<section class="related"><h2>Related Articles</h2>
<div class="card"><h3>Kim Byung-kee, Lee's ally, elected floor leader of Democratic Party</h3><p>Rep. Kim Byung-kee, a three-term lawmaker widely regarded as President Lee Jae-myung's ally, was elected Friday as the new floor leader of the ruling Democratic Party of Korea.</p></div>
<div class="card"><h3>North Korea ramps up anti-US indoctrination for students with new tactics</h3><p>North Korea has introduced new methods to drill anti-US ideology into students in Pyongyang, including the establishment of anti-US exhibition halls, state media reports said Friday.</p></div>
<div class="card"><h3>N. Korea's damaged warship launched 22 days after failed first attempt</h3><p>North Korea said Friday it has launched a 5,000-ton destroyer that was damaged during its first launch attempt in May.</p></div>
</section></main><footer>(c) Daily8</footer></body></html>"""


def cluttered_news_page() -> str:
    page = SEED / "page.html"
    return page.read_text(encoding="utf-8") if page.exists() else _FALLBACK


def seed_case() -> dict:
    case = SEED / "case.json"
    return json.loads(case.read_text(encoding="utf-8")) if case.exists() else {}


# The story is put into the page by the page's own script: only a capture of the
# live DOM (after scripts ran) contains it.
SCRIPT_RENDERED = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm</title></head>
<body><header><a href="/">Coast News</a></header><main id="app">Loading&#8230;</main>
<script>
const paragraphs = [
  "The harbour at Port Ellis reopened on Thursday morning, three days after the storm tore two cranes from their rails and sank a dredger at its mooring.",
  "Harbour master Ines Calloway said divers had cleared the main channel overnight and that the first container ship, the Marit Sol, docked shortly after seven.",
  "The storm brought gusts of 140 kilometres an hour to the coast. Crews are still repairing the breakwater, which lost a forty-metre section near the lighthouse.",
  "Fishing boats were allowed back out at noon. The cooperative said most of its fleet had survived with minor damage, though nets and pots lost at sea will take weeks to replace.",
  "Calloway said the port would run at about half its usual capacity until the cranes are back in service, which she expected by the end of next month."
];
const article = document.createElement("article");
article.innerHTML = "<h1>Harbour reopens after storm</h1>" + paragraphs.map(p => "<p>" + p + "</p>").join("");
document.getElementById("app").replaceChildren(article);
</script></body></html>"""
SCRIPT_RENDERED_SENTENCE = "Harbour master Ines Calloway said divers had cleared the main channel overnight"

NOT_AN_ARTICLE = """<!doctype html><html><head><title>Sign in</title></head><body>
<form><label>User <input name=u></label><label>Password <input type=password name=p></label><button>Sign in</button></form>
</body></html>"""
