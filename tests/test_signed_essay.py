"""A first-person essay signed at its end by its author (a name, then a role), no one asking: the
author's words, not an interview nobody gives, and the author is no interviewer."""

from conftest import parsed

from assistant.ingest.signatures import closing_signer
from assistant.ingest.names import is_full_name

ESSAY = (
    "---\ntitle: Making The Depot\nauthor: Lena Park\n---\n\n"
    "I should say it first: the old depot was good to us. We shot three films there.\n\n"
    "### Why we left\n\n"
    "By 2024 I was tired of asking for the keys. Our crews waited outside every night.\n\n"
    "### Was it worth it?\n\n"
    "For us, yes. I would build it again.\n\n"
    "### Lena Park\n\n#### Night Bus co-founder\n"
)


def test_a_first_person_text_signed_at_its_end_is_its_signer_s_and_its_title_is_no_name():
    rows = parsed(ESSAY)
    assert {speaker for _, speaker, _, _ in rows} == {"Lena Park"}
    assert [text for _, _, _, text in rows] == [
        "I should say it first: the old depot was good to us. We shot three films there.",
        "By 2024 I was tired of asking for the keys. Our crews waited outside every night.",
        "For us, yes. I would build it again.",
    ]
    # The same essay unsigned, in the third person, stays no one's.
    unsigned = ESSAY.replace("### Lena Park\n\n#### Night Bus co-founder\n", "")
    assert {speaker for _, speaker, _, _ in parsed(unsigned)} == {None}


def test_a_closing_signature_is_a_name_then_a_role_or_one_signature_line():
    assert closing_signer(["For us, yes.", "Lena Park", "Night Bus co-founder"]) == "Lena Park"
    assert closing_signer(["For us, yes.", "— Lena Park, director"]) == "Lena Park"
    assert closing_signer(["Lena Park", "Thanks for reading"]) is None
    assert closing_signer(["Night Bus", "Best Short Film"]) is None
    # A title with "The" inside is no name, however capitalised.
    assert not is_full_name("Making The Depot") and is_full_name("Lena Park")
