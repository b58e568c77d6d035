"""Independent check that HTML satisfies the sanitizer policy, re-parsed as a browser would.

Used by the sanitizer, fuzz and hostile-input tests. It re-parses with html5lib (the HTML
standard's algorithm, not lxml) so that a parser differential would show up as a violation.
"""
from __future__ import annotations

import html5lib

from clearpage.sanitize import (ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DATA_IMAGE_RE, LINK_REL,
                                url_scheme)
from clearpage.extract.urls import parse_srcset

HTML_NS = "{http://www.w3.org/1999/xhtml}"
URL_ATTRS = {"href", "src", "cite"}


def policy_violations(html: str) -> list[str]:
    """Every way ``html`` breaks the policy (empty list when it complies)."""
    problems = []
    root = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=True)
    for el in root.iter():
        if not isinstance(el.tag, str):
            problems.append(f"non-element node {el.tag!r}")
            continue
        if el is root:
            continue
        if not el.tag.startswith(HTML_NS):
            problems.append(f"foreign element {el.tag}")
            continue
        tag = el.tag[len(HTML_NS):]
        if tag not in ALLOWED_TAGS:
            problems.append(f"tag <{tag}>")
            continue
        allowed = set(ALLOWED_ATTRIBUTES.get(tag, ())) | set(ALLOWED_ATTRIBUTES["*"])
        if tag == "a":
            allowed.add("rel")
            if el.get("rel") != LINK_REL:
                problems.append(f"<a> without rel={LINK_REL!r}: {el.get('rel')!r}")
        for name, value in el.attrib.items():
            if name not in allowed:
                problems.append(f"attribute {name!r} on <{tag}>")
                continue
            if name in URL_ATTRS:
                scheme = url_scheme(value)
                ok = scheme in (None, "http", "https") or (scheme == "mailto" and tag == "a") or (
                    scheme == "data" and tag == "img" and name == "src"
                    and DATA_IMAGE_RE.match(value.strip()))
                if not ok:
                    problems.append(f"URL {value[:80]!r} in <{tag} {name}>")
            if name == "srcset":
                # The standard's parser, as the browser reading this HTML splits the value.
                for candidate in parse_srcset(value):
                    if url_scheme(candidate.url) not in (None, "http", "https"):
                        problems.append(f"srcset URL {candidate.url[:80]!r} in <{tag}>")
    return problems


def assert_policy(html: str) -> None:
    problems = policy_violations(html)
    assert not problems, f"sanitizer policy violated: {problems[:10]} in {html[:500]!r}"
