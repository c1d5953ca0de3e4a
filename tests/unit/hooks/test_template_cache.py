"""Templates compiled once per process serve every edition's environment; an edited one is compiled again."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from template_cache import MemoryBytecodeCache, on_env


def counting_environment(sources: dict, cache: MemoryBytecodeCache) -> tuple[Environment, list]:
    compiled = []
    env = Environment(loader=DictLoader(sources))
    original = env.compile
    env.compile = lambda *args, **kwargs: compiled.append(args[0]) or original(*args, **kwargs)
    assert on_env(env, config=None, files=None) is env
    env.bytecode_cache = cache
    return env, compiled


def test_a_second_environment_reuses_the_compiled_template():
    cache, sources = MemoryBytecodeCache(), {"page.html": "{{ lang }}: {{ title | upper }}"}
    first, compiled_first = counting_environment(sources, cache)
    second, compiled_second = counting_environment(sources, cache)
    assert first.get_template("page.html").render(lang="zh", title="a") == "zh: A"
    assert second.get_template("page.html").render(lang="en", title="b") == "en: B"
    assert len(compiled_first) == 1 and compiled_second == []


def test_an_edited_template_is_compiled_again():
    cache = MemoryBytecodeCache()
    env, _ = counting_environment({"page.html": "old {{ x }}"}, cache)
    assert env.get_template("page.html").render(x=1) == "old 1"
    edited, compiled = counting_environment({"page.html": "new {{ x }}"}, cache)
    assert edited.get_template("page.html").render(x=2) == "new 2"
    assert len(compiled) == 1


def test_the_hook_installs_one_cache_for_the_process():
    first, second = Environment(), Environment()
    assert on_env(first, None, None).bytecode_cache is on_env(second, None, None).bytecode_cache is not None
