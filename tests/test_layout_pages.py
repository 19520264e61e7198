"""Who said what in web and festival pages: titles naming one person by role over questions
standing alone, one line per paragraph, dialogue dashes, headlines, press conferences with
initials, quoted statements, furniture, numbered requests, each on a tiny inline
fixture or the real page, the whole result compared (section, speaker, prompt, quote)."""

from pathlib import Path

import pytest
from conftest import parsed

from assistant.ingest.documents import parse_source
from assistant.ingest.layout import lay_out
from assistant.ingest.read_text import read_markdown


def test_a_web_page_with_each_speakers_name_in_bold_above_their_turn():
    from assistant.ingest.read_html import read_html

    page = (
        "<html><head><title>Night Bus</title></head><body><article><h1>Night Bus: a conversation with Lena Park</h1>"
        "<p><strong>Interviewer</strong><br>How did the idea come to you?</p><p><strong>Lena Park</strong><br>I grew up on night buses, with drivers awake all night long.</p>"
        "<p><strong>Interviewer</strong><br>Was it hard to shoot at night?</p><p><strong>Lena Park</strong><br>Very. We had six weeks of nights and a crew asleep all day.</p>"
        "</article></body></html>"
    )
    passages = parse_source(read_html(page), "page.html", "Night Bus", None)
    assert [(p.speaker, p.question, p.text) for p in passages] == [
        ("Lena Park", "How did the idea come to you?", "I grew up on night buses, with drivers awake all night long."),
        ("Lena Park", "Was it hard to shoot at night?", "Very. We had six weeks of nights and a crew asleep all day."),
    ]


def test_a_name_in_capitals_in_square_brackets_labels_the_turn_a_direction_does_not():
    text = "Interview with Lena Park\n\n[JANE DOE] How did it start?\n\n[LENA PARK] [LAUGHS] On night buses.\n\n[JANE DOE] And now?\n\n[LENA PARK] Trams.\n"
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False)] == [
        ("Lena Park", "How did it start?", "[LAUGHS] On night buses."),
        ("Lena Park", "And now?", "Trams."),
    ]


def test_a_name_in_square_brackets_labels_each_line_of_a_script_an_italic_direction_does_not():
    """A Word script saved as PDF: "[Me]" and "[Rafael]" open lines of one paragraph."""
    text = (
        "Interview Script\n\n[Me] What tools do you use to plan your week?\n[Rafael] Mostly a paper diary and a wall calendar at home.\n"
        "[Me] What is frustrating about them?\n[Rafael] Nobody else can see them when I am away.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False)] == [
        ("Rafael", "What tools do you use to plan your week?", "Mostly a paper diary and a wall calendar at home."),
        ("Rafael", "What is frustrating about them?", "Nobody else can see them when I am away."),
    ]
    directed = (
        "# Cast Q&A\n\n#### JONNY\n\nDo you engage with horror as a genre?\n\n#### MIKE\n\nHi, my name is Mike Lee, and I play Tim.\n\n"
        "_[Laughingly]_ No! I do not engage any more than I have to.\n\n#### JONNY\n\nWhat about comedy?\n\n#### MIKE\n\nI love it, every night.\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(directed)] == [
        ("Mike Lee", "Hi, my name is Mike Lee, and I play Tim. [Laughingly] No! I do not engage any more than I have to."),
        ("Mike Lee", "I love it, every night."),
    ]


@pytest.mark.parametrize(
    "markers",
    [
        ("Q -", "A -", "Q -", "A -"),
        ("Question 1:", "Answer:", "Question 2:", "Answer:"),
        ("Q1:", "A1:", "Q2:", "A2:"),
        ("Q)", "A)", "Q)", "A)"),
        ("", "PARK.", "", "PARK."),
        ("", "PARK —", "", "PARK —"),
        ("", "PARK –", "", "PARK –"),
        ("Q:", "Ms. Park:", "Q:", "Ms. Park:"),
    ],
)
def test_markers_and_labels_of_every_form_give_the_same_turns(markers):
    """Q/A markers numbered or closed by a bracket or a dash; a name in capitals closed by a full
    stop or a dash; a title before the surname."""
    turns = ["How did the idea come to you?", "I grew up on night buses.", "Was it hard to shoot at night?", "Very."]
    text = "Interview with Lena Park\n\n" + "\n\n".join(" ".join(filter(None, pair)) for pair in zip(markers, turns)) + "\n"
    assert parsed(text, markdown=False) == [
        ("Interview with Lena Park", "Lena Park", "How did the idea come to you?", "I grew up on night buses."),
        ("Interview with Lena Park", "Lena Park", "Was it hard to shoot at night?", "Very."),
    ]


def test_questions_standing_alone_under_a_title_naming_one_person_by_their_role():
    qa = "What does this selection mean to you?\n\nA dream come true after ten years.\n\nWhy this approach?\n\nI needed to look at my own story.\n\nWhat impact do these lies have?\n\nThey spread into society.\n"
    expected = [
        ("What does this selection mean to you?", "A dream come true after ten years."),
        ("Why this approach?", "I needed to look at my own story."),
        ("What impact do these lies have?", "They spread into society."),
    ]
    titled = parsed("# Director Lena Park at the Cannes Film Festival\n\n" + qa)
    assert titled == [("Director Lena Park at the Cannes Film Festival", "Lena Park", q, a) for q, a in expected]
    # In plain text the title is the first line, said by no one.
    first_line = parsed("Director Lena Park at the Cannes Film Festival\n\n" + qa, markdown=False)
    assert first_line == [("Doc", None, None, "Director Lena Park at the Cannes Film Festival")] + [("Doc", "Lena Park", q, a) for q, a in expected]
    # A title without a role word may be a film's; two questions are too few to call it an interview
    # unless both put it to "you".
    assert {p[1] for p in parsed("# Night Bus press notes\n\n" + qa)} == {None}
    assert {p[1] for p in parsed("# Director Lena Park at Cannes\n\n" + qa.split("What impact")[0])} == {None}
    to_you = qa.split("What impact")[0].replace("Why this approach?", "Why did you choose this approach?")
    assert {p[1] for p in parsed("# Director Lena Park at Cannes\n\n" + to_you)} == {"Lena Park"}


def test_a_paragraph_set_one_line_per_paragraph_is_cut_into_its_lines():
    text = "# Interview with Lena Park\n\nWhat does this selection mean to you?\nA dream come true.\nWhy this approach?\nI needed to look at my own story.\n"
    assert parsed(text) == [
        ("Interview with Lena Park", "Lena Park", "What does this selection mean to you?", "A dream come true."),
        ("Interview with Lena Park", "Lena Park", "Why this approach?", "I needed to look at my own story."),
    ]
    # Running text wrapped into lines ends them mid-sentence; all questions is a list of questions.
    wrapped = "# Interview with Lena Park\n\nWhy buses?\n\nWho needs a car? I grew up\non night buses. Why not? They\nwere warm.\n"
    assert parsed(wrapped)[0][2:] == ("Why buses?", "Who needs a car? I grew up on night buses. Why not? They were warm.")
    listed = "# Interview with Lena Park\n\nWhy buses?\n\nI asked myself: why?\nWhy at night?\nWhy in Seoul?\nWhy now?\n"
    assert parsed(listed)[0][2:] == ("Why buses?", "I asked myself: why? Why at night? Why in Seoul? Why now?")


def test_a_dialogue_with_hyphens_in_plain_text():
    text = "Interview with Lena Park\n\n- What does this selection mean to you?\n\n- A dream come true.\n\n\n\n- Why this approach?\n\n- I needed to look at my own story.\n"
    assert parsed(text, markdown=False) == [
        ("Interview with Lena Park", "Lena Park", "What does this selection mean to you?", "A dream come true."),
        ("Interview with Lena Park", "Lena Park", "Why this approach?", "I needed to look at my own story."),
    ]
    # Fewer than four dashes are a list, kept as written.
    listed = "Interview with Lena Park\n\nWhat did you bring?\n\n- A camera.\n\n- A tripod.\n"
    assert parsed(listed, markdown=False)[0][3] == "- A camera. - A tripod."


def test_under_headings_naming_who_answers_a_full_name_no_heading_gives_is_another_voice():
    text = (
        "Q&A with Eliza Hittman\n\nWhen did you start?\nEliza Hittman: In 2012.\n\n"
        "Q&A with Edward Berger\n\nYour DP praised you.\nEdward Berger: We are both obsessed with precision.\n\n"
        "danny-boyle-q-and-a\n\n"
        "Q&A with Amir “Questlove” Thompson\n\nWhat was that experience like?\nJessica Kingdon: We shot it together.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Q&A with Eliza Hittman", "Eliza Hittman", "When did you start?", "In 2012."),
        ("Q&A with Edward Berger", "Edward Berger", "Your DP praised you.", "We are both obsessed with precision."),
        ("Q&A with Amir “Questlove” Thompson", "Jessica Kingdon", "What was that experience like?", "We shot it together."),
    ]


def test_a_paragraph_pasted_twice_in_a_row_is_one_paragraph():
    text = "Q&A with Frank Marshall\n\nHow did this film get underway?\n\nHow did this film get underway?\n\nFrank Marshall: Friends of mine rose in their careers.\n"
    assert parsed(text, markdown=False) == [
        ("Q&A with Frank Marshall", "Frank Marshall", "How did this film get underway?", "Friends of mine rose in their careers."),
    ]


def test_beside_headings_naming_their_interviewee_a_heading_that_is_only_a_name_is_theirs():
    qa = "**How did you prepare?**\n\nI rode buses.\n\n**Was it hard?**\n\nVery.\n"
    text = "# Night Bus press kit\n\n## Lena Park, director\n\n**How did it start?**\n\nI grew up on buses.\n\n**And then?**\n\nI wrote it.\n\n## Ana Diaz, Mina\n\n" + qa
    expected_ana = [("Ana Diaz, Mina", "Ana Diaz", "How did you prepare?", "I rode buses."), ("Ana Diaz, Mina", "Ana Diaz", "Was it hard?", "Very.")]
    # Was Lena Park's: the document's first heading named her, and that stood for every section.
    assert parsed(text)[2:] == expected_ana
    plain = "NIGHT BUS\n\nINTERVIEW WITH LENA PARK\n\nHow did it start?\n\nI grew up on buses.\n\nANA DIAZ\n\nHow did you prepare?\n\nI rode buses.\n\nWas it hard?\n\nVery.\n"
    assert parsed(plain, markdown=False)[1:] == [("Ana Diaz", "Ana Diaz", "How did you prepare?", "I rode buses."), ("Ana Diaz", "Ana Diaz", "Was it hard?", "Very.")]
    # Where no heading names its interviewee, a heading shaped like a name may be a film's title.
    untitled = "# Press notes\n\n## Night Bus\n\n" + qa
    assert {p[1] for p in parsed(untitled)} == {None}


def test_a_headline_naming_someone_then_interview_gives_the_one_who_answers():
    text = "# Lena Park interview\n\nWe met Park in Seoul.\n\n**Why night buses?**\n\nI grew up on them.\n\n**How did you find Kim?**\n\nHe drove the 472.\n"
    assert [p[1:3] for p in parsed(text)] == [(None, None), ("Lena Park", "Why night buses?"), ("Lena Park", "How did you find Kim?")]


def test_a_cast_heading_in_capitals_keeps_the_part_in_its_brackets_capitalised():
    text = "# NIGHT BUS\n\n## MEET THE CAST\n\n### ANA DIAZ (MINA)\n\n**How did you prepare?**\n\nI rode buses.\n\n**Was it hard?**\n\nVery.\n"
    assert parsed(text) == [
        ("Ana Diaz (Mina)", "Ana Diaz", "How did you prepare?", "I rode buses."),
        ("Ana Diaz (Mina)", "Ana Diaz", "Was it hard?", "Very."),
    ]


def test_a_press_conference_whose_headings_give_each_winners_initials():
    text = (
        "Award Winners Press Conference\n\n"
        "Special Jury Prize: 4 Nights With Anna - Director Jerzy Skolimowski (JS)\n\n"
        "Q: How do you feel now that you've won an award?\nJS: I feel awarded and a little bit richer!\n\n"
        "Q: How about now?\nJS: I'm so much happier with this film.\n\n\n"
        "Best Director: Tulpan - Director Sergey Dvortsevoy (SD), Cast Samal Yeslyamova (SY)\n\n"
        "Q: Where did you shoot?\nSD: In the steppe.\nSY: In a yurt.\n"
    )
    first, second = "Special Jury Prize: 4 Nights With Anna - Director Jerzy Skolimowski (JS)", "Best Director: Tulpan - Director Sergey Dvortsevoy (SD), Cast Samal Yeslyamova (SY)"
    assert parsed(text, markdown=False)[1:] == [
        (first, "Jerzy Skolimowski", "How do you feel now that you've won an award?", "I feel awarded and a little bit richer!"),
        # The next heading was read as part of this answer, its initials as a stage direction.
        (first, "Jerzy Skolimowski", "How about now?", "I'm so much happier with this film."),
        (second, "Sergey Dvortsevoy", "Where did you shoot?", "In the steppe."),
        (second, "Samal Yeslyamova", "Where did you shoot?", "In a yurt."),
    ]


def test_a_real_press_conference_transcript_gives_the_initials_to_the_director():
    """anutshellreview.blogspot.com's TIFF 2008 award winners' press conference (tests/data/external)."""
    from assistant.config import PROJECT_ROOT
    from assistant.ingest.documents import parse_document

    passages, _, report = parse_document(PROJECT_ROOT / "tests" / "data" / "external" / "tiff_2008_press_conference.txt")
    assert report.answers == {"Jerzy Skolimowski": 5} and report.prompts == {"Jerzy Skolimowski": 5}
    assert not any("Competition:" in p.text for p in passages if p.speaker)


def test_a_full_name_before_a_quotation_labels_a_statement_and_the_narration_after_is_no_ones():
    text = (
        "Summary of press conferences\n\n"
        "The press conference was attended by the director Sinisa Cvetic.\n\n"
        'Sinisa Cvetic: "In the film I wanted to focus on the relationship between people."\n\n'
        'The main character of "The Visitor" is Umberto. The director Martin Bullock attended.\n\n'
        'Martin Bullock: "This is the first Bolivian film to be presented here."\n'
    )
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        (None, None, "Summary of press conferences The press conference was attended by the director Sinisa Cvetic."),
        ("Sinisa Cvetic", None, '"In the film I wanted to focus on the relationship between people."'),
        (None, None, 'The main character of "The Visitor" is Umberto. The director Martin Bullock attended.'),
        ("Martin Bullock", None, '"This is the first Bolivian film to be presented here."'),
    ]


def test_a_real_festival_summary_gives_each_quoted_statement_to_its_director():
    """The Moscow International Film Festival's summary of a day's press conferences (tests/data/external)."""
    from assistant.config import PROJECT_ROOT
    from assistant.ingest.documents import parse_document

    passages, _, report = parse_document(PROJECT_ROOT / "tests" / "data" / "external" / "moscow_iff_press_conferences.txt")
    assert report.answers == {"Sinisa Cvetic": 1, "Martin Bullock": 1}
    spoken = " ".join(p.text for p in passages if p.speaker)
    assert spoken.startswith('"In the XXI century') and "The main character" not in spoken and "attended the press conference" not in spoken


def test_names_labelling_a_dialogue_once_each_are_labels():
    text = (
        "AFI Festival\n\n"
        "Journaliste : Nous sommes ravis de vous avoir ici. Qu'est-ce que ça fait d'être ici ?\n"
        "Julianne Moore : Nous sommes tellement excités, honnêtement, c'est notre troisième festival.\n"
        "Kristen : C'était génial. J'ai connu Julianne il y a quelques années, je voulais travailler avec elle.\n"
    )
    prompt = "Nous sommes ravis de vous avoir ici. Qu'est-ce que ça fait d'être ici ?"
    assert [p[1:3] for p in parsed(text, markdown=False)] == [(None, None), ("Julianne Moore", prompt), ("Kristen", prompt)]
    # Field labels over long values ask nothing: a press kit's logline and synopsis stay as they are.
    fields = (
        "Night Bus\n\nLogline: A driver crosses Seoul every night with the city's insomniacs on board.\n\n"
        "Budget: Two million dollars raised from three funds and a crowd of small donors.\n\n"
        "Festivals: Busan, Rotterdam and Berlin, where the film won a prize from the youth jury.\n"
    )
    assert {p[1] for p in parsed(fields, markdown=False)} == {None}


def test_a_sites_furniture_on_a_line_of_its_own_is_nobodys_words():
    text = "Interview with Lena Park\n\nQ: Why night buses?\nA: I grew up on them.\nNo comments:\nPost a Comment\n"
    assert parsed(text, markdown=False) == [("Interview with Lena Park", "Lena Park", "Why night buses?", "I grew up on them.")]
    # Inside a sentence the words are someone's.
    said = "Interview with Lena Park\n\nQ: And the critics?\nA: No comments: I never read them.\n"
    assert parsed(said, markdown=False)[0][3] == "No comments: I never read them."


def test_a_real_french_blog_interview_labelled_once_each():
    """A fan blog's French transcript of an AFI Festival interview (tests/data/external)."""
    from assistant.config import PROJECT_ROOT
    from assistant.ingest.documents import parse_document

    passages, _, report = parse_document(PROJECT_ROOT / "tests" / "data" / "external" / "afi_festival_interview_fr.txt")
    assert report.answers == {"Juliane Moore": 1, "Kristen": 1, "Julianne": 1}
    assert {p.question for p in passages if p.speaker} == {"Nous sommes ravie de vous avoir ici. Qu'est ce que ça fait d'être ici, de faire parti de l'AFI Festival ?"}
    assert not any("commentaire" in p.text for p in passages)


def test_an_interview_that_never_names_who_answers_still_pairs_each_question_with_its_answer():
    text = (
        "# Filmmaker Q&A: Beauty Mark\n\n"
        "What inspired the film?\nTrue events that happened to one of my producers.\n"
        "How do you relate to your characters?\nThey are people I have known.\n"
        "What was the most courageous decision?\nShooting the entire film in 12 days.\n"
    )
    title = "Filmmaker Q&A: Beauty Mark"
    assert parsed(text) == [
        (title, None, "What inspired the film?", "True events that happened to one of my producers."),
        (title, None, "How do you relate to your characters?", "They are people I have known."),
        (title, None, "What was the most courageous decision?", "Shooting the entire film in 12 days."),
    ]
    # The report says how to name who answers.
    from assistant.ingest.documents import _report

    source = read_markdown(text)
    report = _report(Path("q.md"), title, source, lay_out(source, {}, title), parse_source(source, "q.md", title, None))
    assert 'add "interviewees": ["Full Name"] to q.meta.json' in " ".join(report.warnings)


def test_a_spanish_interview_heading_over_a_dialogue_of_hyphens_glued_to_the_words():
    text = (
        "Entrevista con Fernando Salem\n\n"
        "-¿Cómo aportó el paisaje sanjuanino?\n-El sanjuanino tiene un carácter especial porque hizo de un desierto una ciudad pujante.\n"
        "-¿Qué significó ganar en Mar del Plata?\n-Fue recibirme de director de cine.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Entrevista con Fernando Salem", "Fernando Salem", "¿Cómo aportó el paisaje sanjuanino?", "El sanjuanino tiene un carácter especial porque hizo de un desierto una ciudad pujante."),
        ("Entrevista con Fernando Salem", "Fernando Salem", "¿Qué significó ganar en Mar del Plata?", "Fue recibirme de director de cine."),
    ]
    assert parsed("# Intervista con Lena Park\n\n**Perché?**\n\nPerché sì.\n\n**E poi?**\n\nPoi basta.\n")[0][1] == "Lena Park"


def test_questions_numbered_before_their_marker_are_asked_and_a_is_the_answer():
    text = "1. Q: Do you plan to work with Wes again?\n\nA: I have just finished his new film.\n\n2. Q: How did it feel?\n\nA: It was a pleasure.\n"
    assert parsed(text, markdown=False, meta={"interviewees": ["Alexandre Desplat"]}) == [
        ("Doc", "Alexandre Desplat", "Do you plan to work with Wes again?", "I have just finished his new film."),
        ("Doc", "Alexandre Desplat", "How did it feel?", "It was a pleasure."),
    ]


def test_an_intro_a_request_a_date_and_a_link_around_questions_nothing_marks():
    text = (
        "Interview: Nicholas Britell, Composer of “12 Years a Slave”\n\n"
        "Posted on December 23, 2013 at 8:00 am\n\n"
        "It was a great pleasure to speak with the talented young composer, Nicholas Britell, who wrote “My Lord Sunshine” for the soundtrack. He painstakingly researched this lost form of music, which was never recorded.\n\n"
        "http://www.youtube.com/watch?v=8PGeyMfdGag\n\n"
        "Tell me a little bit about the research that you did to create music of this period.\n\n"
        "It was a really unique challenge because the main character is a violinist.\n"
    )
    section = "Interview: Nicholas Britell, Composer of “12 Years a Slave”"
    assert parsed(text, markdown=False) == [
        # An intro naming the one interviewed in full is about them, not their words ("My" is a song's).
        (section, None, None, "It was a great pleasure to speak with the talented young composer, Nicholas Britell, who wrote “My Lord Sunshine” for the soundtrack. He painstakingly researched this lost form of music, which was never recorded."),
        # "Tell me…" asks, though it says "me"; the date and the link are the page's furniture.
        (section, "Nicholas Britell", "Tell me a little bit about the research that you did to create music of this period.", "It was a really unique challenge because the main character is a violinist."),
    ]


def test_festival_pages_of_numbered_requests_under_a_role_q_and_a_heading_and_a_logline():
    text = (
        "Filmmaker Q&A with Orlando Von Einsiedel of VIRUNGA\n"
        "A small number of park rangers fight to secure the park’s borders from poachers and businessmen alike. What will it cost them, and who will pay for the oil company’s greed in the end?\n"
        "(click HERE to view the trailer)\n"
        "1. Introduce yourself. Orlando is just a scruffy filmmaker from south London.\n"
        "2. What inspired this film?  How did you find your subjects?\n"
        "I was drawn by the bravery of the rangers.\n"
    )
    section = "Filmmaker Q&A with Orlando Von Einsiedel of VIRUNGA"
    assert parsed(text, markdown=False) == [
        # A logline ending on a rhetorical question asks nothing; the trailer link is furniture.
        (section, None, None, "A small number of park rangers fight to secure the park’s borders from poachers and businessmen alike. What will it cost them, and who will pay for the oil company’s greed in the end?"),
        (section, "Orlando Von Einsiedel", "1. Introduce yourself.", "Orlando is just a scruffy filmmaker from south London."),
        (section, "Orlando Von Einsiedel", "2. What inspired this film? How did you find your subjects?", "I was drawn by the bravery of the rangers."),
    ]


def test_prompts_under_a_heading_naming_no_one_are_answered_by_the_one_its_narration_is_about():
    text = """# Documenting reality

Among these women are Irene Lusztig and Jennifer Maytorena Taylor, both filmmakers.

## Archival passion

A filmmaker with a passion for archives, Professor of Film and Digital Media Lusztig finds stories in old letters. Lusztig joined the faculty in 2008.

**How did you get into filmmaking?** I went to college wanting to be a painter.

**How do you approach filmmaking?** I allow myself a very long research process.

## People-centered

The films of Associate Professor Jennifer Maytorena Taylor center around communities. Maytorena Taylor's heritage is mixed.

**How did you get into filmmaking?** I originally wanted to be a dancer.

**How do you approach filmmaking?** I believe in very specific stories.

## Festival notes

The Film Festival opens on Friday. The Film Festival closes on Sunday with a party for film lovers.

**What should I see first?** The shorts programme.

**Where do I buy tickets?** At the box office.
"""
    assert parsed(text) == [
        ("Documenting reality", None, None, "Among these women are Irene Lusztig and Jennifer Maytorena Taylor, both filmmakers."),
        ("Archival passion", None, None, "A filmmaker with a passion for archives, Professor of Film and Digital Media Lusztig finds stories in old "
         "letters. Lusztig joined the faculty in 2008."),
        # Said twice by surname: she answers, under the name the document gives her in full.
        ("Archival passion", "Irene Lusztig", "How did you get into filmmaking?", "I went to college wanting to be a painter."),
        ("Archival passion", "Irene Lusztig", "How do you approach filmmaking?", "I allow myself a very long research process."),
        ("People-centered", None, None, "The films of Associate Professor Jennifer Maytorena Taylor center around communities. Maytorena "
         "Taylor's heritage is mixed."),
        ("People-centered", "Jennifer Maytorena Taylor", "How did you get into filmmaking?", "I originally wanted to be a dancer."),
        ("People-centered", "Jennifer Maytorena Taylor", "How do you approach filmmaking?", "I believe in very specific stories."),
        # "Film Festival" twice is no one: the text also says "film".
        ("Festival notes", None, None, "The Film Festival opens on Friday. The Film Festival closes on Sunday with a party for film lovers."),
        ("Festival notes", None, "What should I see first?", "The shorts programme."),
        ("Festival notes", None, "Where do I buy tickets?", "At the box office."),
    ]


def test_an_intro_naming_the_interviewee_by_surname_means_the_full_name_the_text_gives():
    text = """# Pronouns and identity

Closely observing these changes is [**Phillip
Hammack**](https://example.edu/hammack), professor of psychology.

We spoke with Hammack at Stevenson College about his research.

**What's behind the change?** I think the real change is related to information.

**How does this language help?** I call it a time of radical authenticity.
"""
    section = "Pronouns and identity"
    assert parsed(text) == [
        (section, None, None, "Closely observing these changes is Phillip Hammack, professor of psychology. We spoke with Hammack at "
         "Stevenson College about his research."),
        (section, "Phillip Hammack", "What's behind the change?", "I think the real change is related to information."),
        (section, "Phillip Hammack", "How does this language help?", "I call it a time of radical authenticity."),
    ]


def test_where_prompts_open_paragraphs_in_bold_a_statement_so_set_is_a_prompt_too():
    text = """# Appraising clues from antiquity

We sat down with Karen Bassi at Cowell College to talk about texts and artifacts.

**Truth seems like a modern, useful thing.** The word that gets translated as truth in Greek is aletheia.

**How long ago are you talking about?** The fifth century before the common era.

**If a picture's worth a thousand words, do objects outvalue text?** It is a matter of interpretation.

A paragraph of **her** own words, with one word in bold.
"""
    section = "Appraising clues from antiquity"
    assert parsed(text) == [
        (section, None, None, "We sat down with Karen Bassi at Cowell College to talk about texts and artifacts."),
        (section, "Karen Bassi", "Truth seems like a modern, useful thing.", "The word that gets translated as truth in Greek is aletheia."),
        (section, "Karen Bassi", "How long ago are you talking about?", "The fifth century before the common era."),
        (section, "Karen Bassi", "If a picture's worth a thousand words, do objects outvalue text?", "It is a matter of interpretation. A "
         "paragraph of her own words, with one word in bold."),
    ]


def test_a_festival_page_of_questions_standing_alone_under_a_title_naming_whose_view_it_is():
    """Questions and answers on single lines under "Film as seen by Name" or "Meet Name, prize
    winner": the one the title names answers them (a one-word name too), the prize is no one."""
    lines = (
        "What inspired you to begin work on this film?\nA short story about a night bus driver I read years ago.\n"
        "Please describe your working method on set.\nCalm, with a crew that slept all day and worked all night.\n"
        "What did you learn?\nThat buses are quieter than trams.\n"
    )
    expected = [
        ("What inspired you to begin work on this film?", "A short story about a night bus driver I read years ago."),
        ("Please describe your working method on set.", "Calm, with a crew that slept all day and worked all night."),
        ("What did you learn?", "That buses are quieter than trams."),
    ]
    seen_by = parsed("# Night Bus as seen by Kovalenko\n\n" + lines)
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in seen_by] == [("Kovalenko", *pair) for pair in expected]
    meet = parsed("# Meet Lena Park, La Cinef 2022 prize winner\n\n" + lines)
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in meet] == [("Lena Park", *pair) for pair in expected]


def test_a_tagline_in_title_case_opening_a_page_is_not_a_question_put_to_the_interviewee():
    text = (
        "# Interview with Lena Park, director of Night Bus\n\nBehind the Scenes at the Cannes Film Festival\n\n"
        "It is a story about a driver who never sleeps and the passengers who keep him awake.\n\n"
        "How did the story come to you?\n\nI read about drivers in Kyiv who work every night of the year.\n\n"
        "What do you expect from the festival?\n\nI still do not know what to expect from it.\n\n"
        "What are your plans?\n\nA feature film about the same buses.\n"
    )
    # The intro under it says what the film is, in no one's words the page shows.
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)] == [
        (None, None),
        ("Lena Park", "How did the story come to you?"),
        ("Lena Park", "What do you expect from the festival?"),
        ("Lena Park", "What are your plans?"),
    ]


def test_a_listing_of_articles_that_asks_nothing_gives_no_one_the_words_an_intro_names():
    """Headlines and summaries of several articles, one summary saying "Penny Lane talked to us
    about…": with nothing asked anywhere no paragraph is a prompt, and no one answers."""
    text = (
        "Anna Holmer on her hit The Fits\nHolmer discusses how the ballet influenced her film.\n"
        "Penny Lane on Nuts: a gullible audience\nPenny Lane talked to us about the pacing of the film and its animation.\n"
        "Elite Zexer on Sand Storm\nZexer and lead actress Ammar talk about preparing for the film and the knockout ending.\n"
        "Maggie Greenwald on Sophie\nThe film is an unconventional period piece about race and romance, set in 1941.\n"
    )
    assert {(speaker, prompt) for _, speaker, prompt, _ in parsed(text, markdown=False)} == {(None, None)}


def test_quotations_signed_after_a_bar_or_a_dash_are_their_signers_words():
    text = (
        "Each year the magazine asks the festival's directors one question.\n\n"
        "“Jumping and Hugging Is Always More Fun in the Same Room” | Alon Schwarz, Tantura\n\n"
        "“The Pandemic Sparked a Deeper Contemplation” | Sara Dosa, Fire of Love\n\n"
        "“A quiet triumph.” – The Guardian\n\n“Not signed by anyone” | 2022\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        (None, "Each year the magazine asks the festival's directors one question."),
        ("Alon Schwarz", "“Jumping and Hugging Is Always More Fun in the Same Room” | Alon Schwarz, Tantura"),
        ("Sara Dosa", "“The Pandemic Sparked a Deeper Contemplation” | Sara Dosa, Fire of Love"),
        ("The Guardian", "“A quiet triumph.” – The Guardian"),
        (None, "“Not signed by anyone” | 2022"),
    ]


def test_an_interview_line_under_long_credits_names_who_answers_and_an_answer_opening_with_a_name_is_theirs():
    """A festival blog: cast and credit lines, then "Interview with A, B & C.", a synopsis, a
    question, and "(A) answer": the line names the three, the bracketed name says which answers."""
    text = (
        "Screamfest 2011 - Interview Night Bus 3-D Feature Film\n\n"
        "Cast:-Ana Diaz (Trams, Ferries),\nTom Lee (Buses),\nMia Chen (Taxis),\nJoe Bloggs (Vans).\n\n"
        "Director: Lena Park\n\nInterview with P.J Park Director,Writer, Mia Chen, Producer & Ana Diaz Actress, Producer.\n\n"
        "Interview by Jane Doe\n\nA driver never sleeps and his passengers keep him awake all night long, until dawn.\n\n"
        "-Where did you come up with the idea for this particular film?\n\n(P.J Park) From my own nights on the buses.\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False) if p[2]] == [
        ("P.J Park", "-Where did you come up with the idea for this particular film?", "(P.J Park) From my own nights on the buses.")
    ]


def test_a_director_s_statement_headed_and_signed_in_plain_text_is_the_director_s():
    signed = (
        "Return to site\n\nDirector's Statement\n\nPaul Kramer\n\n"
        "If there's anything I learned from Coppola, it's that the story and the acting matter most.\n\n"
        "This screenplay was our foundation. I love how real it feels.\n\nPaul Kramer,\n\nAll Posts\n\nAlmost done…\n\nPlease click the link in the email.\n"
    )
    assert [(speaker, quote[:20]) for _, speaker, _, quote in parsed(signed, markdown=False)] == [
        (None, "Return to site"),
        (None, "Paul Kramer"),
        ("Paul Kramer", "If there's anything "),
        (None, "Paul Kramer, All Pos"),
    ]
    # The heading run into the statement's first line, the director named after the film's title.
    run_in = (
        "Night Bus, Director Lena Park\n\nLena Park's film follows five drivers through one winter of night shifts.\n\n"
        "Director’s Statement – As a woman who grew up on night buses, I wanted to film the drivers who kept me safe.\n"
    )
    assert [(section, speaker, quote[:14]) for section, speaker, _, quote in parsed(run_in, markdown=False)] == [
        ("Night Bus, Director Lena Park", None, "Lena Park's fi"),
        ("Director’s Statement", "Lena Park", "As a woman who"),
    ]


def test_a_line_of_contact_details_is_no_one_s_words_and_no_prompt():
    text = "# Interview with Lena Park\n\n[press@nightbus.com] [646.410.2030]\n\nHow did it start?\n\nOn night buses, years ago.\n"
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)] == [
        ("Lena Park", "How did it start?", "On night buses, years ago."),
        (None, None, "[press@nightbus.com] [646.410.2030]"),
    ]


def test_a_commentary_opening_on_its_speaker_s_own_introduction_is_their_monologue():
    """A director's commentary transcript, one sentence per numbered line in one quotation: "My
    name is …" makes the text theirs, their own questions ("How do we…?") asking no one."""
    text = (
        "## Anatomy of a scene\n\n"
        '1. "Hi. My name is Lena Park. I’m the writer and director of Night Bus.\n'
        "2. The film is about a driver who never sleeps.\n3. The trick was not making it boring.\n"
        "4. Like how do we make a bus feel like a cinema?\n5. So we used every trick we had learned, the dolly, the crane.\n"
        '6. And we hope it feels like something you have never seen before."\n'
    )
    passages = parsed(text)
    assert {(speaker, prompt) for _, speaker, prompt, _ in passages} == {("Lena Park", None)}
    assert passages[0][3].startswith('"Hi. My name is Lena Park.')
    # Someone else's name opening the text is no self-introduction: no one speaks.
    other = text.replace("Hi. My name is Lena Park. I’m", "Hi. This is Lena Park, who is")
    assert {speaker for _, speaker, _, _ in parsed(other)} == {None}


