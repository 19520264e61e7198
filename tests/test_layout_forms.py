"""Who said what, continued: the layouts met in real documents (Q/A markers on one paragraph's
lines, transcripts, name lines, role labels, bylines, other languages), each on a tiny inline
fixture, the whole result compared (section, speaker, prompt, quote)."""

from conftest import parsed

from assistant.ingest.documents import parse_source
from assistant.ingest.layout import lay_out
from assistant.ingest.read_text import read_markdown, read_plain
from assistant.ingest.transcripts import without_timestamps


def test_q_and_a_markers_on_the_lines_of_one_markdown_paragraph():
    text = "# A conversation with Lena Park\n\n**Q:** How did you find the story?  \n**A:** In a newspaper.\n\n1. **Q:** Who composed the score?\n   **A:** Sam Ode.\n"
    assert parsed(text) == [
        ("A conversation with Lena Park", "Lena Park", "How did you find the story?", "In a newspaper."),
        ("A conversation with Lena Park", "Lena Park", "Who composed the score?", "Sam Ode."),
    ]


def test_timestamps_are_cut_from_transcript_lines():
    assert without_timestamps("[00:00:19] Lena Park: I grew up there.") == "Lena Park: I grew up there."
    assert without_timestamps("Lena Park (00:19): Yes [01:02:03.5] indeed.") == "Lena Park: Yes indeed."
    assert without_timestamps("00:19 Lena Park: Yes.") == "Lena Park: Yes."
    assert without_timestamps("Lena Park  0:19") == "Lena Park:"
    assert without_timestamps("Speaker 2  0:19") == "Speaker 2:"
    assert without_timestamps("Lena Park (1:00:19)") == "Lena Park:"
    # The name and its time before the turn's words, no colon: "Speaker 1 [00:00:04] Welcome…".
    assert without_timestamps("Speaker 1 [00:00:04] Welcome everyone.") == "Speaker 1: Welcome everyone."
    assert without_timestamps("Lena Park (00:19) Yes.") == "Lena Park: Yes."
    # "Name: 00:04:21" alone, the words below it; a field's time stays.
    assert without_timestamps("Amy Brand: 00:04:21") == "Amy Brand:"
    assert without_timestamps("Time: 10:00") == "Time: 10:00"
    assert without_timestamps("We left at 10:30 sharp.") == "We left at 10:30 sharp."
    assert without_timestamps("• Why night buses?") == "Why night buses?"
    assert without_timestamps("- Why night buses?") == "- Why night buses?"


def test_a_transcript_with_timestamps_and_labels_alone_on_their_line():
    text = """John Doe  0:05
Welcome back. Today my guest is the director Lena Park.

Lena Park  0:12
Thanks for having me.

John Doe  0:15
Where did the idea come from?

Lena Park  0:19
I grew up taking night buses in Seoul, where the drivers knew everyone on the route.

[00:01:02] John Doe: And your lead?

[00:01:05] Lena Park: Kim had driven the 472 for thirty years.
"""
    assert parsed(text, markdown=False) == [
        ("Doc", "Lena Park", "Welcome back. Today my guest is the director Lena Park.", "Thanks for having me."),
        ("Doc", "Lena Park", "Where did the idea come from?", "I grew up taking night buses in Seoul, where the drivers knew everyone on the route."),
        ("Doc", "Lena Park", "And your lead?", "Kim had driven the 472 for thirty years."),
    ]


def test_a_byline_a_request_as_a_heading_and_a_repeated_pull_quote():
    text = """# Meet the filmmaker: Lena Park

*Interview by John Doe*

### Tell us about Night Buses.

It is a film about the drivers. The drivers were the only adults awake.

> “The drivers were the only adults awake.”

### What was hardest?

Forty-two nights.
"""
    # The byline names who asks; it is no passage of its own.
    assert parsed(text) == [
        ("Meet the filmmaker: Lena Park", "Lena Park", "Tell us about Night Buses.", "It is a film about the drivers. The drivers were the only adults awake."),
        ("Meet the filmmaker: Lena Park", "Lena Park", "What was hardest?", "Forty-two nights."),
    ]
    assert lay_out(read_markdown(text), {}, "Doc").interviewers == ("John Doe",)


def test_a_paragraph_opening_with_a_bold_question_holds_its_answer():
    text = "# Interview with Lena Park\n\n**Why night buses?** I grew up on them.\n\n**And next?** A musical. *Why not?*\n"
    assert parsed(text) == [
        ("Interview with Lena Park", "Lena Park", "Why night buses?", "I grew up on them."),
        ("Interview with Lena Park", "Lena Park", "And next?", "A musical. Why not?"),
    ]


def test_plain_paragraphs_opening_with_their_question_are_cut_when_most_do():
    text = "INTERVIEW WITH LENA PARK\n\nWhy did you choose night buses for your\nfirst feature? I grew up on them.\n\nHow did you find Kim? He drove the 472.\n"
    assert parsed(text, markdown=False) == [
        ("Interview with Lena Park", "Lena Park", "Why did you choose night buses for your first feature?", "I grew up on them."),
        ("Interview with Lena Park", "Lena Park", "How did you find Kim?", "He drove the 472."),
    ]
    # Where the questions stand alone, a question opening an answer is the interviewee's own.
    separate = "INTERVIEW WITH LENA PARK\n\nWhy buses?\n\nWhy not? I grew up on them.\n\nAnd Kim?\n\nWho else? He drove the 472.\n"
    assert [p[2:] for p in parsed(separate, markdown=False)] == [("Why buses?", "Why not? I grew up on them."), ("And Kim?", "Who else? He drove the 472.")]


def test_the_one_person_interviewed_gives_their_own_role():
    from assistant.ingest.credits import self_described_roles
    assert self_described_roles([
        "I am a singer, song writer, and internet superstar.", "In my job as a cinematographer, I watch the light.",
        "I am a big fan of it.", "I'm a film director and writer.", "It was given to me as an actor.",
        "To understand his language as a director I watched his films.", "As a host I ask.", "I am the host tonight.",
    ]) == ["singer", "cinematographer", "director", "actor"]
    # A role word "of" something, or after another job's word, is another role.
    assert self_described_roles([
        "I am a Director of Photography, I live in Nairobi.", "I'm a casting director.", "I'm the director of operations.",
        "I am an assistant director on series.", "I am the producer of this documentary.",
    ]) == ["cinematographer", "producer"]
    one = "# Interview with Ana Diaz\n\n**What do you do on set?**\n\nIn my job as a cinematographer, I watch the light.\n"
    assert lay_out(read_markdown(one), {}, "Doc").roles == {"cinematographer": "Ana Diaz"}
    # With two interviewees a first-person role could be either's: none is taken.
    two = one + "\n## Interview with Tom Lee\n\n**And you?**\n\nI am a composer, mostly for theatre.\n"
    assert lay_out(read_markdown(two), {}, "Doc").roles == {}


def test_headings_that_are_speakers_names_are_turns_named_by_their_introductions():
    text = """---
title: Cast Q&A
---

##### [CLICK]

#### JONNY

What scares you?

#### FAY

My name is Fay Roberts, and I play Alice "Daisy" Tonner.

Clowns, mostly.

#### LYDIA [OVERLAPPING]

I'm Lydia Nicholas, and I play Melanie.

Spiders.

#### JONNY

What was your first recording like?

#### FAY

A blanket over my head.
"""
    assert parsed(text) == [
        ("Cast Q&A", "Fay Roberts", "What scares you?", 'My name is Fay Roberts, and I play Alice "Daisy" Tonner. Clowns, mostly.'),
        ("Cast Q&A", "Lydia Nicholas", "What scares you?", "I'm Lydia Nicholas, and I play Melanie. Spiders."),
        ("Cast Q&A", "Fay Roberts", "What was your first recording like?", "A blanket over my head."),
    ]
    layout = lay_out(read_markdown(text), {}, "Cast Q&A")
    assert layout.interviewers == ("Jonny",)
    assert layout.characters == {"Alice Tonner": ["Fay Roberts"], "Alice": ["Fay Roberts"], "Daisy": ["Fay Roberts"], "Melanie": ["Lydia Nicholas"]}


def test_headings_naming_each_interviewee_once_stay_sections():
    text = "# Tom Lee\n\n**Why?**\n\nBecause. Tom Lee said so.\n\n# Ana Diaz\n\n**Why?**\n\nNo reason. Ana Diaz agrees.\n\n# Max Roe\n\n**Why?**\n\nWhy not. Max Roe too.\n\n# Eva Lund\n\n**Why?**\n\nFun. Eva Lund smiles.\n"
    assert [(section, speaker) for section, speaker, _, _ in parsed(text)] == [
        ("Tom Lee", "Tom Lee"), ("Ana Diaz", "Ana Diaz"), ("Max Roe", "Max Roe"), ("Eva Lund", "Eva Lund"),
    ]


def test_a_plain_line_with_a_role_a_name_and_a_film_in_capitals_heads_that_interview():
    from assistant.embed import embedding_texts

    text = (
        "Filmmaker Arie Forma (THE SHEPHERD)\n\nDirected by Arie Forma\n\n1. What motivated you to make this film?\n\n"
        "My sister's engagement.\n\nInterview with Filmmaker Lena Park (NIGHT BUS)\n\n1. What motivated you to make this film?\n\nThe drivers.\n"
    )
    passages = parse_source(read_plain(text), "d.txt", "Festival", None)
    assert [(p.interview, p.speaker, p.question, p.text) for p in passages] == [
        ("Filmmaker Arie Forma (THE SHEPHERD)", "Arie Forma", "1. What motivated you to make this film?", "My sister's engagement."),
        ("Filmmaker Arie Forma (THE SHEPHERD)", None, None, "Directed by Arie Forma"),
        ("Interview with Filmmaker Lena Park (NIGHT BUS)", "Lena Park", "1. What motivated you to make this film?", "The drivers."),
    ]
    assert embedding_texts(passages)[::2] == [
        "Arie Forma, The Shepherd: 1. What motivated you to make this film?\nMy sister's engagement.",
        "Lena Park, Night Bus: 1. What motivated you to make this film?\nThe drivers.",
    ]


def test_a_dialogue_set_with_dashes_and_an_intro_before_the_first_question():
    text = """# Interview with Lena Park

Lena Park talked to us about her new film, Night Bus.

— How did the idea come to you?

— I grew up on night buses.

— Was it hard to shoot at night?

— Very. We had six weeks of nights.

— What do you hope audiences feel?

— Some tenderness.
"""
    assert parsed(text) == [
        ("Interview with Lena Park", None, None, "Lena Park talked to us about her new film, Night Bus."),
        ("Interview with Lena Park", "Lena Park", "How did the idea come to you?", "I grew up on night buses."),
        ("Interview with Lena Park", "Lena Park", "Was it hard to shoot at night?", "Very. We had six weeks of nights."),
        ("Interview with Lena Park", "Lena Park", "What do you hope audiences feel?", "Some tenderness."),
    ]
    # A dash opening one paragraph of running text is the author's, and stays.
    assert parsed("# Interview with Lena Park\n\n**Why buses?**\n\n— and nights — were my childhood.\n")[0][3] == "— and nights — were my childhood."


def test_a_role_label_is_the_person_the_credits_give_that_role():
    text = """# NIGHT BUS

Directed by Lena Park

## Interview with the director

INTERVIEWER: How did the idea come to you?

DIRECTOR: I grew up on night buses.

INTERVIEWER: Was it hard to shoot at night?

DIRECTOR: Very.
"""
    assert parsed(text) == [
        ("NIGHT BUS", None, None, "Directed by Lena Park"),
        ("Interview with the director", "Lena Park", "How did the idea come to you?", "I grew up on night buses."),
        ("Interview with the director", "Lena Park", "Was it hard to shoot at night?", "Very."),
    ]


def test_a_speakers_name_alone_on_a_paragraphs_first_line_labels_the_turn_below_it():
    text = """# Night Bus: a conversation with Lena Park

**Interviewer**  
How did the idea come to you?

**Lena Park**  
I grew up on night buses.

**Interviewer**  
Was it hard to shoot at night?

**Lena Park**  
Very.
"""
    assert parsed(text) == [
        ("Night Bus: a conversation with Lena Park", "Lena Park", "How did the idea come to you?", "I grew up on night buses."),
        ("Night Bus: a conversation with Lena Park", "Lena Park", "Was it hard to shoot at night?", "Very."),
    ]


def test_credits_one_per_line_in_one_paragraph_give_the_director_of_the_statement():
    text = "# Night Bus\n\n## Director's statement\n\nI grew up on night buses.\n\n## Credits\n\nDirected by Lena Park\nMusic by Sam Ode\n\n## Cast\n\nMarco ........ Tom Lee\nNadia ........ Ana Diaz\n"
    layout = lay_out(read_markdown(text), {}, "Night Bus")
    assert layout.roles == {"director": "Lena Park", "composer": "Sam Ode"}
    assert layout.characters == {"Marco": ["Tom Lee"], "Nadia": ["Ana Diaz"]}
    assert parsed(text)[0] == ("Director's statement", "Lena Park", None, "I grew up on night buses.")


def test_first_name_turns_resolve_to_the_names_a_front_matter_list_gives():
    text = """---
title: Cast Q&A
voiced: [Fay Roberts, Lydia Nicholas, Jonathan Sims]
---

#### JONNY

What scares you?

#### FAY

Clowns, mostly.

#### LYDIA

Spiders.

#### JONNY

What was your first recording like?

#### FAY

A blanket over my head.
"""
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)] == [
        ("Fay Roberts", "What scares you?", "Clowns, mostly."),
        ("Lydia Nicholas", "What scares you?", "Spiders."),
        ("Fay Roberts", "What was your first recording like?", "A blanket over my head."),
    ]


def test_headings_giving_a_name_and_its_role_or_part_after_a_dash_with_questions_in_capitals():
    text = (
        "NIGHT BUS\n\nLENA PARK – DIRECTOR\n\nHOW DID THE IDEA COME TO YOU?\n\nI grew up on night buses.\n\n"
        "TOM LEE – MARCO\n\nHOW DID YOU PREPARE?\n\nI drove a real bus for a month.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Lena Park – Director", "Lena Park", "HOW DID THE IDEA COME TO YOU?", "I grew up on night buses."),
        ("Tom Lee – Marco", "Tom Lee", "HOW DID YOU PREPARE?", "I drove a real bus for a month."),
    ]
    layout = lay_out(read_plain(text), {}, "Night Bus")
    assert (layout.roles, layout.characters) == ({"director": "Lena Park"}, {"Marco": ["Tom Lee"]})


def test_a_summary_calling_the_interviewee_by_first_name_as_he_or_she_is_no_ones_words():
    summary = "Lena tells us why the night bus matters to her city. She feels the drivers are its real guides."
    text = f"# Lena Park talks about night buses\n\n{summary}\n\n## The interview\n\n**Where did the story come from?**\n\nFrom my father.\n"
    assert parsed(text)[0] == ("Lena Park talks about night buses", None, None, summary)
    # Saying "I", it is theirs: a statement under their name.
    own = text.replace("Lena tells us why the night bus matters to her city. She feels", "We asked Lena why the night bus matters. I feel")
    assert parsed(own)[0][1] == "Lena Park"


def test_a_biography_and_an_interview_under_each_persons_name_are_not_turns_and_a_biography_is_no_ones_words():
    text = """# Night Bus press kit

## LENA PARK

Lena Park was born in Seoul in 1984.

## TOM LEE

Tom Lee trained at the Conservatoire.

# Interviews

## LENA PARK

**Where did the story come from?**

From my father, who drove the N12.

## TOM LEE

**How did you prepare?**

I drove a real bus for a month.
"""
    assert parsed(text) == [
        ("Lena Park", None, None, "Lena Park was born in Seoul in 1984."),
        ("Tom Lee", None, None, "Tom Lee trained at the Conservatoire."),
        ("Lena Park", "Lena Park", "Where did the story come from?", "From my father, who drove the N12."),
        ("Tom Lee", "Tom Lee", "How did you prepare?", "I drove a real bus for a month."),
    ]


def test_name_lines_over_paragraphs_no_one_asks_in_stay_as_they_are():
    from assistant.ingest.name_turns import speaker_names

    text = "**Lena Park**  \nWas born in Seoul.\n\n**Tom Lee**  \nTrained in Paris.\n\n**Lena Park**  \nLives in Lyon.\n\n**Tom Lee**  \nLives in Nice.\n"
    blocks = list(read_markdown(text).blocks)
    assert speaker_names(blocks) == blocks
    asked = text.replace("Was born in Seoul.", "Where were you born?").replace("Lives in Lyon.", "And now?")
    assert [b.text for b in speaker_names(list(read_markdown(asked).blocks))][:2] == ["Lena Park: Where were you born?", "Tom Lee: Trained in Paris."]


def test_a_french_press_kit_interview_heading_and_q_r_markers_and_q_markers_in_question_headings():
    french = "Entretien avec Lena Park\n\nQ : Comment est née l’idée ?\n\nR : J’ai grandi dans les bus de nuit.\n\nQ : Et le tournage ?\n\nR : Six semaines de nuits.\n"
    assert parsed(french, markdown=False) == [
        ("Entretien avec Lena Park", "Lena Park", "Comment est née l’idée ?", "J’ai grandi dans les bus de nuit."),
        ("Entretien avec Lena Park", "Lena Park", "Et le tournage ?", "Six semaines de nuits."),
    ]
    headed = "# Interview with Lena Park\n\n### Q: How did it start?\n\nOn night buses.\n\n### Q: And now?\n\nTrams.\n"
    assert [(prompt, quote) for _, _, prompt, quote in parsed(headed)] == [("How did it start?", "On night buses."), ("And now?", "Trams.")]


def test_answers_set_in_italics_after_plain_questions_are_the_answers():
    text = "# Interview with Lena Park\n\nHow did it start?\n\n*I grew up on night buses.*\n\nWas it hard?\n\n*Very.*\n\nWhat is next?\n\n*Ferries.*\n"
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)] == [
        ("Lena Park", "How did it start?", "I grew up on night buses."),
        ("Lena Park", "Was it hard?", "Very."),
        ("Lena Park", "What is next?", "Ferries."),
    ]


def test_a_cover_credit_names_the_director_of_an_interview_with_the_director():
    text = "NIGHT BUS\n\nA FILM BY LENA PARK\n\nINTERVIEW WITH THE DIRECTOR\n\nHow did the idea come to you?\n\nI grew up on night buses.\n"
    assert parsed(text, markdown=False)[-1] == ("Interview with the Director", "Lena Park", "How did the idea come to you?", "I grew up on night buses.")
    written = "NIGHT BUS\n\nWritten and directed by Lena Park\n\nDIRECTOR’S NOTE\n\nI grew up on night buses.\n"
    assert parsed(written, markdown=False)[-1] == ("Director’s Note", "Lena Park", None, "I grew up on night buses.")


def test_a_heading_in_capitals_for_two_people_with_first_name_labels():
    text = "NIGHT BUS\n\nQ&A WITH LENA PARK AND TOM LEE\n\nHow did you meet?\n\nLENA: At a bus stop.\n\nTOM: She was late.\n"
    assert parsed(text, markdown=False) == [
        ("Q&A with Lena Park and Tom Lee", "Lena Park", "How did you meet?", "At a bus stop."),
        ("Q&A with Lena Park and Tom Lee", "Tom Lee", "How did you meet?", "She was late."),
    ]


def test_the_interviewers_initials_resolve_to_the_byline():
    text = "# Night Bus: Lena Park talks to Jane Doe\n\nInterview by Jane Doe\n\n**JD:** How did it start?\n\n**LP:** On night buses.\n\n**JD:** And now?\n\n**LP:** Trams.\n"
    assert lay_out(read_markdown(text), {}, "Night Bus").interviewers == ("Jane Doe",)
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)][-2:] == [
        ("Lena Park", "How did it start?", "On night buses."),
        ("Lena Park", "And now?", "Trams."),
    ]


def test_a_web_interview_saved_as_markdown_with_its_prompts_in_strong_inside_html_paragraphs():
    # A static site's copy of a magazine page: every paragraph raw HTML, each prompt in <strong>
    # before its answer; a prompt may run over several sentences, hold a title in <em>, or follow
    # the interviewee's short answer in the same paragraph.
    text = """---
title: Five Minutes With Lena Park
---

<p>Last night we spoke on the phone with Lena Park about her new film.</p>

<p><strong>Did you shoot on a real night bus?</strong> Yes, a real one, the 472.</p>

<p><strong>Where did you film?</strong> Seoul, where all the night buses are.</p>

<p><strong>Night buses are everywhere in films lately, from <em>Night Owl</em> to <em>Last Stop</em>. It feels like someone in Hollywood decides these things, every year, one subject for everyone, then the next one, and nobody ever tells us who. I sometimes imagine a long table in a dark room with a calendar on the wall and a man crossing out the subjects one by one as the years go by.</strong> [Laughs] A cabal. <strong>Is there a subject you would like to see next?</strong> Not a subject, an era: the seventies.</p>
"""
    assert parsed(text) == [
        ("Five Minutes With Lena Park", None, None, "Last night we spoke on the phone with Lena Park about her new film."),
        ("Five Minutes With Lena Park", "Lena Park", "Did you shoot on a real night bus?", "Yes, a real one, the 472."),
        ("Five Minutes With Lena Park", "Lena Park", "Where did you film?", "Seoul, where all the night buses are."),
        (
            "Five Minutes With Lena Park", "Lena Park",
            "Night buses are everywhere in films lately, from Night Owl to Last Stop. It feels like someone in Hollywood decides these things,"
            " every year, one subject for everyone, then the next one, and nobody ever tells us who. I sometimes imagine a long table in a"
            " dark room with a calendar on the wall and a man crossing out the subjects one by one as the years go by.",
            "[Laughs] A cabal.",
        ),
        ("Five Minutes With Lena Park", "Lena Park", "Is there a subject you would like to see next?", "Not a subject, an era: the seventies."),
    ]


def test_questions_alone_opening_with_a_hyphen_and_an_intro_line_before_them():
    text = """Interview with Lena Park Producer 'Night Bus'

'Night Bus' premiered in the shorts block at the 2011 festival

-Would you like to tell me more about your film ?

It is a long form music video
It was made to go with the first four songs of the album.

-Did you want to make a music video rather than a short?

Yes, the singer came up with the concept.

-Did it meet your expectations?

Yes it did, definitely.

-How long did it take you to finish it?

We shot it all in four days.
"""
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        (None, None, "'Night Bus' premiered in the shorts block at the 2011 festival"),
        ("Lena Park", "Would you like to tell me more about your film ?", "It is a long form music video It was made to go with the first four songs of the album."),
        ("Lena Park", "Did you want to make a music video rather than a short?", "Yes, the singer came up with the concept."),
        ("Lena Park", "Did it meet your expectations?", "Yes it did, definitely."),
        ("Lena Park", "How long did it take you to finish it?", "We shot it all in four days."),
    ]


def test_the_paragraph_leading_into_the_interview_introduces_it_after_a_long_listing():
    listing = "\n".join(f"Film {n}; Dir. Ana Diaz" for n in range(1, 9))
    text = f"""The festival shows these films:
{listing}
Tickets are available HERE.
We caught up with co-founder Lena Park to find out more about the festival.
Q: When did the festival start?
It began in 2004 as an idea between two friends.
Q: How do you pick the films?
We look for films that surprise us.
"""
    assert [p[1:] for p in parsed(text, markdown=False) if p[2]] == [
        ("Lena Park", "When did the festival start?", "It began in 2004 as an idea between two friends."),
        ("Lena Park", "How do you pick the films?", "We look for films that surprise us."),
    ]


def test_a_quotation_signed_after_a_dash_with_the_film_it_is_about():
    text = "Below are excerpts from our interviews.\n\n“I started to think about the times I was not believed.” – Lena Park on “Night Bus”\n"
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        (None, None, "Below are excerpts from our interviews."),
        ("Lena Park", None, "“I started to think about the times I was not believed.” – Lena Park on “Night Bus”"),
    ]


def test_a_bold_prompt_the_answer_cuts_off_with_a_dash_still_prompts():
    text = (
        "# Lena Park\n\n**Did you shoot on a real bus?** Yes, the 472.\n\n**Where did you film?** Seoul.\n\n"
        "**So do you feel critics are fairer with you now that they're—** Yes, but they still put the film down.\n"
    )
    assert [p[2:] for p in parsed(text)][-1] == ("So do you feel critics are fairer with you now that they're—", "Yes, but they still put the film down.")


def test_the_first_question_greeting_someone_by_first_name_names_who_answers():
    # "Hi Drew thanks for talking to TNC": nothing else names her; "Hi" is no part of the name.
    text = (
        "When a bus driver takes the wrong turn, the night changes.\n\n"
        "Hi Lena thanks for talking to us, how's everything going?\n\nAll's well here, busy with a new film.\n\n"
        "How does it feel to be at the festival?\n\nI am so honoured to be included.\n\n"
        "Where did the idea come from?\n\nFrom riding the 472 every night.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text, markdown=False)] == [
        (None, None),
        ("Lena", "Hi Lena thanks for talking to us, how's everything going?"),
        ("Lena", "How does it feel to be at the festival?"),
        ("Lena", "Where did the idea come from?"),
    ]


def test_a_question_left_unanswered_then_one_asking_to_be_told_both_prompt_the_answer_after_them():
    # "Can you tell me a little bit about…?" asks, though it says "me"; after a question the page
    # left unanswered, the two prompt the answer that follows.
    text = (
        "An interview with Lena Park.\n\n"
        "How does it feel to be at the festival?\n\nI am so honoured to be included.\n\n"
        "Will this continue with more films you make?\n\n\n"
        "Can you tell me a little bit about Night Bus, how did this film come about?\n\nI was riding the 472 every night.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False)] == [
        (None, None, "An interview with Lena Park."),
        ("Lena Park", "How does it feel to be at the festival?", "I am so honoured to be included."),
        (
            "Lena Park",
            "Will this continue with more films you make? Can you tell me a little bit about Night Bus, how did this film come about?",
            "I was riding the 472 every night.",
        ),
    ]
