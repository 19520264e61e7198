"""Newspaper and magazine features quoting the one they profile: a nickname before the name, a
first name the text uses alone, a headline naming them before a colon or by surname, a press
officer quoted after a role, "…, he smiles"; each on a tiny inline fixture, the whole result
compared."""

from conftest import parsed

from assistant.ingest import name_forms
from assistant.ingest.documents import parse_document


def test_a_first_name_running_on_into_a_surname_is_no_surname_of_a_nickname():
    # "Miami Lena Park" and "Like Lena Moss": "Lena" opens both names, ending neither.
    body = "Miami Lena Park has been in the band for a year. Like Lena Moss, she plays guitar. Lena smiles."
    assert name_forms.surname_in_full("Lena", body) is None
    assert name_forms.first_name_in_full("Lena", body) == "Lena Park"
    # "the Night Bus Depot" is a thing's name: "Depot" is no one's surname.
    assert name_forms.surname_in_full("Depot", "Next year the Night Bus Depot will open.") is None


def test_a_profile_headlined_name_colon_topic_gives_he_says_to_its_subject_past_narration_naming_his_bandmates():
    # "Sam Ode: Miami, Bruce, and Roots" over narration about Ode (called "Sam" alone, and by a
    # nickname before his name), whose "he says" follows narration naming his bandmates.
    text = (
        "---\ntitle: \"Sam Ode: Miami, Bruce, and Roots\"\n---\n\n"
        "LOS ANGELES: Miami Sam Ode has been in the band for over a year now.\n\n"
        "Sam smiles when asked about the long version of the song.\n\n"
        "\"That was at a soundcheck\", he remembers.\n\n"
        "From their last appearance at the Roxy, pianist Roy Bittan has worked with Bowie, tenorist Clarence Clemons has acted in a film, and Sam produces Southside Johnny.\n\n"
        "\"The boss is the best possible boss\", he says. \"He lets everybody do their own thing.\"\n\n"
        "\"I don't wake up feeling I'm carrying on a tradition\", Ode smiles.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Sam Ode", None, "Sam Ode"]


def test_a_headline_naming_its_subject_by_surname_and_a_press_officer_quoted_after_his_role():
    # "Ode's Whirlwind Tour Tapering Off" over a feature quoting "Little Sam Ode" by surname:
    # "he says" after narration naming charts is his; "says his press liaison, Jo Doe" is hers.
    text = (
        "---\ntitle: \"Ode's Whirlwind Tour Tapering Off\"\n---\n\n"
        "Little Sam Ode has been more of a diplomat than a musician lately.\n\n"
        "\"It's been a really good thing\", Ode added during a phone interview.\n\n"
        "But no regrets? The record only went to No. 39 on the Billboard charts, while We Are the World shot into the Top 10?\n\n"
        "\"When somebody doesn't want to play a record, that's up to them\", he says of radio.\n\n"
        "\"The sales were disappointing\", says his press liaison, Jo Doe.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Little Sam Ode", None, "Little Sam Ode", "Jo Doe"]


def test_a_quotation_the_writer_heard_someone_say_is_theirs():
    # A fan's essay: "I heard Park say that, "…"" gives Park those words; the essay stays no one's.
    text = (
        "# The Boss and Me\n\nI was not always a Lena Park fan. Mine was a family of film music.\n\n"
        "On a bootleg concert tape, I heard Park say that, \"It was easy to let the best of yourself slip away\".\n\n"
        "I translated this to mean that I could not accept a life of soul-crushing work.\n"
    )
    assert [(speaker, quote[:22]) for _, speaker, _, quote in parsed(text)] == [
        (None, "I was not always a Len"),
        ("Lena Park", "On a bootleg concert t"),
        (None, "I translated this to m"),
    ]


def test_a_recollection_signed_above_a_review_site_s_furniture_is_its_signer_s():
    # "Lena Park, Co-Producer" signs the text; "2 out of 2 found this helpful…" and "Recently
    # Viewed" under it are the site's, no one's, and close nothing.
    text = (
        "Powerful Film, Fun Times\n10 May 2008\n"
        "Making this film was at times a very intense experience, and I went to Ohio to set things up.\n\n"
        "Perhaps this film will one day appear on TV or DVD. I know I'd like to see it again.\n\n"
        "Lena Park, Co-Producer\n"
        "2 out of 2 found this helpful. Was this review helpful? Sign in to vote.\n\n"
        "Recently Viewed\n"
    )
    assert [(speaker, quote[:22]) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        ("Lena Park", "Powerful Film, Fun Tim"),
        (None, "2 out of 2 found this "),
    ]


def test_a_name_first_set_in_capitals_is_the_full_name_of_the_surname_quoted_after_it():
    # "LENA PARK was confined to the boardwalk…" then "…", Park opined: Park is Lena Park, not
    # "The Greetings" a sentence about an album opens with.
    text = (
        "---\ntitle: Sounds Magazine Interview\n---\n\n"
        "LENA PARK was confined to the boardwalk life of New Jersey.\n\n"
        "The Greetings album put them both on the map.\n\n"
        "\"Jersey's a dumpy joint\", Park opined. \"I mean it's OK, it's home.\"\n"
    )
    assert name_forms.surname_in_full("Park", "LENA PARK was confined. Park opined.") == "Lena Park"
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Lena Park"]


def test_initials_labelling_the_asker_are_the_byline_s_not_a_name_the_text_gives(tmp_path):
    # "SS:" is the front matter's author Sam Stone, not the "E Street Shuffle" the text names.
    text = (
        "---\ntitle: The Boss On Top\nauthor: \"Sam Stone\"\n---\n\n"
        "We caught up with Lena Park in Auckland, where she played The Wild, the Innocent & the E Street Shuffle.\n\n"
        "**SS:** On your Australian tour, you chose Australian songs to play. What was your process for that?\n\n"
        "**LP:** We said, who's the biggest Australian act in the world? The Bee Gees.\n\n"
        "**SS:** Are you trying to broaden the boundaries?\n\n"
        "**LP:** No, we're just kind of doing what we've always done.\n"
    )
    page = tmp_path / "boss.md"
    page.write_text(text, encoding="utf-8")
    assert parse_document(page)[2].interviewers == ("Sam Stone",)
    assert [p[1:3] for p in parsed(text)][1:] == [
        ("Lena Park", "On your Australian tour, you chose Australian songs to play. What was your process for that?"),
        ("Lena Park", "Are you trying to broaden the boundaries?"),
    ]
