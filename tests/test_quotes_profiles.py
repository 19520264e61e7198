"""A newspaper profile's quotations: speech verbs beyond "says", a gesture before the words, a
subject shared across "but", a pronoun leading into a colon, a manager named after the star he
manages, a descriptor before a name, a Q&A's interviewer named only by initials."""

from conftest import parsed

from assistant.ingest.documents import parse_document

PROFILE = """# Born to Rock

“It's a hard job,” deadpans Tom Lee, on the phone from his club. “I have to work overtime.”

Lee laughs. “When Lena first did it, I was so embarrassed. I'm a shy guy.”

Last summer the band played arenas. Lee enjoyed it, but says, “I miss the small rooms.”

He's not a closet jazz cat: “I'm not into free form.”

“She plays the best shows of her life,” says longtime Lena Park manager Jon Landau, “and people come.”

Super-fan Dan Ruiz kept the tapes. “I can't believe it,” Ruiz gushes into the phone.
"""


def test_a_profile_s_quotations_are_their_speakers_words():
    speakers = [(speaker, quote) for _, speaker, _, quote in parsed(PROFILE)]
    assert speakers == [
        # A verb of speech beyond "says" ("deadpans", "gushes") attributes.
        ("Tom Lee", "“It's a hard job,” deadpans Tom Lee, on the phone from his club. “I have to work overtime.”"),
        # "Lee laughs." before the words: the gesture is no one's, the words his.
        (None, "Lee laughs."),
        ("Tom Lee", "“When Lena first did it, I was so embarrassed. I'm a shy guy.”"),
        (None, "Last summer the band played arenas."),
        # "…, but says, “…": the sentence's subject speaks; "He's … : “…": "he" before its
        # contraction is the one quoted last.
        ("Tom Lee", "Lee enjoyed it, but says, “I miss the small rooms.” He's not a closet jazz cat: “I'm not into free form.”"),
        # The star's name before "manager" is not the one speaking.
        ("Jon Landau", "“She plays the best shows of her life,” says longtime Lena Park manager Jon Landau, “and people come.”"),
        (None, "Super-fan Dan Ruiz kept the tapes."),
        # "Super-fan" describes him: "Ruiz" is "Dan Ruiz".
        ("Dan Ruiz", "“I can't believe it,” Ruiz gushes into the phone."),
    ]


def test_words_after_narration_naming_only_the_one_quoted_last_are_theirs():
    # "The disco boom dismayed Lee." then a quotation no verb signs: more of Lee's words; after
    # narration naming someone else, or no one quoted before, they stay no one's.
    text = (
        "# Born to Rock\n\n“I play every night,” says Tom Lee.\n\nThe disco boom dismayed Lee. “Where's the feeling from the soul?”\n\n"
        "The band hired Ana Ruiz. “It was a good year.”\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)] == [
        ("Tom Lee", "“I play every night,” says Tom Lee."),
        (None, "The disco boom dismayed Lee."),
        ("Tom Lee", "“Where's the feeling from the soul?”"),
        (None, "The band hired Ana Ruiz. “It was a good year.”"),
    ]


def test_she_said_after_narration_naming_someone_in_apposition_and_she_did_say():
    # No one quoted yet: "she" is the one the narration describes by a role after a preposition
    # ("…acute for Lena Park, an artist who…"); "but she did say" attributes like "she said".
    text = (
        "# Living in the moment\n\nThe pain has been acute for Lena Park, an artist who has spent decades onstage.\n\n"
        "“I have never felt as vital,” she said on a call.\n\nThe tour drew attention to ticket scalping.\n\n"
        "Park declines to discuss the law, but she did say, “I am against it.”\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)] == [
        (None, "The pain has been acute for Lena Park, an artist who has spent decades onstage."),
        ("Lena Park", "“I have never felt as vital,” she said on a call."),
        (None, "The tour drew attention to ticket scalping."),
        ("Lena Park", "Park declines to discuss the law, but she did say, “I am against it.”"),
    ]


def test_an_interviewer_named_by_initials_is_the_author_not_words_opening_a_sentence(tmp_path):
    # "AG:" is the byline's Andy Greene; "And God, those mixes…" has the same initials but opens on
    # a conjunction, as no name does.
    page = tmp_path / "zimny.md"
    page.write_text(
        '---\ntitle: "Interview With Thom Zimny"\nauthor: "Andy Greene"\n---\n\n'
        "**AG:** How long ago did you start work on this?\n\n**TZ:** The day after the last set came out.\n\n"
        "**AG:** How were the mixes?\n\n**TZ:** And God, those mixes are amazing with headphones.\n",
        encoding="utf-8",
    )
    passages, _, report = parse_document(page)
    assert report.interviewers == ("Andy Greene",) and report.interviewees == ["Thom Zimny"]
    assert [(p.speaker, p.question) for p in passages] == [
        ("Thom Zimny", "How long ago did you start work on this?"),
        ("Thom Zimny", "How were the mixes?"),
    ]


def test_a_feature_headlined_after_a_colon_and_calling_its_subject_mr_surname():
    # "The Boss on Broadway: Lena Park on Her First Job": the body says only "Mr. Park"/"Ms. Park",
    # twice or more, and the export cut a paragraph after "Ms."; the Q&A after it is hers, not the
    # manager's quoted before it.
    text = (
        '---\ntitle: "The Boss on Broadway: Lena Park on Her First Job"\n---\n\n'
        "It started at the White House. In January, Ms. Park played an acoustic concert there for the staff.\n\n"
        "“There was a lot of storytelling, as in our early days,” Ms.\n\nPark said at her studio. “It worked in a very intimate setting.”\n\n"
        "“It's a real piece of performance art,” said her manager, Jon Landau. “People will see that.”\n\n"
        "What follows is an edited version of the conversation.\n\n"
        "**Who directs the show?**\n\nI'm going to direct myself onstage.\n\n**Are you using video?**\n\nNo, it's a one-woman show.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)] == [
        (None, None, "It started at the White House. In January, Ms. Park played an acoustic concert there for the staff."),
        ("Lena Park", None, "“There was a lot of storytelling, as in our early days,” Ms. Park said at her studio. “It worked in a very intimate setting.”"),
        ("Jon Landau", None, "“It's a real piece of performance art,” said her manager, Jon Landau. “People will see that.”"),
        (None, None, "What follows is an edited version of the conversation."),
        ("Lena Park", "Who directs the show?", "I'm going to direct myself onstage."),
        ("Lena Park", "Are you using video?", "No, it's a one-woman show."),
    ]


def test_a_surname_opening_on_a_particle_is_the_full_name_given_once():
    # "Van Zandt said" is the "Steven Van Zandt" the profile names once in full.
    text = (
        "# The River\n\n“I don't think this existed six weeks ago,” Steven Van Zandt said.\n\n"
        "The band played on. “This year will make it 50 years,” Van Zandt claimed proudly.\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)] == [
        ("Steven Van Zandt", "“I don't think this existed six weeks ago,” Steven Van Zandt said."),
        (None, "The band played on."),
        ("Steven Van Zandt", "“This year will make it 50 years,” Van Zandt claimed proudly."),
    ]


def test_the_writer_s_question_about_him_keeps_him_the_one_written_about():
    # "…worth asking Mr. Lee." is about Lee ("Mr." names no one else); "has he been following the
    # show, in which Ana Ruiz plays…?" is about "he", not Ana Ruiz: "said the artist" after it is Lee.
    text = (
        "# Born to Strum\n\n“I play every night of the week,” says Tom Lee.\n\n"
        "There were more questions worth asking Mr. Lee. His associates were at the door.\n\n"
        "So, to the point: has he been following the show, in which Ana Ruiz plays a singer?\n\n"
        "“I missed the last two episodes of it,” said the artist known as the Boss.\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)][-1] == (
        "Tom Lee", "“I missed the last two episodes of it,” said the artist known as the Boss."
    )


def test_bold_topics_over_quotations_are_no_speakers_and_a_stray_fence_is_text():
    # An event report's highlights: "**You Gotta Have Faith:**", "**The Dark Side:**" and
    # "**First Night Jitters:** “…,” Park said." head quotations signed by a speech verb, beside
    # one naming her ("**Lena Park, Funeral Crasher:**"); the last part of the text sits in a fence
    # the export opened by mistake, and is read.
    text = (
        "# Highlights\n\nThe special was discussed in a chat between Lena Park and Tom Lee, who first met in 1975.\n\n"
        "**You Gotta Have Faith:** “All my work was informed by my years at school,” Park said.\n\n"
        "**Lena Park, Funeral Crasher:** “I attended a stranger's funeral a month ago,” Park said.\n\n"
        "**The Dark Side:** “The darkness is always more interesting than the light,” Park said.\n\n"
        "**First Night Jitters:** “You've got to be ready to look into the camera,” Park said.\n\n"
        "```'Well, who's going to laugh at my jokes if nobody is in the room with us?'\n\n"
        "**We Can't All Be the Boss:** Park asked Lee how he picks the music for his films.\n\n"
        "**The Old Records:** Lee keeps them in his office in New York.\n\n"
        "**You Gotta Hear Them:** Lee plays them on Sundays.\n\n"
        "**Music:** “It comes from my old collection of records,” Lee said.\n```\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)][1:] == [
        (
            "Lena Park",
            "You Gotta Have Faith: “All my work was informed by my years at school,” Park said. Lena Park, Funeral Crasher: “I "
            "attended a stranger's funeral a month ago,” Park said. The Dark Side: “The darkness is "
            "always more interesting than the light,” Park said. First Night Jitters: “You've got to be ready to look into the "
            "camera,” Park said. 'Well, who's going to laugh at my jokes if nobody is in the room with us?'",
        ),
        (
            None,
            "We Can't All Be the Boss: Park asked Lee how he picks the music for his films. The Old Records: Lee keeps them in "
            "his office in New York. You Gotta Hear Them: Lee plays them on Sundays.",
        ),
        ("Tom Lee", "Music: “It comes from my old collection of records,” Lee said."),
    ]


def test_a_description_ending_on_a_role_names_no_one_in_it():
    # "says the Rage Against the Machine guitarist": the band's name is no one's; the one written
    # about speaks.
    text = (
        "# High Hopes\n\nTom Morello was driving around Los Angeles when the song came on the radio. "
        "“I was reminded what a jam it was,” says the Rage Against the Machine guitarist.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Tom Morello"]


def test_a_profile_whose_title_case_headline_names_its_subject_gives_her_pronoun_and_description_quotes():
    # "Editor Lena S. Park On Managing…" (title case "On") names the page's subject; a participle
    # opening a sentence ("Receiving Tom Lee’s script, …") is part of no name, so the sentence is
    # not about Tom Lee; "she confesses" and "“…,” the editor recalls" are then Park's.
    text = (
        "Editor Lena S. Park On Managing The Tone Of A Comedy\n\n"
        "Winning an award on her way to the festival, editor Lena S. Park has a shorthand with the director.\n\n"
        "Park’s first project with the director was a romance. Receiving Tom Lee’s clever script for a biopic, "
        "many of the crew were stumped, and Park was no exception. “I was like, ‘Hmm, not sure anybody wants to see it,’” she confesses.\n\n"
        "Reading the script, though, the editor understood why Tom Lee’s heroine was perfect. “It was just a fascinating script,” the editor recalls.\n"
    )
    assert [(speaker, quote[:24]) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        (None, "Editor Lena S. Park On M"),
        ("Lena S. Park", "“I was like, ‘Hmm, not s"),
        (None, "Reading the script, thou"),
        ("Lena S. Park", "“It was just a fascinati"),
    ]


def test_a_surname_quoted_after_its_full_name_with_a_middle_initial_is_that_person():
    # "…for editor Tatiana S. Riegel" then "“…,” Riegel says of Gillespie.": the full name has a
    # middle initial; "But she said…" reports her speech, so the next quotation's "she" is hers.
    text = (
        "# The Editor\n\nThe film earned three nominations, including one for editor Tatiana S. Riegel.\n\n"
        "“After ten years, we have a great shorthand together,” Riegel says of Gillespie.\n\n"
        "Her family were academics. But she said growing up in Los Angeles, California, is how she caught the bug.\n\n"
        "\"I just really liked movies,\" she said.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Tatiana S. Riegel", None, "Tatiana S. Riegel"]


def test_a_picture_s_credit_line_names_no_one_and_told_me_but_leads_a_quotation():
    # "Courtesy Lena Lee Park" credits a picture: the "he says" after it is still the director's;
    # "Gray told me he knew it'd be difficult, but “…" is his; a tracking pixel's "<img …>" line
    # in a page saved as text is no text.
    text = (
        "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://www.example.com/tr?id=1&amp;ev=PageView\">\n"
        "In the Making\n\n"
        "“You think you can plan better; but you can’t,” Tom Gray remembers, describing the ordeal.\n\n"
        "Courtesy Lena Lee Park\n\n"
        "However, the punishment yielded striking results. “A kind of madness does settle in,” he says.\n\n"
        "Gray told me he knew it’d be difficult, but “you trick yourself. The jungle rules the roost.”\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        (None, "In the Making"),
        ("Tom Gray", "“You think you can plan better; but you can’t,” Tom Gray remembers, describing the ordeal."),
        (None, "However, the punishment yielded striking results."),
        (
            "Tom Gray",
            "“A kind of madness does settle in,” he says. Gray told me he knew it’d be difficult, but “you trick yourself. The jungle rules the roost.”",
        ),
    ]


def test_a_quotation_printed_on_into_the_next_paragraph_without_its_opening_mark_stays_theirs():
    # The first paragraph leaves its quotation open; the next goes on without an opening mark up
    # to the closing one, and the paragraph after that (a title in quotes) is narration again.
    # "Talking With Bruce" names the "Bruce Springsteen" of the first line.
    text = (
        "---\ntitle: \"Talking With Bruce\"\n---\n\n"
        "A very relaxed Bruce Springsteen sat in his dressing room after the show.\n\n"
        "\"Basically, the show grew and grew -- and every tour we added new songs to the old songs.\n\n"
        "And that felt completely natural. But then on the last tour, it felt a little embarrassing.\"\n\n"
        "Many of his older songs were captured on his album, \"Bruce Springsteen and the E Street Band -- Live\", released "
        "two years ago. He recalled how he and his band listened to tapes of those songs.\n\n"
        "\"We all kind of sat there and sensed that was the end of something.\"\n"
    )
    assert [(speaker, quote[:30]) for _, speaker, _, quote in parsed(text)] == [
        (None, "A very relaxed Bruce Springste"),
        ("Bruce Springsteen", "\"Basically, the show grew and "),
        (None, "Many of his older songs were c"),
        ("Bruce Springsteen", "\"We all kind of sat there and "),
    ]


def test_what_something_is_called_names_no_one_in_narration_leading_to_a_quotation():
    # "…fronted a band called Grin": the band's name is no one's, so the narration names only
    # the one quoted last, and the quotation no verb signs after it is his.
    text = (
        "# Silver Lining\n\n“We wanted to make it as live and raw as we could,” Lofgren said. Nils Lofgren plays guitar.\n\n"
        "Only 17 at the time, Lofgren fronted a band called Grin. “Neil gave me a guitar and said, ‘Play me something.’”\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == ["Nils Lofgren", None, "Nils Lofgren"]


def test_in_a_profile_a_last_clause_opening_on_he_after_its_subject_s_name_leaves_he_said_theirs():
    # The page is about Max Weinberg; the sentence opens on Springsteen but its last clause, "he
    # knew", follows Weinberg's name (a billing in quotes between them names no one), so the next
    # "he said" is Weinberg's.
    text = (
        "---\ntitle: \"Max Weinberg Has Best of Both Worlds\"\n---\n\n"
        "Max Weinberg talked backstage. \"I love Bruce, the guys in the band\", Weinberg said.\n\n"
        "Springsteen called the band back for two more runs but when Weinberg saw the billing, "
        "\"Bruce Springsteen's Tunnel of Love Express\", he knew the end was near.\n\n"
        "\"It was the most horrifying experience I've ever been through\", he said.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)][-1] == "Max Weinberg"


def test_a_scholar_s_discipline_before_her_name_is_a_role_not_part_of_it():
    # "Sociologist Marcia Millman": the discipline is what she does, so "said Millman" is Marcia Millman.
    text = (
        "# Lessons of Love\n\nSociologist Marcia Millman, a professor, has a new book out.\n\n"
        "“I wanted to write a book that would illuminate romantic love,” said Millman.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Marcia Millman"]


def test_a_feature_quoting_its_subject_by_epithet_and_under_topics():
    # The front matter's title is no list of names ("Park Confident, Feeling Good"); "said the
    # woman known as The Boss" is the one written about ("…and Lena Park was still awake", first
    # name then surname); narration saying "she" leads the quotation after it; a place the text
    # names ("…at Boston Garden") and a topic opening on an article are no speakers (their
    # quotations, which nothing signs, stay no one's).
    text = (
        "---\ntitle: \"Park Confident, Feeling Good\"\n---\n\n"
        "It was 2 a.m. last Friday, and Lena Park was still awake.\n\n"
        "\"After I've done a show, I'm never tired\", said the woman known as The Boss, who plays tonight at Boston Garden.\n\n"
        "She sometimes gets a faraway look in her eyes on stage. \"No, you should just be intuitive.\"\n\n"
        "Rather than hide from people after a show, Park said: \"It's good to have that immediate contact.\"\n\n"
        "Boston Garden: \"I was worried the last time there, but it was one of the best shows.\"\n\n"
        "The American Dream: \"It's never what you thought it would be.\"\n"
    )
    assert [(speaker, quote[:24]) for _, speaker, _, quote in parsed(text)] == [
        (None, "It was 2 a.m. last Frida"),
        ("Lena Park", "\"After I've done a show,"),
        (None, "She sometimes gets a far"),
        ("Lena Park", "\"No, you should just be intuitive.\" Rather than hide from people after a show, Park said: \"It's good to have that immediate contact.\""[:24]),
        (None, "Boston Garden: \"I was wo"),
    ]


def test_a_quotation_in_someone_s_view_is_theirs():
    # "But to Park "...it was just plain weird." opens her words inside narration, printed on into
    # the next paragraph: both hers, not the talent scout's quoted just before.
    text = (
        "# Sign Up a Genius\n\nTom Hammond signed Lena Park, and Hammond says: \"She's much further along.\"\n\n"
        "It seems only natural that Hammond should have signed her. But to Park \"...it was just plain weird.\n\n"
        "\"I mean a couple of weeks ago I had just finished reading his biography.\"\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)][-1] == "Lena Park"


def test_a_place_after_its_preposition_in_narration_names_no_one_else_before_he_said():
    # "…in New Orleans, Park's journey began…" names no one but Park: "New Orleans" follows "in",
    # so the "he said" of the next sentence is still hers.
    text = (
        "# Arts on the Hill\n\nLena Park was joined by the critic Sam Ode for a conversation about her career.\n\n"
        "Over the next hour the audience heard Park play, and she is more than a performer.\n\n"
        "A member of a musical family in New Orleans, Park’s journey began at eleven. "
        "“Music was something that just kept choosing me,” she said.\n"
    )
    assert [(speaker, quote[:20]) for _, speaker, _, quote in parsed(text)] == [
        (None, "Lena Park was joined"),
        ("Lena Park", "“Music was something"),
    ]


def test_a_speaker_described_in_lower_case_after_a_clause_says_the_quotation_past_an_aside():
    # "…, journalist and musician Lena Park says, after the wedding with her spouse, singer Sam
    # Ode, that “…”": the one before the verb speaks, not the one the aside names with a role.
    text = (
        "# A Year Like No Other\n\nIn the new documentary, journalist and musician Lena Park says, after the wedding "
        "with her spouse, singer Sam Ode, that “Sam has the greatest capacity for change of anyone I’ve ever met.”\n\n"
        "Little did they know what the year would bring.\n"
    )
    assert [(speaker, quote[:22]) for _, speaker, _, quote in parsed(text)] == [
        ("Lena Park", "In the new documentary"),
        (None, "Little did they know w"),
    ]


def test_a_headline_giving_someone_s_words_in_other_words_makes_the_page_theirs_when_it_is_about_them():
    # "Lena Park: 'I make a sound like singing'" (the body says it otherwise) over narration about
    # Park that quotes her only as "she": after narration naming other things, "she said" is hers.
    text = (
        "---\ntitle: \"Lena Park: 'I make a sound like singing'\"\n---\n\n"
        "Lena Park opened her tour in Perth on Wednesday. Park's popularity has grown again.\n\n"
        "Park's setlist includes a cover of the Saints' Just Like Fire Would, and she was curious about the Triffids.\n\n"
        "\"The Triffids you say? What's the song called?\"\n\n"
        "The woman with such songs as Born to Run and Badlands doesn't need covers.\n\n"
        "\"I never thought of myself as an interpretative singer\", she said.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Lena Park", None, "Lena Park"]
