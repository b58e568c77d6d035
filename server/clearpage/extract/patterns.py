"""Heuristics as data: vocabularies grouped by concept, compiled once, each with why.

Class and id vocabularies come from Mozilla Readability.js (Apache-2.0), the field's
longest-lived set; they are hints that adjust scores, never the only reason to drop text.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

# schema.org types whose JSON-LD describes an article (Readability.js's list).
JSONLD_ARTICLE_TYPES = re.compile(
    r"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|WebPage)$")

# Class/id tokens of elements that carry a byline (Readability.js: byline|author|dateline|writtenby|p-author).
BYLINE_HINTS = re.compile(r"byline|author|dateline|writtenby|p-author", _I)
