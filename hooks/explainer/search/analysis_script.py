"""The constants the build writes into the search worker's analysis script, once for every edition.

docs/assets/javascripts/search-analysis.js declares ``var STOP_WORDS = "";`` and ``var FOLD = "";``. The
build fills them in the built copy: the stop words (explainer/search/stop_words.py, as Simplified writes
them) and the variant pairs (explainer/search/analysis.py, ``fold_pairs``, made from every edition's
characters). One copy serves all editions, so no index carries its own.
"""

from __future__ import annotations

import json
import re

from explainer.errors import SiteError


def with_constants(script: str, where: str, constants: dict[str, str]) -> str:
    """``script`` with each ``var NAME = "…";`` of ``constants`` written as a JSON string. A script without
    one of them stops the build (``where`` names it)."""
    for name, value in constants.items():
        pattern = re.compile(r"(var " + name + r'\s*=\s*)"[^"\n]*"')
        script, count = pattern.subn(lambda match: match.group(1) + json.dumps(value, ensure_ascii=False), script, count=1)
        if not count:
            raise SiteError(where, f'no `var {name} = "";` for the build to write (hooks/explainer/search/analysis_script.py)')
    return script
