"""A news item retelling a televised interview: the one interviewed described by a family tie in
the headline, relatives quoted by first name, the one asked answering in the next sentence."""

from conftest import parsed

from assistant.ingest import headlines
from assistant.ingest.introductions import interviewees_in_intro
from assistant.ingest.presskit import reports_question

ITEM = (
    "---\ntitle: \"Video: Tom Lee's Son Talks To Ana Diaz A Month After The Crash\"\n---\n\n"
    "The only son of Tom Lee, Marco Lee Park spoke out for the first time since his father's crash in May. "
    "Last night his interview with Ana Diaz aired on KTV. "
    "He also says he still hears his father—\"The radio turns on by itself, and I say, 'Dad, is that you?'\"\n\n"
    "As for his own future, Marco just bought the bus depot, and says he also plans to drive the night line—\"We will keep the 472 running, every night.\"\n\n"
    "Ana Diaz also talked to other family members, including his aunt Priya, who was asked to describe that night. "
    "\"I heard the sirens. I knew something was wrong. The whole street was awake.\"\n\n"
    "As for the depot's future, Lee's brother Sam said, \"Tom loved that depot more than his own house.\"\n"
)


def test_a_headline_describing_someone_by_a_tie_names_the_one_the_body_gives_beside_it():
    title = "Video: Tom Lee's Son Talks To Ana Diaz"
    assert interviewees_in_intro(title) == []
    assert headlines.described_person(title, "The only son of Tom Lee, Marco Lee Park spoke out.") == ["Marco Lee Park"]
    assert headlines.described_person(title, "Lee's eldest son Marco Lee Park spoke out.") == ["Marco Lee Park"]
    assert headlines.described_person(title, "Marco Lee Park, the son of the late Tom Lee, spoke out.") == ["Marco Lee Park"]
    # The tie not given beside a name, or given to two people: no one.
    assert headlines.described_person(title, "Tom Lee's son spoke out.") == []
    assert headlines.described_person(title, "Lee's son Marco Lee Park and Lee's son Kim Lee Park spoke.") == []
    # A work's possessive before a full name is still that person's headline.
    assert interviewees_in_intro("Night Bus's Lena Park Talks Sequels") == ["Lena Park"]


def test_a_paragraph_closing_on_a_question_only_inside_the_quotation_it_reports_asks_nothing():
    assert reports_question("He spoke at last. He says he hears his father—\"Dad, is that you?\"")
    assert reports_question("It aired last night. She said: “Why would I stop now?”")
    # The writer's own question, even about a title in quotes, asks.
    assert not reports_question("What did you make of the reviews of \"Why Now?\"")
    assert not reports_question("You said once, “Why now?”")


def test_relatives_quoted_by_a_tie_and_first_name_and_the_one_asked_answer_in_the_quotations_after():
    section = "Video: Tom Lee's Son Talks To Ana Diaz A Month After The Crash"
    assert parsed(ITEM) == [
        (
            section, None, None,
            "The only son of Tom Lee, Marco Lee Park spoke out for the first time since his father's crash in May. "
            "Last night his interview with Ana Diaz aired on KTV.",
        ),
        # "He" is the one the page is about, not the one his interview was "with".
        (section, "Marco Lee Park", None, "He also says he still hears his father—\"The radio turns on by itself, and I say, 'Dad, is that you?'\""),
        # "…, and says he also plans…—“…”": the one the sentence opens with.
        (
            section, "Marco Lee Park", None,
            "As for his own future, Marco just bought the bus depot, and says he also plans to drive the night line—\"We will keep the 472 running, every night.\"",
        ),
        (section, None, None, "Ana Diaz also talked to other family members, including his aunt Priya, who was asked to describe that night."),
        (section, "Priya", None, "\"I heard the sirens. I knew something was wrong. The whole street was awake.\""),
        (section, "Sam", None, "As for the depot's future, Lee's brother Sam said, \"Tom loved that depot more than his own house.\""),
    ]
