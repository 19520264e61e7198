"""Interviews labelled sparingly: a first exchange labelled and the rest not, one labelled
exchange, broadcast transcripts in capitals, a label that slips on the surname; automatic
transcripts labelling voices by number."""

import pytest
from conftest import parsed


def test_an_interview_labelling_only_its_first_exchange_goes_on_unlabelled():
    text = (
        "Lena Park’s film follows a bus driver.\n"
        "The Gazette: Congratulations on the award.\n"
        "Lena Park: Thank you.\n"
        "How did you find out?\n"
        "I was making breakfast when my agent called me with the news.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Doc", None, None, "Lena Park’s film follows a bus driver."),
        ("Doc", "Lena Park", "Congratulations on the award.", "Thank you."),
        ("Doc", "Lena Park", "How did you find out?", "I was making breakfast when my agent called me with the news."),
    ]


def test_one_labelled_exchange_is_a_question_and_its_answer():
    text = (
        "Lena Park on night buses\n\n"
        "Park recently spoke with Gazette senior editor Tom Lee about the film.\n\n"
        "The Gazette (Tom Lee): Lena, what has this journey been like for you?\n\n"
        "Lena Park: It has been humbling most of all.\n"
    )
    passages = parsed(text, markdown=False)
    assert passages[-1] == ("Doc", "Lena Park", "Lena, what has this journey been like for you?", "It has been humbling most of all.")
    assert not any(p[1] in ("Tom Lee", "Gazette", "The Gazette") and p[2] for p in passages)


def test_a_broadcast_transcript_in_capitals_with_a_role_and_a_surname():
    text = (
        "STEVEN YEUN, ACTOR: Well, minari is a beautiful metaphor for a boundless love.\n\n"
        "CHRISTIANE AMANPOUR: You were born in Seoul. What do you remember of kindergarten?\n\n"
        "YEUN: I think it was the beginning of feeling the feelings of isolation.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Doc", "Steven Yeun", None, "Well, minari is a beautiful metaphor for a boundless love."),
        ("Doc", "Steven Yeun", "You were born in Seoul. What do you remember of kindergarten?", "I think it was the beginning of feeling the feelings of isolation."),
    ]


def test_a_label_slipping_on_the_surname_is_the_heading_s_interviewee():
    text = (
        "Interview with Filmmaker Susan Shulman (NIGHT BUS)\n\n"
        "Matthew Toffolo: What motivated you to make this film?\n\n"
        "Susan Painter: I have a love of music, the blues especially.\n\n"
        "2. What was the biggest challenge?\n\n"
        "Finding the time, as always with a short film.\n"
    )
    speakers = {p[1] for p in parsed(text, markdown=False) if p[2]}
    assert speakers == {"Susan Shulman"}
    # A different first name is someone else.
    other = text.replace("Susan Painter", "Maria Painter")
    assert "Maria Painter" in {p[1] for p in parsed(other, markdown=False)}


def test_a_headline_dateline_and_intro_before_an_interview_nothing_marks():
    text = (
        "Andrew Haigh – 45 Years\n\nFebruary 10, 2016 by  \nFiled under Interviews\n\n"
        "In his new drama, British director and screenwriter Andrew Haigh tells the story of an older couple about to mark their 45th wedding anniversary with a grand celebration.\n\n"
        "During an interview with me last month, Haigh, 42, talked about the story. We also talked about casting.\n\n"
        "When did you first read the short story?\n\n"
        "I read it when I was editing my last film.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Andrew Haigh – 45 Years", None, None, "In his new drama, British director and screenwriter Andrew Haigh tells the story of an older couple about to mark their 45th wedding anniversary with a grand celebration. During an interview with me last month, Haigh, 42, talked about the story. We also talked about casting."),
        ("Andrew Haigh – 45 Years", "Andrew Haigh", "When did you first read the short story?", "I read it when I was editing my last film."),
    ]


def test_a_headline_with_a_colon_is_no_turn_beside_an_opening_exchange():
    text = (
        "Reader’s Guide: ENON by Paul Harding\n\n"
        "Shelf Unbound: You dispense with the obvious plot line in the first chapter. How did you go about structuring the novel?\n\n"
        "Paul Harding: Pretty much just as you describe. I wanted to lay all of the cards on the table.\n\n"
        "I think of the book as a confession, like St. Augustine’s.\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False) if p[1]] == [
        ("Paul Harding", "You dispense with the obvious plot line in the first chapter. How did you go about structuring the novel?",
         "Pretty much just as you describe. I wanted to lay all of the cards on the table. I think of the book as a confession, like St. Augustine’s."),
    ]


def test_a_book_club_listing_with_an_outlet_asking_under_its_own_name_and_abbreviations():
    text = (
        "Reading Group Choices Q&A with Blair Hurley\n\nBlair Hurley explores faith and power in her debut novel.\n\n"
        "Reading Group Choices: The main character, Nicole, moves from being a student of Zen to a teacher of others.\n\nread more\n\n"
        "Reading Group Choices Q&A with Anne Nesbet\n\nRGC: Did you consider any other nicknames for Noah and Claudia when writing the book?\n\n"
        "Anne Nesbet: I just looked back at my first file names for the book,\n\nread more\n\n"
        "Reading Group Choices Q&A with Megan Stielstra\n\n702WI: What book changed your life?\nMegan Stielstra: There are many, but I’m going to say Chronology of Water.\n\nread more\n"
    )
    passages = parsed(text, markdown=False)
    assert [p[1:3] for p in passages if p[1]] == [
        ("Reading Group Choices", None),
        ("Anne Nesbet", "Did you consider any other nicknames for Noah and Claudia when writing the book?"),
        ("Megan Stielstra", "What book changed your life?"),
    ]
    # Web paragraphs a blank line apart, a teaser cut before "read more": no printed export.
    assert any(p[3] == "Blair Hurley explores faith and power in her debut novel." for p in passages)


def test_a_question_nothing_answers_stays_in_the_text():
    text = (
        "Interview with Lena Park\n\nWhat was the hardest scene to shoot for you?\n\nThe night scenes, all of them.\n\n"
        "Your next film is a musical.\n\nWhat comes next for you?\n"
    )
    # A premise and its question closing the text, unanswered, were once dropped.
    assert parsed(text, markdown=False)[-1] == ("Interview with Lena Park", None, None, "Your next film is a musical. What comes next for you?")


VOICES = [
    "Speaker 1 (00:00:03):\nWhere did the idea come from?\n\nSpeaker 2 (00:00:09):\nI grew up riding the 472 every night.\n\n"
    "Speaker 1 (00:00:21):\nHow long did the shoot take?\n\nSpeaker 2 (00:00:24):\nTwenty-four nights, all of them in winter.\n",
    "Speaker 1  0:03\nWhere did the idea come from?\n\nSpeaker 2  0:09\nI grew up riding the 472 every night.\n\n"
    "Speaker 1  0:21\nHow long did the shoot take?\n\nSpeaker 2  0:24\nTwenty-four nights, all of them in winter.\n",
    "SPEAKER_00 (00:03): Where did the idea come from?\nSPEAKER_01 (00:09): I grew up riding the 472 every night.\n"
    "SPEAKER_00 (00:21): How long did the shoot take?\nSPEAKER_01 (00:24): Twenty-four nights, all of them in winter.\n",
    "[00:00:03] [SPEAKER A] Where did the idea come from?\n[00:00:09] [SPEAKER B] I grew up riding the 472 every night.\n"
    "[00:00:21] [SPEAKER A] How long did the shoot take?\n[00:00:24] [SPEAKER B] Twenty-four nights, all of them in winter.\n",
    # A video editor's export: a timecode range, the name alone under it, the words.
    "[00:00:03:18 - 00:00:08:08]\nTom Lee\n Where did the idea come from?\n\n[00:00:08:10 - 00:00:15:22]\nLena Park\n I grew up riding the 472 every night.\n\n"
    "[00:00:16:00 - 00:00:18:22]\nTom Lee\n How long did the shoot take?\n\n[00:00:19:00 - 00:00:25:22]\nLena Park\n Twenty-four nights, all of them in winter.\n",
    # A podcast's: the name and the time alone on a line.
    "Tom Lee (00:03)\nWhere did the idea come from?\n\nLena Park (00:09)\nI grew up riding the 472 every night.\n\n"
    "Tom Lee (1:00:21)\nHow long did the shoot take?\n\nLena Park (1:00:24)\nTwenty-four nights, all of them in winter.\n",
]


@pytest.mark.parametrize("turns", VOICES, ids=["rev", "otter", "diarised", "lettered", "editor", "podcast"])
def test_an_automatic_transcript_s_answering_voice_is_the_interviewee_the_heading_names(turns):
    assert parsed("Night Bus: an interview with Lena Park\n\n" + turns, markdown=False) == [
        ("Night Bus: an interview with Lena Park", "Lena Park", "Where did the idea come from?", "I grew up riding the 472 every night."),
        ("Night Bus: an interview with Lena Park", "Lena Park", "How long did the shoot take?", "Twenty-four nights, all of them in winter."),
    ]


def test_an_automatic_transcript_naming_no_interviewee_keeps_its_voices():
    passages = parsed(VOICES[0], markdown=False)
    assert [(speaker, prompt) for _, speaker, prompt, _ in passages] == [
        ("Speaker 2", "Where did the idea come from?"),
        ("Speaker 2", "How long did the shoot take?"),
    ]


def test_a_podcast_transcript_in_markdown_with_each_name_and_time_in_italics():
    text = (
        "# Night Bus: an interview with Lena Park\n\n*Tom Lee (00:03)*\nWhere did the idea come from?\n\n"
        "*Lena Park (00:09)*\nI grew up riding the 472 every night.\n\n*Tom Lee (1:00:21)*\nHow long did the shoot take?\n\n"
        "*Lena Park (1:00:24)*\nTwenty-four nights, all of them in winter.\n"
    )
    assert parsed(text) == [
        ("Night Bus: an interview with Lena Park", "Lena Park", "Where did the idea come from?", "I grew up riding the 472 every night."),
        ("Night Bus: an interview with Lena Park", "Lena Park", "How long did the shoot take?", "Twenty-four nights, all of them in winter."),
    ]


PODCAST_PAGE = """---
title: "Night Buses | Lena Park"
guest: "Lena Park"
description: "Lena Park rides night buses to film them."
---

Lena Park isn't interested in day buses: she films the night ones, and tells us why.

## Transcript

*Tom Lee (00:00)*
Welcome to the show. Today my guest is the director Lena Park.

*Lena Park (00:05)*
Thanks for having me, it is a pleasure to be here.

*Ann Roe (00:09)*
Your film is about night buses, and it looks great.

*Lena Park (00:14)*
I grew up riding the 472 every night, and the drivers were the only adults awake. You can sign up for the workshop we run every summer, where we teach kids to film the buses and their drivers at night, and it is free for everyone who comes along.

*Tom Lee (00:40)*
That is a long ride.

*Lena Park (00:43)*
Forty minutes each way.

*Ann Roe (00:45)*
Thank you, Lena.

Sign up for our newsletter.
"""


def test_a_podcast_page_s_hosts_ask_the_guest_its_front_matter_declares():
    section = "Transcript"
    assert parsed(PODCAST_PAGE) == [
        # Words about the guest, opening with her name, are no one's, with the description before them.
        ("Night Buses | Lena Park", None, None, "Lena Park rides night buses to film them. Lena Park isn't interested in day buses: she films the night ones, and tells us why."),
        (section, "Lena Park", "Welcome to the show. Today my guest is the director Lena Park.", "Thanks for having me, it is a pleasure to be here."),
        (
            section, "Lena Park", "Your film is about night buses, and it looks great.",
            # "sign up for" inside a long answer is hers; alone in a short paragraph it is boilerplate.
            "I grew up riding the 472 every night, and the drivers were the only adults awake. You can sign up for the workshop we run every summer, "
            "where we teach kids to film the buses and their drivers at night, and it is free for everyone who comes along.",
        ),
        (section, "Lena Park", "That is a long ride.", "Forty minutes each way."),
        (section, "Ann Roe", None, "Thank you, Lena."),
        (section, None, None, "Sign up for our newsletter."),
    ]


def test_words_about_the_interviewee_are_no_one_s_unless_asked_to_introduce_themself():
    about = (
        "---\ntitle: Night Buses\nguest: Lena Park\n---\n\nNight buses, part 2.\n\n"
        "In part 2 of our talk, Lena Park tells us how she found her drivers.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(about)] == [(None, None)]
    asked = "# Q&A with Lena Park\n\n1. Introduce yourself.\n\nLena Park is a filmmaker from Seoul who rides night buses.\n"
    assert parsed(asked) == [("Q&A with Lena Park", "Lena Park", "Introduce yourself.", "Lena Park is a filmmaker from Seoul who rides night buses.")]


def test_a_host_s_long_story_is_theirs_and_the_answer_s_prompt_its_last_sentence():
    story = (
        "---\nguest: Lena Park\n---\n\n"
        "Tom Lee: Welcome back to the show, Lena.\n\nLena Park: Thank you, Tom, it is good to be back.\n\n"
        "Tom Lee: So my wife and I went to Seoul last spring, and we took the night bus from the airport because the trains had stopped. "
        "The driver played old songs all the way into the city, and every passenger sang along, even the ones who had been asleep. "
        "It was the best ride of my life.\n\n"
        "Lena Park: There you go. That is the night bus.\n\n"
        "Tom Lee: I think everybody here knows your films, and your latest one most of all. When you started, did you plan any of it? "
        "We want to hear how the night bus film came together after so many years of short films and music videos for friends. "
        "Talk to me about the first day of the shoot.\n\n"
        "Lena Park: It rained all night.\n\n"
        "Tom Lee: And so our question for you was, like, why did the drivers agree to be filmed at all, night after night, "
        "for months, with a camera in their faces? Like, didn't it just make their long shifts even longer and harder to bear? "
        "And you told us they never once complained.\n\n"
        "Lena Park: They wanted their city seen at night.\n"
    )
    turns = story.split("\n\n")
    assert parsed(story)[1:] == [
        ("Doc", "Tom Lee", None, turns[3].removeprefix("Tom Lee: ")),
        ("Doc", "Lena Park", "It was the best ride of my life.", "There you go. That is the night bus."),
        # Ending on a request, a long paragraph is the prompt, whole.
        ("Doc", "Lena Park", turns[5].removeprefix("Tom Lee: "), "It rained all night."),
        # One sentence after its questions, it is still the prompt, whole.
        ("Doc", "Lena Park", turns[7].removeprefix("Tom Lee: "), "They wanted their city seen at night."),
    ]
    # Ending on what would help ("… would be great."), a long paragraph asks, whole.
    asking = (
        "Tom Lee: For people out there who never rode one, you are talking about night routes and depots and drivers and all that. "
        "Can you describe how a shift goes from start to end? Because it is something that I think most people sleeping at home "
        "never see, the city at three in the morning, and they do not understand how it works. So, a bit of an intro would be great.\n\n"
        "Lena Park: It starts at eleven, at the depot.\n\nTom Lee: And ends?\n\nLena Park: At six.\n"
    )
    assert parsed("---\nguest: Lena Park\n---\n\n" + asking)[0] == ("Doc", "Lena Park", asking.split("\n\n")[0].removeprefix("Tom Lee: "), "It starts at eleven, at the depot.")


def test_a_host_s_murmur_inside_an_answer_leaves_it_under_its_question():
    text = (
        "---\nguest: Lena Park\n---\n\n"
        "Tom Lee: Where did the idea come from?\n\nLena Park: I grew up riding the 472 every night.\n\n"
        "Tom Lee: Mm-hmm.\n\nLena Park: The drivers were the only adults awake.\n\n"
        "Tom Lee: Really?\n\nLena Park: Yes, every one of them.\n"
    )
    assert parsed(text) == [
        ("Doc", "Lena Park", "Where did the idea come from?", "I grew up riding the 472 every night."),
        ("Doc", "Tom Lee", None, "Mm-hmm."),
        ("Doc", "Lena Park", "Where did the idea come from?", "The drivers were the only adults awake."),
        # A question, however short, is a prompt.
        ("Doc", "Lena Park", "Really?", "Yes, every one of them."),
    ]


def test_an_answer_cut_off_by_the_asker_s_remark_goes_on_under_its_question():
    text = (
        "Interview Transcript\n\n"
        "[02:51] Renee: What exactly do you do?\n\n[02:58] Russell: I run the IT of a small fund manager, and they've basically-\n\n"
        "[03:20] Renee: Yeah, I have heard of them, but not for IT.\n\n[03:24] Russell: So they watch all the funds and set the rules we follow.\n\n"
        "[03:40] Renee: Oh that's good. I have heard some horror stories.\n\n[03:45] Russell: Yep, I have heard quite a lot of horror stories too.\n\n"
        "[04:00] Renee: Do you work from home?\n\n[04:05] Russell: Mostly, since March.\n\n"
        "[04:30] Renee: What comes next?\n\n[04:35] Russell: More cloud, and more risk with it.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Interview Transcript", "Russell", "What exactly do you do?", "I run the IT of a small fund manager, and they've basically-"),
        ("Interview Transcript", "Renee", None, "Yeah, I have heard of them, but not for IT."),
        ("Interview Transcript", "Russell", "What exactly do you do?", "So they watch all the funds and set the rules we follow."),
        # Not cut off, the answer answers the remark.
        ("Interview Transcript", "Russell", "Oh that's good. I have heard some horror stories.", "Yep, I have heard quite a lot of horror stories too."),
        ("Interview Transcript", "Russell", "Do you work from home?", "Mostly, since March."),
        ("Interview Transcript", "Russell", "What comes next?", "More cloud, and more risk with it."),
    ]


def test_an_interviewer_who_remarks_as_often_as_they_ask_is_still_the_asker():
    from assistant.ingest.askers import mark_askers
    from assistant.ingest.people import Person

    people = {"renee": Person("Renee"), "russell": Person("Russell")}
    said = [
        ("renee", "What do you do?"), ("russell", "I run IT."), ("renee", "Oh that's good."), ("russell", "It is."),
        ("renee", "Is cyber security growing?"), ("russell", "Definitely."), ("renee", "That would be my Mum."),
        ("russell", "Be patient."), ("renee", "Yes, it's huge!"), ("russell", "Yes."), ("renee", "What comes next?"), ("russell", "More cloud."),
        ("renee", "Thank you so much."), ("russell", "Good luck."),
    ]
    assert [key for key, person in mark_askers(people, said).items() if person.asks] == ["renee"]
    # Two questions among remarks are not enough; nor three where the other asks too.
    assert not any(p.asks for p in mark_askers(people, said[:10]).values())
    assert not any(p.asks for p in mark_askers(people, [*said, ("russell", "Have you heard of a VPN?")]).values())


def test_initials_and_a_dash_label_the_turns_a_key_names():
    text = (
        "Interview with the Client\n\n[I] – Interviewer \t[C] - Client\n\n"
        "I – What does your business offer?\n\nC – Tailoring, and embroidery for schools.\n\n"
        "I - How do you keep track of orders?\n\nC -  On paper, in a notebook.\n\n"
        "I – Who assigns the work?\n\nC – The General Manager.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Client", "What does your business offer?", "Tailoring, and embroidery for schools."),
        ("Client", "How do you keep track of orders?", "On paper, in a notebook."),
        ("Client", "Who assigns the work?", "The General Manager."),
    ]
    # A word with a hyphen is no label: "AI-generated voice" stays one word.
    from assistant.ingest.blocks import Block
    from assistant.ingest.turns import label_of

    assert label_of(Block(((1, "C – Well, a client places an order."),))).raw == "C"
    assert label_of(Block(((1, "AI-GENERATED VOICE said nothing."),))) is None


def test_full_names_labelling_the_first_exchange_then_their_initials_are_one_speaker_each():
    text = (
        "An Interview with a Cinematographer\n\n"
        "Lena Park: What do you do?\nRajiv Jain: I am a director of photography, living in Nairobi.\n\n"
        "LP: What makes good cinema?\nRJ: Cinema needs good visuals.\n\n"
        "LP: Which camera do you like best?\nRJ: The Arriflex, since the beginning.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Rajiv Jain", "What do you do?", "I am a director of photography, living in Nairobi."),
        ("Rajiv Jain", "What makes good cinema?", "Cinema needs good visuals."),
        ("Rajiv Jain", "Which camera do you like best?", "The Arriflex, since the beginning."),
    ]


def test_interviewee_and_respondent_labels_stand_for_the_one_the_document_interviews():
    text = (
        "Interview with Lena Park, director of The Letters\n\n"
        "Interviewer: What made you want to make this film?\nInterviewee: She kept every letter she ever got.\n"
        "Interviewer: How long did the shoot take?\nRespondent: About eighteen months, on and off.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Lena Park", "What made you want to make this film?", "She kept every letter she ever got."),
        ("Lena Park", "How long did the shoot take?", "About eighteen months, on and off."),
    ]


def test_host_and_guest_labels_answer_for_the_guest_the_host_presents():
    text = (
        "Episode 12\n\n"
        "Host: Welcome to the show. Today my guest is the director Lena Park.\nGuest: Thanks for having me.\n"
        "Host: Why night buses?\nGuest: I grew up riding the 472 every night.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Lena Park", "Welcome to the show. Today my guest is the director Lena Park.", "Thanks for having me."),
        ("Lena Park", "Why night buses?", "I grew up riding the 472 every night."),
    ]


def test_initials_labelling_the_answers_stand_for_the_one_the_title_names_in_full():
    text = (
        "FILMMAKER Q&A – Lena Park – Director\n\n"
        "GS: What was the inspiration for your film?\n\nLP: The night buses of my childhood.\n\n"
        "GS: How long did it take?\n\nLP: About six months.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Lena Park", "What was the inspiration for your film?", "The night buses of my childhood."),
        ("Lena Park", "How long did it take?", "About six months."),
    ]


def test_response_labels_the_answer_of_the_one_an_intro_names():
    text = (
        "Interview between me (Jane Doe) and a bakery owner (Lena Park);\n\n"
        "What is your general experience in this business?\n\nResponse: Good so far, eight years and seven staff.\n\n"
        "Describe your business model\n\nResponse: Bread in the morning, cakes on order.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker] == [
        ("Lena Park", "What is your general experience in this business?", "Good so far, eight years and seven staff."),
        ("Lena Park", "Describe your business model", "Bread in the morning, cakes on order."),
    ]


def test_a_participant_profile_s_fields_are_no_speakers():
    text = (
        "Interview Transcript\n\nInterviewer\n\nName: Yaxin Liu\n\nPosition: Design Researcher\n\n"
        "Participant\n\nName: Sarah\n\nAge: 20\n\nDescription: Second-year student who travels with friends.\n\n"
        "YL: Sarah, how do you usually come up with an idea to go away?\n\nSarah: We start in our group chat and argue for days.\n\n"
        "YL: Which part do you find the most stressful?\n\nSarah: Agreeing on dates and money, every single time.\n"
    )
    people = {speaker for _, speaker, _, _ in parsed(text, markdown=False)}
    assert people == {None, "Sarah"}


def test_a_list_of_questions_nobody_answers_is_nobody_s_words():
    text = (
        "Interview with Mr. Lancaster\n\nWill the customer have to register to use the services?\n\n"
        "If they must register, will they have different services available to them?\n\n"
        "What happens if there is no MOT response?\n\nWill customers need to pay a deposit while making a booking?\n"
    )
    assert {speaker for _, speaker, _, _ in parsed(text, markdown=False)} == {None}


def test_a_declared_interviewee_names_the_turns_and_a_bold_heading_ends_them():
    from assistant.ingest.blocks import Source, from_runs
    from assistant.ingest.layout import lay_out

    lines = [
        [("Interviewee: Jack Wang (26, postgraduate student in Brisbane)", None)],
        [("Interviewer", "bold"), (": Who do you usually travel with?", None)],
        [("Jack: Mostly with three to five friends from uni.", None)],
        [("Interviewer", "bold"), (": What would your ideal tool look like?", None)],
        [("Jack: A platform that combines maps, schedules and budgets.", None)],
        [("Literature Insights and Implications for Product Design", "bold")],
        [("1. Arif & Du (2019) – Collaborative search", None)],
        [("Implication: A group travel app should integrate a shared workspace.", None)],
    ]
    blocks = tuple(from_runs([(n, runs)]) for n, runs in enumerate(lines, 1))
    sections = lay_out(Source(blocks, "paragraph", None, {}), {}, "Notes").sections
    said = [(e.speaker, e.prompt, " ".join(b.text for b in e.answer)) for s in sections for e in s.exchanges]
    assert said == [
        (None, None, "Interviewee: Jack Wang (26, postgraduate student in Brisbane)"),
        ("Jack Wang", "Who do you usually travel with?", "Mostly with three to five friends from uni."),
        ("Jack Wang", "What would your ideal tool look like?", "A platform that combines maps, schedules and budgets."),
        (None, None, "Literature Insights and Implications for Product Design 1. Arif & Du (2019) – Collaborative search "
         "Implication: A group travel app should integrate a shared workspace."),
    ]


def test_two_hosts_sharing_the_asking_both_prompt_their_guest():
    # A podcast's own transcript: bold labels, time codes after some ("\[04:02\]", cutting the bold
    # of one of Adam's labels: still his turn, no caption), an ad break marked "**Break:** \[01:02\]"
    # (no one's turn), and two hosts who banter but each ask in most of their turns.
    text = r"""**Adam Stacoviak:** Welcome back, everyone. I'm your host, Adam Stacoviak, and today Nina Park joins the show.

**Break:** \[01:02\]

**Adam Stacoviak:** Alright, Jerod, we've wanted this one for a while. How are you, Nina?

**Nina Park:** Doing great.

**Jerod Santo:** Nina Park, founder of Tidewater. Tell us, how did it start?

**Nina Park:** \[04:02\] It started in a garage in Leeds, with two friends.

**Adam Stacoviak:** Who was the first user?

**Nina Park:** Just us. We built it for ourselves.

**Jerod Santo:** What made you pick Rust?

**Nina Park:** Speed, and the compiler catching our mistakes.

**Adam Stacoviak:** \[12:01\] And what comes next for it?

**Nina Park:** A hosted version, later this year.
"""
    assert parsed(text, title="The Podcast") == [
        ("The Podcast", "Adam Stacoviak", None, "Welcome back, everyone. I'm your host, Adam Stacoviak, and today Nina Park joins the show."),
        ("The Podcast", "Nina Park", "Alright, Jerod, we've wanted this one for a while. How are you, Nina?", "Doing great."),
        ("The Podcast", "Nina Park", "Nina Park, founder of Tidewater. Tell us, how did it start?", "It started in a garage in Leeds, with two friends."),
        ("The Podcast", "Nina Park", "Who was the first user?", "Just us. We built it for ourselves."),
        ("The Podcast", "Nina Park", "What made you pick Rust?", "Speed, and the compiler catching our mistakes."),
        ("The Podcast", "Nina Park", "And what comes next for it?", "A hosted version, later this year."),
    ]


def test_co_hosts_ask_only_where_they_stand_apart_from_everyone_else():
    from assistant.ingest.askers import mark_askers
    from assistant.ingest.people import Person

    people = {"adam": Person("Adam"), "jerod": Person("Jerod"), "nina": Person("Nina")}
    said = [
        ("adam", "Welcome to the show."), ("adam", "How are you?"), ("nina", "Great."), ("jerod", "Where did it start?"),
        ("nina", "In Leeds."), ("adam", "Ha, Leeds."), ("jerod", "Nice."), ("adam", "Who used it first?"), ("nina", "We did."),
        ("jerod", "Why Rust?"), ("nina", "Speed."), ("jerod", "Right."),
    ]
    assert sorted(key for key, person in mark_askers(people, said).items() if person.asks) == ["adam", "jerod"]
    # A guest asking back as often as one host does: no group stands apart, no one is marked.
    asking_back = [*said, ("nina", "Have you tried it?"), ("nina", "Did you like it?")]
    assert not any(person.asks for person in mark_askers(people, asking_back).values())


def test_a_host_who_hands_over_leaves_the_one_asking_most_to_ask_too():
    from dataclasses import replace

    from assistant.ingest.askers import mark_askers
    from assistant.ingest.people import Person

    people = {"dr": replace(Person("Carmen Gillespie"), asks=True), "c": Person("Christine Cha"), "a": Person("Agnes Meeker"), "s": Person("Sam Lauer")}
    said = [
        ("dr", "Hi Agnes! I'm handing over to the students."), ("c", "When were you born?"), ("a", "In 1940."),
        ("c", "Why the mills?"), ("a", "I was fascinated."), ("c", "I see."), ("a", "Right."), ("s", "That would be great."),
        ("a", "How long will it take?"), ("s", "Until May."), ("c", "How did you teach yourself?"), ("a", "By reading."),
    ]
    assert sorted(key for key, person in mark_askers(people, said).items() if person.asks) == ["c", "dr"]
    # No one standing apart in asking: the host alone asks.
    even = [("dr", "Hi!"), ("c", "Why?"), ("a", "Because."), ("c", "Fine."), ("a", "And you?"), ("s", "Good.")]
    assert sorted(key for key, person in mark_askers(people, even).items() if person.asks) == ["dr"]


def test_a_host_s_turn_opening_with_a_quotation_goes_on_over_his_next_paragraph():
    # A summary's "Name: "…"" statements close there (the narration after them is no one's); a
    # host whose other turns are not quotations is only quoting someone, and keeps talking.
    text = '''**Jo Lee:** Welcome. Today Nina Park joins us. How did it start?

**Nina Park:** In a garage in Leeds.

**Jo Lee:** "We thought of it all a long time ago," the founders said.

Well, let's take a break now and come back to the name.

**Jo Lee:** Why Rust?

**Nina Park:** Speed, mostly.
'''
    assert parsed(text, title="Pod") == [
        ("Pod", "Nina Park", "Welcome. Today Nina Park joins us. How did it start?", "In a garage in Leeds."),
        ("Pod", "Jo Lee", None, '"We thought of it all a long time ago," the founders said. Well, let\'s take a break now and come back to the name.'),
        ("Pod", "Nina Park", "Why Rust?", "Speed, mostly."),
    ]


def test_a_panel_s_hosts_ask_the_guest_one_of_them_presents_and_a_co_host_adds_to_a_question():
    # Three hosts who talk as much as their guest and seldom end on "?" (no one stands apart as
    # asking): the guest is the one a host presents before he speaks, so the others are hosts. A
    # co-host adding to the question just put makes one prompt with it.
    text = r"""**Erik St. Martin:** Welcome back, everybody. On the show today we have myself, Erik St. Martin; Cara Lind is also here...

**Cara Lind:** Hi, everybody.

**Erik St. Martin:** And Ben Ruiz...

**Ben Ruiz:** Hello!

**Erik St. Martin:** And our guest for today is Matt Hale, who works on an open source index.

**Matt Hale:** That's as good as I've heard.

**Erik St. Martin:** Tell us a little bit about the index itself.

**Cara Lind:** But also tell us what an index is, because not everybody might know...

**Matt Hale:** Sure. It is the part of a database that speeds up queries.

**Ben Ruiz:** I got my start with bitmap indexes at a company called Omnidex, in C.

**Matt Hale:** Nice. We wrote ours in Go instead.

**Erik St. Martin:** So I saw a new conference, Go Northwest, at the end of July.
"""
    assert parsed(text, title="Go Time") == [
        ("Go Time", "Erik St. Martin", None, "Welcome back, everybody. On the show today we have myself, Erik St. Martin; Cara Lind is also here..."),
        ("Go Time", "Cara Lind", None, "Hi, everybody."),
        ("Go Time", "Erik St. Martin", None, "And Ben Ruiz..."),
        ("Go Time", "Ben Ruiz", None, "Hello!"),
        ("Go Time", "Matt Hale", "And our guest for today is Matt Hale, who works on an open source index.", "That's as good as I've heard."),
        (
            "Go Time", "Matt Hale",
            "Tell us a little bit about the index itself. But also tell us what an index is, because not everybody might know...",
            "Sure. It is the part of a database that speeds up queries.",
        ),
        ("Go Time", "Matt Hale", "I got my start with bitmap indexes at a company called Omnidex, in C.", "Nice. We wrote ours in Go instead."),
        ("Go Time", "Erik St. Martin", None, "So I saw a new conference, Go Northwest, at the end of July."),
    ]


def test_the_guest_presented_is_a_label_who_has_not_spoken_yet():
    from assistant.ingest.introductions import guests_presented

    opening = [("Natalie", "Hi, Johnny."), ("Johnny", "Hello."), ("Natalie", "And we are here joined today by Baruch Sadogursky. Hi, Baruch."), ("Baruch Sadogursky", "Hello!")]
    assert guests_presented(opening) == ["Baruch Sadogursky"]
    # A name no label carries (a guest last week), or a speaker presented after speaking, is no guest.
    assert guests_presented([("Ana", "Our guest last week was Tom Reed."), ("Ana", "Hi."), ("Bo", "Hello.")]) == []
    assert guests_presented([("Bo Lind", "Hello."), ("Ana", "Our guest today is Bo Lind."), ("Bo Lind", "Hi.")]) == []


def test_a_co_host_the_host_names_asks_and_a_show_s_opening_is_the_host_s_own_words():
    # The host welcoming listeners asks; so does the co-host he names, who asks the guest as well.
    # A turn opening the show or presenting someone is the host's to be found ("…a tech strategist
    # at Lockheed Martin"): the answer's prompt is its last sentence.
    text = r"""**Daniel Whitenack:** Welcome to another episode of Practical AI. I'm joined as always by my co-host, Chris Benson, who is a tech strategist at Lockheed Martin. How are you doing, Chris?

**Chris Benson:** Doing very well today, Daniel.

**Daniel Whitenack:** Today we are very happy to have Kathleen Siminyu with us. She is a machine learning fellow with Mozilla. Kathleen, you're very welcome to this podcast.

**Kathleen Siminyu:** Thank you for having me.

**Chris Benson:** How did you get into NLP?

**Kathleen Siminyu:** Through a telecoms job where our SMS products had no support for African languages.

**Daniel Whitenack:** What is Masakhane?

**Kathleen Siminyu:** A community building resources for African languages.
"""
    assert parsed(text, title="Practical AI") == [
        (
            "Practical AI", "Daniel Whitenack", None,
            "Welcome to another episode of Practical AI. I'm joined as always by my co-host, Chris Benson, who is a tech strategist at Lockheed Martin. How are you doing, Chris?",
        ),
        ("Practical AI", "Chris Benson", None, "Doing very well today, Daniel."),
        ("Practical AI", "Daniel Whitenack", None, "Today we are very happy to have Kathleen Siminyu with us. She is a machine learning fellow with Mozilla. Kathleen, you're very welcome to this podcast."),
        ("Practical AI", "Kathleen Siminyu", "Kathleen, you're very welcome to this podcast.", "Thank you for having me."),
        ("Practical AI", "Kathleen Siminyu", "How did you get into NLP?", "Through a telecoms job where our SMS products had no support for African languages."),
        ("Practical AI", "Kathleen Siminyu", "What is Masakhane?", "A community building resources for African languages."),
    ]


def test_a_guest_turning_to_another_by_name_prompts_the_answer_and_a_hand_off_does_not():
    # Two guests and a host. A request closing a host's paragraph keeps the sentences it refers
    # to ("…tell us what it is"); a guest asking the other by name at length prompts the reply,
    # a short hand-off ("Yeah, Jack, can you?") leaves the host's question in place.
    text = r"""Stephan Livera: Welcome to the show, Jack and Elizabeth.

Jack Dorsey: Thanks for having us.

Stephan Livera: Fantastic, I love that idea of being able to pay instantly and globally. Let's talk now about the Lightning Torch, which went all around the world last month. I think that's a fascinating example, so perhaps Elizabeth, you could just tell us a little bit about what it is and how it got started.

Elizabeth Stark: Community members started sending each other money and passing it along like an Olympic torch.

Elizabeth Stark: Yeah Jack, I would love to hear. I actually don't know exactly how you found this whole thing, so I'd love to hear your story from there.

Jack Dorsey: A member of our Cash App team, Miles, forwarded me the tweet.

Stephan Livera: How did the Cash App start?

Elizabeth Stark: Yeah, Jack, can you?

Jack Dorsey: It started through email.
"""
    torch = (
        "Fantastic, I love that idea of being able to pay instantly and globally. Let's talk now about the Lightning Torch, which went all around the "
        "world last month. I think that's a fascinating example, so perhaps Elizabeth, you could just tell us a little bit about what it is and how it got started."
    )
    turning = "Yeah Jack, I would love to hear. I actually don't know exactly how you found this whole thing, so I'd love to hear your story from there."
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False) if speaker != "Stephan Livera"] == [
        ("Jack Dorsey", "Welcome to the show, Jack and Elizabeth.", "Thanks for having us."),
        ("Elizabeth Stark", torch, "Community members started sending each other money and passing it along like an Olympic torch."),
        ("Elizabeth Stark", torch, turning),
        ("Jack Dorsey", turning, "A member of our Cash App team, Miles, forwarded me the tweet."),
        ("Elizabeth Stark", "How did the Cash App start?", "Yeah, Jack, can you?"),
        ("Jack Dorsey", "How did the Cash App start?", "It started through email."),
    ]


def test_a_chat_transcript_with_elapsed_times_handles_and_an_unnamed_voice():
    # "2m 10s" alone marks the recording, no one's words nor a prompt; "pgp" is the Phil Potter he
    # says he is; "???" is a voice the transcriber could not name: its words are no one's.
    text = (
        "# The Debate\n\n"
        "Host: Welcome. Roger, could you tell us what a hard-fork is?\n\n"
        "RV: A change in the rules that old nodes reject.\n\n"
        "2m 10s\n\n"
        "Host: Phil, pgp, are you there? Can you introduce yourself?\n\n"
        "pgp: I am Phil Potter. I run security at an exchange.\n\n"
        "???: Core was against bigger blocks? I think that is wrong.\n\n"
        "Host: Roger, are blocks full?\n\n"
        "RV: Blocks are full, and fees have gone up.\n\n"
        "Host: Phil, are blocks full?\n\n"
        "pgp: I think blocks are full.\n"
    )
    meta = {"interviewees": ["Roger Ver"]}
    assert parsed(text, meta=meta) == [
        ("The Debate", "Roger Ver", "Welcome. Roger, could you tell us what a hard-fork is?", "A change in the rules that old nodes reject."),
        ("The Debate", "Phil Potter", "Phil, pgp, are you there? Can you introduce yourself?", "I am Phil Potter. I run security at an exchange."),
        ("The Debate", None, "Phil, pgp, are you there? Can you introduce yourself?", "Core was against bigger blocks? I think that is wrong."),
        ("The Debate", "Roger Ver", "Roger, are blocks full?", "Blocks are full, and fees have gone up."),
        ("The Debate", "Phil Potter", "Phil, are blocks full?", "I think blocks are full."),
    ]


def test_a_turn_set_one_sentence_per_line_under_a_timecoded_label_is_one_prompt():
    # "Stephan 00:01:01:" is a label as "Stephan: 00:01:06" is; a host's turn asking at its start
    # and at its end, one sentence per line, is one prompt, not a question and its answer.
    text = (
        "---\nspeakers:\n  - Jon Atack\n---\n"
        "# Fireside\n\n"
        "Stephan: 00:00:10\n\n"
        "Joining me today is Jon Atack.\n\n"
        "Jon: 00:00:20\n\n"
        "Hello, everybody. I started in March 2019.\n\n"
        "Stephan 00:00:31: \n\n"
        "Could you elaborate on non-developer contributions?\n"
        "Let's say somebody is tech savvy.\n"
        "Maybe they are not quite a developer.\n"
        "What are some ways they could help?\n\n"
        "Jon: 00:00:50\n\n"
        "Product managers are needed.\n"
    )
    assert parsed(text) == [
        ("Fireside", "Jon Atack", "Joining me today is Jon Atack.", "Hello, everybody. I started in March 2019."),
        (
            "Fireside", "Jon Atack",
            "Could you elaborate on non-developer contributions? Let's say somebody is tech savvy. Maybe they are not quite a developer. What are some ways they could help?",
            "Product managers are needed.",
        ),
    ]


def test_two_hosts_talking_answer_the_questions_closing_each_other_s_turns():
    # No one is there to ask: a turn closing on a question is the prompt of the other's reply, but
    # not of a "Yeah." keeping them going, nor a hand-off ("Adam, right?").
    text = (
        "# Brain Science\n\n"
        "**Mira Reece, Psy.D:** Attention is a function of the prefrontal cortex. So what if you could think of attention like a camera lens?\n\n"
        "**Adam Stone:** We have used that before, the panoramic view versus the narrow view.\n\n"
        "**Mira Reece, Psy.D:** Fear is adaptive. Do you see how that changes what we notice?\n\n"
        "**Adam Stone:** Yeah.\n\n"
        "**Mira Reece, Psy.D:** It is a signal, never something to eliminate.\n\n"
        "**Adam Stone:** The phone is both helpful and hurtful. So how can I balance that?\n\n"
        "**Mira Reece, Psy.D:** Part of it is knowing yourself and your limits.\n"
    )
    assert parsed(text) == [
        ("Brain Science", "Mira Reece", None, "Attention is a function of the prefrontal cortex. So what if you could think of attention like a camera lens?"),
        ("Brain Science", "Adam Stone", "Attention is a function of the prefrontal cortex. So what if you could think of attention like a camera lens?",
         "We have used that before, the panoramic view versus the narrow view."),
        ("Brain Science", "Mira Reece", None, "Fear is adaptive. Do you see how that changes what we notice?"),
        ("Brain Science", "Adam Stone", None, "Yeah."),
        ("Brain Science", "Mira Reece", None, "It is a signal, never something to eliminate."),
        ("Brain Science", "Adam Stone", None, "The phone is both helpful and hurtful. So how can I balance that?"),
        ("Brain Science", "Mira Reece", "The phone is both helpful and hurtful. So how can I balance that?", "Part of it is knowing yourself and your limits."),
    ]


def test_two_hosts_welcoming_listeners_together_and_their_short_questions():
    """A show its two hosts open ("Welcome to Night Bus. I'm Joe Park." / "I'm Adam "Buses" Roe."),
    cut into timed segments: neither interviews the other; a short question ("Is it done?") is
    answered, a word ("Ready?") or a tag seeking agreement ("…, right?") is not a question put."""
    segments = [
        ("Joe Park", "Welcome to Night Bus. I'm Joe Park."),
        ("Adam Roe", 'I\'m Adam "Buses" Roe.'),
        ("Joe Park", "Today we update the ticket machine, which is always a pain."),
        ("Adam Roe", "It took us forty minutes to set up the cameras. So Joe, what do you think of the new screens?"),
        ("Joe Park", "They are brighter than the old ones, and easier to read at night."),
        ("Joe Park", "Ready?"),
        ("Adam Roe", "Let's say it again, the train went by."),
        ("Joe Park", "Is it done?"),
        ("Adam Roe", "I hope it finished without an error."),
        ("Joe Park", "We needed both screens, right?"),
        ("Adam Roe", "That is why the machine has two of them."),
        ("Joe Park", "Well, that was quick, and nothing broke this time."),
    ]
    text = "\n\n".join(f"[00:00:{i:02d}:00 - 00:00:{i + 1:02d}:00]\n{who}\n {said}" for i, (who, said) in enumerate(segments)) + "\n"
    # (Segments of one speaker in a row share the prompt they answer.)
    prompted = list(dict.fromkeys((speaker, prompt) for _, speaker, prompt, _ in parsed(text, markdown=False) if prompt))
    assert prompted == [
        ("Joe Park", "It took us forty minutes to set up the cameras. So Joe, what do you think of the new screens?"),
        ("Adam Roe", "Is it done?"),
    ]
    assert {speaker for _, speaker, _, _ in parsed(text, markdown=False)} == {"Joe Park", "Adam Roe"}


def test_a_talk_s_audience_asks_unnamed_and_its_answers_to_the_speaker_prompt_nothing():
    # "Audience:" is someone unnamed asking the speaker, whose turns may end on questions of
    # their own (a quiz) without making them the one who asks; the audience answering the quiz
    # ("Rare Pepe.") prompts nothing; "MIXED AUDIO:" is no one's; a label alone on its line
    # ("Audience: 00:34:40") is followed by its own words.
    text = (
        "---\nspeakers:\n  - Chris Moss\n---\n# Games\n\n"
        "Chris: Does anybody know what these cards are? Has anybody seen them?\n\n"
        "Audience: Rare Pepe.\n\n"
        "Chris: Counterparty wanted to do finance on Bitcoin, but the community wanted cards.\n\n"
        "MIXED AUDIO: Collect the coins! This is insane.\n\n"
        "Audience: 00:34:40\n\n"
        "Are those games on the Zebedee app?\n\n"
        "Chris: No, you download them from the Play Store.\n"
    )
    assert parsed(text) == [
        ("Games", "Chris Moss", None, "Does anybody know what these cards are? Has anybody seen them?"),
        ("Games", None, None, "Rare Pepe."),
        ("Games", "Chris Moss", None, "Counterparty wanted to do finance on Bitcoin, but the community wanted cards."),
        ("Games", None, None, "Collect the coins! This is insane."),
        ("Games", "Chris Moss", "Are those games on the Zebedee app?", "No, you download them from the Play Store."),
    ]


def test_the_audience_asking_too_leaves_the_moderator_to_be_found():
    text = (
        "# Panel\n\n"
        "Stephan: How did you start contributing?\n\n"
        "Jon: I started in March 2019, after the residency.\n\n"
        "Stephan: And how did you get funded?\n\n"
        "Jon: It took me one year to be funded.\n\n"
        "Stephan: Who else funds developers?\n\n"
        "Jon: Spiral and Brink, and a few exchanges.\n\n"
        "Audience: Should anyone bother with other implementations?\n\n"
        "Jon: That's up to you.\n\n"
        "Audience: How high are the grants?\n\n"
        "Jon: Less than a big Silicon Valley salary.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)] == [
        ("Jon", "How did you start contributing?"), ("Jon", "And how did you get funded?"), ("Jon", "Who else funds developers?"),
        ("Jon", "Should anyone bother with other implementations?"), ("Jon", "How high are the grants?"),
    ]


def test_numbered_voices_are_the_people_the_front_matter_declares():
    # "Speaker 0" introduces himself as one of the two declared speakers; "Speaker 1" is the
    # other. The summary says who interviews whom. A question heading before the host's turn and
    # a chapter heading between his question and the answer are titles, not prompts nor breaks;
    # the words under a label alone on its line are that speaker's, not a prompt.
    text = (
        "---\nspeakers:\n  - Sedited\n  - Shinobi\n"
        "summary: Shinobi (Bitcoin Magazine) interviews Sedited, a Bitcoin Core developer.\n---\n"
        "## Why Isolation Matters\n\n"
        "Speaker 0: 00:00:07\n\n"
        "Hello everybody, I am Shinobi, technical editor at Bitcoin Magazine. Why did the effort switch to the kernel?\n\n"
        "Speaker 1: 00:01:26\n\n"
        "The original library only exposed the script interpreter.\n\n"
        "## Does the Kernel Centralize Power?\n\n"
        "Speaker 0: 00:16:32\n\n"
        "Some say core developers want power. What is it like working on this?\n\n"
        "## Working in the Open\n\n"
        "Speaker 1: 00:17:14\n\n"
        "I don't get that criticism: we only establish an interface.\n"
    )
    section = "Why Isolation Matters"
    assert parsed(text) == [
        (section, None, None, "Shinobi (Bitcoin Magazine) interviews Sedited, a Bitcoin Core developer."),
        (section, "Sedited", "Hello everybody, I am Shinobi, technical editor at Bitcoin Magazine. Why did the effort switch to the kernel?",
         "The original library only exposed the script interpreter."),
        (section, "Sedited", "Some say core developers want power. What is it like working on this?", "I don't get that criticism: we only establish an interface."),
    ]


def test_words_under_a_label_alone_on_its_line_are_that_speaker_s_even_when_they_ask():
    # Two voices talking, neither the asker: an unlabelled question right before a label would be
    # an unnamed interviewer's prompt, but under "Speaker 0: 00:00:07" it is Shinobi's own turn.
    text = (
        "---\nspeakers:\n  - Sedited\n  - Shinobi\n---\n"
        "Speaker 0: 00:00:07\n\n"
        "Hello everybody, I am Shinobi. Why did the effort switch to the kernel?\n\n"
        "Speaker 1: 00:01:26\n\n"
        "The original library only exposed the script interpreter. Have you used it?\n\n"
        "Speaker 0: 00:02:10\n\n"
        "Not yet, but I will try it on my own node this winter.\n\n"
        "Speaker 1: 00:02:30\n\n"
        "Two or three projects already build full nodes on it.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)] == [
        ("Shinobi", None),
        ("Sedited", "Hello everybody, I am Shinobi. Why did the effort switch to the kernel?"),
        ("Shinobi", "The original library only exposed the script interpreter. Have you used it?"),
        ("Sedited", None),
    ]


def test_a_magazine_asking_in_its_own_name_over_teasers_run_into_their_answers():
    # "Filmmaker:" opens every teaser and each answer runs on after the question, under a surname:
    # the surname after the question mark opens the answer.
    text = (
        "Filmmaker: Why this movie? Why did you decide to do it? Smirnoff: Puzzle was a story about a woman, so I wanted a man.\n"
        "Filmmaker: Why this movie? Iskander: Children Underground was a favorite. Filmmaker: Why were you the right choice? Iskander: […]\n"
        "Filmmaker: Why this movie? Why did you decide to do it? Medalia: When Shosh told me this story, I was captivated.\n"
    )
    # The magazine's label inside a line opens its next question; an answer cut from the page
    # ("[…]") leaves that question the magazine's own, not joined to the next.
    assert parsed(text, markdown=False) == [
        ("Doc", "Smirnoff", "Why this movie? Why did you decide to do it?", "Puzzle was a story about a woman, so I wanted a man."),
        ("Doc", "Iskander", "Why this movie?", "Children Underground was a favorite."),
        ("Doc", "Filmmaker", None, "Why were you the right choice?"),
        ("Doc", "Medalia", "Why this movie? Why did you decide to do it?", "When Shosh told me this story, I was captivated."),
    ]


def test_labels_naming_a_question_or_an_unnamed_asker_ask():
    # "**Follow-up Q**:", "**Asker**:", "**Previous asker**:" are questions put by someone unnamed,
    # not people called "Follow-up Q".
    text = (
        "**Q**: Who runs the mining?\n\n**A**: You have to run a mining process yourself.\n\n"
        "**Follow-up Q**: And in the lightning layer?\n\n**A**: LND freaks out when the clock is behind.\n\n"
        "**Asker**: Who designed that web interface?\n\n**A**: Four lines of JavaScript.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text, meta={"interviewees": ["Richard Safier"]})] == [
        ("Richard Safier", "Who runs the mining?"),
        ("Richard Safier", "And in the lightning layer?"),
        ("Richard Safier", "Who designed that web interface?"),
    ]


def test_a_paragraph_after_a_turn_speaking_of_its_speaker_by_name_is_the_page_s():
    text = (
        "Roman Polanski: But I don't think I would eat your flesh. I would rather die.\n\n"
        "Playboy: Who knows? We would probably throw up, anyway.\n\n"
        "Polanski: Only in the beginning, my friend.\n\n"
        "Honestly, the Polanski interview alone makes the volume a prize.\n\n"
        "Conducted during postproduction on Macbeth, it ranges through sex and religion.\n"
    )
    assert [(p[1], p[3]) for p in parsed(text, markdown=False)] == [
        ("Roman Polanski", "But I don't think I would eat your flesh. I would rather die."),
        ("Roman Polanski", "Only in the beginning, my friend."),
        (None, "Honestly, the Polanski interview alone makes the volume a prize. Conducted during postproduction on Macbeth, it ranges through sex and religion."),
    ]


def test_two_people_labelled_once_each_the_first_asking_are_a_dialogue():
    text = (
        "In Conversation: Q&As\n\n"
        "Kern: We have been to a fair number of Q&As. So are there any that were so bad they are seared into your memory?\n\n"
        "Henry: The one after The Report had the man it was based on, and nobody asked him anything.\n"
    )
    assert [(p[1], p[2]) for p in parsed(text, markdown=False) if p[1]] == [
        ("Kern", None),
        ("Henry", "We have been to a fair number of Q&As. So are there any that were so bad they are seared into your memory?"),
    ]
    # A third label, however short its turn, makes it no such pair: the labels must earn their
    # place otherwise.
    third = text + "\nPlayboy: Yes.\n"
    assert {p[1] for p in parsed(third, markdown=False)} == {None}


def test_a_video_page_s_transcript_runs_each_clock_into_its_words():
    text = "Transcript\n00:00:00Hello and welcome. I'm Jane Doe and I'm joined\n00:00:09today by Lena Park. How did it start?\n00:02:0230 years ago, on night buses.\n"
    assert [quote for _, _, _, quote in parsed(text, markdown=False, title="Showcase")] == [
        "Transcript Hello and welcome. I'm Jane Doe and I'm joined today by Lena Park. How did it start? 30 years ago, on night buses.",
    ]


def test_a_subtitle_file_s_cues_are_paragraphs_cut_at_each_question():
    from assistant.ingest.read_text import read_plain
    from assistant.ingest.prepare import prepared

    srt = (
        "1\n00:00:00,847 --> 00:00:03,680\nWhat is the film about?\n"
        "2\n00:00:04,407 --> 00:00:08,719\nI've called the film,\nand I purposely say \"film\"\n"
        "3\n00:00:08,887 --> 00:00:12,880\nand not a documentary.\n"
        "4\n00:01:06,887 --> 00:01:10,402\nHow would you\ndescribe the film?\n"
        "5\n00:01:10,727 --> 00:01:14,037\nIt is a film for a wide\nrange of audiences.\n"
    )
    assert [b.text for b in prepared(read_plain(srt))] == [
        "What is the film about?",
        "I've called the film, and I purposely say \"film\" and not a documentary.",
        "How would you describe the film?",
        "It is a film for a wide range of audiences.",
    ]


def test_an_ssa_subtitle_file_s_event_fields_are_no_one_s_words():
    from assistant.ingest.transcripts import without_timestamps

    ssa = r"Dialogue: 0,0:00:00.00,0:00:06.39,Default,,0000,0000,0000,,the process of discovering\Nthe film Dialogue: 0,0:00:06.39,0:00:12.90,Default,,0000,0000,0000,,is the journey"
    assert without_timestamps(ssa) == "the process of discovering the film is the journey"
    # A backslash and N in running text is no subtitle's line break.
    assert without_timestamps(r"a planner at Nelson\Nygaard.") == r"a planner at Nelson\Nygaard."


def test_a_meeting_s_webvtt_transcript_keeps_each_cue_s_speaker():
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nJane Doe: Welcome. How did Night Bus start?\n\n"
        "2\n00:00:04.500 --> 00:00:09.000\nLena Park: I grew up riding the 472 every night.\n\n"
        "3\n00:00:09.500 --> 00:00:12.000\nLena Park: The drivers were the only adults awake.\n\n"
        "4\n00:00:12.500 --> 00:00:15.000\nJane Doe: And who composed the music?\n\n"
        "5\n00:00:15.500 --> 00:00:18.000\nLena Park: Sam Ode did, in two weeks.\n"
    )
    assert parsed(vtt, markdown=False, title="Zoom") == [
        ("Zoom", "Lena Park", "Welcome. How did Night Bus start?", "I grew up riding the 472 every night."),
        ("Zoom", "Lena Park", "Welcome. How did Night Bus start?", "The drivers were the only adults awake."),
        ("Zoom", "Lena Park", "And who composed the music?", "Sam Ode did, in two weeks."),
    ]


def test_a_break_in_the_recording_marked_with_its_span_is_no_one_s_turn():
    # "Jingle: [39:59] to [40:18]": no one speaks there; the turn before it ends where it did.
    text = (
        "# Night buses, episode 12\n\n**Tom Lee:** Welcome, Lena Park. Why night buses?\n\n**Lena Park:** I grew up on them.\n\n"
        "**Jingle:** \\[39:59\\] to \\[40:18\\]\n\n**Tom Lee:** And trams?\n\n**Lena Park:** Next year.\n"
    )
    assert parsed(text) == [
        ("Night buses, episode 12", "Lena Park", "Welcome, Lena Park. Why night buses?", "I grew up on them."),
        ("Night buses, episode 12", "Lena Park", "And trams?", "Next year."),
    ]
