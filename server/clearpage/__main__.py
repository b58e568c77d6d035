"""``python -m clearpage``: the same as the ``clearpage`` command."""
import sys

from .cli import main

sys.exit(main())
