"""Security test kit: the script-execution vector corpus, the sanitizer policy checker and the
browser probe that proves no script runs (reusable by the extension's reader-page tests)."""
