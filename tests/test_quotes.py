"""Quotations in prose: production notes and intros quote people with a speech verb, and the
sentences holding each quotation are that person's words, the narration around them no one's."""

from conftest import parsed

from assistant.ingest.documents import parse_document

NOTES = """# Night Bus

## About the production

Night Bus began as a short film. “I grew up riding the 472 every night,” says director Lena Park. “The drivers were the only adults awake, and I wanted to film them.”

Producer Tom Lee came on board in 2019. “Lena showed me ten minutes of footage and I was hooked,” Lee recalls. “We shot it in 24 nights.”

The cast was assembled quickly. Ana Diaz plays Mina, the driver. “Mina is tired but kind,” explains Diaz. She adds: “I rode buses for weeks to prepare, every night of the week.”
"""


def test_quotations_a_speech_verb_attributes_are_their_speakers_words():
    section = "About the production"
    assert parsed(NOTES) == [
        (section, None, None, "Night Bus began as a short film."),
        (section, "Lena Park", None, "“I grew up riding the 472 every night,” says director Lena Park. “The drivers were the only adults awake, and I wanted to film them.”"),
        (section, None, None, "Producer Tom Lee came on board in 2019."),
        # A surname is the full name the document gives it.
        (section, "Tom Lee", None, "“Lena showed me ten minutes of footage and I was hooked,” Lee recalls. “We shot it in 24 nights.”"),
        (section, None, None, "The cast was assembled quickly. Ana Diaz plays Mina, the driver."),
        # "She adds:" is the one quoted last.
        (section, "Ana Diaz", None, "“Mina is tired but kind,” explains Diaz. She adds: “I rode buses for weeks to prepare, every night of the week.”"),
    ]


def test_a_speaker_described_after_the_verb_and_she_after_a_preposition_s_name_are_found():
    text = """# Night Bus

## About the cast

Night Bus is the first feature of writer-director Lena Park. Casting the driver took eight months. “We saw hundreds of actors,” says casting director Priya Shah. “Ade read one page and the room went silent.”

For Park, the driver's stillness was the key. “He doesn't need to talk,” she says. “You watch his hands and you know.”
"""
    section = "About the cast"
    assert parsed(text) == [
        (section, None, None, "Night Bus is the first feature of writer-director Lena Park. Casting the driver took eight months."),
        # Lower-case words describing the one named come between the verb and the name.
        (section, "Priya Shah", None, "“We saw hundreds of actors,” says casting director Priya Shah. “Ade read one page and the room went silent.”"),
        (section, None, None, "For Park, the driver's stillness was the key."),
        # A capitalised preposition opening the sentence is no first name: "she" is Park.
        (section, "Lena Park", None, "“He doesn't need to talk,” she says. “You watch his hands and you know.”"),
    ]


def test_titles_in_quotes_short_asides_and_names_the_document_never_gives_in_full_stay_no_ones():
    text = """# Night Bus

## Reviews

The film opened at “Night Visions” in Helsinki to warm reviews and a long queue outside.

Park's office is full of maps (“I collect them in every city I visit,” Park says) and old tickets from every line she rode as a child.

“A quiet triumph of a film about the night,” said Variety.

Lena Park directed it.
"""
    assert {p[1] for p in parsed(text)} == {None}


def test_a_quotation_however_short_that_a_speaker_follows_is_theirs_and_so_is_what_it_runs_on_to():
    text = """# Night Bus

## About the production

Night Bus began as a short film about the drivers of the 472.

“Absolutely,” Lena Park said of the rumours of a sequel. “But first I want to make a comedy about the day shift.”

The film opened at “Night Visions” in Helsinki.
"""
    section = "About the production"
    assert parsed(text) == [
        (section, None, None, "Night Bus began as a short film about the drivers of the 472."),
        (section, "Lena Park", None, "“Absolutely,” Lena Park said of the rumours of a sequel. “But first I want to make a comedy about the day shift.”"),
        (section, None, None, "The film opened at “Night Visions” in Helsinki."),
    ]


def test_a_press_release_s_dateline_scene_setting_asides_and_nicknames_keep_who_speaks():
    text = """# Night Bus

## Press release

PORTLAND, OR--Ana "Ace" Diaz plays Mina, the driver of Night Bus. Diaz, who is now filming in Lisbon, said she misses the bus. "I rode it for weeks to prepare, every night of the week."

"I rode the 472 every night for a year, from the depot to the airport and back." On the phone from Seoul, Lena Park laughs remembering the winter she spent on the night bus.

Night Bus opened in theaters in 2019. Ironically, Park says, the drivers never watched it. "They sleep in the day, so they have never seen a single screening of it."
"""
    section = "Press release"
    assert parsed(text) == [
        # "Diaz, who …, said she …": the name before the clause; neither the dateline ("--" is a
        # dash) nor the nickname is part of her name.
        (section, None, None, 'PORTLAND, OR--Ana "Ace" Diaz plays Mina, the driver of Night Bus. Diaz, who is now filming in Lisbon, said she misses the bus.'),
        (section, "Ana Diaz", None, '"I rode it for weeks to prepare, every night of the week."'),
        # The sentence after the quotation says who spoke, after a phrase setting the scene.
        (section, "Lena Park", None, '"I rode the 472 every night for a year, from the depot to the airport and back." On the phone from Seoul, Lena Park laughs remembering the winter she spent on the night bus.'),
        # "Ironically, Park says, …": speech reported with the speaker set apart.
        (section, None, None, "Night Bus opened in theaters in 2019. Ironically, Park says, the drivers never watched it."),
        (section, "Lena Park", None, '"They sleep in the day, so they have never seen a single screening of it."'),
    ]


def test_a_surname_is_the_full_name_the_credits_give_and_she_after_other_names_is_no_one():
    text = """# Night Bus

Written and directed by Lena Park

## Casting

“I kept seeing one face when I read the script at night,” comments Park.

As the heart of the film, Kim feels that Diaz has the right mix of warmth and authority. She says, “In a way, Ana feels like people we know on the bus.”
"""
    assert [(p[1], p[3][:20]) for p in parsed(text) if p[1]] == [("Lena Park", "“I kept seeing one f")]


def test_real_production_notes_attribute_only_who_they_name_in_full():
    """cinemareview.com's production notes for *Draft Day* (tests/data/external): Costner is
    named in full ("cast iconic actor Kevin Costner"); Reitman, Medjuck and Bell only by surname
    in the part kept, so their words stay no one's, and "She says" after narration naming Bell
    and Costner is not given to the one quoted before."""
    from assistant.config import PROJECT_ROOT
    from assistant.ingest.documents import parse_document

    passages, _, _ = parse_document(PROJECT_ROOT / "tests" / "data" / "external" / "draft_day_production_notes.txt")
    attributed = [(p.speaker, p.text) for p in passages if p.speaker]
    assert attributed == [("Kevin Costner", '"He\'s an American, and I play American characters, for the most part," comments Costner.')]
    assert any("comments Reitman" in p.text and p.speaker is None for p in passages)


def test_a_quotation_of_several_sentences_is_the_speaker_s_from_its_first_sentence():
    text = (
        "Lena Park’s film follows a bus driver.\n"
        "“This character was just so conceptual at first. He was not a real person. He was a concept of my own reactions,” Park says. “Then I met the drivers.”\n"
    )
    assert parsed(text, markdown=False) == [
        ("Doc", None, None, "Lena Park’s film follows a bus driver."),
        ("Doc", "Lena Park", None, text.splitlines()[1]),
    ]


def test_a_quotation_with_the_name_on_the_line_under_it_is_that_person_s():
    text = (
        "Doc U Recap\n\n"
        "I don't have a catalogue of questions. I come in and I don't have any questions at all.\nWerner Herzog\n\n"
        "For the final seminar, members of the documentary community gathered at the Silent Movie Theater.\n\n"
        "Werner Herzog\n\nHe directed many documentaries.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Doc", None, None, "Doc U Recap"),
        ("Doc", "Werner Herzog", None, "I don't have a catalogue of questions. I come in and I don't have any questions at all."),
        ("Doc", None, None, "For the final seminar, members of the documentary community gathered at the Silent Movie Theater. Werner Herzog He directed many documentaries."),
    ]
    # A festival list's date over the name of a section is no one's words.
    listing = "# Festivals\n\n<div><p>Competencia Oficial Internacional</p><p>April, 2017</p><p>Sección Oficial Ficción</p><p>August, 2017</p></div>\n"
    assert {speaker for _, speaker, _, _ in parsed(listing)} == {None}


def test_as_someone_put_it_attributes_a_quotation_even_inside_an_answer_no_one_gives():
    text = (
        "Pedro Almodóvar is known for interviewing himself. For example:\n\n"
        "Q: You are also a good director of actors, and the two men in your film are splendid.\n\n"
        "A: I’m delighted it’s you who’s said that.\n\n"
        "As Almodóvar put it, “The reason I interview myself is for practical reasons. I say what I want to say.”\n"
    )
    passages = parsed(text, markdown=False)
    assert ("Doc", "Pedro Almodóvar", None, "As Almodóvar put it, “The reason I interview myself is for practical reasons. I say what I want to say.”") in passages


FEATURE = """# How Veriff Found Its Risks With SubImage

## The challenge

**Viljar Bauman** has led security at Veriff for seven years.

"Our stack is like other startups," Bauman says. "What makes it special is the data we hold."

His team tried the usual scanners first.

"At one point, I saw the number: **seven million vulnerabilities** ."

He pauses. "First I was like, what is going on here? Then it made sense."

## The fix

But seeing the whole picture required something Bauman didn't have.

"It was like Lego pieces scattered around a kid's room floor."

With SubImage, that picture came into focus .

"What I loved is that you're showing the connections an attacker would want."

For Bauman, the mindset mattered as much as the tool. "Just make sure you're always using the latest image," he says.
"""


def test_a_feature_s_paragraphs_that_are_only_a_quotation_go_on_quoting_the_one_written_about():
    challenge, fix = "The challenge", "The fix"
    assert parsed(FEATURE) == [
        (challenge, None, None, "Viljar Bauman has led security at Veriff for seven years."),
        # "For Bauman" thrice in the page would not make a first name "For": the one full name is his.
        (challenge, "Viljar Bauman", None, '"Our stack is like other startups," Bauman says. "What makes it special is the data we hold."'),
        (challenge, None, None, "His team tried the usual scanners first."),
        # A paragraph that is one quotation and nothing else: the one quoted last goes on.
        (challenge, "Viljar Bauman", None, '"At one point, I saw the number: seven million vulnerabilities ."'),
        (challenge, None, None, "He pauses."),
        # "He pauses." is a gesture: the quotation after it is his.
        (challenge, "Viljar Bauman", None, '"First I was like, what is going on here? Then it made sense."'),
        # No one quoted yet in the section: narration naming one person alone is about them.
        (fix, None, None, "But seeing the whole picture required something Bauman didn't have."),
        (fix, "Viljar Bauman", None, '"It was like Lego pieces scattered around a kid\'s room floor."'),
        # A company is no one else: "With SubImage" neither names a person nor ends the narration about him.
        (fix, None, None, "With SubImage, that picture came into focus ."),
        (fix, "Viljar Bauman", None, '"What I loved is that you\'re showing the connections an attacker would want."'),
        (fix, None, None, "For Bauman, the mindset mattered as much as the tool."),
        # A full stop after a space (bold taken out before it) still ends the sentence.
        (fix, "Viljar Bauman", None, '"Just make sure you\'re always using the latest image," he says.'),
    ]


def test_a_quotation_alone_after_narration_naming_two_people_stays_no_one_s():
    text = """# Draft Day

## Casting

Producer Ali Bell met the cast in May. As the center of the film, Bell feels that Costner has the right mix of authenticity and authority.

"He feels like he could be my next-door neighbor, and audiences will feel it too."

Kevin Costner plays Sonny Weaver Jr.
"""
    assert parsed(text) == [
        ("Casting", None, None, 'Producer Ali Bell met the cast in May. As the center of the film, Bell feels that Costner has the right mix '
         'of authenticity and authority. "He feels like he could be my next-door neighbor, and audiences will feel it too." Kevin Costner '
         "plays Sonny Weaver Jr."),
    ]


def test_a_pull_quote_signed_inside_someone_else_s_answer_is_its_signer_s_and_its_signature_goes():
    text = """# MagicSchool on safety

## Anthropic: Why Haiku 4.5 as the judge?

**Chris Rohlfs, MagicSchool:** We put every model through extensive red-teaming before it goes into the platform.

"Our student tools provide a response directly to the student, with resources where they help."

Keanon O'Keefe

Senior Product Manager, AI Trust, Safety, and Quality

We've validated it against established external benchmarks and our own user data.

## Anthropic: What happens when the system flags a message?

**Keanon O'Keefe, MagicSchool:** Two things happen. First, the teacher receives an in-app alert.
"""
    section, first, second = "MagicSchool on safety", "Why Haiku 4.5 as the judge?", "What happens when the system flags a message?"
    assert parsed(text) == [
        (section, "Chris Rohlfs", first, "We put every model through extensive red-teaming before it goes into the platform."),
        (section, "Keanon O'Keefe", None, '"Our student tools provide a response directly to the student, with resources where they help."'),
        (section, "Chris Rohlfs", first, "We've validated it against established external benchmarks and our own user data."),
        (section, "Keanon O'Keefe", second, "Two things happen. First, the teacher receives an in-app alert."),
    ]


def test_narration_s_organisations_and_compounds_are_no_one_and_a_quotation_may_run_on_after_its_verb():
    text = """# Driving change

## Street games

Adam Millard-Ball studies transportation. His interest in research was sparked at the Transportation Research Board, a national board. "I realized research can be fun," he said.

He studies cul-de-sacs, dead ends and T-intersections. "They could cross with impunity even at midblock," he said, adding that from the car’s perspective it would be like a street full of children.

This rings true for David Fields, a planner in San Francisco. "Our cities will literally find new real estate," transportation planner Fields said.

Millard-Ball's work suggests cities could change either way. "There's no set destiny," he said.
"""
    section = "Street games"
    assert parsed(text) == [
        # "Transportation Research Board" is no one: the text writes each of its words in lower case.
        (section, None, None, "Adam Millard-Ball studies transportation. His interest in research was sparked at the Transportation "
         "Research Board, a national board."),
        (section, "Adam Millard-Ball", None, '"I realized research can be fun," he said.'),
        # A compound with a lower-case part ("T-intersections") is no one.
        (section, None, None, "He studies cul-de-sacs, dead ends and T-intersections."),
        # A quotation the verb attributes is theirs, however the sentence goes on.
        (section, "Adam Millard-Ball", None, '"They could cross with impunity even at midblock," he said, adding that from the car’s perspective '
         "it would be like a street full of children."),
        (section, None, None, "This rings true for David Fields, a planner in San Francisco."),
        # Lower-case words describing the one named may come before the name and its verb.
        (section, "David Fields", None, '"Our cities will literally find new real estate," transportation planner Fields said.'),
        # "Millard-Ball's work…" is about Millard-Ball.
        (section, None, None, "Millard-Ball's work suggests cities could change either way."),
        (section, "Adam Millard-Ball", None, '"There\'s no set destiny," he said.'),
    ]


def test_a_speaker_with_two_surnames_is_named_in_full_when_quoted_by_the_first():
    text = """# Human remains

## Ruins

Ruins have long been read through romantic eyes, said Felipe Rojas Silva, an architect by training. "Martin's work is unusual and bold and exciting," Rojas said.
"""
    assert parsed(text) == [
        ("Ruins", None, None, "Ruins have long been read through romantic eyes, said Felipe Rojas Silva, an architect by training."),
        ("Ruins", "Felipe Rojas Silva", None, '"Martin\'s work is unusual and bold and exciting," Rojas said.'),
    ]


def test_a_press_release_putting_the_verb_before_the_speaker_quotes_them_by_full_name():
    text = (
        "Directors Sean Dillon and Curtis Krick made Something Blue with producers Lesley Paterson and Ian Stokell.\n\n"
        'Said Krick, "The audition process was a rigorous one, and we needed actors who could improvise."\n\n'
        'Added Dillon of the auditions, "We devised a lot of improv games and exercises to test them."\n\n'
        "The shoot lasted seven days.\n"
    )
    assert [(speaker, quote[:24]) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        (None, "Directors Sean Dillon an"),
        ("Curtis Krick", "Said Krick, \"The auditio"),
        ("Sean Dillon", "Added Dillon of the audi"),
        (None, "The shoot lasted seven d"),
    ]


def test_a_work_titled_by_what_it_is_is_no_one_a_quotation_about_it_goes_on_quoting():
    """"Dragon Day Movie", "DRAGON DAY PRESS KIT": the film's title and "Press Kit" are no one, so
    a review quote after a line naming them is no one's to go on quoting."""
    text = (
        "Press Kit - Dragon Day Movie\n\n“Torn from the headlines.” -- CLASHDAILY.COM\n\n"
        "“Dragon Day not only keeps you on the edge of your seat, but makes you believe in the impossible.”\n\n"
        "“A provocative new movie about a cyber attack on all the things that make life possible.”\n\nDRAGON DAY PRESS KIT\n"
    )
    assert {speaker for _, speaker, _, _ in parsed(text, markdown=False)} == {None}


def test_he_says_after_narration_naming_others_is_the_profile_s_one_subject():
    profile = (
        "Lena Park Talks Night Buses\n\n"
        "“I could ride buses for the rest of my life,” Lena Park tells me.\n\n"
        "The film follows Ana Diaz as Mina, with Tom Lee as her brother. With an energy so contagious, the Midwestern native speaks quickly.\n\n"
        "She had never driven a bus before the shoot. “I learned in three days on a parking lot,” she says."
    )
    assert [(p[1], p[3]) for p in parsed(profile, markdown=False) if p[1]] == [
        ("Lena Park", "“I could ride buses for the rest of my life,” Lena Park tells me."),
        ("Lena Park", "“I learned in three days on a parking lot,” she says."),
    ]


def test_a_speaker_described_by_institution_and_roles_is_the_name_after_the_roles():
    article = (
        "How to Do a Q&A\n\nDon't relax too much, warn a trio of festival heads.\n\n"
        "“The secret of festivals is direct communication with the artist,” says Night Film Festival Director of Programming Lena Park. "
        "Explains Bus/Stop Co-Director and Co-Founder Tom Lee, “A great Q&A can really guide your audience.” "
        "Festival Director Ana Diaz shares that a Q&A has deeper value than many realize, “At the Night Bus Festival we greatly value the chance to let the audience meet the filmmakers after every screening.”"
    )
    assert [p[1] for p in parsed(article, markdown=False) if p[1]] == ["Lena Park", "Tom Lee", "Ana Diaz"]
    # A title line naming an institution and a part is no one a quotation after it belongs to.
    series = "Festival Series Part 3 – Your Q&A\n\n“Great question. We felt the music was the back bone of the film.”"
    assert {p[1] for p in parsed(series, markdown=False)} == {None}


def test_he_after_narration_opening_with_a_first_name_is_the_one_named_in_full_before():
    text = """# The Lost Bus

## Making it

Pål Ulvik Rokseth, the Norwegian cinematographer behind director Paul Greengrass’s drama, shot it. It follows bus driver Kevin McKay and teacher Mary Ludwig.

The partnership between Pål and Greengrass began on 22 July.

Pål’s vision was to give the fire a presence. “Paul wanted this fire to be a character,” he explains.
"""
    assert parsed(text)[-1] == ("Making it", "Pål Ulvik Rokseth", None, "“Paul wanted this fire to be a character,” he explains.")
    # A first name elsewhere in the sentence, a part's ("the role of Alex"), is no one quoted.
    part = """# Red, White

## Profile

Taylor Zakhar Perez plays Alex Claremont Diaz in the film.

Prior to trying for the role of Alex, he read the book. “I read it in three days,” he says.
"""
    assert parsed(part, title="Taylor Zakhar Perez")[-1][1] != "Alex Claremont Diaz"


def test_a_quotation_under_a_line_naming_two_people_is_theirs_together():
    text = """Interviews

Lena Park and Tom Lee • Directors

“Our work is very much part of our daily life”

Lena Park and Tom Lee • Directors

We spoke to the two directors about their musical, Night Bus.

Ana Diaz • Actress

“I rode buses for weeks”

Ana Diaz • Actress

We spoke to the actress about her part.
"""
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text, markdown=False, title="Listing") if speaker] == [
        ("Lena Park and Tom Lee", "“Our work is very much part of our daily life”"),
        ("Ana Diaz", "“I rode buses for weeks”"),
    ]


def test_he_further_added_after_reported_speech_is_the_one_reported():
    text = """# IFFI

## Press meet

The directors of The Bra and Phoenix addressed the media in Goa.

Quoting Alfred Hitchcock, Mr. Veit Helmer said that cinema should be about visual storytelling. “If you talk about something very personal, then everybody in the world will understand”, he further added.

Mr. Joaquin Pedretti, Director of ‘A Sacred Gaucho’ said that his film is based on a popular hero. “It is so important for us to have the world premiere in IFFI”, he said.
"""
    assert [(speaker, quote[:12]) for _, speaker, _, quote in parsed(text) if speaker] == [
        ("Veit Helmer", "“If you talk"),
        ("Joaquin Pedretti", "“It is so im"),
    ]


PROFILE = """# Lena Park - Night Bus

“I wanted to film the night since I was a child.’’ Lena Park tells me.

When I ask her about the drivers, she replies “They were the only adults awake, and they were kind to me.’’

Park recalls one night fondly, “A driver let me sit up front until dawn and told me about his life.’’

We laugh, and she says, “I still take the 472 home, every night of the week.’’

Her smile grows wider. “The drivers came to the premiere, all of them.’’

The film premiered at Berlin in February. I ask her if she has learned anything, “I have learned to be patient with everyone on set.’’

Park explains that the shoot was short. “We had twenty-four nights and no money at all.’’

“The bus was our only set and our only light. We never left it.’’ She adds, “We slept on the back seats between takes.’’
"""


def test_a_profile_s_quotations_are_its_subject_s_however_the_narration_leads_to_them():
    # Two closing single quotation marks close a quotation; the speaker before the quotation with
    # words between the verb and it, after a clause, after the writer's question, a gesture or
    # reported speech; a quotation before "She adds" is hers too.
    said = [(speaker, quote) for _, speaker, _, quote in parsed(PROFILE)]
    assert said == [
        (
            "Lena Park",
            "“I wanted to film the night since I was a child.” Lena Park tells me. When I ask her about the drivers, she replies “They were the "
            "only adults awake, and they were kind to me.” Park recalls one night fondly, “A driver let me sit up front until dawn and told me "
            "about his life.” We laugh, and she says, “I still take the 472 home, every night of the week.”",
        ),
        (None, "Her smile grows wider."),
        ("Lena Park", "“The drivers came to the premiere, all of them.”"),
        (None, "The film premiered at Berlin in February."),
        ("Lena Park", "I ask her if she has learned anything, “I have learned to be patient with everyone on set.”"),
        (None, "Park explains that the shoot was short."),
        (
            "Lena Park",
            "“We had twenty-four nights and no money at all.” “The bus was our only set and our only light. We never left it.” "
            "She adds, “We slept on the back seats between takes.”",
        ),
    ]


def test_she_says_after_narration_naming_two_people_stays_no_one_s_without_a_profile_title():
    text = """# Night Bus production notes

## Casting

The part went to Tom Lee after Ana Diaz saw his tape. She says, “In a way, Tom feels like people we know, like a neighbour.”
"""
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None]


def test_a_title_in_quotes_opens_no_quotation_and_a_description_after_said_is_the_one_written_about():
    text = """# Senior showcase

“Curl” is a drama by Ayanna Smith.

“You have a huge puzzle to put together, and it can be very daunting,” Smith said.

“Curl” is set in the wake of a national story: “Jade, a freshman, feels the news is taking over her life.”

Hannah Dorey said the idea for “Tidal” came from personal experience.

“The support I've received has been overwhelming, truly,” said the December 2018 graduate who now works in Chicago.
"""
    # The logline after the title is no one's, though the paragraph before was Smith's; the
    # graduate is Dorey, whom the narration before was about.
    assert [(speaker, quote[:12]) for _, speaker, _, quote in parsed(text)] == [
        (None, "“Curl” is a "),
        ("Ayanna Smith", "“You have a "),
        (None, "“Curl” is se"),
        ("Hannah Dorey", "“The support"),
    ]


def test_quotations_under_q_and_a_headings_are_those_people_s_even_closed_by_an_opening_mark():
    text = "Q&A with Madeline Leshner\n“I love being on set and seeing everything come together, every single day.“\nQ&A with Diego Murillo\n“I got into filmmaking through an accumulative process, slowly, over years of watching films.”\n"
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        ("Madeline Leshner", "“I love being on set and seeing everything come together, every single day.”"),
        ("Diego Murillo", "“I got into filmmaking through an accumulative process, slowly, over years of watching films.”"),
    ]


def test_in_a_page_about_one_person_a_participle_s_quotation_and_an_unsigned_quoted_paragraph_are_theirs():
    # "…, saying, “…”" quotes the one the sentence is about; a paragraph that is only a quotation,
    # signed by no one, in a news item about one person, is that person's.
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "A few years ago we interviewed Lena Park about buses, and she was not interested. Most recently, Vulture talked to the director at length.\n\n"
        "“Trams are so different. Every city has them now, and nobody rides them at night.”\n\n"
        "When asked about the 472, she laughs it off, saying, “That bus will outlive all of us, I am sure.”\n\n"
        "Night Bus opens on Friday.\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "A few years ago we interviewed Lena Park about buses, and she was not interested. Most recently, Vulture talked to the director at length."),
        (
            section, "Lena Park", None,
            "“Trams are so different. Every city has them now, and nobody rides them at night.” When asked about the 472, she laughs it off,"
            " saying, “That bus will outlive all of us, I am sure.”",
        ),
        (section, None, None, "Night Bus opens on Friday."),
    ]


def test_an_outlet_quoting_the_subject_as_saying_and_a_quotation_running_on_past_its_first_sentence():
    # "…quotes the actor as saying, “…”"; "She told the Times: “I don't care. …”" (its first
    # sentence is short, but the quotation goes on).
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "First up, the NY Post quotes the director as saying, “I don't think the festivals like films about buses.”\n\n"
        "Park is also asked about trams. She told the Times: “I don't care. You know, I was 40 years old. I rode them anyway.”\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, "Lena Park", None, "First up, the NY Post quotes the director as saying, “I don't think the festivals like films about buses.”"),
        (section, None, None, "Park is also asked about trams."),
        (section, "Lena Park", None, "She told the Times: “I don't care. You know, I was 40 years old. I rode them anyway.”"),
    ]


def test_topics_in_bold_before_a_subject_s_quotations_head_them_and_name_no_one():
    # "**On trams**: “…”" sets a profile's quotations under topics: the topic is no speaker label,
    # and the quotation after it is the subject's, the topic kept with the words it heads.
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "Director Lena Park stopped by this morning to talk about her film. Park grew up in Seoul.\n\n"
        "**On Bong Joon-ho**: “He told me to film the drivers before the buses. I still think of that every day.”\n\n"
        "**On the best snack for a night shoot**: “Cold noodles, always. The crew hated them, but I loved them.”\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "Director Lena Park stopped by this morning to talk about her film. Park grew up in Seoul."),
        (
            section, "Lena Park", None,
            "On Bong Joon-ho: “He told me to film the drivers before the buses. I still think of that every day.”"
            " On the best snack for a night shoot: “Cold noodles, always. The crew hated them, but I loved them.”",
        ),
    ]


def test_a_block_quotation_a_paragraph_ending_on_a_colon_introduces_is_the_words_of_the_one_it_names():
    # A block quotation has no quotation marks: the paragraph introducing it says whose words
    # follow, by name or (in a page about one person) by pronoun; its next paragraphs go on.
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "Director Lena Park and her producer Tom Lee stopped by this morning. Park grew up in Seoul.\n\n"
        "Lee also said he was a big fan of the last scene:\n\n"
        "> I loved the ending. We watched it in a cemetery on a big screen.\n>\n> It was so much fun.\n\n"
        "She had this to say about the buses:\n\n"
        "> There are certain routes that have not changed in forty years.\n\n"
        "The film opens on Friday.\n\n"
        "> A pull quote nobody introduced with a colon stays the narration's.\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "Director Lena Park and her producer Tom Lee stopped by this morning. Park grew up in Seoul. Lee also said he was a big fan of the last scene:"),
        (section, "Tom Lee", None, "I loved the ending. We watched it in a cemetery on a big screen. It was so much fun."),
        (section, None, None, "She had this to say about the buses:"),
        (section, "Lena Park", None, "There are certain routes that have not changed in forty years."),
        (section, None, None, "The film opens on Friday. A pull quote nobody introduced with a colon stays the narration's."),
    ]


def test_the_one_named_as_having_talked_to_an_outlet_says_the_quotation_after():
    # "…Tim League has talked to West Side Rag about…" then a quotation nothing signs: his words.
    # The headline's "Night Bus Depot Owner" is no name: the body writes "the Night Bus Depot".
    text = (
        "---\ntitle: Night Bus Depot Owner Talks Opening In Seoul\n---\n\n"
        "The Night Bus Depot will open next year. Now founder and president Lena Park has talked to Bus Weekly about the venture. "
        "“We are going to restore the whole facade, and the neon too.”\n"
    )
    section = "Night Bus Depot Owner Talks Opening In Seoul"
    assert parsed(text) == [
        (section, None, None, "The Night Bus Depot will open next year. Now founder and president Lena Park has talked to Bus Weekly about the venture."),
        (section, "Lena Park", None, "“We are going to restore the whole facade, and the neon too.”"),
    ]


def test_a_headline_s_company_before_a_role_is_no_one_interviewed(tmp_path):
    # "Alamo Drafthouse Owner Talks…" where the body only ever writes "the Alamo Drafthouse".
    page = tmp_path / "depot.md"
    page.write_text(
        "---\ntitle: Night Bus Depot Owner Talks Opening In Seoul\n---\n\n"
        "Next year the Night Bus Depot will open, with five bays.\n\n"
        "“We are going to restore the whole facade, and the neon too.”\n",
        encoding="utf-8",
    )
    assert parse_document(page)[2].interviewees == []
    page.write_text(page.read_text(encoding="utf-8").replace("the Night Bus Depot", "Night Bus Depot"), encoding="utf-8")
    assert parse_document(page)[2].interviewees == ["Night Bus Depot"]


def test_the_actress_says_is_the_subject_and_a_quotation_may_run_into_the_sentence_that_says_it():
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "NYMag has a profile of Lena Park and her husband Tom Lee. The actress says \"life is impossible if you are not organized, with a child on a bus.\"\n\n"
        "They ordered twenty coffees at the depot, but she says the drivers were \"a little tough. I mean, we go there every day.\"\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "NYMag has a profile of Lena Park and her husband Tom Lee."),
        (
            section, "Lena Park", None,
            "The actress says \"life is impossible if you are not organized, with a child on a bus.\""
            " They ordered twenty coffees at the depot, but she says the drivers were \"a little tough. I mean, we go there every day.\"",
        ),
    ]


def test_a_block_quotation_in_the_first_person_is_the_one_subject_s_however_it_is_introduced():
    # In a page about one person a first-person block quotation is theirs; HTML blocks that a blank
    # line cuts inside a <blockquote> stay inside it.
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "Lena Park has given one interview about the film. Park grew up in Seoul. So here is its beginning.\n\n"
        "<blockquote>I can't articulate how big this was. I feel lighter today.\n\n"
        "<p>I used to order my coffee as James. Now I say my name.</p></blockquote>\n\n"
        "Her depot opens soon.\n\n"
        "> The city council will vote on the depot next week, a spokesman confirmed.\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "Lena Park has given one interview about the film. Park grew up in Seoul. So here is its beginning."),
        (section, "Lena Park", None, "I can't articulate how big this was. I feel lighter today. I used to order my coffee as James. Now I say my name."),
        (section, None, None, "Her depot opens soon. The city council will vote on the depot next week, a spokesman confirmed."),
    ]


def test_narration_leading_to_a_quotation_by_a_colon_and_a_participle_after_a_dash():
    # "…on her tour in 1995: “…,” said Jonny Greenwood, “…”": the lead-in does not hide the
    # quotation; "Yorke really hates cars: “…”" with no verb is the one the narration opens with (a
    # topic's "On …:" is not); "John Lennon discussed it…—asking, “…”" is his, in a page about Yoko Ono.
    text = (
        "---\ntitle: Lena Park Talks Night Buses\n---\n\n"
        "Lena Park and her producer Tom Lee talked about the film. Park grew up in Seoul.\n\n"
        "The crew tested the cameras on a night route in 2019: \"My main memory of that route,\" said Tom Lee, \"is the driver singing to us for hours.\"\n\n"
        "Park really hates trams: \"They are too quiet at night, and nobody talks to anybody on them.\"\n\n"
        "Tom Lee discussed the film on the radio—asking, \"how could one bus hold a whole city?\"\n"
    )
    section = "Lena Park Talks Night Buses"
    assert parsed(text) == [
        (section, None, None, "Lena Park and her producer Tom Lee talked about the film. Park grew up in Seoul."),
        (section, "Tom Lee", None, 'The crew tested the cameras on a night route in 2019: "My main memory of that route," said Tom Lee, "is the driver singing to us for hours."'),
        (section, "Lena Park", None, 'Park really hates trams: "They are too quiet at night, and nobody talks to anybody on them."'),
        (section, "Tom Lee", None, 'Tom Lee discussed the film on the radio—asking, "how could one bus hold a whole city?"'),
    ]


def test_an_exchange_retold_quotation_by_quotation_is_each_speaker_s_and_prompts_nothing():
    # A talk show retold: "“Do you drink too much?” Letterman asked." and "“Now you sound like Dr.
    # Phil,” Lohan answered, scoring a laugh." are quotations signed by a speech verb, no prompts.
    text = (
        "---\ntitle: Lena Park's Uncomfortable Interview With Tom Lee\n---\n\n"
        "Last night, Lena Park appeared on the Late Show with Tom Lee to promote her film Night Bus.\n\n"
        "“Now, do you have trouble sleeping?” Lee continued, still grilling the director.\n\n"
        "“Now you sound like my mother,” Park answered, scoring a laugh.\n\n"
        "“Do you ride the bus every night?” Lee asked.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)] == [(None, None), ("Tom Lee", None), ("Lena Park", None), ("Tom Lee", None)]


def test_a_block_quotation_signed_under_it_by_role_and_name_is_theirs_and_a_film_page_s_title_is_no_name(tmp_path):
    # A festival's programme note: the blurb, the director's words in a block quotation, and under
    # it "Director Lena Park" or "Director Lena Park, from an interview with Tom Lee" (a signature,
    # not a heading). Its front matter credits a director: its title "Night Bus" is the film's.
    for signature in ("Director Lena Park", "Director Lena Park, from an interview with Tom Lee"):
        page = tmp_path / "night-bus.md"
        page.write_text(
            '+++\ntitle = "Night Bus"\ndirector = "Lena Park"\n+++\nA driver crosses Seoul every night, and the city changes around her.\n\n'
            f"> I grew up riding the 472 every night. I wanted to film the drivers.\n\n{signature}\n",
            encoding="utf-8",
        )
        passages, _, report = parse_document(page)
        assert [(p.speaker, p.text) for p in passages] == [
            (None, 'title = "Night Bus" director = "Lena Park" A driver crosses Seoul every night, and the city changes around her.'),
            ("Lena Park", "I grew up riding the 472 every night. I wanted to film the drivers."),
        ], signature
        assert report.interviewees == ["Lena Park"]
    # Unsigned, the director's words in the first person are no one's, never the film title's.
    page.write_text(
        '+++\ntitle = "Night Bus"\ndirector = "Lena Park"\n+++\nA love letter to a city, Night Bus follows a driver across Seoul.\n\n'
        "> I grew up riding the 472 every night. I wanted to film the drivers.\n",
        encoding="utf-8",
    )
    assert {p.speaker for p in parse_document(page)[0]} == {None}


def test_a_month_in_the_narration_names_no_one_the_quotation_after_may_be_given_to():
    # "…the interview with Park, which occurred on September 21st. “…,” she said.": she is Park.
    text = (
        "---\ntitle: Buses Forever\n---\n\n"
        "Since director Lena Park retired, there have been many tributes. You can watch the last interview with Park, "
        "which occurred on September 21st. \"Sound is more than noise. Buses are music,\" she said.\n"
    )
    assert parsed(text) == [
        ("Buses Forever", None, None, "Since director Lena Park retired, there have been many tributes. You can watch the last interview with Park, which occurred on September 21st."),
        ("Buses Forever", "Lena Park", None, "\"Sound is more than noise. Buses are music,\" she said."),
    ]
