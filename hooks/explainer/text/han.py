"""Han characters, as every check and cut of the site recognises them: CJK Unified Ideographs, their
Extension A and the compatibility ideographs (the forms the interview and OpenCC's output use)."""

from __future__ import annotations

import re

HAN_CHARACTERS = "\u3400-\u9fff\uf900-\ufaff"  # for a regular expression's character class
HAN = re.compile(f"[{HAN_CHARACTERS}]")  # one character
HAN_RUN = re.compile(f"[{HAN_CHARACTERS}]+")  # a run of them
