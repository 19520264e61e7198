"""Who said what, continued: signatures closing answers, credit fields and web addresses that head
nothing, a question and a remark before a labelled answer, a sentence set as a heading, a heading
asking a short question, each on a tiny inline fixture, the whole result compared (section,
speaker, prompt, quote)."""

from conftest import parsed

from assistant.ingest.documents import parse_source


def test_a_signature_after_the_answers_names_who_gave_them():
    text = (
        "Meet the Filmmakers\n\nIn A Perfect World\n\n"
        "What was the most effective thing you did to gain the trust of your subject?\nThe men I interviewed gained my trust.\n\n"
        "Was there one moment you were most proud to capture?\nI shot an interview with my phone.\n\n"
        "Who would win in a fight: Michael Moore or Werner Herzog?\nI’m going to leave that one alone!\n\n"
        "Daphne McWilliams / director, In a Perfect World…\n\n"
        "Love Between the Covers\n\n"
        "What drew you to the subject?\nThe readers.\n\n"
        "Was it hard to film?\nNot at all.\n\n"
        "Laurie Kahn / director, Love Between the Covers\n"
    )
    answered = [(p[1], p[3]) for p in parsed(text, markdown=False) if p[2] and p[2].endswith("?")]
    assert answered == [
        ("Daphne McWilliams", "The men I interviewed gained my trust."),
        ("Daphne McWilliams", "I shot an interview with my phone."),
        ("Daphne McWilliams", "I’m going to leave that one alone!"),
        ("Laurie Kahn", "The readers."),
        ("Laurie Kahn", "Not at all."),
    ]
    assert not any("/ director" in p[3] for p in parsed(text, markdown=False))


def test_a_credit_field_and_a_web_address_in_capitals_head_nothing():
    text = (
        "PRESS KIT\nSHORTSHD.COM/THEOSCARSHORTS\nDAY & NIGHT\nUSA/6 mins\nDirector/Writer: Teddy Newton\nProducer: Kevin Reher\n"
        "When Day, a sunny fellow, encounters Night, sparks fly!\nFor his directorial debut, Newton teamed with producer Kevin Reher.\n"
    )
    sections = {p[0] for p in parsed(text, markdown=False, title="Kit")}
    assert "Producer: Kevin Reher" not in sections and "Shortshd.com/theoscarshorts" not in sections


def test_a_question_followed_by_a_remark_before_a_labelled_answer_is_the_prompt():
    text = (
        "Q&A with Chloé Zhao and Brady Jandreau\n\n"
        "Can you take us through the process of making this film? There was a long period of time when you were building toward something like this in the Badlands.\n"
        "Chloé Zhao: During my third year at NYU, I was thinking about what feature film to make.\n\n"
        "Q&A with Andrew Semans\n\nWhat goes into developing characters?\nAndrew Semans: Building them bit by bit.\n"
    )
    assert parsed(text, markdown=False)[0][1:3] == (
        "Chloé Zhao", "Can you take us through the process of making this film? There was a long period of time when you were building toward something like this in the Badlands."
    )


def test_a_labelled_listing_with_a_one_word_name_a_request_and_a_surname_label():
    text = (
        "Q&A with JR and Agnès Varda\n\nMs. Varda, you say chance is your assistant. JR, would you say that you agree with that philosophy?\n"
        "JR: Yes, definitely and that’s why we got along well.\n\n"
        "Q&A with director Shane Salerno\n\nLet’s start by talking about the unique backstory to making this film.\n"
        "Salerno: I grew up in a house where Salinger was a church.\n"
    )
    assert [p[:3] for p in parsed(text, markdown=False)] == [
        ("Q&A with JR and Agnès Varda", "JR", "Ms. Varda, you say chance is your assistant. JR, would you say that you agree with that philosophy?"),
        ("Q&A with director Shane Salerno", "Shane Salerno", "Let’s start by talking about the unique backstory to making this film."),
    ]


def test_a_sentence_set_as_a_heading_starts_no_section():
    from assistant.ingest.read_html import read_html

    page = (
        "<html><body><h1>L'interview d'Ifigeneia Kotsoni</h1><h3>⚠️Attention la lecture des réponses peut vous dévoiler le contenu du film.</h3>"
        "<h4>• Quel message vouliez vous passer?</h4><p>Il faut arreter toutes les guerres tout de suite.</p></body></html>"
    )
    passages = parse_source(read_html(page), "p.html", "Page", None)
    assert [(p.interview, p.speaker, p.question) for p in passages if p.speaker] == [
        ("L'interview d'Ifigeneia Kotsoni", "Ifigeneia Kotsoni", "Quel message vouliez vous passer?"),
    ]


def test_a_heading_asking_a_short_question_then_a_remark_is_a_prompt():
    from assistant.ingest.prompt_marks import is_prompt_heading

    assert is_prompt_heading("Like spaces and places? They seem to be very prominent in your work.")
    assert not is_prompt_heading("Attention, the answers may spoil the film. Read on.")
    text = (
        "# An Interview with Natasha Barrett\n\n## How do you get inspired?\n\nMy inspiration comes from music.\n\n"
        "## Like spaces and places? They seem to be very prominent in your work.\n\nAbsolutely, I've always been inspired by the sounds around me.\n"
    )
    assert [p[1:3] for p in parsed(text)] == [
        ("Natasha Barrett", "How do you get inspired?"),
        ("Natasha Barrett", "Like spaces and places? They seem to be very prominent in your work."),
    ]


def test_a_line_titling_an_interview_by_its_document_heads_it():
    text = "Interview Transcript – Prototype Study\n\nYL: Sarah, how do you plan a trip?\n\nSarah: In our group chat, for days.\n\nYL: What is stressful?\n\nSarah: Agreeing on money.\n"
    assert {section for section, _, _, _ in parsed(text, markdown=False)} == {"Interview Transcript – Prototype Study"}


def test_a_field_naming_a_person_under_each_entry_of_a_listing_labels_no_one_s_turns():
    """A festival's schedule: "Moderation: Name" under each film is a field of the listing, not
    the moderator speaking the next film's entry."""
    text = (
        "Press Conference Schedule\n\nNight Bus by Lena Park\n10.50 Photo Call\nLena Park (Director)\nTom Lee (Actor)\n"
        "Moderation: Maria Giovanna\n\nTrams by Ana Diaz\n12.00 Photo Call\nAna Diaz (Director)\nModeration: Jenni Zylka\n"
    )
    passages = parsed(text, markdown=False)
    assert [speaker for _, speaker, _, _ in passages] == [None]
    assert "Moderation: Maria Giovanna Trams by Ana Diaz" in passages[0][3]


def test_headings_carrying_the_asker_s_label_or_ending_on_a_request_prompt_labelled_answers():
    text = """# Delight on tools

Case Study: Delight.ai builds agents for 7 billion conversations

Read more about agents on the platform

Case Study: Delight.ai builds agents for 7 billion conversations

Watch the video on the platform

We sat down with Clara Park, a software engineer on the team.

## Anthropic: What does the product do?

**Clara Park, Sendbird:** We deploy AI agents for companies across retail and travel.

## The time to fix an agent dropped from a week to two days. Walk us through what changed.

**Park:** The week was mostly manual work, every engineer with their own notebook.

## Anthropic: Walk us through the tooling your team built.

**Park:** The first is a conversation debugger that fetches the log.
"""
    section = "Delight on tools"
    assert parsed(text) == [
        # A caption a page repeats word for word ("Case Study: …") labels no one's turns.
        (section, None, None, "Case Study: Delight.ai builds agents for 7 billion conversations Read more about agents on the platform "
         "Case Study: Delight.ai builds agents for 7 billion conversations Watch the video on the platform "
         "We sat down with Clara Park, a software engineer on the team."),
        # The asker's label on a heading is not the prompt's words.
        (section, "Clara Park", "What does the product do?", "We deploy AI agents for companies across retail and travel."),
        # A short heading ending on a request asks, as a question would.
        (section, "Clara Park", "The time to fix an agent dropped from a week to two days. Walk us through what changed.",
         "The week was mostly manual work, every engineer with their own notebook."),
        (section, "Clara Park", "Walk us through the tooling your team built.", "The first is a conversation debugger that fetches the log."),
    ]


def test_a_talk_its_front_matter_declares_is_its_speaker_s_under_every_heading_and_answers_its_q_and_a():
    # "speakers: ['Greg Maxwell']" declares who talks: each section under a heading naming no one
    # is his monologue, no paragraph of it a prompt; the audience's "Q:" turns he answers. Show
    # notes naming the one declared ("Greg Maxwell is a developer… our talk with him") stay no one's.
    text = """---
title: Deep Dive
speakers: ['Greg Maxwell']
---

# About

Greg Maxwell is a Bitcoin Core developer. Tune in to hear our talk with him.

# Introduction

Alright let's get started. There are a lot of new faces in the room. Feel free to ask me questions.

So tonight I'd like to start off by talking about the new release.

# Fee estimation

The new release greatly improves fee estimation. It supports two modes, conservative and economical.

We also made the estimator output more data.

# Q&A

Q: Is it desirable to ditch openssl?

A: No, openssl was not well designed.
"""
    assert parsed(text) == [
        ("About", None, None, "Greg Maxwell is a Bitcoin Core developer. Tune in to hear our talk with him."),
        (
            "Introduction", "Greg Maxwell", None,
            "Alright let's get started. There are a lot of new faces in the room. Feel free to ask me questions. "
            "So tonight I'd like to start off by talking about the new release.",
        ),
        (
            "Fee estimation", "Greg Maxwell", None,
            "The new release greatly improves fee estimation. It supports two modes, conservative and economical. We also made the estimator output more data.",
        ),
        ("Q&A", "Greg Maxwell", "Is it desirable to ditch openssl?", "No, openssl was not well designed."),
    ]


def test_a_headline_quoting_someone_makes_the_talk_after_their_intro_theirs():
    # 'Lena Park: "…"' whose words the body holds: the text is hers. The series blurb and the intro
    # presenting her ("Lena Park is a director…") are no one's; her talk under images is hers.
    text = """---
title: 'Lena Park: "Night buses are the last honest places"'
---

_Change in Film: answers to five tags. Follow us on RSS._

**Lena Park**
Lena Park is a director. She lives in Seoul.

![](tag-buses.jpg)

I grew up on them. Night buses are the last honest places in a city.

![](tag-future.jpg)

Films will get shorter, and we will watch them on buses.
"""
    assert parsed(text) == [
        (
            'Lena Park: "Night buses are the last honest places"', None, None,
            "Change in Film: answers to five tags. Follow us on RSS. Lena Park Lena Park is a director. She lives in Seoul.",
        ),
        (
            'Lena Park: "Night buses are the last honest places"', "Lena Park", None,
            "I grew up on them. Night buses are the last honest places in a city. Films will get shorter, and we will watch them on buses.",
        ),
    ]
    # A headline's quotation the body does not hold is only a headline: nothing is hers.
    unquoted = text.replace("Night buses are the last honest places in a city.", "Buses at night are honest.")
    assert {speaker for _, speaker, _, _ in parsed(unquoted)} == {None}


def test_a_wordpress_q_and_a_under_a_complete_interview_headline_is_its_subject_s():
    # "Name: The Complete Interview" names who answers the anonymous "A:"; a label spelling the
    # name in other capitals ("Lena De Park") is the same person, spelled as the title spells it.
    text = """---
title: 'Lena de Park: The Complete Interview'
---

**Lena De Park**: "Buses are honest."

**Q: **Where did the story begin?

[![poster](http://x.org/poster_small.jpg)](http://x.org)**A: **It began in a conversation with Kim Tran, on a bus.

**Q: **And the title?

**A: **Kim Tran found it.
"""
    assert parsed(text) == [
        ("Lena de Park: The Complete Interview", "Lena de Park", None, '"Buses are honest."'),
        ("Lena de Park: The Complete Interview", "Lena de Park", "Where did the story begin?", "It began in a conversation with Kim Tran, on a bus."),
        ("Lena de Park: The Complete Interview", "Lena de Park", "And the title?", "Kim Tran found it."),
    ]


def test_a_declared_speaker_s_talk_before_the_audience_speaks_up_is_theirs():
    # "speakers: [Andrew Chow]": under "## The Problem" his explanation comes before an audience
    # member's remark and his reply; it is his talk, not no one's, and the remark prompts nothing.
    text = """---
title: PSBT
speakers:
  - Andrew Chow
---
## Introduction

Andrew: So as Mark said I'm Andrew Chow and today I'm going to be talking about PSBT.

## The Problem

Bitcoin Core creates a transaction with empty input scripts, but Electrum expects to see public keys in them, so I could not sign.

So in this example you'll see -

Audience Member: Users too.

Andrew: I make a lot of JSON errors.

## Q&A

Audience Member: Does Electrum support it yet?

Andrew: No, but I know people who will implement it.
"""
    assert parsed(text) == [
        ("Introduction", "Andrew Chow", None, "So as Mark said I'm Andrew Chow and today I'm going to be talking about PSBT."),
        ("The Problem", "Andrew Chow", None,
         "Bitcoin Core creates a transaction with empty input scripts, but Electrum expects to see public keys in them, so I could not sign. "
         "So in this example you'll see -"),
        ("The Problem", None, None, "Users too."),
        ("The Problem", "Andrew Chow", None, "I make a lot of JSON errors."),
        ("Q&A", "Andrew Chow", "Does Electrum support it yet?", "No, but I know people who will implement it."),
    ]


def test_a_first_line_naming_someone_and_their_role_names_who_answers_the_questions():
    text = (
        "Luke Park, composer\n\nWhat inspired you to compose?\n\nI always thought musically.\n\n"
        "Who influenced you most?\n\nPuccini, since I saw Tosca.\n\nWhat is hardest for you?\n\nStructure, always."
    )
    assert {p[1] for p in parsed(text, markdown=False)} == {"Luke Park"}
    # A film's title before a comma and a role is no one's name.
    assert {p[1] for p in parsed(text.replace("Luke Park, composer", "Night Bus, director's cut"), markdown=False)} == {None}


def test_the_first_question_of_q_and_a_markers_may_lack_its_marker():
    text = (
        "The festival you direct comes to Delhi. Could you tell us more about it?\n\n"
        "A. We bring a night of opera arias.\n\n"
        "Q. What makes your performances stand out?\n\n"
        "A. The singers: they come down into the seats.\n\n"
        "Q. How has opera changed?\n\n"
        "A. More people hear it now."
    )
    assert [(p[2], p[3]) for p in parsed(text, markdown=False, meta={"interviewees": ["Lena Park"]})] == [
        ("The festival you direct comes to Delhi. Could you tell us more about it?", "We bring a night of opera arias."),
        ("What makes your performances stand out?", "The singers: they come down into the seats."),
        ("How has opera changed?", "More people hear it now."),
    ]


def test_a_name_alone_over_the_only_question_names_who_answers_after_an_intro():
    text = (
        "Last week I sat in on roundtables for Night Bus, which stars Tom Lee and Lena Park. The roundtables were short.\n\n"
        "Lena Park\n\nWhat was the process of getting this role like?\n\nI got a call from my agent and said yes at once."
    )
    assert [p[1:] for p in parsed(text, markdown=False) if p[1]] == [
        ("Lena Park", "What was the process of getting this role like?", "I got a call from my agent and said yes at once."),
    ]
    # Signing off after the answers, the name is a byline: what follows it is the page's.
    signed = "Lena Park, director\n\nWhy buses?\n\nI grew up on them.\n\nWhy nights?\n\nThey are quiet.\n\nLena Park\n\nShare this page."
    assert [p[1] for p in parsed(signed, markdown=False) if "Share" in p[3]] == [None]


def test_a_web_story_s_cards_under_a_headline_naming_the_director_by_role():
    text = (
        "How Night Bus director Lena Park crafted the film’s twist\n\n"
        "We cut the dialogue down as we went, and the actors found their own words in rehearsal every ...\n"
        "There was a constant threat to the schedule. We had no wiggle room at all, and the strike was coming...\n"
        "Did you feel a responsibility to keep empathy for the driver? My empathy for him comes from my father ...\n"
        "How do you read the final scene, when the bus stops? To me, there are several readings of it and all..."
    )
    assert [p[1:3] for p in parsed(text, markdown=False)] == [
        (None, None),
        ("Lena Park", None),
        ("Lena Park", "Did you feel a responsibility to keep empathy for the driver?"),
        ("Lena Park", "How do you read the final scene, when the bus stops?"),
    ]


def test_the_asker_s_i_checking_a_fact_about_you_and_a_follow_up_after_an_unanswered_question():
    text = (
        "How was Sundance?\n\nWonderful, warmly received.\n\n"
        "What else are you working on?\n\nI am writing an adaptation of a memoir.\n\n"
        "Did I read correctly that this was your first feature?\n\n\nWas it challenging in that regard?\n\n"
        "Oh, totally overwhelming. Every second."
    )
    assert [(p[2], p[3]) for p in parsed(text, markdown=False)] == [
        ("How was Sundance?", "Wonderful, warmly received."),
        ("What else are you working on?", "I am writing an adaptation of a memoir."),
        ("Did I read correctly that this was your first feature? Was it challenging in that regard?", "Oh, totally overwhelming. Every second."),
    ]


def test_a_file_named_after_the_one_interviewed_over_question_headings_is_their_interview():
    text = (
        "I've been programming for about 35 years now.\n\n"
        "## Which editor do you use?\n\nI'm old-school vim.\n\n"
        "## What hardware do you use?\n\nA windows PC and a macbook air.\n\n"
        "## Where do you get your inspiration?\n\nLittle projects.\n"
    )
    assert {p[1] for p in parsed(text, title="Hugh Sanderson")} == {"Hugh Sanderson"}
    # A film's title the text says is no one's name.
    film = text.replace("Little projects.", "Night Bus itself, mostly.")
    assert {p[1] for p in parsed(film, title="Night Bus")} == {None}


def test_an_interview_page_named_in_its_file_name_answers_however_few_its_questions():
    # "beliefnet_renee_zellweger_interview_2.txt": an interview's second page, one question on it,
    # the answers in the first person; without a question, or in the third person, no one's.
    text = (
        "You've played many roles. What role would you love to play?\n\nI think I've had them all.\n\n"
        "I did this film because I wanted to laugh.\n"
    )
    assert {p[1] for p in parsed(text, markdown=False, title="beliefnet renee zellweger interview 2")} == {"Renee Zellweger"}
    assert {p[1] for p in parsed(text.replace("What role would you love to play?", "Every role."), markdown=False, title="beliefnet renee zellweger interview 2")} == {None}
    third = "What role would she love to play?\n\nShe has had them all.\n\nShe did this film to laugh.\n"
    assert {p[1] for p in parsed(third, markdown=False, title="beliefnet renee zellweger interview 2")} == {None}


def test_a_front_matter_speaker_given_as_a_user_name_answers():
    text = '---\nspeaker: "twebb"\n---\n\n* **What do you do on a Saturday morning?**\n\nGetting the kids ready.\n\n* **How about Wednesday night?**\n\nReading a story.\n'
    assert [p[1:] for p in parsed(text)] == [
        ("twebb", "What do you do on a Saturday morning?", "Getting the kids ready."),
        ("twebb", "How about Wednesday night?", "Reading a story."),
    ]


def test_a_page_s_show_more_and_show_less_buttons_head_nothing():
    text = "Production Notes\n\nSHOW MORE\n\nSHOW LESS\n\nThe producers spent eight years developing the script, they say.\n"
    assert {p[0] for p in parsed(text, markdown=False, title="Notes")} == {"Notes"}


def test_time_spent_with_someone_and_someone_answering_questions_name_the_interviewee():
    from assistant.cues import INTERVIEW_AFTER_NAME, INTERVIEW_BEFORE_NAME

    assert [INTERVIEW_BEFORE_NAME.match(t).group("name") for t in ("Five minutes with Lena Park", "Coffee with Tom Lee", "Catching up with Ana Diaz")] == [
        "Lena Park", "Tom Lee", "Ana Diaz",
    ]
    # Without "with", time is no interview: "Five minutes: the shortest films of the year".
    assert INTERVIEW_BEFORE_NAME.match("Five minutes: the shortest films of the year") is None
    assert INTERVIEW_AFTER_NAME.match("Lena Park answers your questions").group("name") == "Lena Park"
    text = """# Five minutes with Lena Park

Night Bus screens at the festival on Friday.

**What inspired Night Bus?** The 472 bus I rode every night as a teenager.

**How long did the shoot take?** Twenty-four nights, all on the bus.
"""
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Lena Park", "Lena Park"]


def test_a_web_page_s_heading_names_its_interviewee_when_the_intro_names_only_the_film():
    from assistant.ingest.read_html import read_html

    page = (
        "<html><head><title>Night Bus</title></head><body><h1>Interview with Lena Park</h1>"
        "<p>The director of Night Bus talks about the shoot.</p>"
        "<p><b>What inspired Night Bus?</b></p><p>The 472 bus I rode every night as a teenager.</p>"
        "<p><b>How long did the shoot take?</b></p><p>Twenty-four nights, all on the bus.</p></body></html>"
    )
    source = read_html(page)
    passages = parse_source(source, "night_bus.html", source.title or "Night bus")
    assert [(p.speaker, p.question) for p in passages] == [
        (None, None), ("Lena Park", "What inspired Night Bus?"), ("Lena Park", "How long did the shoot take?"),
    ]


def test_a_heading_in_capitals_names_its_interviewee_without_the_role_or_part_after_the_name():
    text = """NIGHT BUS

INTERVIEW WITH LENA PARK (DIRECTOR)

How did the film begin?
I rode the 472 every night as a teenager.

Why a real bus?
Because a set would have lied.

INTERVIEW WITH TOM LEE, MARCO

How did you prepare?
I trained as a bus driver for three weeks.

Was Marco hard to play?
He says almost nothing.
"""
    assert [(section, speaker) for section, speaker, _, _ in parsed(text, markdown=False)] == [
        ("Interview with Lena Park", "Lena Park"), ("Interview with Lena Park", "Lena Park"),
        ("Interview with Tom Lee", "Tom Lee"), ("Interview with Tom Lee", "Tom Lee"),
    ]


def test_a_press_kit_section_heading_in_any_case_ends_the_interview_before_it():
    text = """Night Bus press notes

Q: What inspired Night Bus?
A: The 472 bus I rode every night as a teenager.

Q: How long did the shoot take?
A: Twenty-four nights, all on the bus.

About the director
Lena Park was born in Seoul in 1985. Night Bus is her first feature.
"""
    # The biography is no part of the last answer.
    assert [(section, prompt, quote) for section, _, prompt, quote in parsed(text, markdown=False)][-2:] == [
        ("Doc", "How long did the shoot take?", "Twenty-four nights, all on the bus."),
        ("About the director", None, "Lena Park was born in Seoul in 1985. Night Bus is her first feature."),
    ]
