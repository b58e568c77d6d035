"""clearpage: the main story of a web page, clean and sanitized.

Public API: ``clean(html, url=None, **options) -> Article``.
"""
from .article import Article, RelatedLink, RemovedBlock
from .errors import (BadRequest, ClearpageError, EmptyInput, NotHTML, TimedOut, TooLarge,
                     UnsupportedMediaType)
from .pipeline import clean

__version__ = "0.1.0"

__all__ = ["Article", "RelatedLink", "RemovedBlock", "clean", "ClearpageError", "BadRequest",
           "EmptyInput", "NotHTML", "TimedOut", "TooLarge", "UnsupportedMediaType", "__version__"]
