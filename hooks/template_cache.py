"""MkDocs hook: compile each Jinja template once per process, not once per edition.

mkdocs-static-i18n builds every edition with a fresh Jinja environment, so each of Material's
templates was parsed and compiled three times in a build (about a third of a second). An in-memory
bytecode cache, keyed by Jinja on the template's file and checked against its source, hands the later
editions (and every `mkdocs serve` rebuild) the compiled code; an edited template is compiled afresh.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


COMPILED = MemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = COMPILED
    return env
