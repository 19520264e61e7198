"""The real pages of issue 15's thirty-sixth stop and after (tests/data/external/unseen_check57 …,
see SOURCES.md): festival and press pages in layouts not met before, each measured with the real
model as `eval-docs` measures it; questions written before the parser saw each page."""

import re

import pytest

from assistant.ingest.documents import parse_document
from test_external import EXTERNAL, check_figures


@pytest.mark.slow
def test_festival_pages_naming_the_one_who_answers_only_in_their_title(real_embedder):
    """unseen_check57/: three festival pages of questions standing alone, the one who answers named
    only in the title ("After Yang as seen by Kogonada", "Meet Masha Novikova, La Cinef 2022 joint
    third prize winner", "Interview with Pieter Dirkx, …" over a tagline in title case). First run
    0.300 / 0.300, interviewees 1/3; after (a title closing on whose view it is, a one-word name
    included; a name after a bare comma followed by other words is in apposition, not a list; a
    page's opening tagline in title case asks nothing) 1.000 / 1.000, 3/3."""
    by_file = {name: parse_document(EXTERNAL / name)[0] for name in ("cannes_after_yang_kogonada.md", "cinef_masha_novikova.md", "daazo_pieter_dirkx_interview.md")}
    assert {p.speaker for p in by_file["cannes_after_yang_kogonada.md"]} == {"Kogonada"}
    assert {p.speaker for p in by_file["cinef_masha_novikova.md"]} == {"Masha Novikova"}
    assert [p.question for p in by_file["daazo_pieter_dirkx_interview.md"]][:2] == [None, "How did the story come to you?"]
    figures = check_figures("unseen_check57", real_embedder)
    assert figures["recall@1"] == 1.0 and figures["interviewees"] == "3/3" and figures["off-topic abstained"] == "6/6", figures


@pytest.mark.slow
def test_a_festival_schedule_and_a_report_of_a_press_conference(real_embedder):
    """unseen_check58/: the Berlinale's press conference schedule (each film, its times, "Name
    (Role)" lines and "Moderation: Name") and a blog's narration of a jury's press conference.
    First run 0.474 / 0.579 ("Moderation" read as a person whose turns were the next films'
    entries); after (a label whose every turn is a person's name alone is a listing's field)
    0.842 / 0.947."""
    passages = parse_document(EXTERNAL / "berlinale_press_conference_schedule.txt")[0]
    assert {p.speaker for p in passages} == {None}
    figures = check_figures("unseen_check58", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] >= 0.94 and figures["off-topic abstained"] == "6/6", figures


@pytest.mark.slow
def test_listings_of_signed_quotations_headlines_and_teasers(real_embedder):
    """unseen_check59/: a magazine's one question to every Sundance director answered by
    quotations signed "“…” | Name, Film", and two listings of headlines and teasers that ask
    nothing. First run 0.348 / 0.391, interviewees 0/4 (signed quotations no one's, a teaser's
    "Penny Lane talked to us" making her answer the listing, "Coming" of Age read as a person);
    after 0.870 / 1.000, 4/4."""
    quotations = parse_document(EXTERNAL / "filmmaker_sundance_question_2022.txt")[0]
    assert [p.speaker for p in quotations if p.speaker] == ["Alon Schwarz", "Eva Longoria Bastón", "Sara Dosa", "Max Walker-Silverman"]
    for name in ("seventh_row_festival_listing.txt", "sundance_artist_spotlight_listing.txt"):
        assert {(p.speaker, p.question) for p in parse_document(EXTERNAL / name)[0]} == {(None, None)}
    figures = check_figures("unseen_check59", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] == 1.0 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_press_kits_press_releases_and_directors_statements(real_embedder):
    """unseen_check60/: a PDF press kit's review quotes and contacts, a festival blog's interview
    under credits ("Interview with A, B & C.", "(Name)" opening the answer), a press release's
    verb-first quotations ("Said Krick, "…""), two directors' statements (headed and signed in
    plain text; run into the paragraph after "Film, Director Name"). First run 0.200 / 0.325,
    interviewees 0/3; after 0.675 / 0.825, 3/3."""
    release = parse_document(EXTERNAL / "something_blue_press_release.txt")[0]
    assert [p.speaker for p in release if p.speaker] == ["Curtis Krick", "Sean Dillon", "Lesley Paterson"]
    statement = parse_document(EXTERNAL / "cantsayno_directors_statement.txt")[0]
    assert {p.speaker for p in statement if "Coppola" in p.text or "screenplay" in p.text} == {"Paul Kramer"}
    figures = check_figures("unseen_check60", real_embedder)
    assert figures["recall@1"] >= 0.67 and figures["recall@3"] >= 0.82 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_podcast_post_and_a_listing_of_bylined_teasers_nobody_speaks_in(real_embedder):
    """unseen_check61/: a post headed "Film – Director Name" over a synopsis and a bio, and a
    listing of "By Name | date" teasers. First run, with no rule added: 0.733 / 1.000, every
    passage no one's."""
    for name in ("filmschoolradio_clown_in_a_cornfield.txt", "movienetwork_interviews_listing.txt"):
        assert {p.speaker for p in parse_document(EXTERNAL / name)[0]} == {None}
    figures = check_figures("unseen_check61", real_embedder)
    assert figures["recall@1"] >= 0.73 and figures["recall@3"] == 1.0 and figures["off-topic abstained"] == "4/4", figures


@pytest.mark.slow
def test_a_commentary_transcript_its_speaker_introduces(real_embedder):
    """unseen_check62/: a director's commentary, numbered lines in one quotation opening "Hi. My
    name is Aneesh Chaganty." First run 0.125 / 0.125, no speaker; after (a self-introduction
    opening an unlabelled text declares its speaker; their "we" questions ask no one) 0.875."""
    passages = parse_document(EXTERNAL / "anatomy_of_a_scene_searching.md")[0]
    assert {p.speaker for p in passages if "Searching" in p.text or "boring" in p.text} == {"Aneesh Chaganty"}
    figures = check_figures("unseen_check62", real_embedder)
    assert figures["recall@1"] >= 0.87 and figures["interviewees"] == "1/1", figures


def test_a_title_closing_on_a_film_in_quotes_heads_the_q_and_a_and_an_answer_naming_a_film_is_no_signature():
    """The real page of unseen_check63: "Q&A Tony Bloodworth, Director of “Hello…”" is its heading,
    not a question put to him; "John Carpenter’s The Thing" under a quoted question is his answer,
    not a name signing the question."""
    passages = parse_document(EXTERNAL / "watchalter_tony_bloodworth_qa.txt")[0]
    assert {p.interview for p in passages} == {"Q&A Tony Bloodworth, Director of “Hello…”"}
    assert [(p.speaker, p.question) for p in passages[:2]] == [(None, None), ("Tony Bloodworth", "Name a Horror character you relate to on a spiritual/personal level?")]
    assert (passages[-1].speaker, passages[-1].text) == ("Tony Bloodworth", "John Carpenter’s The Thing")


@pytest.mark.slow
def test_festival_q_and_as_with_initials_and_a_question_left_unanswered(real_embedder):
    """unseen_check63/: a horror site's Q&A (a question left unanswered, a quoted question, a
    heading ending on the film's title in quotes) and a festival's "DG:" / "MC:" interview. First
    run 0.824 / 0.941; after (a possessive before a title is no name; a title closing on a quoted
    film heads the page) 1.000 / 1.000."""
    figures = check_figures("unseen_check63", real_embedder)
    assert figures["recall@1"] == 1.0 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_video_podcast_transcript_as_an_editor_exports_it(real_embedder):
    """unseen_check64/: "[timecode - timecode]" / "Name" / words, two hosts opening the show
    together. First run 0.250 / 0.500 (the one welcoming listeners read as the interviewer);
    after (a second host naming themself is a co-host; short questions between hosts prompt)
    0.417 / 0.583."""
    passages = parse_document(EXTERNAL / "scm_flipper_davinci_transcript.txt")[0]
    assert {p.speaker for p in passages} - {None} == {"Joe Patti", "Adam Roth"}
    assert any(p.speaker == "Joe Patti" and "Doom flipper zero edition" in p.text for p in passages)
    figures = check_figures("unseen_check64", real_embedder)
    assert figures["recall@1"] >= 0.41 and figures["recall@3"] >= 0.58, figures


@pytest.mark.slow
def test_a_festival_catalogue_page_with_a_credits_table_and_a_statement(real_embedder):
    """unseen_check65/: a credits table in Markdown, a synopsis and a director's statement never
    naming him. First run 0.455 / 0.636 (gold as revised to the words a reader shows), the
    statement no one's and the running time dropped; after (a table row is one line) 0.727 /
    1.000, the statement Cédric Kahn's."""
    passages = parse_document(EXTERNAL / "biennale_kahn_making_of.md")[0]
    assert "Running Time: 119’" in passages[0].text
    assert [p.speaker for p in passages if p.text.startswith("This movie is the assembly")] == ["Cédric Kahn"]
    figures = check_figures("unseen_check65", real_embedder)
    assert figures["recall@1"] >= 0.72 and figures["recall@3"] == 1.0 and figures["interviewees"] == "1/1", figures


def test_a_question_asking_you_to_tell_me_is_the_interviewer_s():
    """The real page of unseen_check66: "Could you tell me a little about the process…?" says
    "me", the asker's, in a request put to "you": it is the first prompt, not the interviewee's."""
    from assistant.ingest.presskit import _is_question_prompt

    passages = parse_document(EXTERNAL / "johnaugust_wsf_interview.txt")[0]
    assert [p.question for p in passages if p.question][0].startswith("Could you tell me a little about the process")
    assert _is_question_prompt("Can you walk me through the shoot?") and not _is_question_prompt("What was I thinking back then?")


@pytest.mark.slow
def test_a_blog_reprinting_its_author_s_email_interview(real_embedder):
    """unseen_check66/: a screenwriter's blog reprinting an e-mail interview, his own intro in the
    first person, the questions and answers on single lines, his name only in the sidecar. First
    run 0.875 / 1.000, prompts 2/3 ("Could you tell me…?" read as his, for its "me"); after
    1.000 / 1.000, 3/3."""
    figures = check_figures("unseen_check66", real_embedder)
    assert figures["recall@1"] == 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_opera_interviews_run_into_one_paragraph_or_missing_their_first_marker(real_embedder):
    """unseen_check67/: a composer's interview whose page ran every question and answer into one
    paragraph under "Luke Navin, composer"; a "Spotlight on Stephen Barlow" of questions standing
    alone; a Q./A. interview whose first question lost its "Q." and whose "A. Opera combines…:"
    has a colon. First run 0.250 / 0.333 (no prompt in the first two, neither person found); after
    0.958 / 1.000."""
    passages = parse_document(EXTERNAL / "respiro_luke_navin_interview.txt")[0]
    assert [p.question for p in passages if p.question][-1] == "What have been the greatest challenges of your career so far?"
    assert {p.speaker for p in passages} == {"Luke Navin"}
    opera = parse_document(EXTERNAL / "sundayguardian_london_festival_opera.txt")[0]
    assert opera[0].question.endswith("Could you tell us more about the performance?")
    assert opera[3].text.startswith("Opera combines")
    figures = check_figures("unseen_check67", real_embedder)
    assert figures["recall@1"] >= 0.95 and figures["recall@3"] == 1.0 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_junket_report_a_french_transcript_a_profile_and_a_web_story(real_embedder):
    """unseen_check68/: a junket report with a name alone over its one question, a French
    transcript labelled "Kristen:" under "Kristen Stewart interview sur …", a profile quoting its
    subject with "he says", a poet's numbered questions, and a web story's cards cut off with an
    ellipsis under "How Good One director India Donaldson crafted…". First run 0.444 / 0.500,
    interviewees 2/5; after 0.778 / 0.944, 5/5."""
    story = parse_document(EXTERNAL / "mybreaknews_good_one_web_story.txt")[0]
    assert [p.speaker for p in story] == [None, "India Donaldson", "India Donaldson", "India Donaldson"]
    profile = parse_document(EXTERNAL / "tzp_red_white_royal_blue_profile.txt")[0]
    assert any(p.speaker == "Taylor Zakhar Perez" and "read it in three days" in p.text for p in profile)
    figures = check_figures("unseen_check68", real_embedder)
    assert figures["recall@1"] >= 0.77 and figures["recall@3"] >= 0.94 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_articles_quoting_festival_heads_by_institution_and_role(real_embedder):
    """unseen_check69/: Filmmaker Magazine quoting three festival heads ("says Sundance Film
    Festival Director of Programming Trevor Groth", "Explains True/False Co-Director and Co-Founder
    David Wilson, “…"), a blog quoting a festival director ("… shares that …, “…"), production
    notes under quoted headings. First run 0.381 / 0.524, interviewees 0/4 (the quotations given
    to "Sundance Film Festival" and "Film Festival Series Part"); after 0.810 / 1.000, 4/4."""
    passages = parse_document(EXTERNAL / "filmmaker_how_to_do_a_festival_qa.txt")[0]
    assert [p.speaker for p in passages if p.speaker] == ["Trevor Groth", "David Wilson", "Janet Pierson"]
    figures = check_figures("unseen_check69", real_embedder)
    assert figures["recall@1"] >= 0.8 and figures["recall@3"] == 1.0 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_festival_blog_q_and_as_copied_a_line_each_and_a_page_two_unnamed(real_embedder):
    """unseen_check70/: numbered and plain questions a line each between answers a line each (the
    longest lines as wide as the page's), a second page of an interview never naming its subject,
    one question left unanswered, "My DP, Roberto Schaefer". First run 0.607 / 0.714, one false
    abstention; after 0.929 / 1.000, none."""
    passages = parse_document(EXTERNAL / "austin_hiscox_beauty_mark.txt")[0]
    assert [p.question for p in passages if p.question][-1] == "What risks did you take to tell your story?"
    figures = check_figures("unseen_check70", real_embedder)
    assert figures["recall@1"] >= 0.92 and figures["recall@3"] == 1.0 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_community_interviews_named_by_their_file_or_a_user_name(real_embedder):
    """unseen_check71/: a Markdown interview saved as "Hugh Sanderson.md" whose text never names him
    (question headings, his intro before them), and a conference's interview declaring
    `speaker: "twebb"`, its questions "* ** What …? **" in bold CommonMark cannot open. First run
    0.000 / 0.000, interviewees 0/2; after 0.833 / 0.944, 2/2."""
    passages = parse_document(EXTERNAL / "twebb_haxe_summit_interview.md")[0]
    assert passages[1].question == "What do you do on a Saturday morning?" and passages[1].speaker == "twebb"
    figures = check_figures("unseen_check71", real_embedder)
    assert figures["recall@1"] >= 0.83 and figures["recall@3"] >= 0.94 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_an_oral_history_pdf_with_a_key_to_its_labels(real_embedder):
    """unseen_check72/: a university project's oral-history transcript, a PDF with zero-width
    spaces between its words and lines, a key "Dr = Dr. Carmen Gillespie A = Agnes Meeker, …",
    labels "Dr:", "Dr. Gillespie:", "Agnes:", "A:", "C:", "S:", bold questions over two lines. First
    run 0.000 / 0.000 (words scrambled, labels read as names); after 0.722 / 0.833."""
    passages = parse_document(EXTERNAL / "antigua_agnes_meeker_interview.pdf")[0]
    assert {p.speaker for p in passages if p.question} == {"Agnes Meeker", "Sam Lauer"}
    figures = check_figures("unseen_check72", real_embedder)
    assert figures["recall@1"] >= 0.72 and figures["recall@3"] >= 0.83 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_documentary_s_subtitles_printed_a_line_pair_at_a_time(real_embedder):
    """unseen_check73/: subtitles a blank line apart, a dash opening each voice, no one named: the
    lines rejoin into sentences, no one's. First run 1.000 / 1.000, no rule needed."""
    passages = parse_document(EXTERNAL / "subslikescript_capturing_reality.txt")[0]
    assert any("I went to undergraduate school in engineering, which I hated from day one." in p.text for p in passages)
    assert {p.speaker for p in passages} == {None}
    figures = check_figures("unseen_check73", real_embedder)
    assert figures["recall@1"] == 1.0, figures


@pytest.mark.slow
def test_a_book_review_quoting_its_interview_s_dialogue(real_embedder):
    """unseen_check74/: a newspaper's review of a book of interviews, opening with three turns of
    its Polanski interview ("Roman Polanski:", "Playboy:", "Polanski:"), then the review. First run
    0.111 / 0.111 (the title "The Playboy Interviews: The Directors" read as a speaker, the review
    as Polanski's words); after 0.444 / 0.889."""
    passages = parse_document(EXTERNAL / "austinchronicle_playboy_interviews_directors.txt")[0]
    assert [p.speaker for p in passages].count("Roman Polanski") == 2 and passages[-1].speaker is None
    figures = check_figures("unseen_check74", real_embedder)
    assert figures["recall@1"] >= 0.44 and figures["recall@3"] >= 0.88, figures


@pytest.mark.slow
def test_press_kits_and_production_notes_as_document_sites_keep_them(real_embedder):
    """unseen_check76/: five press documents as document-sharing sites print them: a press kit's
    credits and synopses, a cast list in two columns, a cast page of biographies under "NAME
    (Part)", a press information sheet of credit fields, production notes whose credit block lost
    its line breaks ("CINEMAStarringNicolas Cage…Directed by Alex ProyasStory by…") and kept a
    "<strong>" tag. First run 0.737 / 0.868 (gold revised, see SOURCES.md); after 0.868 / 0.974."""
    notes = parse_document(EXTERNAL / "yumpu_knowing_production_notes.txt")[0]
    assert not any("<strong>" in p.text for p in notes) and any("Directed by Alex Proyas Story by" in p.text for p in notes)
    figures = check_figures("unseen_check76", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] >= 0.97, figures


@pytest.mark.slow
def test_two_critics_in_conversation_and_a_blog_s_q_and_a_fail(real_embedder):
    """unseen_check77/: two critics labelled by first name, once each ("Kern:" asking, "Henry:"
    answering), and a blog post titled "Q&A Fail?" holding one inline "Q: …? A: …". First run
    0.100 / 0.200 (neither label read, "Fail" taken for a name); after 0.700 / 1.000."""
    passages = parse_document(EXTERNAL / "acthree_qa_fail.txt")[0]
    assert {p.speaker for p in passages} == {None} and [p.question for p in passages if p.question] == ["What is the film about?"]
    figures = check_figures("unseen_check77", real_embedder)
    assert figures["recall@1"] >= 0.7 and figures["recall@3"] == 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_listing_of_interviews_whose_headlines_say_who_talks(real_embedder):
    """unseen_check78/: a site's listing of its interviews, headlines "Rosemary Rodriguez Talks
    ‘Silver Skies’" and "… Talk ‘Steve Jobs’" over summaries asking nothing: no one's words (the
    "Talks" headline rule must not make a listing anyone's interview). First run 1.000 / 1.000."""
    passages = parse_document(EXTERNAL / "reellifewithjane_interviews_listing.txt")[0]
    assert {p.speaker for p in passages} == {None}
    figures = check_figures("unseen_check78", real_embedder)
    assert figures["recall@1"] == 1.0, figures


@pytest.mark.slow
def test_web_interviews_whose_labels_are_few(real_embedder):
    """unseen_check79/: seven web interviews of one film's press round and one music-video duo's:
    "TOMMY:" and "RICH:" once each after unlabelled questions, the first with an image caption run
    into it ("WE ARE COWBOYSTOMMY:"); "James:" recurring with "Lou:" once and the interviewer never
    labelled; "Plot:"; "Linda Carter-Producer". First run 0.805 / 0.854; after 0.976 / 1.000."""
    genero = parse_document(EXTERNAL / "genero_we_are_cowboys.txt")[0]
    assert [(p.speaker, p.text[:20]) for p in genero if p.speaker] == [
        ("Tommy Nagle", "Long story short, Ri"), ("Tommy Nagle", "We’ve had hiatuses ("), ("Rich Paris Wilson", "Even though I’m stil"),
    ]
    talk = parse_document(EXTERNAL / "actionelite_get_fast_talk.txt")[0]
    assert [(p.speaker, (p.question or "")[:7]) for p in talk if p.speaker][:4] == [("James", ""), ("James", "Yeah!"), ("James", "Me too."), ("James", "Oh it i")]
    assert {p.speaker for p in talk} == {None, "James", "Lou"} and not any("Me too" in p.text for p in talk)
    producer = parse_document(EXTERNAL / "mulligans_linda_carter_producer_qa.txt")[0]
    assert {p.speaker for p in producer} == {"Linda Carter"}
    figures = check_figures("unseen_check79", real_embedder)
    assert figures["recall@1"] >= 0.97 and figures["recall@3"] == 1.0 and figures["interviewees"] == "9/9", figures


@pytest.mark.slow
def test_one_interview_three_ways_a_press_panel_and_a_video_transcript(real_embedder):
    """unseen_check80/: one interview as three sites keep it (a headline quoting her over a
    photograph's name line; every paragraph run into one; questions without their question
    mark), a press panel in capitals with mojibake, a video page's transcript with each clock run
    into its words and an intro naming the interviewer as "THR's Brande Victorian". First run
    0.448 / 0.586; after 0.690 / 0.828."""
    guardian = parse_document(EXTERNAL / "guardian_vicky_jones_run.txt")[0]
    assert [p.speaker for p in guardian if p.question] == ["Vicky Jones"] * 4
    transcript = parse_document(EXTERNAL / "thr_short_film_showcase_transcript.txt")[0]
    assert {p.speaker for p in transcript} == {None} and not any(re.search(r"\d\d:\d\d:\d\d", p.text) for p in transcript)
    figures = check_figures("unseen_check80", real_embedder)
    assert figures["recall@1"] >= 0.68 and figures["recall@3"] >= 0.82, figures


@pytest.mark.slow
def test_costume_designers_pages_that_never_name_them(real_embedder):
    """unseen_check81/: three costume designers' interviews: a page whose questions and quoted
    answers never name her, saved as "refinery29_colleen_atwood_interview.txt"; page two of
    another, "netribution_ralph_hole_2.txt"; a labelled first exchange then one unlabelled. First
    run 0.222 / 0.278 (no speaker on either page); after (two names before "interview" in a file
    name, words the text never writes in lower case, name who answers) 0.500 / 0.611."""
    atwood = parse_document(EXTERNAL / "refinery29_colleen_atwood_interview.txt")[0]
    assert {p.speaker for p in atwood if p.question} == {"Colleen Atwood"}
    figures = check_figures("unseen_check81", real_embedder)
    assert figures["recall@1"] >= 0.5 and figures["recall@3"] >= 0.61 and figures["interviewees"] == "2/3", figures


@pytest.mark.slow
def test_cinematographers_quoted_in_podcast_pages(real_embedder):
    """unseen_check82/: a podcast's automatic transcript whose lines break mid-sentence, a
    podcast page quoting its guest by first name ("Pål’s vision… “…,” he explains."), an episode
    description quoting "says Yedlin". First run 0.647 / 0.941; after (narration opening with a
    first name is about the one the page names in full with it) 0.706 / 1.000."""
    lost_bus = parse_document(EXTERNAL / "camnoir_pal_ulvik_rokseth_lost_bus.txt")[0]
    assert [p.speaker for p in lost_bus if "Paul wanted this fire" in p.text] == ["Pål Ulvik Rokseth"]
    figures = check_figures("unseen_check82", real_embedder)
    assert figures["recall@1"] >= 0.7 and figures["recall@3"] == 1.0, figures


@pytest.mark.slow
def test_a_festival_site_s_listings_of_signed_quotations(real_embedder):
    """unseen_check83/: two pages of an interview site's listing, each entry "Name • Director of
    Film", a quotation, the name line again, a summary and a date; two entries name two people.
    First run 0.769 / 1.000, each quotation its speaker's but the pairs' given to the first named;
    after (a quotation under a line naming two people is theirs together) the same figures, the
    pairs' quotations theirs."""
    listing = parse_document(EXTERNAL / "cineuropa_interviews_listing_2017.txt")[0]
    assert [p.speaker for p in listing if p.speaker][:2] == ["Javier Calvo and Javier Ambrossi", "Mohamed Al-Daradji"]
    figures = check_figures("unseen_check83", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] == 1.0 and figures["interviewees"] == "8/8", figures


@pytest.mark.slow
def test_interviews_kept_as_subtitle_files(real_embedder):
    """unseen_check84/: an interview's SRT subtitles (numbered cues, time ranges, a question cue
    before the answer's cues), a documentary's SRT with "- man:" cues and music marks, and an SSA
    file whose events run on one line. First run 0.667 / 1.000 (the cues joined across the
    questions; the SSA fields "Dialogue: 0,0:00:00.00,…,,"" and "\\N" left in the words); after
    (cues made paragraphs cut at each question; SSA fields and line breaks dropped) 0.733 / 0.933
    (an answer's words now straddle two passages where a gold snippet was written)."""
    zika = parse_document(EXTERNAL / "subtitlecat_adolf_zika_eng.txt")[0]
    assert not any(re.search(r"-->|\d\d:\d\d:\d\d", p.text) for p in zika)
    ssa = parse_document(EXTERNAL / "amara_sandbox_director_process.txt")[0]
    assert not any("Dialogue:" in p.text or "\\N" in p.text for p in ssa)
    figures = check_figures("unseen_check84", real_embedder)
    assert figures["recall@1"] >= 0.73 and figures["recall@3"] >= 0.93, figures


@pytest.mark.slow
def test_a_festival_press_meet_reported_in_the_third_person(real_embedder):
    """unseen_check85/: a festival's report of a press meet ("Quoting Alfred Hitchcock, Mr. Veit
    Helmer said that…", "“…”, he further added.", "Director of ‘A Sacred Gaucho’ said that…") and
    a panel's intro listing directors with their films in brackets. First run 0.769 / 0.923 (the
    quotation "he further added" no one's); after (an adverb between a speaker and the speech verb;
    "he" after reported speech is the one reported; narration reporting what the one asked said
    counts as theirs) 0.846 / 1.000."""
    press = parse_document(EXTERNAL / "iffi_world_panorama_press_meet.txt")[0]
    assert [p.speaker for p in press if p.speaker] == ["Veit Helmer", "Joaquin Pedretti"]
    figures = check_figures("unseen_check85", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] == 1.0, figures


@pytest.mark.slow
def test_a_site_answering_readers_and_a_director_s_blog_post(real_embedder):
    """unseen_check86/: a page of a site where a filmmaker answers readers' questions, saved as
    "ask_casey_neistat_3.txt", nothing in it naming him; a director's first-person blog post.
    First run 0.417 / 0.500 (the answers no one's); after (a file name opening with "ask" and two
    words names who answers) 0.917 / 1.000."""
    casey = parse_document(EXTERNAL / "ask_casey_neistat_3.txt")[0]
    assert {p.speaker for p in casey if p.question} == {"Casey Neistat"}
    figures = check_figures("unseen_check86", real_embedder)
    assert figures["recall@1"] >= 0.91 and figures["recall@3"] == 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_an_archive_s_listing_of_its_oral_histories(real_embedder):
    """unseen_check87/: an archive's listing of its oral histories ("Ken Adam (production
    designer)" / "Interviewed by Jennifer Peterson, 2002." / a summary in the third person): no
    one's words (the listing quotes no one). First run 1.000 / 1.000, no rule needed."""
    listing = parse_document(EXTERNAL / "oscars_oral_history_listing.txt")[0]
    assert {p.speaker for p in listing} == {None}
    figures = check_figures("unseen_check87", real_embedder)
    assert figures["recall@1"] == 1.0, figures


@pytest.mark.slow
def test_a_printed_press_kit_s_cast_list_run_together_between_leaders(real_embedder):
    """unseen_check88/: a press kit's text whose cast list lost its line breaks ("Troy………….Matthew
    McConaughey Owen………David Connolly …") under "1 CAST CREDITS". First run 0.714 / 1.000 (the
    starring line first for "Who plays Walker?"); after (a page number before a cast heading; a
    run-together list read pair by pair; the part before leaders answers who plays it) 0.857 /
    1.000."""
    from assistant.ingest.files import read_source
    from assistant.ingest.layout import lay_out

    characters = lay_out(read_source(EXTERNAL / "thirteen_conversations_press_kit.txt"), {}, "Thirteen Conversations").characters
    assert len(characters) == 21 and characters["Walker"] == ["John Turturro"] and characters["Young Woman in Class"] == ["Elizabeth Reaser"]
    figures = check_figures("unseen_check88", real_embedder)
    assert figures["recall@1"] >= 0.85 and figures["recall@3"] == 1.0, figures


@pytest.mark.slow
def test_listings_of_interviews_summarised_as_someone_discusses(real_embedder):
    """unseen_check89/: a podcast's episode listing ("Director Todd Haynes discusses his new film,
    May December, with fellow Director Gregg Araki…") and a magazine's listing of one-line
    summaries ("Wiseman discusses…"): no one's words, however many "X discusses" and "with". First
    run 1.000 / 1.000, no rule needed."""
    for name in ("chartable_dga_directors_cut_episodes.txt", "slant_interviews_listing_2022.txt"):
        assert {p.speaker for p in parse_document(EXTERNAL / name)[0]} == {None}
    figures = check_figures("unseen_check89", real_embedder)
    assert figures["recall@1"] == 1.0, figures


@pytest.mark.slow
def test_two_festival_interviews_on_one_page_with_one_word_answers(real_embedder):
    """unseen_check90/: two festival interviews on one tag page, each labelling its first exchange
    ("Matthew Toffolo:" / "Borja Escribano:") then numbered questions answered unlabelled, some in
    a word ("VFX", "3 years"). First run 0.429 / 0.429 ("VFX" read as a heading, ending the first
    interview there); after (a word in capitals right under a question answers it) 1.000 / 1.000."""
    passages = parse_document(EXTERNAL / "toffolo_film_director_tag.txt")[0]
    assert [(p.speaker, p.text) for p in passages if p.text == "VFX"] == [("Borja Escribano", "VFX")]
    figures = check_figures("unseen_check90", real_embedder)
    assert figures["recall@1"] == 1.0 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_labelled_interview_a_profile_in_prose_and_a_report_in_reported_speech(real_embedder):
    """unseen_check91/: "GI:" / "SA:" after "GEORGE ISKANDER:" / "SOFIA ALAOUI:" (an answer names
    Saudi Arabia), a profile quoting its director with quotations closed by ’’ and attributions
    before them, a panel report in reported speech. First run 0.317 / 0.390; after this round's
    rules 0.707 / 0.854."""
    interview = parse_document(EXTERNAL / "filmslop_sofia_alaoui_interview.md")[0]
    assert {p.speaker for p in interview} == {"Sofia Alaoui", "George Iskander", None}
    profile = parse_document(EXTERNAL / "filmslop_amjad_al_rasheed_profile.md")[0]
    assert sum(p.speaker == "Amjad Al-Rasheed" for p in profile) >= 15 and not any("’’" in p.text or ">-" in p.text for p in profile)
    figures = check_figures("unseen_check91", real_embedder)
    assert figures["recall@1"] >= 0.7 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_news_reports_quoting_students_a_festival_s_five_questions_and_a_composer_s_tips(real_embedder):
    """unseen_check92/ (written after check 91's rules): campus news quoting students ("…,” said
    the December 2018 graduate"), "NFF:" / "CHARLIE:", unmarked questions with the writer's note in
    brackets, a composer's tips under numbered headings. First run 0.860 / 0.977 (interviewees
    5/6); after three rules 0.884 / 1.000, 6/6."""
    figures = check_figures("unseen_check92", real_embedder)
    assert figures["recall@1"] >= 0.88 and figures["recall@3"] == 1.0 and figures["interviewees"] == "6/6", figures


@pytest.mark.slow
def test_q_and_a_teasers_one_a_line_a_listing_of_summaries_and_a_panel_report(real_embedder):
    """unseen_check93/: "Q&A with X" lines between quotations one a line (the first closed with
    "“"), a listing of interview summaries, a panel report in narration. First run 0.682 / 0.727
    (interviewees 2/6); after three rules 0.864 / 0.909, 6/6."""
    figures = check_figures("unseen_check93", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["interviewees"] == "6/6", figures


@pytest.mark.slow
def test_a_filmmaker_spotlight_s_title_is_no_speaker_and_a_listing_stays_no_one_s(real_embedder):
    """unseen_check94/: "Filmmaker Spotlight: John McDonald and Nina Schwanse…" over a labelled
    exchange, and a listing of interview teasers. First run 0.615 / 0.615 (the title read as a
    label); after the rule 0.846 / 1.000."""
    passages = parse_document(EXTERNAL / "salem_call_me_mule_spotlight.txt")[0]
    assert {p.speaker for p in passages} == {None, "John McDonald"}
    figures = check_figures("unseen_check94", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] == 1.0, figures
