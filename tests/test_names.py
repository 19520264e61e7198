"""Names: who a title or intro says is interviewed, and which full name a speaker label stands for."""

import pytest

from assistant.ingest.headlines import (
    bracketed_parts,
    headline_name,
    headline_person,
    interview_headline,
    name_alone,
    name_with_role,
    quoted_headline,
    role_and_name,
    title_subject,
)
from assistant.ingest.introductions import (
    declaration,
    declared_initials,
    interviewees_in_intro,
    interviewer_in_intro,
    introduced_as,
    label_legend,
    parts_played,
)
from assistant.ingest.names import (
    bracketed_surnames,
    featured,
    is_person_name,
    is_role_word,
    names_at,
    person_name,
    without_roles,
)
from assistant.ingest.name_forms import addresses, initials, initialled_name, initials_of, resolve, written_in_lower_case
from assistant.ingest.titles import interviewees_in_title


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Interview with Thierry Arbogast", ["Thierry Arbogast"]),
        ("Q&A With Filmmaker Michael Wilcox", ["Michael Wilcox"]),
        ("Disposable Film - Q&A With Filmmaker Drew Christie", ["Drew Christie"]),
        ("A CONVERSATION WITH MÉLANIE LAURENT", ["Mélanie Laurent"]),
        ("Q&A with Maria Ruiz (Elena)", ["Maria Ruiz"]),
        ("Jess Gonchor in conversation", ["Jess Gonchor"]),
        ("An interview with Marta Pajek, director of III", ["Marta Pajek"]),
        ("In conversation with Gus Van Sant", ["Gus Van Sant"]),
        ("Entretien avec Lena Park", ["Lena Park"]),
        ("L'interview d'Ifigeneia Kotsoni", ["Ifigeneia Kotsoni"]),
        ("Interviews", []),
        ("“The World Is, of Course, Insane”: An Interview with Errol Morris", ["Errol Morris"]),
        ("My first interview - and it's about Skipper Smith!", []),
        # A middle initial, and a one-word name in capitals beside a full one.
        ("Q&A with Writer/Director Ryan Coogler, Michael B. Jordan, and Melonie Diaz", ["Ryan Coogler", "Michael B. Jordan", "Melonie Diaz"]),
        ("Q&A with JR and Agnès Varda", ["JR", "Agnès Varda"]),
        ("Q&A with LA Film Festival", []),
        # Before "…: the interview" the names must be all there is.
        ("Doc U Recap: Directing for Documentary: The Interview", []),
        # A surname of one capital letter ends a name; "A" opening a sentence does not.
        ("An Interview with Pamela Z", ["Pamela Z"]),
        ("Interview with Lena Park A new film about buses", ["Lena Park"]),
        # An outlet's name before the interview.
        ("Reading Group Choices Q&A with Anne Nesbet", ["Anne Nesbet"]),
        ("Production notes", []),
        # A name after a bare comma is in a list only when the list goes on or ends there.
        ("Meet Masha Novikova, La Cinef 2022 joint third prize winner", ["Masha Novikova"]),
        ("Q&A with Andrea Pallaoro, Trace Lysette", ["Andrea Pallaoro", "Trace Lysette"]),
        # Whose view a title closes on, a one-word name included.
        ("After Yang as seen by Kogonada", ["Kogonada"]),
        ("The shoot in the words of director Lena Park", ["Lena Park"]),
        ("As seen by the jury", []),
        # A topic before "with" a full name: the name is who is interviewed.
        ("Q&A: Coming of Age with Sky Ferreira", ["Sky Ferreira"]),
        ("5 Questions With Television Editor Erica Freed Marker", ["Erica Freed Marker"]),
        # Initials whose last dot is left out; role words after a name; a film's title after a bare "Interview".
        ("Interview with P.J Pettiette Director,Writer, Claudine Viguerie, Producer & Courtney Rawls Actress, Producer.",
         ["P.J Pettiette", "Claudine Viguerie", "Courtney Rawls"]),
        ("Screamfest 2011 - Interview Julia X 3-D Feature Film", []),
        ("Interview Lena Park", ["Lena Park"]),
        # A spotlight on a full name; a spotlight falls on topics too.
        ("Spotlight on Stephen Barlow", ["Stephen Barlow"]),
        ("In the spotlight: Lena Park", ["Lena Park"]),
        ("Spotlight on Sustainability", []),
        # A determiner stands where a name would: no one.
        ("Film Festival Series Part 3 – Your Q&A", []),
        # A word asking is no name.
        ("Q&A Fail? (what I should have said at the Q&A)", []),
        # The one in the possessive is interviewed; the one after "with" hosts.
        ("Video: Lena Park's Uncomfortable Interview With Tom Lee", ["Lena Park"]),
    ],
)
def test_who_a_title_says_is_interviewed(title, expected):
    assert interviewees_in_title(title, "Mélanie Laurent") == expected


def test_the_owner_of_an_interview_a_headline_s_verb_runs_into_is_the_name_the_body_gives():
    # "Watch Lou Reed's Final Interview: …": "Watch" is the headline's, the body says "Lou Reed".
    assert interviewees_in_title("Watch Lena Park's Final Interview: Buses Forever", "Director Lena Park retired in May.") == ["Lena Park"]


@pytest.mark.parametrize(
    "intro, expected, asker",
    [
        ("DFF caught up with Drew Christie and asked him some questions", ["Drew Christie"], None),
        ("I interviewed Felix Gebhard and Chris Breuer and got all the details.", ["Felix Gebhard", "Chris Breuer"], None),
        ("Production Designer Jess Gonchor talks to Christopher Redmond about his craft", ["Jess Gonchor"], "Christopher Redmond"),
        ("Our critic spoke with Ana Diaz, Tom Lee & Sam Ode about the shoot", ["Ana Diaz", "Tom Lee", "Sam Ode"], None),
        ("I got interviewed about our upcoming movie.", [], None),
        ("The film draws on sixteen hours of interviews with Steve Bannon.", [], None),
        ("Jane Doe interviews Tom Lee for the festival.", ["Tom Lee"], "Jane Doe"),
        ("We sat down with Tom Lee at the festival.", ["Tom Lee"], None),
        # A pronoun opening a sentence is no one's name; "Interview Transcript" names no one.
        ("He stands like this. He talks like this.", [], None),
        ("Steven Yeun on Oscar history [Complete Interview Transcript]", [], None),
        # The one spoken with works for an outlet: the one asking, not the one interviewed.
        ("Yeun recently spoke with Gold Derby senior editor Daniel Montgomery about the role.", [], None),
        # A show's name before a role that makes it: the one named after the role is interviewed.
        ("This week we'll have a long interview with Night Bus executive producer Lena Park all about it.", ["Lena Park"], None),
        # A work in quotes and a role run into the name before "talks": the name alone.
        ("‘Run’ Creator Vicky Jones Talks About ‘The Best New Show Of 2020’", ["Vicky Jones"], None),
        # An outlet's initials in the possessive before the name: its journalist asks.
        ("The filmmakers sat down with THR's Brande Victorian for a discussion.", [], None),
        # In the past tense, with an age between: the one who talked is interviewed.
        ("During an interview with me last month, Haigh, 42, talked about the film.", ["Haigh"], None),
        # A name after "of" is the work's: "The director of Night Bus talks about…".
        ("The director of Night Bus talks about the shoot.", [], None),
        # "Talk to" and "spoke on the phone with" introduce too; a pronoun after them is no one.
        ("We got the chance to talk to Lena Park, the production designer, about the film.", ["Lena Park"], None),
        ("Last night we spoke on the phone with Tom Lee, during a short interview.", ["Tom Lee"], None),
        ("The leading characters in Talk To Her are two men.", [], None),
        # A show's name in the possessive before the name is the show's.
        ("The Americans' Lena Park Talks About Her Revenge Fantasies", ["Lena Park"], None),
        # A headline in title case runs the name into its capitalized prepositions.
        ("Tom Lee Interviewed Lena Park For Us", ["Lena Park"], None),
        # One capitalised word after an article describes ("the Seoulite"); a capitalised
        # preposition opening the sentence is no part of the name after it.
        ("Recently the Seoulite told us about the film.", [], None),
        # The one spoken with for an outlet is its journalist, not the one interviewed.
        ("Artist Lena Park had a candid conversation with Tom Lee for The NY Times Magazine recently.", [], None),
        # The one named as the subject of "talked to" talked: the outlet after it asked.
        ("Now founder and president Lena Park has talked to West Side Rag about the new theater.", [], None),
        ("Below Park tells us about the experience.", ["Park"], None),
        # "Everybody talks about…": an indefinite pronoun is no one's name.
        ("Everybody talks about the suspense, but nobody talks about the score.", [], None),
    ],
)
def test_who_an_intro_says_is_interviewed_and_who_asks(intro, expected, asker):
    assert interviewees_in_intro(intro) == expected
    assert interviewer_in_intro(intro) == asker


def test_labels_resolve_to_one_known_full_name_by_surname_first_name_or_initials():
    known = ["Kenny Malone", "Jeff Guo", "Maria Ruiz", "Felix Gebhard", "Felix Mann"]
    assert [resolve(label, known) for label in ["MALONE", "Guo", "MR", "Maria Ruiz", "Felix", "Anne", "JG"]] == [
        "Kenny Malone", "Jeff Guo", "Maria Ruiz", "Maria Ruiz", None, None, "Jeff Guo",
    ]
    assert initials("Maria Ruiz") == "MR"
    # Spaced initials are initials; in lower case they are words.
    assert [resolve(label, known) for label in ["M R", "J G", "m r"]] == ["Maria Ruiz", "Jeff Guo", None]
    assert [initials_of(label) for label in ["RJ", "R J", "A B C", "RJD X", "Ruiz", "R"]] == ["RJ", "RJ", "ABC", None, None, None]
    # A first name's initial, when no other first name shares it ("Z:" beside two directors).
    pair = ["Zsuzsanna Kreif", "Borbala Zétényi"]
    assert [resolve(label, pair) for label in ["Z", "B", "K"]] == ["Zsuzsanna Kreif", "Borbala Zétényi", None]
    assert resolve("B", [*pair, "Bo Mirosseni"]) is None


def test_a_name_written_in_lower_case_is_read_whole_from_the_word_that_follows_it_twice():
    body = "Podcast guest danah boyd. I sit down with danah boyd. As much as danah and I did. Hello, danah."
    assert written_in_lower_case("danah", body) == "danah boyd"
    assert written_in_lower_case("danah", "Hello, danah. I sit down with danah boyd.") is None
    assert written_in_lower_case("danah", "danah and I; danah and me.") is None


def test_initials_stand_for_the_one_full_name_in_the_text_that_has_them():
    body = "FILMMAKER Q&A – Jaron Herren – Director, Writer, Editor GS: What inspired you? JH: A tragedy."
    assert initialled_name("JH", body) == "Jaron Herren"
    assert initialled_name("GS", body) is None and initialled_name("jh", body) is None
    assert initialled_name("JH", body + " John Hurt starred.") is None


def test_a_host_s_opening_turn_presents_the_guest():
    assert interviewees_in_intro("Welcome to the show. Today my guest is the director Lena Park. Her film stars Tom Lee.") == ["Lena Park"]
    assert interviewees_in_intro("I'm joined by Tom Lee and Ana Diaz.") == ["Tom Lee", "Ana Diaz"]
    assert interviewees_in_intro("My guest is here.") == [] and interviewees_in_intro("I met Lena Park.") == []


def test_names_in_capitals_are_spelled_as_the_text_spells_them():
    body = "I met Mélanie Laurent. AI-generated voices sing."
    assert person_name("MÉLANIE LAURENT", body) == "Mélanie Laurent"
    assert person_name("AI-GENERATED VOICE #6", body) == "AI-generated Voice #6"
    assert person_name("JEAN-PIERRE LÉAUD", body) == "Jean-Pierre Léaud"


def test_a_name_alone_needs_to_be_known_or_named_again():
    body = "MARIA RUIZ\n\nI met Maria Ruiz in Lyon. We rode the Night Bus, a night bus."
    assert name_alone("MARIA RUIZ", body, []) == ["Maria Ruiz"]
    assert name_alone("Night Bus", body, []) == []
    assert name_alone("Production Notes", "", ["Production Notes"]) == []
    assert name_alone("Tom Lee (Marco)", "", ["Tom Lee"]) == ["Tom Lee"]


def test_full_names_from_brackets_and_featuring_lines():
    assert bracketed_surnames("my chat with Felix (Gebhard) and Chris (Breuer).") == ["Felix Gebhard", "Chris Breuer"]
    # A nickname in brackets between a first name and a surname is no surname.
    assert bracketed_surnames("I spoke with Malgorzata (Losia) Lagisz, Research Fellow at UNSW.") == []
    assert names_at("Malgorzata (Losia) Lagisz, Research Fellow at UNSW") == ["Malgorzata Lagisz"]
    assert featured("Featuring: Maria Ruiz, Tom Lee and Ana Diaz\nWith thanks to all") == ["Maria Ruiz", "Tom Lee", "Ana Diaz"]
    # After "with" a line is names only: "With SubImage, he queried…" opens a sentence.
    assert featured("With Maria Ruiz and Tom Lee") == ["Maria Ruiz", "Tom Lee"]
    assert featured("With SubImage, he queried across 600 packages.") == []


def test_a_capitalised_preposition_opening_a_sentence_is_no_first_name():
    assert names_at("With SubImage, that picture came into focus.") == ["SubImage"]
    assert names_at("For Bauman, the value is cumulative.") == ["Bauman"]
    # …and so is a question's auxiliary.
    assert names_at("Does Millard-Ball want a self-driving car?") == ["Millard-Ball"]
    # A middle initial in lower case is part of the name; "e.g." is none.
    from assistant.ingest.names import NAME

    assert [m.group() for m in NAME.finditer("Q&A with John e. Kilberg")] == ["John e. Kilberg"]
    assert [m.group() for m in NAME.finditer("Tom Lee e.g. Ana Diaz")] == ["Tom Lee", "Ana Diaz"]


def test_a_prompt_addresses_someone_by_name_set_off_by_a_comma():
    assert addresses("Emma, what was your inspiration?", "Emma Seligman")
    assert addresses("And what about you, Seligman?", "Emma Seligman")
    assert not addresses("What did Emma Seligman tell you?", "Emma Seligman")
    assert not addresses("Emma, what was your inspiration?", "Rachel Sennott")


def test_a_headline_about_someone_names_them_when_the_body_does_again():
    body = "Lena Park on “Night Buses”\n\nLena Park’s second feature follows a driver. We spoke with her."
    assert headline_name("Lena Park on “Night Buses”", body) == ["Lena Park"]
    assert headline_name("Lena Park on “Night Buses”", "Lena Park on “Night Buses”") == []
    film = "Night Buses on Tour\n\nWe took “Night Buses” to ten cities. Night Buses sold out."
    assert headline_name("Night Buses on Tour", film) == []
    assert headline_name("Notes on a scandal", "Notes on a scandal. Notes.") == []
    # The film in brackets after the name: "Steven Yeun (‘Minari’) on…".
    gold = "Steven Yeun (‘Minari’) on making history\n\nSteven Yeun stars as Jacob."
    assert headline_name("Steven Yeun (‘Minari’) on making history", gold) == ["Steven Yeun"]
    # The work in quotes and the role before the name: "‘Run’ Creator Vicky Jones Talks About…".
    run = "‘Run’ Creator Vicky Jones Talks About ‘The Best New Show’\n\nRun is the brainchild of Vicky Jones. Jones wrote it."
    assert headline_name("‘Run’ Creator Vicky Jones Talks About ‘The Best New Show’", run) == ["Vicky Jones"]
    # "… Talks …" says the same, after a quotation and a colon too.
    talks = "“I Hope We Nailed It”: Lena Park Talks Night Buses"
    assert headline_name(talks, talks + "\n\nLena Park logs onto our call. Park smiles.") == ["Lena Park"]
    assert headline_name("Night Buses Talks Back", "Night Buses Talks Back. Night Buses is a film.") == []
    # Named in full once, then by surname alone, as a person is.
    assert headline_name(talks, "Lena Park set out to film buses. Below Park tells us more.") == ["Lena Park"]
    assert headline_name(talks, "Lena Park set out to film buses.") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Director Lena Park at the Cannes Film Festival", ["Lena Park"]),
        ("The director Lena Park on night buses", ["Lena Park"]),
        ("Filmmaker Lena Park: the interview", ["Lena Park"]),
        ("La réalisatrice Asmae El Moudir au Festival de Cannes", ["Asmae El Moudir"]),
        # No role word: a film's title reads the same as a name.
        ("Night Bus press notes", []),
        ("Lena Park at the Cannes Film Festival", []),
        # A headline in title case runs the name into its other words.
        ("Director Lena Park Talks About Night Buses", []),
        ("Our review of director Lena Park's film", []),
        ("The Concert", []),
    ],
)
def test_the_person_a_title_opens_with_after_a_role_word(title, expected):
    assert title_subject(title) == expected


def test_a_nickname_in_quotes_inside_a_name_is_left_out():
    assert interviewees_in_title("Q&A with Amir “Questlove” Thompson") == ["Amir Thompson"]
    assert interviewees_in_title('Q&A with Dwayne "The Rock" Johnson and Lena Park') == ["Dwayne Johnson", "Lena Park"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("How Good One director India Donaldson crafted the film’s devastating twist", ["India Donaldson"]),
        ("Why composer Tom Lee: on scoring night buses", ["Tom Lee"]),
        # No role word, or two people named by role: no one subject.
        ("How Lena Park crafted the twist", []),
        ("Director Lena Park and composer Tom Lee on night buses", []),
        # A role word closing on a comma is said of the name before it, not of the film after it.
        ("Lena Park, Director, Night Bus", []),
    ],
)
def test_the_one_person_a_headline_names_after_a_role_word_anywhere(title, expected):
    assert role_and_name(title) == expected


def test_a_heading_giving_a_name_and_a_role_then_a_film_or_a_place_after_a_comma_names_the_person():
    assert name_with_role("Lena Park, Director, Night Bus") == ["Lena Park"]
    assert name_with_role("Lena Park, Director") == ["Lena Park"]
    assert name_with_role("Night Bus, Seoul, Korea") == []


def test_a_headline_name_then_interview_names_a_person_the_body_calls_by_surname():
    body = "We met Park in Seoul, where Night Bus was shot. Night Bus opens in May."
    assert interview_headline("Lena Park interview", body) == ["Lena Park"]
    assert interview_headline("Lena Park: the interview", body) == ["Lena Park"]
    assert interview_headline("Lena Park – an exclusive interview", body) == ["Lena Park"]
    assert interview_headline("Lena Park: The Complete Interview", body) == ["Lena Park"]
    assert interview_headline("Lena Park – the long lost interview", body) == ["Lena Park"]
    # The headline's article is no part of the name.
    assert interview_headline("The Lena Park Interview - December 1984", body) == ["Lena Park"]
    # Turns labelled with the first name say it is a person's too.
    assert interview_headline("Lena Park interview sur Night Bus", "Journaliste: Pourquoi ?\nLena: Parce que.") == ["Lena Park"]
    # A film is called by its whole title, never by its last word.
    assert interview_headline("Night Bus interview", body) == []
    assert interview_headline("Lena Park interview", "Lena Park interview. Lena Park was born in Seoul.") == []


def test_people_introduced_with_the_initials_their_turns_carry():
    line = "Tulpan - Director Sergey Dvortsevoy (SD), Cast Askhat Kuchinchirekov (AK) and Samal Yeslyamova (SY)"
    assert declared_initials(line) == ["Sergey Dvortsevoy", "Askhat Kuchinchirekov", "Samal Yeslyamova"]
    # Brackets that are not the name's initials: a country, a film, a direction.
    assert declared_initials("Lena Park (USA), Tom Lee (NB), Ana Diaz (LAUGHS)") == []


def test_role_words_joined_by_a_slash_come_before_a_name():
    assert interviewees_in_title("Interview with Animator/Filmmaker Susan Shulman (PURRS AND ‘OL MAN BLUES)") == ["Susan Shulman"]
    assert interviewees_in_title("Q&A with Writer/Director Lena Park") == ["Lena Park"]
    # A role then a colon is no name's: "Meet the Filmmakers: Directors Who Dig Deep…" names no one.
    assert interviewees_in_title("Meet the Filmmakers: Directors Who Dig Deep Into Real-Life Dramas") == []


def test_only_names_count_as_a_person():
    assert is_person_name("John Doe") and is_person_name("Anne-Marie Lévy")
    assert not is_person_name("March 3") and not is_person_name("the editors") and not is_person_name("")
    # An institution or a part of a series is no one.
    assert not is_person_name("Sundance Film Festival") and not is_person_name("Film Festival Series Part")
    assert is_role_word("Co-Founder") and is_role_word("Co-Director/Producer") and not is_role_word("Co-Op")


def test_a_speaker_labelled_by_one_name_is_the_full_name_they_introduce_themself_with():
    assert introduced_as("FAY", "My name is Fay Roberts, and I play Alice.") == "Fay Roberts"
    assert introduced_as("Sue", "Sue Sims, I play Gertrude Robinson.") == "Sue Sims"
    assert introduced_as("EVELYN", "Hello everyone. My name is Evelyn Hewitt, and I am the voice") == "Evelyn Hewitt"
    assert introduced_as("GUO", "And I'm Jeff Guo.") == "Jeff Guo"
    assert introduced_as("MALONE", "And I'm Jeff Guo.") is None
    assert introduced_as("ANNA", "I met Anna Karina in Paris, my name is on the poster.") is None


def test_the_parts_a_speaker_says_they_play():
    assert parts_played('My name is Fay Roberts, and I play Alice "Daisy" Tonner.') == ["Alice Tonner", "Alice", "Daisy"]
    assert parts_played("I'm Ian Hayles, and I get to play the wonderful Trevor Herbert in the show.") == ["Trevor Herbert", "Trevor"]
    assert parts_played("This is Frank Voss, and I voice Basira Hussain.") == ["Basira Hussain", "Basira"]
    assert parts_played("I will play scary games on Twitch, and I play tennis.") == []


def test_a_name_alone_after_role_words():
    body = "Filmmaker Arie Forma (THE SHEPHERD)\n\nDirected by Arie Forma"
    assert name_alone("Filmmaker Arie Forma (THE SHEPHERD)", body, []) == ["Arie Forma"]
    assert name_alone("Director Tom Lee", body, []) == []


def test_a_heading_giving_a_name_and_after_a_dash_a_role_or_a_part():

    assert name_alone("LENA PARK – DIRECTOR", "", []) == ["Lena Park"]
    assert bracketed_parts("LENA PARK – DIRECTOR", "") == [("Lena Park", "Director")]
    assert bracketed_parts("Tom Lee - MARCO", "") == [("Tom Lee", "Marco")]
    assert bracketed_parts("Nothing Compares – Q&A with Kathryn Ferguson", "") == []
    assert bracketed_parts("Night Bus – Lena Park", "") == []
    assert name_alone("Night Bus – Lena Park", "", []) == []
    assert name_alone("Night Bus – Lena Park", "Night Bus is a film. Night Bus won.", []) == []
    assert bracketed_parts("LENA PARK, DIRECTOR", "") == [("Lena Park", "Director")]
    assert bracketed_parts("Tom Lee, Ana Diaz", "") == []
    assert interviewees_in_title("Ana Diaz in her own words") == ["Ana Diaz"]


def test_credit_lines_give_every_role_they_name():
    from assistant.ingest.credits import credits_of

    assert credits_of("Written and directed by Lena Park") == [("writer", ["Lena Park"]), ("director", ["Lena Park"])]
    assert credits_of("A FILM BY LENA PARK") == [("director", ["Lena Park"])]
    assert credits_of("Un film de Lena Park") == [("director", ["Lena Park"])]
    assert credits_of("A film about buses by night") == []
    # A credit block's fields: the roles before the colon, only names after it.
    assert credits_of("Director/Writer: Teddy Newton") == [("director", ["Teddy Newton"]), ("writer", ["Teddy Newton"])]
    assert credits_of("Producers: Ana Diaz, Tom Lee") == [("producer", ["Ana Diaz", "Tom Lee"])]
    assert credits_of("Director of Photography: Jane Doe") == [("cinematographer", ["Jane Doe"])]
    assert credits_of("DIRECTOR: I grew up on buses.") == []
    assert credits_of("Location: Seoul") == []
    assert interviewees_in_title("Interview with the director") == []


def test_a_headline_names_a_person_before_its_dash_when_the_body_uses_their_surname():
    body = "Andrew Haigh – 45 Years\n\nDirector Andrew Haigh adapts a story. Haigh, 42, talked about it."
    assert headline_person("Andrew Haigh – 45 Years", body) == ["Andrew Haigh"]
    film = "Night Bus – Lena Park\n\nNight Bus follows a driver. We saw Night Bus twice."
    assert headline_person("Night Bus – Lena Park", film) == []
    assert headline_person("Andrew Haigh", body) == []


def test_an_outlet_before_an_interview_heading_is_told_from_a_role_or_an_article():
    from assistant.ingest.titles import outlet_of

    assert outlet_of("Reading Group Choices Q&A with Anne Nesbet") == "Reading Group Choices"
    assert [outlet_of(t) for t in ("Filmmaker Q&A with Robert Green", "The Big Interview with Lena Park", "Q&A with Lena Park")] == [None, None, None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For Park, the driver's stillness was the key.", ["Park"]),
        ("After Lena Park and Tom Lee met, they wrote it.", ["Lena Park", "Tom Lee"]),
        ("In Seoul the shoot went on.", ["Seoul"]),
        # Only a capitalised opener is taken for a first name; a lower-case one starts no name.
        ("in French, Spanish and German", []),
        ("Forrest Gump was on.", ["Forrest Gump"]),
        # A capitalised adverb opening the sentence is no first name either.
        ("Recently Yoko Ono discussed the breakup.", ["Yoko Ono"]),
        # A work's or company's name before lower-case role words is not the one named after them.
        ("Night Bus executive producer Lena Park all about it", ["Lena Park"]),
        ("Lena Park and Tom Lee", ["Lena Park", "Tom Lee"]),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_first_name(text, expected):
    assert names_at(text) == expected


def test_a_title_before_a_name_is_not_its_first_name():
    assert names_at("Dr. Daniel C. Jones, longtime music professor") == ["Daniel C. Jones"]
    assert interviewees_in_title("An Interview with Dr. Daniel C. Jones") == ["Daniel C. Jones"]
    assert names_at("Prof. Ann Lee and Mr. Bo Park talked") == ["Ann Lee", "Bo Park"]
    # Without its full stop "Dr" is a word like any other; a title alone names no one.
    assert names_at("Dr. and then some") == []


def test_a_key_to_a_transcript_s_labels_says_who_each_initial_is():
    assert label_legend("[I] – Interviewer \t[C] - Client") == {"I": "Interviewer", "C": "Client"}
    assert label_legend("I = Interviewer; R = Respondent") == {"I": "Interviewer", "R": "Respondent"}
    assert label_legend("[P] – Lena Park") == {"P": "Lena Park"}
    # A turn is no key: one entry without brackets, or words after the name.
    assert label_legend("C - The General Manager.") == {}
    assert label_legend("C – Well, we have a written list.") == {}
    # A key giving full names and descriptions after "=", a label or two for each.
    key = "Dr = Dr. Carmen Gillespie A = Agnes Meeker, local historian C = Christine Cha, Fellow Amber / Am = Amber Quinlan, student"
    assert label_legend(key) == {"Dr": "Carmen Gillespie", "A": "Agnes Meeker", "C": "Christine Cha", "Amber": "Amber Quinlan", "Am": "Amber Quinlan"}
    assert label_legend("x = 3 and y = 4") == {} and label_legend("A = B") == {}


def test_a_month_before_a_number_dates_a_line_and_is_in_no_name():
    assert names_at("Agnes Meeker November 2017") == ["Agnes Meeker"]
    assert names_at("April Ryan") == ["April Ryan"] and names_at("Ana May Diaz") == ["Ana May Diaz"]


def test_an_interview_between_the_writer_and_someone_names_both():
    intro = "Interview between me (Balenzi Phillip) and a Parking space owner (Michael Muhangi);"
    assert interviewees_in_intro(intro) == ["Michael Muhangi"] and interviewer_in_intro(intro) == "Balenzi Phillip"
    # The writer's side may come second and be unnamed.
    assert interviewees_in_intro("A conversation between Lena Park and me about buses.") == ["Lena Park"]
    assert interviewer_in_intro("A conversation between Lena Park and me about buses.") is None
    # Neither side the writer: two people talked, no one is said to be interviewed.
    assert interviewees_in_intro("The interview between Tom Lee and Ana Diaz was long.") == []


def test_a_line_declaring_who_takes_part_is_no_turn():
    assert declaration("Interviewee: Jack Wang (26, postgraduate student in Brisbane)") == ("interviewee", "Jack Wang")
    assert declaration("Participant: Sarah Chen, 24, undergraduate student") == ("participant", "Sarah Chen")
    assert declaration("Interviewer: Yaxin Liu") == ("interviewer", "Yaxin Liu")
    # A turn: a question, a sentence, or a first name alone.
    assert declaration("Interviewer: How Do You Plan Trips?") is None
    assert declaration("Interviewer: So, how do you usually plan?") is None
    assert declaration("Interviewee: Jack") is None


def test_a_document_word_after_interview_is_no_name():
    assert interviewees_in_title("Interview Script (Austin - Master Student at UQ)") == ["Austin"]
    assert interviewees_in_title("Interview Transcript – Prototype Study") == []
    assert interviewees_in_title("Interview with Lena Park") == ["Lena Park"]


def test_a_headline_quoting_a_person_names_them_when_the_body_holds_their_words():
    body = "Intro.\n\nI grew up there. Night buses are the last  honest places\nin a city."
    assert quoted_headline('Lena Park: "Night buses are the last honest places"', body) == ["Lena Park"]
    assert quoted_headline("Lena Park – “Night buses are the last honest places”", body) == ["Lena Park"]
    # Words the body does not hold, or no name before them, name no one.
    assert quoted_headline('Lena Park: "Trams are the last honest places"', body) == []
    assert quoted_headline('Our review: "Night buses are the last honest places"', body) == []
    assert quoted_headline("Lena Park: Night buses are the last honest places", body) == []


def test_a_possessive_before_a_title_is_no_name():
    from assistant.ingest.names import is_full_name

    assert not is_full_name("John Carpenter’s The Thing") and not is_person_name("Lena Park's Film")
    assert is_full_name("Conan O’Brien") and is_person_name("Lena Park")


def test_a_first_name_in_full_as_the_body_gives_it_capitals_inside_the_surname_too():
    from assistant.ingest.name_forms import first_name_in_full

    body = "DIRECTED BY Ross McGowan. PRODUCED by Chris O'Brien and Ross McGowan. I'm Ross. LENA PARK."
    assert [first_name_in_full(name, body) for name in ("Ross", "Chris", "Lena")] == ["Ross McGowan", "Chris O'Brien", None]


def test_a_city_named_after_an_article_or_before_a_venue_word_gives_no_full_name():
    # "“The Tacoma aroma”, locals call it" then "Tacoma, in its bilious way, was perfect.": no
    # "The Tacoma" stands for the city, nor does its "Tacoma Dome".
    from assistant.ingest.name_forms import surname_in_full

    body = "“The Tacoma aroma”, locals call it. The show at the Tacoma Dome went on. Tacoma was perfect. We met Lena Park. Park smiled."
    assert [surname_in_full(name, body) for name in ("Tacoma", "Park")] == [None, "Lena Park"]
    assert not is_person_name("Tacoma Dome") and is_person_name("Lena Park")


def test_a_musician_named_by_the_instrument_they_play_is_named_without_it():
    assert [without_roles(text) for text in ("Drummer Max Weinberg", "Guitarist Lena Park", "pianist Tom Lee")] == [
        "Max Weinberg", "Lena Park", "Tom Lee",
    ]


def test_a_role_joined_to_the_surname_by_a_dash_is_cut_from_the_name():
    assert [without_roles(text) for text in ("Linda Carter-Producer", "Sam Lee–Director", "Mary Smith-Jones", "Jean-Pierre Jeunet")] == [
        "Linda Carter", "Sam Lee", "Mary Smith-Jones", "Jean-Pierre Jeunet",
    ]


def test_a_first_name_before_a_bracketed_surname_is_a_full_name_but_a_full_name_before_a_film_is_not():
    assert bracketed_surnames("I interviewed Felix (Gebhard) and Chris (Breuer).") == ["Felix Gebhard", "Chris Breuer"]
    assert bracketed_surnames("Sundance winner Tamara Podemski (Coroner) and Phoebe Waller-Bridge (Fleabag) star.") == []


def test_a_headline_in_title_case_names_only_the_name_the_body_gives():
    body = "Lena Park has become one of our finest actresses. We talked to Park about both shows."
    assert interviewees_in_title("Interview: Lena Park Deconstructs 'Night Bus' & 'Day Bus'", body) == ["Lena Park"]
    assert interviewees_in_title("Interview: Tom Lee On The Future Of Night Bus") == ["Tom Lee"]
    # A name of three words the body gives whole again stays whole.
    repeated = "Gael García Bernal was born in Guadalajara. Gael García Bernal, now 45, and García Bernal's mother."
    assert interviewees_in_title("Interview with Gael García Bernal", repeated) == ["Gael García Bernal"]


def test_a_name_alone_after_a_colon_closing_on_interview_is_the_one_the_body_calls_a_person():
    assert interviewees_in_title("2007 Exit Interview: Lena Park", "Next up is Lena Park, actor and comedian.") == ["Lena Park"]
    assert interviewees_in_title("Exit Interview: Lena Park", "Park grew up on night buses.") == ["Lena Park"]
    # A film's title there is no one ("Bus" never stands alone, no role follows it).
    assert interviewees_in_title("Filmmaker Interview: Night Bus", "Night Bus is a film. Night Bus, the best.") == []
    # A month alone is a date: a blog's "Q & A January" names no one; "April Wolfe" is someone.
    assert interviewees_in_title("Q & A January") == [] and interviewees_in_title("Q&A with April Wolfe") == ["April Wolfe"]
    # A group the title calls one: a band's name has a film's shape, so the title says so.
    assert interviewees_in_title("The Gothamist Band Interview: Night Bus", "Night Bus play Monday. Night Bus rock.") == ["Night Bus"]


def test_words_opening_with_a_capitalized_preposition_after_a_name_and_role_are_no_second_name():
    title = "An Interview With Lena Park, Creator Of The Greatest Disasterpiece: 'Night Bus'"
    assert interviewees_in_title(title) == ["Lena Park"]
    # Words run on after the name: the commas after them list the headline's topics, not names.
    assert interviewees_in_intro("A Lengthy Conversation With Lena Park On Buses, The Media, Trams & Tom Lee") == ["Lena Park"]
    # Whom the name belongs to, in the possessive before it, is not part of it.
    assert interviewees_in_title("Interview: The Night Buses' Lena Park Talks Tram Anxiety & Darker New Album", "Park sings. Lena Park plays.") == ["Lena Park"]
