"""The one exception the site's build reports to a maintainer, as a single line."""


class SiteError(Exception):
    """A mistake in the site's content or data, worded for the person who made it.

    The message names the file, the place in it and what is wrong, on one line.
    """

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")
