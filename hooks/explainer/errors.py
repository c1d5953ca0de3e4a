"""The one exception the site's build reports to a maintainer, as a single line.

A line is at most :data:`MAX_LINE` characters: several problems are named while they fit, sorted, and the
rest counted (:func:`problems_line`); the maintainer fixes those and builds again.
"""

MAX_LINE = 200


class SiteError(Exception):
    """A mistake in the site's content or data, worded for the person who made it.

    The message names the file, the place in it and what is wrong, on one line.
    """

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


def problems_line(where: str, problems: list[str]) -> str:
    """``problems`` of the file ``where`` as one problem text that keeps ``where: …`` within MAX_LINE:
    ``3 problems: a; b (and 1 more)``, the first always named (cut if it alone is too long)."""
    room = MAX_LINE - len(where) - 2
    if len(problems) == 1:
        return _cut(problems[0], room)
    head = f"{len(problems)} problems: "
    shown: list[str] = []
    for index, problem in enumerate(problems):
        rest = len(problems) - index - 1
        more = f" (and {rest} more)" if rest else ""
        text = head + "; ".join([*shown, problem]) + more
        if len(text) > room and shown:
            break
        shown.append(problem)
    rest = len(problems) - len(shown)
    more = f" (and {rest} more)" if rest else ""
    return _cut(head + "; ".join(shown), room - len(more)) + more


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[:max(room, 1) - 1] + "…"
