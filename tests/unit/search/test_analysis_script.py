"""The constants the build writes into the search worker's analysis script (stop words, variant pairs)."""

from __future__ import annotations

import pytest

from explainer.errors import SiteError
from explainer.search.analysis_script import with_constants


def test_the_build_writes_the_constants_into_the_analysis_script_or_stops():
    script = 'var A = 1;\n  var STOP_WORDS = "";\n  var FOLD = "";\n  var B = "";\n'
    written = with_constants(script, "docs/x.js", {"STOP_WORDS": "的 是", "FOLD": "poa,-93e"})
    assert written == 'var A = 1;\n  var STOP_WORDS = "的 是";\n  var FOLD = "poa,-93e";\n  var B = "";\n'
    assert with_constants(written, "docs/x.js", {"STOP_WORDS": "的 是"}) == written  # writing twice changes nothing
    with pytest.raises(SiteError, match=r"^docs/x\.js: no `var FOLD"):
        with_constants("var STOP_WORDS = \"\";\n", "docs/x.js", {"STOP_WORDS": "", "FOLD": ""})
