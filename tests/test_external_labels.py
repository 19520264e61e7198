"""The real pages of issue 15's twelfth stop and after (tests/data/external/unseen_check33 …, see
SOURCES.md): interviews whose turns carry labels or quotations in forms not met before, each
measured with the real model as `eval-docs` measures it; questions written before the parser saw
each page."""

import re

import pytest

from assistant.ingest.documents import parse_document
from test_external import EXTERNAL, check_figures


@pytest.mark.slow
def test_a_web_interview_labelled_by_full_names_once_then_by_initials(real_embedder):
    """unseen_check33/: a blog interview, "Christee Markee: …?" and "Rajiv Jain: …" for the first
    exchange, "CM:" and "RJ:" after; questions written before running it. First run 0.125 / 0.125
    (the first exchange no one's, every answer to "RJ"); 0.875 / 0.875 after the labels rule, 1.0
    once the introduction speaking of him as "he" shares his bonus."""
    passages = parse_document(EXTERNAL / "rajiv_jain_studentfilmmakers.txt")[0]
    assert [p.speaker for p in passages if p.speaker] == ["Rajiv Jain"] * 7
    figures = check_figures("unseen_check33", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "1/1" and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_a_podcast_transcript_in_html_inside_markdown_with_a_summary_about_the_guest(real_embedder):
    """unseen_check34/: a Jekyll page's source, front matter then "<p><strong>Nic</strong>:</p>"
    turns; questions written before running it. First run 0.667 / 0.917 (the summary "Patrick
    tells us…" his words, a long request cut to its last sentence); 0.750 / 0.917 after."""
    passages = parse_document(EXTERNAL / "a11yrules_patrick_burke_headings.md")[0]
    assert not any(p.text.startswith("Patrick tells us") for p in passages if p.speaker)
    assert any(p.question and p.question.startswith("For people out there") for p in passages)
    figures = check_figures("unseen_check34", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.91 and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_a_podcast_transcript_whose_labels_carry_a_timestamp_alone_on_their_line(real_embedder):
    """unseen_check35/: "Amy Brand: 00:04:21" alone, the words below; questions written before
    running it. First run 0.733 / 0.933, every quote opening with its timestamp; the same figures
    after, the quotes clean."""
    passages = parse_document(EXTERNAL / "superdatascience_amy_brand_transcript.md")[0]
    assert {p.speaker for p in passages} == {"Jon Krohn", "Amy Brand"}
    assert not any(p.text[:1].isdigit() for p in passages)
    figures = check_figures("unseen_check35", real_embedder)
    assert figures["recall@1"] >= 0.73 and figures["recall@3"] >= 0.93 and figures["off-topic abstained"] == "3/3", figures


@pytest.mark.slow
def test_a_podcast_page_whose_guest_writes_her_name_in_lower_case(real_embedder):
    """unseen_check36/: "Rebecca:" and "danah:" alone on their lines, the host opening with a
    welcome; questions written before running it. First run 0.077 / 0.154 (her answers in the
    host's turns, the host taken for the interviewee); 0.769 / 0.846 after."""
    passages = parse_document(EXTERNAL / "thoughtworks_danah_boyd_bias.md")[0]
    assert {p.speaker for p in passages} == {None, "Rebecca Parsons", "danah boyd"}
    assert all(p.question for p in passages if p.speaker == "danah boyd")
    figures = check_figures("unseen_check36", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.84 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_festival_q_and_a_pages_labelled_by_the_filmmaker_s_initials_only(real_embedder):
    """unseen_check37/: "GS:" and "JH:" turns under "FILMMAKER Q&A – Jaron Herren – Director…";
    questions written before running them. First run 0.000 / 0.000 (answers by "JH" and "SP");
    1.000 / 1.000 after."""
    passages = parse_document(EXTERNAL / "global_shorts_jaron_herren_qa.txt")[0]
    assert {p.speaker for p in passages if p.question} == {"Jaron Herren"}
    figures = check_figures("unseen_check37", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "2/2" and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_customer_q_and_a_pages_with_the_asker_s_label_on_each_heading_and_pull_quotes(real_embedder):
    """unseen_check38/: "## Anthropic: …?" headings over "**Keanon O'Keefe, MagicSchool:**" then
    "**O'Keefe:**" answers, pull quotes signed by name and title between them, a carousel repeating
    "Case Study: …"; questions written before running them. First run 0.750 / 0.875 (a heading
    without "?" read into the answer before it; O'Keefe's pull quote in Rohlfs's answer; "Case
    Study" a speaker); 0.792 / 0.917 after."""
    passages = parse_document(EXTERNAL / "claude_magicschool_qa.md")[0]
    assert {p.speaker for p in passages} == {None, "Keanon O'Keefe", "Chris Rohlfs"}
    assert not any(p.question.startswith("Anthropic:") for p in passages if p.question)
    assert any(p.question == "Walk us through what implementation actually looked like." for p in passages)
    rohlfs = " ".join(p.text for p in passages if p.speaker == "Chris Rohlfs")
    assert "Our separate Claude-powered student AI tools" not in rohlfs and "Keanon O'Keefe" not in rohlfs
    figures = check_figures("unseen_check38", real_embedder)
    assert figures["recall@1"] >= 0.79 and figures["recall@3"] >= 0.91 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_case_study_quoting_its_subject_in_paragraphs_of_quotation_alone(real_embedder):
    """unseen_check39/: a company's case study, "“…,” Bauman says" once, then paragraphs that are
    only a quotation, "He pauses. “…”", narration "For Bauman, …"; questions written before running
    it. First run 0.182 / 0.182 (his words no one's, "For Bauman" taken for a person); 0.727 /
    0.909 after."""
    passages = parse_document(EXTERNAL / "subimage_veriff_case_study.md")[0]
    assert {p.speaker for p in passages} == {None, "Viljar Bauman"}
    assert sum(p.speaker == "Viljar Bauman" for p in passages) >= 10
    figures = check_figures("unseen_check39", real_embedder)
    assert figures["recall@1"] >= 0.72 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_magazine_feature_interviewing_three_people_under_headings_that_name_none_of_them(real_embedder):
    """unseen_check40/: a Jekyll feature, each section's heading a phrase ("## Archival passion"),
    its narration about one filmmaker, then "**How did you get into filmmaking?** I went…" inline;
    the last prompt on the line closing a <figure>; questions written before running it. First run
    0.077 / 0.077 (every answer no one's); 0.923 / 0.923 after."""
    passages = parse_document(EXTERNAL / "ucsc_documenting_reality_feature.md")[0]
    answered = {p.speaker for p in passages if p.question}
    assert answered == {"Irene Lusztig", "Jennifer Maytorena Taylor", "Elizabeth Stephens"}
    assert not any("**" in p.text or "**" in (p.question or "") for p in passages)
    figures = check_figures("unseen_check40", real_embedder)
    assert figures["recall@1"] >= 0.92 and figures["interviewees"] == "3/3" and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_a_magazine_feature_quoting_four_people_between_organisations_and_places(real_embedder):
    """unseen_check41/: a Jekyll feature quoting a researcher and three others with "said", its
    narration full of organisations ("the National Academies of Sciences' Transportation Research
    Board"), HTML entities for quotation marks; questions written before running it. First run
    0.417 / 0.583 ("Does Millard-Ball" a person; quotations after narration naming a board no
    one's); 0.750 / 0.917 after."""
    passages = parse_document(EXTERNAL / "ucsc_driving_change_feature.md")[0]
    assert {p.speaker for p in passages} == {None, "Adam Millard-Ball", "David Fields", "Christopher Barrington-Leigh", "Michael Nees"}
    figures = check_figures("unseen_check41", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.91 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_magazine_q_and_a_whose_intro_names_the_interviewee_by_surname(real_embedder):
    """unseen_check42/: "We spoke with Hammack…" after "[**Phillip\\nHammack**](…)", then bold
    questions inline, some wrapped over two lines; questions written before running it. First run
    0.083 / 0.083 (every answer given to a speaker called "Hammack"); 0.917 / 1.000 after."""
    passages = parse_document(EXTERNAL / "ucsc_pronouns_interview.md")[0]
    assert {p.speaker for p in passages if p.question} == {"Phillip Hammack"}
    figures = check_figures("unseen_check42", real_embedder)
    assert figures["recall@1"] >= 0.91 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_two_more_magazine_q_and_as_one_setting_statements_in_bold_as_prompts(real_embedder):
    """unseen_check43/: two more Q&As of the magazine of checks 40–42, run as honest checks of
    their rules ("We spoke with Devecka" after "[**Martin Devecka**](…)"); the second sets two
    prompts as statements in bold ("**Truth seems like a modern, useful thing.** The word…"), and
    a critic with two surnames is quoted by the first ("Rojas said"). First run 0.750 / 0.750;
    1.000 / 1.000 after."""
    passages = parse_document(EXTERNAL / "ucsc_clues_from_antiquity_interview.md")[0]
    assert any(p.question == "Truth seems like a modern, useful thing." and p.speaker == "Karen Bassi" for p in passages)
    figures = check_figures("unseen_check43", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_podcast_transcripts_with_time_codes_breaks_and_two_hosts(real_embedder):
    """unseen_check44/: two podcast transcripts in Markdown, bold full-name labels, some followed by
    a time code ("**Nathan Sobo:** \\[04:02\\]"), "**Break:** \\[26:28\\]" markers, the second with two
    hosts sharing the asking. First run 0.690 / 0.862 with 2 of the second's 54 prompts found (one
    host's label, once plain, taken for a caption; "Break" for the asker); 0.690 / 0.931 after,
    52 of 54, both hosts asking, the hosts' introductions first for "Who is …?"."""
    passages = parse_document(EXTERNAL / "changelog_atom_sobo.md")[0]
    assert {p.speaker for p in passages} == {"Adam Stacoviak", "Jerod Santo", "Nathan Sobo"}
    assert any(p.speaker == "Nathan Sobo" and p.question == "Okay, does this video still exist and can we watch it?" for p in passages)
    assert not any(p.text.endswith("Break:") for p in passages)
    figures = check_figures("unseen_check44", real_embedder)
    assert figures["recall@1"] >= 0.68 and figures["recall@3"] >= 0.93 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_panel_shows_whose_guest_a_host_presents_and_whose_co_hosts_add_to_a_question(real_embedder):
    """unseen_check45/: two Go Time panels in Markdown, three hosts and two hosts beside one guest,
    the hosts talking as much as the guest (no one stands apart as asking). First run 0.625 /
    0.719 with 2 of 31 and 3 of 27 prompts found; after (the guest a host presents before he
    speaks, "St." in a name, a co-host adding to a question, a self-introduction for "Who is…?")
    0.625 / 0.906, every prompt found."""
    passages = parse_document(EXTERNAL / "gotime_pilosa_jaffee.md")[0]
    assert {p.speaker for p in passages} == {"Erik St. Martin", "Carlisia Thompson", "Brian Ketelsen", "Matt Jaffee"}
    assert any(p.speaker == "Matt Jaffee" and p.question and p.question.startswith("That's awesome. Tell us a little bit about Pilosa itself.") for p in passages)
    figures = check_figures("unseen_check45", real_embedder)
    assert figures["recall@1"] >= 0.62 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_conference_panel_and_a_show_with_a_guest_co_host(real_embedder):
    """unseen_check46/: a JS Party panel of four recorded at a conference, and a Practical AI episode
    with two hosts, a guest co-host and a guest. First run 0.676 / 0.853; after (co-hosts a host
    names ask; a turn opening the show or presenting someone is the host's words, its last sentence
    the prompt; panelists naming each other are not each other's topic) 0.735 / 0.912."""
    passages = parse_document(EXTERNAL / "practicalai_masakhane_siminyu.md")[0]
    assert {p.speaker for p in passages if p.speaker != "Kathleen Siminyu"} == {"Daniel Whitenack", "Chris Benson", "Joyce Nabende"}
    assert any(p.speaker == "Daniel Whitenack" and "tech strategist at Lockheed Martin" in p.text and p.question is None for p in passages)
    figures = check_figures("unseen_check46", real_embedder)
    assert figures["recall@1"] >= 0.73 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_a_podcast_with_two_guests_who_turn_to_each_other(real_embedder):
    """unseen_check47/: a podcast with two guests, plain labels on every paragraph, the guests in the
    front matter's "speakers". First run 0.778 / 0.833; after (a request closing a host's paragraph
    keeps the paragraph as the prompt; a guest asking the other by name prompts the reply) 0.833 /
    0.889."""
    passages = parse_document(EXTERNAL / "livera_dorsey_stark_podcast.md")[0]
    assert any(p.speaker == "Jack Dorsey" and p.question and p.question.startswith("Yeah Jack, I would love to hear.") for p in passages)
    assert any(p.speaker == "Elizabeth Stark" and p.question and "also known as the Lightning Torch" in p.question for p in passages)
    figures = check_figures("unseen_check47", real_embedder)
    assert figures["recall@1"] >= 0.83 and figures["recall@3"] >= 0.88 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_talk_under_topic_headings_with_its_audience_s_questions(real_embedder):
    """unseen_check48/: a talk transcript whose front matter names its speaker ("speakers:
    ['Greg Maxwell']"), topic headings, then anonymous "Q:" / "A:" turns. First run 0.000 / 0.000
    (the speaker not found, every word no one's); after (front matter lists and "speakers" read;
    a declared speaker's sections that ask nothing are their monologue) 0.625 / 0.938."""
    passages = parse_document(EXTERNAL / "gmaxwell_talk_qa.md")[0]
    assert any(p.speaker == "Greg Maxwell" and p.question is None and "conservative and economical" in p.text for p in passages)
    assert any(p.speaker == "Greg Maxwell" and p.question == "Is it desirable to ditch openssl because it's heavy weight?" for p in passages)
    figures = check_figures("unseen_check48", real_embedder)
    assert figures["recall@1"] >= 0.62 and figures["recall@3"] >= 0.93 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_wordpress_interviews_with_images_in_their_labels_and_a_headline_quote(real_embedder):
    """unseen_check49/: three 40k Books posts: bold first-name labels with images inside them, a
    "**Q: **"/"**A: **" interview (bold closed after a space) under "Name: The Complete Interview",
    and a monologue under image "tags" headlined 'Ron Martinez: "…"'. First run 0.481 / 0.481
    (answers given to a man the answers mention, asterisks in every quote, one interviewee not
    found); after (WordPress bold read; the complete-interview and quoting headlines name the
    speaker; the talk after an intro is the quoted person's) 0.846 / 0.904."""
    passages = parse_document(EXTERNAL / "dekerckhove_40k_interview.md")[0]
    assert {p.speaker for p in passages if p.question} == {"Derrick de Kerckhove"}
    martinez = parse_document(EXTERNAL / "martinez_40k_tags.md")[0]
    assert any(p.speaker == "Ron Martinez" and "Indies can move fast" in p.text for p in martinez)
    assert all(p.speaker is None for p in martinez if "is the founder of aerbook" in p.text)
    figures = check_figures("unseen_check49", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_fireside_chat_with_timecoded_labels_and_a_debate_of_initials_and_handles(real_embedder):
    """unseen_check50/: a conference fireside chat ("Stephan: 00:01:06" over one sentence per line)
    and a five-way debate labelled "RV", "EL", "pgp", "AP", "???" with elapsed times ("2m 10s")
    between turns. First run 0.683 / 0.780 (the times taken for prompts, "pgp" no one, a greeting
    introducing the guest); after (elapsed times dropped; a handle is the name it gives; "???" is
    no one; a turn asking at its start and end is one prompt; "Name 00:01:01:" a label) 0.805 / 0.878;
    0.780 / 0.878 since later turns are embedded without their prompt (issue 15's twenty-first stop:
    "What is a soft-fork?" now second, by 0.02, behind the same speaker's other answer on soft-forks)."""
    debate = parse_document(EXTERNAL / "whalepool_segwit_debate.md")[0]
    assert not any(re.fullmatch(r"\d+m(?: \d+s)?|\d+min(?: \d+s)?", p.question or "") for p in debate)
    assert any(p.speaker == "Phil Potter" and p.text.startswith("I am CSO at Bitfinex") for p in debate)
    assert not any("???" in p.text for p in debate)
    figures = check_figures("unseen_check50", real_embedder)
    assert figures["recall@1"] >= 0.78 and figures["recall@3"] >= 0.87 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_two_hosts_talking_with_credentials_in_a_label(real_embedder):
    """unseen_check51/: a Brain Science episode, two hosts and no guest, "Mireille B. Reece,
    Psy.D:" labelling the psychologist. First run 0.800 / 0.950 (every reply without a prompt);
    after (where no one asks, a turn closing on a question prompts the other's reply, not a "Yeah."
    nor the asker's own next turn) 0.800 / 0.950 or better, prompts 14."""
    passages = parse_document(EXTERNAL / "brainscience_attention.md")[0]
    assert any(p.speaker == "Mireille B. Reece" and p.question and p.question.endswith("So how can I balance that?") for p in passages)
    figures = check_figures("unseen_check51", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.95 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_talk_whose_speaker_quizzes_the_audience_and_takes_its_questions(real_embedder):
    """unseen_check52/: a talk under topic headings, "Christian:" quizzing "Audience:", who answers
    ("Rare Pepe.") and later asks, "MIXED AUDIO:" over a game played on stage. First run 0.611 /
    0.833, prompts 33 for 20 (the audience's answers taken for prompts running over the talk);
    after (the audience asks unnamed, its answers prompt nothing, unnamed voices are no one's)
    0.667 / 0.833, prompts 19."""
    passages = parse_document(EXTERNAL / "moss_bitcoin_gaming_talk.md")[0]
    assert not any(p.question == "Rare Pepe." for p in passages)
    assert {p.speaker for p in passages} == {"Christian Moss", None}
    figures = check_figures("unseen_check52", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.83 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_an_automatic_transcript_of_numbered_voices_under_topic_headings(real_embedder):
    """unseen_check53/: "Speaker 0:" / "Speaker 1:" alone on their lines with a timecode, front
    matter naming both speakers and a summary saying who interviews whom, topic headings (some
    questions) between a question and its answer. First run 0.000 / 0.000 (no voice named);
    after (voices named from the declared speakers, the host's introduction and elimination;
    "X interviews Y" names the asker; headings next to the host's turn are titles) 0.571 / 0.714."""
    passages = parse_document(EXTERNAL / "kernel_speaker_numbers.md")[0]
    assert {p.speaker for p in passages if p.question} == {"Sedited"}
    figures = check_figures("unseen_check53", real_embedder)
    assert figures["recall@1"] >= 0.57 and figures["recall@3"] >= 0.71 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_magazine_listing_of_teasers_asked_in_its_own_name(real_embedder):
    """unseen_check54/: four interview teasers run together in plain text, "Filmmaker:" asking and
    a surname answering after the question mark, answers cut off ("[…]"). First run 0.000 / 0.000
    (every teaser the magazine's); after (a label opening several lines asks, a name after its
    question mark answers, its label inside a line opens its next question, "[…]" is no answer)
    1.000 / 1.000."""
    passages = parse_document(EXTERNAL / "filmmaker_production_listing.txt")[0]
    assert [p.speaker for p in passages if p.question] == ["Smirnoff", "Iskander", "Medalia", "Zwebner-Zaibert"]
    figures = check_figures("unseen_check54", real_embedder)
    assert figures["recall@1"] == 1.0 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_meetup_talk_whose_audience_asks_and_answers(real_embedder):
    """unseen_check55/: a talk under topic headings, the speaker labelled only when the audience
    speaks ("Audience Member:" asking, and answering for him). First run 0.750 / 0.812 (his talk
    before an audience remark in a section no one's); after (a declared speaker's talk before a
    section's first turn is theirs) 0.875 / 0.938."""
    passages = parse_document(EXTERNAL / "chow_psbt_talk.md")[0]
    assert any(p.speaker == "Andrew Chow" and "Electrum expects to see things in these input scripts" in p.text for p in passages)
    figures = check_figures("unseen_check55", real_embedder)
    assert figures["recall@1"] >= 0.87 and figures["recall@3"] >= 0.93 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_talk_with_bold_q_and_a_and_follow_up_labels(real_embedder):
    """unseen_check56/: a talk under one "**Richard**:" label, then "**Q**:" / "**A**:" with
    "**Follow-up Q**:", "**Asker**:" and "**Previous asker**:" turns. First run 0.833 / 0.917 with
    "Follow-up Q" read as a person answering; after (labels naming a question or an unnamed asker
    ask) the same figures, every answer the speaker's."""
    passages = parse_document(EXTERNAL / "safier_signet_talk.md")[0]
    assert {p.speaker for p in passages if p.question} == {"Richard Safier"}
    figures = check_figures("unseen_check56", real_embedder)
    assert figures["recall@1"] >= 0.83 and figures["recall@3"] >= 0.91 and figures["interviewees"] == "1/1", figures
