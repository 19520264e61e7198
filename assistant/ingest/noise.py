"""What is never part of an answer or a prompt: a site's boilerplate, credit lines, bylines and
links to read more. Pure predicates over blocks."""

from __future__ import annotations

from assistant.cues import BYLINE
from assistant.noise_cues import BOILERPLATE, CONTACT_LINE, READ_MORE_LINE
from assistant.ingest import credits
from assistant.ingest.blocks import Block
from assistant.text import word_count

# A site's boilerplate ("© 2024 …", "Sign up for our newsletter") is at most this long.
MAX_BOILERPLATE_WORDS = 40
# A byline is short: "Interview by John Doe, March 3, 2024".
MAX_BYLINE_WORDS = 12


def is_noise(b: Block) -> bool:
    """Whether a block is never part of an answer or a prompt: boilerplate ("© 2024…"), contact
    details ("[press@film.com] [646.410.2030]"), a credit line ("Directed by …") or a byline
    ("Interview by John Doe")."""
    # Boilerplate is a short paragraph of its own: said in a longer one ("you can sign up now for
    # our conference", "the copyright on the score"), the words are the speaker's.
    boilerplate = BOILERPLATE.search(b.text) is not None and word_count(b.text) <= MAX_BOILERPLATE_WORDS
    contact = CONTACT_LINE.match(b.text) is not None
    return boilerplate or contact or credits.credit(b.text) is not None or is_byline(b) or is_read_more(b)


def is_read_more(b: Block) -> bool:
    """Whether a block is a listing's link to the rest of a teaser ("More »", "Lire l'article")."""
    return bool(READ_MORE_LINE.match(b.text))


def is_byline(b: Block) -> bool:
    """Whether a block is only a byline ("By Abla Kandalaft", "Interview by John Doe, March 3")."""
    return bool(BYLINE.match(b.text)) and word_count(b.text) <= MAX_BYLINE_WORDS
