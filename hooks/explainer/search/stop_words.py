"""Words search leaves out, in the index and in the query alike: function words and question words.

A reader asks a question (马小秋是谁, 韧性城市是什么, did murders go down); search answers the words that
carry its meaning. Material matched every word of a query as the start of a word, in titles weighed a
thousand times a body word: 是 found 数字建设是重要引擎, 什么 found 访谈讲了什么, "down" found "Download the
data". So these words are left out of the index's terms (the search worker's stop-word filter, which runs
where lunr's English one ran) and out of the query. A query made only of them (是什么, "who is") is
searched as typed: the worker keeps them in the index under a mark no other query reaches.

The lists are written here once, in Simplified Chinese and English. The build writes them into the search
worker's analysis script (explainer/search/analysis_script.py), once for every edition: lunr's own list lives in lunr's
code, not in each index, and so do these (each index is 0.7 KB gzipped smaller). The worker compares a
query's words with them after folding variants to Simplified (the variant pairs the build writes beside
them cover their characters), so 什麼 and 什么 are both left out.
"""

from __future__ import annotations

from typing import Callable

CHINESE = tuple("""
的 地 得 之 了 着 过 是 为 为了 乃
谁 什么 甚么 啥 哪 哪里 哪儿 哪个 哪些 哪家 几 几个 几家 第几 多少 多大 多久 何 何时 何处
吗 呢 吧 啊 呀 嘛 么 呗
怎么 怎样 怎么样 如何 为什么 为何 是否 是不是 有没有 能否 可否
这 那 这个 那个 这些 那些 这里 那里 这儿 那儿 这样 那样 这种 那种 此 其 该 个
有 没有 没 不 无 和 与 及 以及 或 或者 还是 在 也 都 就 还 又 再 很 最 更 被 把 对 从 到 给 让 向 跟 于 以 而 并 且 但 但是 所 等 中 上 里
我 我们 你 你们 您 他 她 它 他们 她们 它们 自己 大家
请问 请 一下 一个 能 会 可以 要 想 知道 告诉 关于
因此 所以 因为 而是 并且 而且 并非 还有 一些 不是 其中 以下 以上 其余 例如 比如 已经 已 即 则 均 亦
意思 什么意思 是指 指的是 干什么 干嘛 做什么
主要
""".split())

LUNR = tuple("""
a able about across after all almost also am among an and any are as at be because been but by can cannot
could dear did do does either else ever every for from get got had has have he her hers him his how however
i if in into is it its just least let like likely may me might most must my neither no nor not of off often
on only or other our own rather said say says she should since so some than that the their them then there
these they this tis to too twas us wants was we were what when where which while who whom why will with would
yet you your
""".split())
"""lunr's own English stop words (lunr.stopWordFilter, which Material's index always left out); the search
worker has them already, so the index does not carry them."""

ENGLISH = tuple("""
being having doing done shall here many much please tell show find know whose whether very anything something
such each both through during before until upon onto within without between against over under per via
mean means meaning
what's who's where's when's how's why's it's there's i'm i'd i've let's
""".split())
"""Auxiliaries, question words, function words and the words of a request ("please tell me", "how many")
that lunr's list lacks."""


def stop_words(convert: Callable[[str], str] = lambda text: text) -> list[str]:
    """The stop words: the Chinese ones as ``convert`` writes them (an edition's fold table is made from
    them as it writes them), then the English ones lunr lacks; each once."""
    return list(dict.fromkeys([convert(word) for word in CHINESE] + list(ENGLISH)))


def is_stop_word(word: str) -> bool:
    return word.lower() in _ALL


_ALL = frozenset(CHINESE) | frozenset(LUNR) | frozenset(ENGLISH)
