"""The English word lists and patterns the assistant reads documents with, in one place.

Parsing (who speaks, what is a prompt, headings, labels) and how prompts are embedded
take their cues from here, so a new language or house style is a change to this module and its
tests, not a hunt through the pipeline. How questions are read is in `question_cues.py` (and
`request_cues.py`: requests for advice or a service); how
credits and cast lists are read, in `credit_cues.py`; how quotations in prose are attributed, in
`quote_cues.py`; what is never part of an answer (a page's furniture, datelines), in `noise_cues.py`.
"""

from __future__ import annotations

import re

# --- Pronouns: whose voice a sentence is in -------------------------------------------------
FIRST_PERSON = re.compile(r"\bI\b|(?i:\b(?:me|my|myself|mine)\b)")
SECOND_PERSON = re.compile(r"(?i)\b(?:you|your|yours|yourself|yourselves)\b")
FIRST_PLURAL = re.compile(r"(?i)\b(?:we|us|our|ours|ourselves)\b")
SINGULAR_THIRD_PERSON_SUBJECT = re.compile(r"(?i)\b(?:he|she)\b")
# Someone spoken of as "he" or "she", in any of the pronoun's forms: narration about a person, or
# in a question naming one person and no one else, theirs ("What will the professor do after he
# retires?"; "they" may be anyone).
SINGULAR_THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|him)\b")
SINGULAR_THIRD_PERSON_POSSESSIVE = re.compile(r"(?i)\b(?:his|her)\b")

# --- Prompts and answers in an interview without markers --------------------------------------
# The work under discussion: the film, its script, or a title in capitals ("THE CONCERT").
WORK = re.compile(r"(?i:\b(?:film|films|film’s|film's|movie|script|screenplay)\b)|\b[A-Z]{2,}\s+[A-Z]{2,}\b")
# A paragraph opening like this continues the speaker's own train of thought.
CONNECTIVE = re.compile(
    r"^(?:and|but|so|then|yet|still|also|besides|however|moreover|furthermore|finally|lastly|"
    r"indeed|because|therefore|thus|nevertheless|from then on|in this view|that is why|"
    r"this is why|which is why)\b",
    re.IGNORECASE,
)
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# How a reply opens: "Yes.", "Absolutely." (a prompt is likelier before one).
REPLY_OPENER = re.compile(
    r"^(?:yes|no|absolutely|exactly|indeed|of course|probably|certainly|definitely|sure|not at all|not really)\b",
    re.IGNORECASE,
)
# A question asked in so many words, even without its question mark ("Tell us about…").
QUESTION_OPENER = re.compile(
    r"(?i)^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|"
    r"would|will|should|have|has|had|tell (?:us|me)|describe|talk (?:us )?(?:about|through)|explain)\b"
)

# --- Headings that name the interviewee ---------------------------------------------------------
# A line that is only a page number: "12", "- 12 -", "Page 3", "3 / 10", "3 of 10".
PAGE_NUMBER = re.compile(r"(?i)^\W*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\W*$")
# What separates a title's parts: "To Leslie – Q&A with Michael Morris", "Interview | Site".
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|]\s*")
# "A Conversation with X", "Interview with X", "Q&A with X", "In conversation with X",
# "An interview with director X", "Meet X", "5 Questions With X"; and "X in conversation", "X: the interview"; as a
# French press kit heads it too: "Entretien avec X", "Rencontre avec X", "Interview de X".
INTERVIEW_BEFORE_NAME = re.compile(
    r"(?i)^\s*(?:(?:an?|the|our|exclusive|un|une|l['’])\s*)?"
    r"(?:(?P<role>filmmakers?|directors?|artists?|cast|creators?|composers?|actors?|actress(?:es)?|producers?)\s+)?(?:in\s+|en\s+)?(?:\d{1,2}\s+(?=questions?\b))?"
    r"(?:conversation|interview|q\s*&\s*a|q\s+and\s+a|questions?\s+(?:and\s+answers?\s+)?|chat|talk|meet(?:ing)?|(?:the\s+)?spotlight(?:\s+on)?|entretien|rencontre|"
    r"entrevista|intervista|conversación|conversazione"
    # Time spent with someone names them only with "with": "Five minutes with …", "Coffee with …".
    r"|(?P<time>\w+\s+minutes|catching\s+up|sitting\s+down|coffee|lunch|drinks|a\s+(?:few\s+)?words?))"
    # After a role ("Filmmaker Q&A with …") only "with" names a person: "Filmmaker Q&A: Beauty Mark" is a film's.
    r"(?(role)\s+with|(?(time)\s+with|\s*(?P<joined>with|avec|de|d['’]|con|mit|com|:|–|—|-)?))\s*(?P<name>(?<=[\s'’])\S.*?)\s*[.:]?\s*$"
)
# A role and "of" between an interviewee's name and the film's title: "…, director of Bellus",
# "…, director and writer of Affairs of the Art", "…, réalisatrice de Ce n’est rien".
ROLE_OF_FILM = (
    r"(?:(?:co-?)?(?:director|filmmaker|producer|writer|screenwriter|animator|réalisat(?:eur|rice))s?|actor|actress|composer)"
    r"(?:\s+and\s+\w+)?\s+(?:of|de|du|des|d[’'])"
)
# A magazine headline about someone: "Lena Park on “Night Buses”", "Greta Gerwig on Barbie",
# "Lena Park Talks Night Buses", "Lena Park Opens Up About…".
HEADLINE_ABOUT = re.compile(
    r"^\s*(?P<name>[^:–—|“”\"]+?)\s+(?:[Oo]n|(?P<verb>(?i:talks|discusses|reflects\s+on|opens\s+up\s+about|breaks\s+down)))\s+\S"
)
# "Lena Park interview", "Lena Park: the interview", "Lena Park – an exclusive interview",
# "Lena Park: The Complete Interview" (after a colon or dash, an article and up to two words).
HEADLINE_INTERVIEW = re.compile(
    r"(?i)^\s*(?P<name>[^:–—|“”\"]+?)\s*(?:(?:[:,–—|-]\s*)?(?:(?:an?|the|exclusive)\s+)*|[:–—|]\s*(?:an?|the)\s+(?:[\w-]+\s+){1,2})interview\b"
)
# "Lena Park: “I never wanted to direct”": a headline giving a person's words after their name.
HEADLINE_QUOTE = re.compile(r"^\s*(?P<name>[^:–—|“”\"«]+?)\s*[:–—|]\s*[“\"«‘'](?P<quote>[^“”\"«»]{10,300}?)[”\"»’']\s*$")
# "After Yang as seen by Kogonada", "The shoot in the words of Lena Park": a title closing on
# whose view the text gives (a festival's series of directors' answers).
SEEN_BY_NAME = re.compile(r"(?i)\b(?:as\s+seen\s+by|through\s+the\s+eyes\s+of|in\s+the\s+words\s+of)\s+(?P<name>[^,:;|–—()]+?)\s*$")
# A quotation signed after a bar or dash on its own line: "“It Was Really Important…” | Eva
# Longoria Bastón, La Guerra Civil", "“A quiet triumph.” – Lena Park", "“…” – Jessica Barr on “Tight”".
SIGNED_QUOTATION = re.compile(r"^\s*[“\"«][^“”\"«»]{3,}[”\"»]\s*(?:[|–—]|-{1,2})\s*(?P<who>[^,|()–—]+?)\s*(?:[,(].*|\s(?:on|about)\s+[“\"«‘'].*)?$")
INTERVIEW_AFTER_NAME = re.compile(
    r"(?i)^\s*(?P<name>.+?)\s*(?:[,:–—-]\s*)?(?:in\s+conversation|interviewed|speaks|talks|:\s*the\s+interview|q\s*&\s*a|in\s+(?:his|her|their)\s+own\s+words"
    r"|answers\s+(?:your|our|readers['’]?|fans['’]?|the\s+audience['’]?s?|audience)\s+questions)\s*$"
)
# A press kit's heading over the biographies that often follow its interviews, in any case: "About
# the director", "Biography", "Filmography" (the synopsis and credits, which come before, are
# left to the document's own headings).
SECTION_HEADING = re.compile(
    r"(?i)^\s*(?:about\s+the\s+(?:director|directors|filmmakers?|author|artist|composer|producers?)"
    r"|(?:director['’]?s?\s+|filmmaker['’]?s?\s+)?biograph(?:y|ies)|filmography)\s*:?\s*$"
)
# "Director's statement", "A note from the director", "Director's notes".
DIRECTORS_STATEMENT = re.compile(
    r"(?i)^\s*(?:(?:a|the)\s+)?(?:director'?’?s\s+(?:statement|note|notes|word|intention|intentions)|"
    r"(?:statement|note|notes|a\s+word)\s+(?:from|by)\s+(?:the\s+)?director)\b"
)
# Sentences of a title or intro that name who is interviewed ("DFF caught up with Drew Christie",
# "Jess Gonchor talks to Christopher Redmond about…", "I interviewed Felix and Chris").
# ("interviews with Bannon" are the film's, not the article's: the plural noun is not the verb.)
INTERVIEWED_AFTER_VERB = re.compile(
    r"(?i)\b(?:interview\s+with|interview(?:ed)?|interviews(?!\s+with)|conversation\s+with|q\s*&\s*a\s+with|caught\s+up\s+with|"
    # "We got the chance to talk to X", "we spoke on the phone with X".
    r"sat\s+down\s+with|spoke\s+(?:(?:on|over)\s+the\s+(?:phone|telephone)\s+|by\s+(?:phone|telephone)\s+)?(?:to|with)|"
    r"talk(?:ed|ing)?\s+(?:to|with)|chatted\s+with|"
    r"met\s+(?:up\s+)?with|in\s+conversation\s+with|"
    # A host presenting the guest: "Today my guest is the director Lena Park", "our guest for today
    # is…", "I'm joined by…", "we are here joined today by…".
    r"(?:my|our)\s+guests?\s+(?:(?:for\s+)?(?:today|tonight|this\s+(?:week|episode))\s+)?(?:is|are)|"
    r"(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:here\s+)?joined\s+(?:(?:here\s+)?(?:today|tonight|this\s+week)\s+)?by|"
    r"joining\s+(?:me|us)\s+(?:today\s+)?(?:is|are)|sit\s+down\s+with)\s+"
)
# An age may stand between ("Haigh, 42, talked about…").
INTERVIEWEE_BEFORE_VERB = re.compile(
    r"(?i)(?:,\s*\d{1,3},)?\s+(?:talks|talked|speaks|spoke|chats|chatted|opens\s+up|opened\s+up|reflects|reflected|tells\s+us|told\s+us|on\s+(?:making|directing))\b"
)
# The person who asks, in a headline's present tense: "X talks to Christopher Redmond about…"
# (in the past tense, "Y spoke with X", the one spoken to is the interviewee).
INTERVIEWER_AFTER_VERB = re.compile(r"(?i)\b(?:talks|speaks|chats)\s+(?:to|with)\s+")
# The person who asks opening a summary: "Shinobi (Bitcoin Magazine) interviews Sedited, a…",
# "Lena Park sat down with Tom Lee…", "Lukas Kendall conducted the following interview with…".
INTERVIEWER_BEFORE_VERB = re.compile(
    r"^\s*(?P<who>[^()\n,;:.]{2,60}?)(?:\s*\([^()]{1,60}\))?\s+"
    r"(?:interviews|interviewed|sits down with|sat down with|conduct(?:s|ed)\s+(?:the|this|an?)\s+(?:following\s+)?(?:interview|conversation)\b)\s+\S"
)
# "Interview between me (Balenzi Phillip) and a parking space owner (Michael Muhangi)": the two sides.
INTERVIEW_BETWEEN = re.compile(r"(?i)\b(?:interview|conversation|discussion)\s+between\s+(?P<first>.+?)\s+and\s+(?P<second>[^;:.]+)")
# A line declaring who is interviewed or asks, not a turn: "Interviewee: Jack Wang (26, postgraduate
# student…)", "Participant: Sarah Chen, 24, …", "Interviewer: Yaxin Liu".
DECLARATION = re.compile(
    r"^\s*(?P<who>interviewee|participant|respondent|guest|subject|interviewer)\s*[:：]\s*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})\s*(?:$|[(,;–—-])",
    re.IGNORECASE,
)
# Words after "Interview" that name the document, not the one interviewed ("Interview Script
# (Austin - Master Student at UQ)": the person is in the brackets).
DOCUMENT_WORDS = frozenset("script transcript transcription notes summary questions questionnaire guide protocol recording template".split())
# A line titling an interview by its document ("Interview Transcript – Prototype Study") heads it.
INTERVIEW_DOCUMENT_TITLE = re.compile(rf"(?i)^\s*interview\s+(?:{'|'.join(sorted(DOCUMENT_WORDS))})\b")
# The side of an interview that is the writer: "me", "myself".
WRITER = re.compile(r"(?i)^(?:me|myself|I|us|ourselves)\b")
# A byline naming who asked: "Interview by John Doe", "Interviewed by John Doe", "By John Doe, March 3".
BYLINE = re.compile(r"^\s*(?i:(?:an?\s+)?interview(?:ed)?\s+(?:and\s+\w+\s+)?by|words\s+by|text\s+by|by)\s+(?=[A-ZÀ-ÖØ-Þ])")
# A request set as a heading is a prompt even without its question mark ("Tell us about your film.").
REQUEST = re.compile(
    r"(?i)^\s*(?:tell\s+(?:us|me)|describe|talk\s+(?:to\s+(?:me|us)\s+)?(?:us\s+)?(?:about|through)|walk\s+us\s+through|explain|introduce\s+yourself|"
    r"let[’']s\s+(?:start\s+(?:by|with)\s+)?(?:talk(?:ing)?\s+about|discuss(?:ing)?))\b"
)
# A statement ending on what would help asks too: "…So, a bit of an intro would be great."
REQUEST_ENDING = re.compile(r"(?i)\b(?:would|[’']d)\s+be\s+(?:great|helpful|nice|wonderful|lovely|useful|interesting|good)\s*[.!]?\s*$")

# A statement that asks without a question mark: "…so we wanted to ask, how you got the idea…",
# "I'd like to know what…", "I'd love to hear your story", "Tell us about…".
ASKING_STATEMENT = re.compile(
    r"(?i)\b(?:(?:want(?:ed)?|would\s+like|['’]d\s+like)\s+to\s+(?:ask|know)|(?:would|['’]d)\s+love\s+to\s+(?:hear|know)|tell\s+(?:us|me))\b"
)

# Words that follow a name in running text without being a surname ("danah and I", "danah said").
LOWER_CASE_NAME_STOPS = frozenset(
    """and or but nor the a an of to in on at for with as by from is was are were be been has have
    had do did does will would can could should may might must i you he she we they it me him her
    us them my your his our their its that this who which what when where why how not no so if
    then than also just said says asked told""".split()
)

# A host opening the show: "Hello and welcome to the Thoughtworks podcast", "you're listening to…",
# "I'm your host".
HOST_WELCOME = re.compile(r"(?i)\b(?:welcome\s+(?:back\s+)?to|you['’]re\s+listening\s+to|I['’]m\s+your\s+host)\b")

# A host opening the show or presenting its people: "Welcome to another episode of…", "you're
# very welcome to this podcast", "our guest for today is…", "joined as always by my co-host, Chris
# Benson", "we are here joined today by…", "we are very happy to have X with us".
PRESENTING = re.compile(
    r"(?i)\b(?:welcome\s+(?:back\s+)?to\s+(?:[\w'’-]+\s+){0,5}?(?:show|podcast|episode|program|programme|edition)\b"
    r"|(?:my|our)\s+guests?\b|co-?hosts?\b|joined\s+(?:\w+\s+){0,3}?by\s|joining\s+(?:me|us)\b|happy\s+to\s+have\s)"
)
# A line listing who takes part: "Featuring: Maria Ruiz, Tom Lee", "Starring X and Y".
FEATURING = re.compile(r"(?im)^\s*(?:featuring|starring|with|guests?|panel(?:ists)?|participants?)\s*[:–—-]?\s+(?P<names>.+)$")

# Front matter and page metadata fields: those that introduce the interview (a standfirst, a
# blurb), and those that name the interviewee outright.
# Front matter fields stating a film's credits, as a festival's or distributor's page keeps them
# ("director = "Edward Berger""), and the facts beside them ("running-time = "120 mins""). A page
# with a credit or a field only a film has (a running time, screenings, a certificate) is a film's;
# without one, its fields are a blog's or a podcast's settings ("language: en", "duration:
# PT12M29S"). Written with hyphens ("running_time" reads alike).
CREDIT_FIELDS = frozenset(
    """director directors directed-by writer writers screenwriter screenplay producer producers cast starring
    composer cinematographer editor""".split()
)
FILM_FIELDS = CREDIT_FIELDS | frozenset("running-time runtime screenings screening certificate bbfc-rating original-title".split())
FACT_FIELDS = FILM_FIELDS | frozenset(
    """english-title music duration length year production-year release-date country countries language
    languages subtitles rating venue premiere notes""".split()
)
STANDFIRST_FIELDS = ("excerpt", "description", "blurb", "summary", "subtitle", "lead", "standfirst", "intro", "teaser", "preamble")
INTERVIEWEE_FIELDS = ("interviewee", "name", "guest", "guests", "subject", "person", "artist", "speaker", "speakers")
# The fields that declare who speaks, whatever name they give: a user name too ("speaker: twebb").
SPEAKER_FIELDS = ("interviewee", "guest", "speaker")
# The fields saying what kind of text a page is ("category: Speech"), and the kinds that are their
# author's own words, not an article about someone: its "author" field then names who speaks.
KIND_FIELDS = ("category", "categories", "type", "genre", "kind", "format")
OWN_WORDS_KINDS = frozenset(
    "speech speeches keynote address remarks eulogy lecture sermon toast essay statement letter op-ed memoir".split()
)

# Words naming an institution, a work or a part of one, never in a person's name ("Sundance Film
# Festival", "Film Festival Series Part 3").
INSTITUTION_WORDS = frozenset(
    "festival film films series university institute magazine company records studios pictures productions museum "
    "theatre theater orchestra society foundation awards academy council association college school conference "
    "part chapter episode season arena stadium dome hall center centre club".split()
)

# --- Words that say what someone does (role nouns before or after a name; folded, and in the
# languages press kits come in) -----------------------------------------------------------------
ROLE_WORDS = frozenset(
    """director directors filmmaker filmmakers film-maker actor actors actress actresses star stars
    producer producers co-producer executive composer writer writers screenwriter screenwriters
    co-writer cinematographer photographer editor designer production costume designer set
    musician musicians singer songwriter band artist artists author novelist poet dancer
    guitarist drummer pianist bassist keyboardist saxophonist violinist cellist percussionist vocalist
    choreographer animator creator showrunner host presenter journalist critic curator founder
    ceo programmer scientist playwright dramaturg dp dop professor teacher lecturer historian researcher
    scholar sociologist psychologist anthropologist astronomer physicist biologist philosopher
    economist engineer architect owner co-owner chairman chairwoman president manager promoter publicist liaison spokesman spokeswoman spokesperson
    realisateur realisatrice cineaste comedien comedienne acteur actrice producteur productrice
    scenariste compositeur compositrice directora actriz regisseur regisseurin schauspieler
    schauspielerin regista attore attrice""".split()
)
# Titles written before a name ("Dr. Daniel Jones", "Ms. Park"): not a first name.
HONORIFICS = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
# Articles a title may open with before a role word ("The director…", "La réalisatrice…").
TITLE_ARTICLES = frozenset("the a an our la le l' les un une el die der il".split())
# English articles, which open no name ("The Dark Side: …", "The Tacoma aroma").
ENGLISH_ARTICLES = frozenset("the a an".split())
# How a speaker states their own role: "I am a composer", "I'm an editor", "my job as a cinematographer",
# "given to me as an actor", "I am a film director" (the role is one of the next two words).
SELF_DESCRIPTION = re.compile(
    r"(?i)\b(?:I\s+am|I['’]m|(?:my\s+(?:job|work|role|career|life)|me)\s+as)\s+(?:an?|the)\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?"
)
# A role word "of" something is another role: a director of photography films, a director of
# operations manages; only these are roles a question may name.
ROLES_OF = {"photography": "cinematographer", "cinematography": "cinematographer"}
# "The director of the film", "the producer of this documentary": the role itself.
WORK_DETERMINERS = frozenset("the this that these a an my our his her their".split())
# Before a role word, these make it another job: a casting director, an assistant director or a
# music director is not the film's director.
OTHER_JOB_QUALIFIERS = frozenset(
    "casting art assistant associate music musical creative managing technical artistic sales marketing program programme festival".split()
)
# Roles of the person asking, in a speaker label ("KENNY MALONE, HOST:") or the sidecar.
INTERVIEWER_ROLES = frozenset(
    "host co-host cohost anchor moderator interviewer presenter chair questioner correspondent".split()
)
# Labels that stand for the question and the answer rather than for a person.
QUESTION_LABELS = frozenset(
    "q question questions interviewer int interview journalist journaliste periodista giornalista reporter".split()
)
ANSWER_LABELS = frozenset("a answer answers r reponse response responses reply respuesta risposta antwort interviewee respondent guest".split())
# Labels standing for the audience of a talk or panel ("Audience:", "Audience Member:"): someone
# unnamed who asks, or answers the speaker's quiz.
AUDIENCE_LABELS = frozenset(
    {"audience", "audience member", "audience members", "audience question", "audience response", "audience comment",
     "crowd", "attendee", "member of the audience", "from the floor", "floor"}
)
# Labels for voices a transcriber could not name ("MIXED AUDIO:", "Unidentified Speaker:"): no one's.
UNNAMED_VOICES = frozenset(
    {"mixed audio", "crosstalk", "cross talk", "unknown", "unknown speaker", "unknown voice", "unidentified", "unidentified speaker",
     "unidentified male", "unidentified female", "multiple speakers", "several voices", "voices", "inaudible"}
)
# What a page's author field holds when it names no one ("author: Unknown", "Staff").
AUTHOR_PLACEHOLDERS = frozenset("unknown anonymous anon staff admin administrator".split())
# Answer labels that may also be someone's initial: the answer's only beside "Q:".
ANSWER_INITIALS = frozenset("a r".split())
# A label several interviewees share: "BOTH:", "ALL:", "Maria and Tom (together):".
JOINT_LABELS = frozenset("both all together everyone".split())
# Particles inside surnames ("Gus Van Sant", "Olivier de Sagazan").
NAME_PARTICLES = frozenset("de du da di del della van von der den le la st st. St. Ste. bin ibn al el".split())

# Words before a colon that are not a speaker ("Note: …", "Photo: …", "Update: …", "Plot: …").
NOT_LABELS = frozenset(
    """note notes update updates edit editor's editors photo photos photograph image images picture
    credit credits source sources caption tags tag category categories music video audio listen watch
    read related see also warning spoiler spoilers disclaimer trailer link links transcript date time
    location runtime website web email tel phone contact press synopsis logline plot premise storyline genre country language
    format year name age gender occupation profile description position place background implication
    implications insight insights finding findings takeaway takeaways conclusion conclusions summary
    observation observations reflection reflections recommendation recommendations""".split()
)
# Words ending a title, never a speaker's name, before a colon: "Filmmaker Spotlight: John
# McDonald and Nina Schwanse…", "Festival Preview: …", "Director Interview: …", "RED BLUE SERIES:",
# "Media Contact:".
TITLE_LABEL_ENDINGS = frozenset("spotlight interview interviews preview review recap roundup profile feature exclusive q&a series contact contacts".split())
# Words opening a topic set before a colon, never a speaker's name: "On John Steinbeck: “…”",
# "About the Score: …", "Why Pittsburgh: …", as features set a subject's quotes under topics.
TOPIC_LABEL_OPENERS = frozenset("on about regarding concerning for with from after before during into over why how what when where".split())

# --- Replies that say nothing of their own ------------------------------------------------------
# A reply made only of these ("Right.", "That’s right.", "Thank you.", "Yeah, I agree.", "Sure, ask
# about anything.") keeps a conversation going and answers nothing on its own.
BACK_CHANNEL_WORDS = frozenset(
    """yes yeah yep yup no nope right alright all okay ok sure exactly absolutely definitely totally
    correct true indeed that that's thats it it's is was so oh ah uh um mm mhm hmm huh wow well
    great good cool nice fine thanks thank you very much hi hello hey of course i agree me too
    and the a go ahead ask away fire about anything""".split()
)

# A prompt that only thanks the one interviewed ("Thanks Petra!", "Thank you so much, Lena
# Park.", "Thanks for the feedback!", "Many thanks!") signs off: it asks nothing.
SIGN_OFF = re.compile(
    r"^\s*(?:many\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+again)?(?:\s+for\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?"
    r"(?:,?\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})?\s*[!.…]*\s*$",
    re.IGNORECASE,
)

# --- Stage directions kept out of quotes ---------------------------------------------------------
# A bracketed remark in capitals ("(SOUNDBITE OF MUSIC)", "(LAUGHTER)") or one of these words.
STAGE_DIRECTION_WORDS = frozenset(
    """laughs laughter laughing chuckles chuckling sighs sighing pause pauses inaudible crosstalk
    applause clapping singing sings music clip video audio unintelligible coughs smiles""".split()
)

# Words that open sentences in a name's place and are never one ("He talks like this.").
PRONOUNS = frozenset(
    "i you he she it we they this that these those there here who what which "
    "everybody everyone nobody somebody someone anybody anyone everything nothing something".split()
)
# Prepositions, conjunctions and a question's auxiliaries that open a sentence before a name and
# are never part of one ("For Park, Okafor's stillness was the key.", "Does Millard-Ball want…?").
CLAUSE_OPENERS = frozenset(
    """recently now today yesterday tonight earlier later lately currently finally meanwhile
    then eventually afterwards instead perhaps suddenly apparently clearly obviously evidently
    surely certainly naturally indeed fortunately unfortunately luckily sadly happily
    for in at to from by on with about after before when while as but and or so since like unlike despite below above
    although though if once until unless because without within through across among between
    do does did is are was were has have had can could would should""".split()
)

# Words greeting someone before their name ("Hi Drew", "Dear Lena"): never part of it.
GREETINGS = frozenset("hi hello hey dear".split())

# --- Prompts as embedded: follow-ups continue the prompt before them -----------------------------
# A prompt that opens like this continues the one before it ("How was the shoot?" … "And in Paris?").
CONTINUATION = re.compile(r"(?i)^(?:and|but|or|so|then|what about|how about)\b")
# An interjection continuing the prompt before it: one word ("Really?", "Why?") or one of these.
INTERJECTION = re.compile(r"(?i)^\W*(?:[\w'’-]+|how so|why not|how come|in what way|such as|like what|and then|meaning what)\W*$")
# A short prompt ending on a pronoun ("What was it you liked about it?", "Why is that?") asks about
# what the prompt before it asked.
BACK_REFERENCE = re.compile(r"(?i)^(?:\S+\s+){0,7}(?:it|that|this|them|those)\W*$")

# --- Prose -------------------------------------------------------------------------------------------
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "vs", "no"})
# Prefixes that keep their hyphen when a line break falls after them ("self-confidence").
HYPHEN_PREFIXES = frozenset(
    {"self", "co", "ex", "non", "quasi", "semi", "anti", "vice", "post", "pro", "all", "half", "cross", "well", "ill", "long", "short", "mid"}
)
