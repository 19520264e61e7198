"""Facts a page states in so many words or not at all: a figure (a cost, a count sold or won, a
running time) or a win (an award, a prize, a contest). Asked one, a page whose best passages never
state that kind of fact does not cover the question, however much it talks of the film."""

from __future__ import annotations

from collections.abc import Callable

from assistant.data import Passage
from assistant.question_cues import ASKS_FIGURE, ASKS_WIN, STATES_WIN
from assistant.search.lexical import QuantityQuestion

# A question asking a figure is covered when one of this many best passages states a figure of that kind.
FIGURE_ANSWER_HITS = 10
# A question whether someone won is covered when one of this many best passages, or its section's
# title ("Awards"), says who won or was awarded or nominated for what.
WIN_ANSWER_HITS = 20


def states_a_win(passage: Passage) -> bool:
    """Whether the passage, or the title of its section, says who won or was awarded or nominated."""
    return bool(STATES_WIN.search(passage.text) or STATES_WIN.search(passage.interview))


def covers_asked_fact(question: str, quantity: QuantityQuestion | None, best: Callable[[int], list[Passage]]) -> bool:
    """Whether the best passages (`best(n)`: the first n, best first) state the figure or the win
    `question` asks for; True for a question asking neither, which reads no passage."""
    if quantity is not None and ASKS_FIGURE.search(question):
        if not any(quantity.stating([p.text for p in best(FIGURE_ANSWER_HITS)], strict=True)):
            return False
    if ASKS_WIN.search(question):
        return any(states_a_win(p) for p in best(WIN_ANSWER_HITS))
    return True
