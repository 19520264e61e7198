"""Every English word list and pattern the assistant reads questions with, in one place.

Who a question names, what it asks for, its language, and what in the chat is a follow-up. Kept
apart from `cues.py` (how documents are read) because the index records a fingerprint of the
parser's code: a change here changes answers, not passages, and needs no rebuild.
"""

from __future__ import annotations

import functools
import re


# --- Questions put to the search --------------------------------------------------------------------
# Words around a mention that make that person the one speaking: "according to the director",
# "What does Radu think…", "the director's view", "… for Radu?".
SPEECH_VERBS = frozenset(
    "say says said think thinks thought feel feels felt explain explains explained describe describes "
    "described mean means believe believes consider considers define defines recall recalls remember "
    "remembers answer answers answered tell tells told prefer prefers hope hopes mention mentions mentioned".split()
)
# The auxiliaries of a question's inversion: the name right after one is its subject ("Which of
# Laurent's films does Radu mention?" asks Radu; Laurent, named before it, is the object).
AUXILIARIES = frozenset("do does did is was are were has have had will would can could".split())
VIEW_NOUNS = frozenset("view views opinion take words answer point idea ideas".split())
# Third-person pronouns a question uses for the one person a corpus interviews ("How did he start?").
THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|they|him|them)\b")
THIRD_PERSON_POSSESSIVE = re.compile(r"(?i)\b(?:his|her|their)\b")
# The verbs a rewrite's "you" takes in place of the third person's: "Is you self-taught?" is
# asked "Are you self-taught?", "Does he hope" → "Do you hope", as the interviewer's prompts read.
SECOND_PERSON_VERBS = {"is": "are", "was": "were", "does": "do", "has": "have"}
_THIRD_PERSON_VERB = r"(?:is|was|does|has)(?:n['’]t)?"
SECOND_PERSON_DISAGREEMENT = re.compile(rf"(?i)\b(?:{_THIRD_PERSON_VERB}(?=\s+you\b)|(?<=\byou\s){_THIRD_PERSON_VERB}(?![\w'’]))")
# A name after one of these (with one word between at most) is talked about: "a synthetic Robert Smith".
ARTICLES = frozenset("a an the this that".split())
# Beside another interviewee named as the subject, a name after one of these is the topic:
# "What did Mélanie Laurent like about acting with Guskov?"
TOPIC_PREPOSITIONS = frozenset("with about of on towards toward to by for".split())
# Words joining two names as equals ("Did Guskov and Nazarov get along?"): neither is the other's topic.
CONJUNCTIONS = frozenset("and or nor".split())
# "the film's composer", "the movie's producer": the possessive work says nothing about who.
WORK_NOUNS = frozenset("film movie picture documentary series show".split())
# A question asking who plays a character: its answer comes from the actor ("Who plays Andreï?"),
# or better from a passage stating it ("Miou Miou for Guylène").
_PLAYS = r"(?:plays|played|is\s+playing|was\s+playing|portrays|portrayed|stars\s+as|starred\s+as|(?:is|was)\s+cast\s+as)"
_ACTOR = r"(?:actor|actress|performer)"
_WHO_PLAYS = r"\b(?:(?<!actor\s)(?<!actress\s)(?<!performer\s)who\s+" + _PLAYS + r"|which\s+" + _ACTOR + r"|played\s+by)\b"
ASKS_WHO_PLAYS = re.compile("(?i)" + _WHO_PLAYS)
# A question asking who put the questions ("Who interviewed Lena Park?", "Who hosts the podcast?",
# "Who was the moderator?"): the people it names are the ones asked, not the answer's speaker,
# and the one asking may be the answer.
ASKS_WHO_ASKS = re.compile(
    r"(?i)^\W*(?:who|which\s+(?:journalist|interviewer|critic|host|presenter|moderator|reporter))\s+(?:"
    r"(?:first\s+)?(?:interviewed|interviews|hosts?|hosted|moderated|moderates|conducted|presented|presents)\b"
    r"|(?:is|was|were)\s+(?:the|their|his|her)\s+(?:host|interviewer|moderator|presenter)s?\b)"
)
# A question asking who wrote the text itself ("Who wrote this report?", "Who is the author of
# the article?"): its byline answers, not a film's writer.
_TEXT_NOUNS = r"(?:report|article|piece|story|post|review|feature|profile|write-?up|recap|summary|synopsis|text|blog|interview|notes)"
ASKS_AUTHOR = re.compile(
    rf"(?i)^\W*(?:who\s+(?:wrote|authored|penned)\s+(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?{_TEXT_NOUNS}\b"
    rf"|who\s+(?:is|was)\s+the\s+(?:author|writer)\s+of\s+(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?{_TEXT_NOUNS}\b)"
)
# …or who interviewed (not who hosted or moderated: a byline names who wrote, often who asked).
ASKS_INTERVIEWER = re.compile(r"(?i)^\W*(?:who\s+(?:first\s+)?interview(?:ed|s)\b|who\s+(?:is|was)\s+the\s+interviewer\b)")
# A byline in a short passage: "Oral History by Ken Berryman", "Interview by Jasmina Nevada", "By
# Tom Reed" — not a film's credit ("A film by Lena Park", "Directed by…").
BYLINE_IN_TEXT = re.compile(
    r"(?<!\bfilm )(?<!\bmovie )(?<!\bdirected )(?<!\bproduced )(?<!\bwritten and directed )(?<!\bshot )(?<!\bedited )(?<!\bscored )"
    r"\b[Bb]y\s+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}\b"
)
# A question asking only who someone is or what they do: "Who is danah boyd?", "Who exactly was
# Hanns Scharff?", "What does Clara Park do?", "What is Viljar Bauman's job at Veriff?".
_SOMEONE = r"[^,;:?]{1,60}?"
# Doing what: a name or a role, five words at most ("the Dean of the Arts"); a longer run is a
# clause ("What did making the film let the director do?").
_SOMEONE_DOING = r"[^\s,;:?]+(?:\s+[^\s,;:?]+){0,4}?"
# "Who is Bassi codirecting the institute with?" asks for someone else: a question ending on a
# preposition is none of these.
_NOT_ENDING_ON_PREPOSITION = r"(?<!\bwith)(?<!\bfor)(?<!\bto)(?<!\bby)(?<!\babout)(?<!\bfrom)"
ASKS_IDENTITY = re.compile(
    rf"(?i)^\s*(?:who(?:\s+exactly)?\s+(?:is|was)\s+{_SOMEONE}{_NOT_ENDING_ON_PREPOSITION}|who[’']s\s+{_SOMEONE}{_NOT_ENDING_ON_PREPOSITION}"
    rf"|what\s+(?:does|did)\s+{_SOMEONE_DOING}\s+do(?:\s+for\s+a\s+living)?(?:\s+(?:now|today|nowadays|these\s+days))?"
    rf"|what\s+(?:is|was)\s+{_SOMEONE}[’']s?\s+(?:job|role|position|title|occupation|profession)(?:\s+(?:at|in|on|with)\s+{_SOMEONE})?)\s*\?*\s*$"
)
# A question asking for a fact of someone's life: where they were born or grew up, how old they
# are, what they studied and where, which company or school they founded, ran or joined, the works
# of their career and whom they worked for ("Where did Amy Brand get her PhD?", "Which company did
# Ron Martinez found?", "Which comedies has Riegel edited?"): a biography or an intro states these
# as often as the person does.
_WORKS = (
    r"(?:films?|movies?|shows?|series|plays|productions|tv\s+shows?|television\s+shows?|features|shorts|documentar(?:y|ies)"
    r"|comedies|dramas|thrillers|albums|records|books|novels|episodes|projects)"
)
# What someone does on a work: "Which comedies has Riegel edited?", "What films did she shoot?".
_CRAFT = (
    r"(?:edited|edit|cut|directed|direct|written|wrote|write|produced|produce|shot|shoot|composed|compose|scored|score|"
    r"designed|design|made|make|start(?:ed)?\s+on|work(?:ed)?\s+on)"
)
_INSTITUTION = r"(?:company|companies|firm|studio|school|college|university|program(?:me)?|department|organi[sz]ation|label|agency|lab|institute|foundation|startup|business)"
ASKS_BIOGRAPHY = re.compile(
    rf"(?i)^\s*(?:where\s+(?:was|were|is)\s+{_SOMEONE}\s+(?:born|raised|from)\b|when\s+was\s+{_SOMEONE}\s+born\b|how\s+old\s+(?:is|was)\b"
    rf"|where\s+(?:does|do|did)\s+{_SOMEONE}\s+live\b"
    rf"|where\s+did\s+{_SOMEONE}\s+(?:grow\s+up|study|train|go\s+to\s+(?:school|college|university)|get\s+(?:his|her|their)\s+(?:degree|phd|doctorate|diploma|training|start))\b"
    rf"|what\s+did\s+{_SOMEONE}\s+study\b|(?:which|what)\s+{_INSTITUTION}\s+(?:did|does|do)\s+{_SOMEONE}\s+(?:found|co-?found|start|create|launch|run|direct|lead|head|attend|join|work\s+(?:for|at)|teach\s+at|study\s+at)\b"
    # Their career: "In which films has Ann Dowd had supporting roles?", "What shows has she been in?".
    rf"|(?:in\s+)?(?:which|what)\s+(?:other\s+)?{_WORKS}\s+(?:has|have|did)\s+{_SOMEONE}\s+(?:had|have|appeared|appear|starred|star|acted|act|been|worked|work|played|play|{_CRAFT})\b"
    # Whom they worked for or with: "Whose assistant was Riegel?", "Which director has she collaborated with?".
    rf"|whose\s+(?:assistant|apprentice|protégée?|student|pupil)\s+(?:was|is)\b"
    rf"|(?:which|what)\s+(?:directors?|filmmakers?|producers?|editors?|writers?|actors?|actresses|composers?)\s+(?:has|have|did)\s+{_SOMEONE}\s+(?:collaborated|collaborate|worked|work)\s+with\b)"
)
# A prompt asking its interviewee who they are: "Would you like to introduce yourself to the
# crowd?", "Tell us a bit about yourself.", "So who are you?", "What do you do?".
SELF_INTRODUCTION_PROMPT = re.compile(
    r"(?i)\b(?:introduce\s+yourself|(?:tell|talk\s+to)\s+(?:us|me)\s+(?:(?:a\s+)?(?:little\s+)?(?:bit\s+)?|something\s+)?about\s+yourself"
    r"|who\s+are\s+you\s*\?|what\s+do\s+you\s+do(?:\s+for\s+a\s+living)?\s*\?)"
)
# The actor named by the part they play: the one asked, not a cast question ("What did the
# actress playing Guylène think of the script?").
_BY_PART = r"\b(?:the\s+)?" + _ACTOR + r"\s+(?:(?:who|that)\s+" + _PLAYS + r"|playing|portraying)\b"
ACTOR_BY_PART = re.compile("(?i)" + _BY_PART)
CAST_QUESTION = re.compile(f"(?i){_WHO_PLAYS}|{_BY_PART}")
# A passage crediting an actor with a part: a capitalised name of two words or more, "as" or
# "for", then the part's first words ("François Berléand for the Director of the Chatelet",
# "Lionel Abelanski as his assistant").
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
PART_CREDIT = re.compile(_CAPITALISED + r"(?:[\s-]+" + _CAPITALISED + r")+\s+(?:as|for)\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)")
# A cast list or a biography's heading pairing an actor and a part in brackets, either way round:
# "SALMA HAYEK (Frida Kahlo)", "Arthur Morrison (Jim Broadbent)".
PART_IN_BRACKETS = re.compile(
    r"(" + _CAPITALISED + r"(?:[\s-]+" + _CAPITALISED + r")+)\s*\(((?:[^\W\d_]+[\s-]+){0,3}[^\W\d_]+)\)"
)
# A cast list with leaders between each part and its actor, one a line or run together: the part
# is the words right before the leaders ("Walker……………John Turturro", "Bureau Chief…….Joseph Siravo").
PART_BEFORE_LEADERS = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*(?:…|\.){3,}\s*(?=[A-ZÀ-ÖØ-Þ])")
# Asked who holds a film's credit: "Who directed Genesis?", "Who is the producer of Julia X?",
# "Who did the music?" (not who plays a part, nor "Who wrote the synopsis…?").
ASKS_CREDIT = re.compile(
    rf"(?i)^\W*who\s+(?:wrote\s+the\s+(?:original\s+)?(?P<written>music|score|soundtrack)\b"
    rf"|(?P<verb>directed|produced|edited|scored|composed|shot|photographed"
    # "Who wrote Gumshoe?", "Who wrote and directed it?"; not "Who wrote this article?" (`ASKS_AUTHOR`).
    rf"|wrote(?!\s+(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?{_TEXT_NOUNS}\b))\b"
    r"|(?:is|was|are|were)\s+the\s+(?P<role>director\s+of\s+photography|director|producers?|editor|screenwriters?|composer|cinematographer)\b"
    r"|did\s+the\s+(?P<work>music|score|editing|cinematography)\b)"
)
_CREDITED_ROLE = {
    "directed": "director", "produced": "producer", "producers": "producer", "edited": "editor", "editing": "editor",
    "scored": "composer", "composed": "composer", "music": "composer", "score": "composer", "shot": "cinematographer",
    "photographed": "cinematographer", "cinematography": "cinematographer", "director of photography": "cinematographer",
    "screenwriters": "screenwriter", "wrote": "screenwriter", "soundtrack": "composer",
}
# How a credit names each role: "Director: …", "Directed by …", "… (Director, Screenwriter)".
# "Directed and written by" credits both: one other participle may stand before "by".
_AND_ANOTHER = r"(?:\s+and\s+[a-z]+(?:ed|en))?"
# A Spanish credit ends on "por" or "de" ("Escrito y dirigido por…", "Música original de…").
_Y_ANOTHER = r"(?:\s+y\s+[a-z]+(?:ad|id)[oa]s?)?"
_CREDIT_LABELS = {
    "director": rf"director|directed{_AND_ANOTHER}\s+by|a\s+film\s+by|réalisat\w+|dirigid[oa]s?{_Y_ANOTHER}\s+por",
    "producer": rf"producers?|produced{_AND_ANOTHER}\s+by|producid[oa]s?{_Y_ANOTHER}\s+por",
    "editor": rf"editor|edited{_AND_ANOTHER}\s+by|editing|editad[oa]s?{_Y_ANOTHER}\s+por",
    "composer": r"(?:music\s+)?composer|music(?:\s+by)?|original\s+music|score\s+by|música(?:\s+original)?\s+de",
    "cinematographer": r"cinematographer|director\s+of\s+photography|cinematography|dop|dp|photographed\s+by",
    "screenwriter": rf"screenwriters?|screenplay|written{_AND_ANOTHER}\s+by|escrit[oa]s?{_Y_ANOTHER}\s+por",
}


def credited_role(question: str) -> str | None:
    """The credit a question asks who holds ("Who directed Genesis?" → "director"), or None."""
    match = ASKS_CREDIT.match(question)
    if match is None:
        return None
    said = " ".join(next(group for group in match.groups() if group).lower().split())
    return _CREDITED_ROLE.get(said, said)


# The work a question refers to without naming it: "the film", "this movie".
_THE_WORK = re.compile(r"(?i)\b(?:the|this|that|your|his|her|their)\s+(?:film|movie|documentary|short|picture)\b")


def besides_credit(question: str) -> str:
    """What a credit question says besides asking the credit and "the film" ("Who directed Genesis?"
    → " Genesis?"; "Who edited the film?" → " ?")."""
    match = ASKS_CREDIT.match(question)
    return _THE_WORK.sub("", question[match.end() :]) if match else question


@functools.lru_cache(maxsize=None)
def credit_statement(role: str) -> re.Pattern:
    """What states who holds `role` in a credit: "Director: Lena Park", "director = "Lena Park"" (a
    page's front matter), "Directed by Lena Park",
    "directed and written by my old friend Lena Park", "Lena Park (Director, Screenwriter)", "my
    editor Tom Lee", "My DP, Ana Diaz", "Ana Diaz is the Director of Photography", and for a
    director a cover's "A Lena Park Film"."""
    labels = _CREDIT_LABELS[role]
    upper = "A-ZÀ-ÖØ-Þ"
    # "…by my old friend Lena Park", "…by the incomparable Lena Park": a possessive or "the" and up
    # to two words before the name.
    befriended = r"(?:(?<=[Bb][Yy])\s+(?i:my|our|his|her|their|the)(?:\s+[a-z]+){0,2}\s+)?"
    patterns = [
        # "Director: …", "director = "…"", "Director of Photography -- …", "Directed by …", "…por …".
        rf"\b(?i:{labels})(?:\s*/\s*\w+)?(?:\s*(?:[:=]|--|[–—])\s*[\"“]?|\s+(?i:by)\b|(?<=[Bb][Yy])|(?<=[Pp][Oo][Rr])|(?<=\s[Dd][Ee])){befriended}\s*[{upper}]",
        rf"[{upper}][\w'’-]+\s*\((?:[^()]*?,\s*)?(?i:{labels})(?:\s*,[^()]*)?\)",
        # The role before a full name, as one names a collaborator: "my editor Tom McArdle".
        rf"\b(?i:my|our|his|her|their)\s+(?i:{labels})\b,?\s+[{upper}][\w'’-]+\s+[{upper}][\w'’-]+",
        # A full name said to hold it: "Paul McIlvaine is the Director of Photography", "Ana Diaz
        # served as the film's editor".
        rf"[{upper}][\w'’-]+\s+[{upper}][\w'’-]+\s+(?:is|was|served\s+as|serves\s+as)\s+(?i:the|our|its|the\s+film['’]s)\s+(?i:{labels})\b",
    ]
    if role == "director":
        patterns.append(rf"\bAn?\s+[{upper}][\w'’-]+(?:\s+[{upper}][\w'’-]+){{1,3}}\s+(?:Film|FILM)\b")
    return re.compile("|".join(patterns))


# "the role of Andreï" is Andreï; "the wife of Andreï" is someone else's part.
PART_NOUNS = frozenset("role roles part parts character characters".split())
# The words of a cast question that are not its part ("Who plays the director…" → "director"), stemmed.
CAST_WORD_STEMS = frozenset("play portray star cast actor actress perform role part film movi".split())
# How interviews ask an actor about their part: a cast question put to the actor it names.
CAST_PROMPT = "How would you describe your character?"
# Roles a question may call a person by ("the filmmaker", "the animator"): in a document
# interviewing one person whose role it never states, any of them means that person. Not the
# asker's ("the journalist", "the critic", "the host").
PERSON_ROLES = frozenset(
    """director filmmaker film-maker actor actress producer co-producer composer writer screenwriter
    co-writer cinematographer photographer editor designer musician singer songwriter artist author
    novelist poet dancer choreographer animator creator showrunner curator founder programmer
    scientist playwright professor teacher lecturer historian researcher economist engineer architect""".split()
)
# What each role's holder is asked about: a question naming nobody but one of these words points,
# softly, at the person with that role in the documents or the sidecar ("Who plays the violin
# solo on the soundtrack?" → the composer).
ROLE_TOPICS = {
    "composer": frozenset("music musical score scores soundtrack soundtracks song songs orchestration orchestrations".split()),
    "producer": frozenset("financing finance financed finances budget budgets money funding funded funds investors distribution distributor distributors coproduction".split()),
    "editor": frozenset("editing edited edit montage".split()),
    "cinematographer": frozenset("cinematography lighting lit camera cameras lens lenses framing photography".split()),
    "director of photography": frozenset("cinematography lighting lit camera cameras lens lenses framing photography".split()),
    "screenwriter": frozenset("script scripts screenplay screenplays dialogue dialogues".split()),
    "writer": frozenset("script scripts screenplay screenplays dialogue dialogues".split()),
    "production designer": frozenset("sets set decor decors".split()),
    "costume designer": frozenset("costume costumes wardrobe".split()),
    "casting director": frozenset("casting auditions audition".split()),
}
# Function words that mark a question as written in another language than English (accents
# folded). Only words that are not also English words: "a", "on", "come", "son" are left out.
FOREIGN_WORDS = {
    "French": frozenset(
        "le la les des du une est sont il elle ils elles qui que quoi comment pourquoi ou quand avec pour dans sur pas "
        "au aux ete cette ces quel quelle quels quelles leur leurs vous nous avez fait".split()
    ),
    "Spanish": frozenset("el la lo los las del se una es por que como donde cuando con para pero muy fue ha sido esta este cual quien porque".split()),
    "German": frozenset("der die das und ist wie warum wo wann mit fur nicht ein eine einen hat wurde sich auf dem den wer".split()),
    "Italian": frozenset("il lo gli della delle che e come perche dove quando con per non una sono stato cosa chi nel".split()),
    "Portuguese": frozenset("o os da do das dos uma e como porque onde quando com para nao foi ele ela quem qual".split()),
}
# Word endings that often turn a word of that language into its English cognate (accents folded):
# "acteurs" → "actors", "musique" → "music", "realite" → "reality". Every swap is tried; BM25
# keeps only the spellings that are words of the corpus.
COGNATE_ENDINGS = {
    "French": (("eurs", "ors"), ("eur", "or"), ("eur", "er"), ("iques", "ics"), ("ique", "ic"), ("ite", "ity"), ("aire", "ary"), ("isme", "ism"), ("iste", "ist"), ("ie", "y"), ("if", "ive")),
    "Spanish": (("ores", "ors"), ("cion", "tion"), ("ciones", "tions"), ("idad", "ity"), ("ico", "ic"), ("ica", "ic"), ("ismo", "ism"), ("ista", "ist"), ("ia", "y")),
    "Italian": (("ori", "ors"), ("ore", "or"), ("zione", "tion"), ("ita", "ity"), ("ico", "ic"), ("ica", "ic"), ("ismo", "ism"), ("ista", "ist"), ("ia", "y")),
    "Portuguese": (("ores", "ors"), ("cao", "tion"), ("idade", "ity"), ("ico", "ic"), ("ica", "ic"), ("ismo", "ism"), ("ista", "ist"), ("ia", "y")),
    "German": (("ismus", "ism"), ("itat", "ity"), ("isch", "ic"), ("ie", "y"), ("ik", "ic")),
}
# A word is rewritten by its ending only when it has at least this many letters before it.
COGNATE_STEM_LETTERS = 3
# Common English function words: a question with more of these than of any list above is English.
ENGLISH_WORDS = frozenset(
    "the a an is are was were do does did how why what who where when which with for of in on to and or not "
    "you your he she his her they their it its this that has have had be been by from about".split()
)
# Model names that read many languages (sentence-transformers' multilingual models, LaBSE, XLM-R, BGE-M3).
MULTILINGUAL_MODEL = re.compile(r"(?i)multilingual|labse|xlm|bge-m3|distiluse")
# A chat question that leans on the previous one.
FOLLOW_UP_OPENING = re.compile(r"(?i)^\s*(?:and|but|also|so|what about|how about|what else|same|then)\b")
# Stemmed words that carry no topic in a follow-up ("What did Nazarov say?", "Tell me more").
NO_TOPIC = frozenset({"say", "said", "think", "thought", "tell", "answer", "repli", "respond", "feel", "more", "els", "view", "opinion", "take"})
# A question for everybody's view ("What does everyone say about…").
EVERYONE = re.compile(
    r"(?i)\b(?:every\s*(?:one|body)|each of them|all of them|they all|all the (?:actors|interviewees|cast)|"
    r"the (?:actors|cast|interviewees)|every (?:actor|interviewee))\b"
)
# "When" asks for a time only as a question word ("When did…"), not in "… when asked about…".
_WHEN = r"when (?:did|does|do|was|were|is|are|will|would|had|has|could)"
ASKS_QUANTITY = re.compile(r"(?i)\b(?:how (?:many|much|long|old|often|far)|(?:what|which) year|" + _WHEN + r")\b")
ASKS_YEAR = re.compile(r"(?i)\b(?:year|" + _WHEN + r")\b")
# "What year…" wants a year: "thirty years" is a duration, not an answer.
ASKS_YEAR_ONLY = re.compile(r"(?i)\b(?:what|which) year\b")
YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)s?\b")
_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred|thousand|million|dozen|half)"
)
# A share counts what follows it too: "40% faster sync", "15 percent larger".
# ("The 37-minute video", "the 960-seat theater": a number joined to what it counts by a hyphen.)
COUNTED = re.compile(r"(?i)\b" + _NUMBER + r"\b(?:\s?%|\s+per\s?cent)?((?:(?:\s+|-)[^\s-]+){1,2})")
# What "how many" counts: the word or two after it ("How many copies…", "How many Oscars…").
HOW_MANY_COUNTED = re.compile(r"(?i)\bhow\s+many\s+(?P<counted>[\w'’-]+(?:\s+[\w'’-]+)?)")
# "How much did it cost?", "How much were you paid?": a sum of money answers ("$50", "2 million euros").
# Of those, a question about a payment ("How much was she paid for the lectures?") is answered by
# a sum of money only, never by a count ("six lectures"); one about sales may be ("sold a million").
_PAYMENT_WORDS = (
    r"cost|costs|pay|paid|pays|spend|spent|earn|earned|charge|charged|price|fees?|salary|invest|invested"
    r"|funding|funded|revenues?|profits?|income|donations?|grants?"
)
_MONEY_WORDS = r"worth|budget|raise|raised|sell|sold|money|make|made|gross|grossed|tickets?|admission|pass|passes|box\s+office"
ASKS_MONEY = re.compile(rf"(?i)\bhow much\b.*\b(?:{_PAYMENT_WORDS}|{_MONEY_WORDS})\b")
ASKS_PAYMENT = re.compile(rf"(?i)\bhow much\b.*\b(?:{_PAYMENT_WORDS})\b")
# Facts a page states in figures or not at all: a sum of money, how many were sold or won, how
# long a work runs ("How long is American Symphony?"). Asked one no passage states, the page does
# not cover it, however much it talks of the work.
ASKS_FIGURE = re.compile(
    r"(?i)^\s*(?:how much\b(?!\s+(?:say|of|more|less|time|longer|control|freedom)\b).*\b(?:cost|costs|pay|paid|pays|earn|earned|charge|charged|price|budget|salary|gross|grossed|tickets?|admission|box\s+office"
    r"|funding|funded|revenues?|profits?|income|donations?|grants?)\b"
    r"|how many\b.*\b(?:sell|sold|sells|win|won|wins)\b|how many\s+(?:oscars?|grammys?|emmys?|awards?|prizes?)\b"
    r"|how long (?:is|was) (?!it\b|this\b|that\b|there\b))"
)
# Whether someone won an award, a prize, a contest ("Did the film win an Emmy?", "Who won the Palme
# d'Or?", "Which award did she win?"): a page that covers it says who won, was awarded or nominated
# for what, or lists the awards; one that never does, however much it talks of the film, does not.
_AWARD = (
    r"awards?|prizes?|oscars?|emmys?|grammys?|tonys?|golden globes?|baftas?|palme|nobel|pulitzer|booker|hugo|"
    r"cups?|series|championships?|medals?|bowl|trophy|trophies|titles?|competitions?|contests?|festivals?|elections?"
)
_WIN = r"\b(?:win|won|wins)\b(?!['’])"
ASKS_WIN = re.compile(rf"(?i){_WIN}.*\b(?:{_AWARD})\b|\b(?:{_AWARD})\b.*{_WIN}|\b(?:which|what)\s+(?:awards?|prizes?)\b")
STATES_WIN = re.compile(
    r"(?i)\b(?:win|won|wins|winning|winners?|awarded|took home|picked up|garnered|received|earned|"
    r"awards?|prizes?|nominat\w*|honou?rable mention|trophy|trophies|medals?)\b"
)
MONEY = re.compile(r"(?i)[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:k|m|bn)?\s*(?:dollars?|euros?|pounds?|bucks|francs?|yen|usd|eur|gbp)\b|\b\d[\d.,]*\s*(?:million|billion|thousand)\s+(?:dollars?|euros?|pounds?)\b")
# "How long…" and "When did…" are answered by a count of time ("22 minutes", "two years ago").
ASKS_DURATION = re.compile(r"(?i)\b(?:how long|how old|" + _WHEN + r")\b")
TIME_UNITS = "second minute min mins hour hr hrs day night week month year decade"
