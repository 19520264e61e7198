"""The patterns that read a question as a request no interview answers (advice or a service for
the one asking, practical information about the world now) and the passages that answer one
anyway (a press release telling where tickets are, what something costs). Like `question_cues`,
outside the parser's fingerprint: a change here changes answers, not passages."""

from __future__ import annotations

import re

# A question asking how the one asking can do something, or for a recommendation, is a request
# no interview answers, however many of the corpus's words it shares ("How do I tune a violin?",
# "Where can I buy tickets for the Bolshoi?", "Recommend a good Russian novel", "Comment apprendre
# le russe ?"); not "Where can I find…" or "read", which ask for the interviews themselves. In
# the other languages: a modal in the first person or "one can", or "how"/"where" then an
# infinitive written in lower case (a name is capitalised).
_ASKING_FOR_INTERVIEWS = r"(?!\s+(?:find|read|cite|quote)\b)"
_WH_THEN = r"^\W*(?i:{wh})\s+(?:[^\W\d_'’]+['’\s]+){{0,3}}?(?i:{modal})\b"
_WH_INFINITIVE = r"|^\W*(?i:{wh})\s+(?:(?i:se|me)\s+)?[{letters}]+(?:{endings})\b"
SERVICE_REQUESTS = {
    None: re.compile(
        r"(?i)^\W*(?:(?:how|where|what|which|when)\b[^?]*?\b(?:do|can|could|should|shall|must|may)\s+I\b" + _ASKING_FOR_INTERVIEWS
        + r"|(?:how|where|what)\s+to\s|(?:please\s+)?(?:recommend|suggest)\s|(?:can|could|would)\s+you\s+(?:recommend|suggest|book)\s"
        # "What is the best drum kit for a beginner?", "What's the best way to learn the saxophone?"
        + r"|[^?]*\bfor\s+(?:a\s+|an\s+)?(?:beginners?|novices?|newbies?)\b|(?:what(?:'s|’s|\s+is)\s+)?the\s+best\s+way\s+to\s+learn\b)"
    ),
    "French": re.compile(
        _WH_THEN.format(wh="comment|où|quand|que|quels?|quelles?", modal="puis-je|dois-je|peut-on|faut-il|je peux|je dois|on peut")
        + _WH_INFINITIVE.format(wh="comment|où|que", letters="a-zàâçéèêëîïôûùüÿœ", endings="er|ir|re")
    ),
    "Spanish": re.compile(
        _WH_THEN.format(wh="¿?\\s*(?:cómo|como|dónde|donde|qué|que|cuál|cual)", modal="puedo|debo|se puede|hay que")
        + _WH_INFINITIVE.format(wh="¿?\\s*(?:cómo|dónde)", letters="a-záéíóúñü", endings="ar|er|ir")
    ),
    "Italian": re.compile(
        _WH_THEN.format(wh="come|dove|cosa|che|quale", modal="posso|devo|si può|bisogna")
        + _WH_INFINITIVE.format(wh="come|dove", letters="a-zàèéìòù", endings="are|ere|ire")
    ),
    "Portuguese": re.compile(
        _WH_THEN.format(wh="como|onde|o que|qual", modal="posso|devo|se pode")
        + _WH_INFINITIVE.format(wh="como|onde", letters="a-zàáâãçéêíóôõú", endings="ar|er|ir")
    ),
    "German": re.compile(r"^\W*(?i:wie|wo|was|welche\w*|wann)\s+(?:[^\W\d_]+\s+){1,2}?(?i:ich|man)\b"),
}
# What a request for a service asks to do, up to a preposition or the question's end: "Where can I
# attend a seance in New York?" → "attend a seance".
REQUESTED_ACT = re.compile(
    r"(?i)\b(?:do|can|could|should|shall|must|may)\s+I\s+(?P<act>[^\W\d_][\w'’ -]*?)\s*(?=\b(?:in|at|for|on|to|from|with|near|about|during|by|this|next|tonight|today)\b|[?,.!]|$)"
)
# A passage telling the one asking what they can do: "you can attend a seance", "one can see…"; not "you can't".
YOU_CAN = re.compile(r"(?i)\b(?:you|one)\s+(?:can|could|may)\b(?!\s*not\b|['’]t\b|not\b)")
# Or telling them what to do for it, as a press release ends: "To obtain a copy, call the Media
# Center…", "For tickets, visit…", "To get to the theater, take the west entrance…".
INSTRUCTION = re.compile(
    r"^\s*(?:To\s+[a-z]+|For)\b[^,.;:!?]{1,60},\s+(?:please\s+)?(?:call|contact|visit|write|e-?mail|go|see|send|order|register|buy|book|phone|apply|take|turn|follow|use)\b"
)
# Or saying where the thing asked for is to be had: "Tickets will be available in advance at the
# Civic Auditorium…", "Review copies are available."
AVAILABLE = re.compile(r"(?i)\b(?:is|are|will\s+be)\s+(?:now\s+|also\s+)?available\b")
# A question for a price ("How much does the LivePhish app cost?") and the thing it asks about;
# `MONEY` is the price stated ("It's $9.99 a month", "30 euros").
PRICE_ASKED = re.compile(r"(?i)\bhow\s+much\s+(?:does|do|would|will)\s+(?P<thing>[^?]+?)\s+cost\b")
# Practical information about the world now is no more an interview's than advice: a forecast,
# who holds a post now, a price or a market's price today ("What is the current price of
# Ethereum?"), opening times, what to buy, a translation ("What will the weather
# be like tomorrow?", "Who is the current director of the Bolshoi?", "How much does a violin
# lesson cost?", "What time does the box office open?", "What is the address of the theatre?",
# "How long is a flight from Paris to Moscow?", "What is the best violin for beginners?", "How do
# you say thank you in Romanian?"). Not a question about someone (a pronoun: in a
# document interviewing one person, "What is he working on currently?" asks them), nor a price or
# a date in the past ("How much did the film cost?", "When does the film open?"): facts an
# interview may state.
PRACTICAL_NOW = re.compile(
    r"(?i)^\W*(?![^?]*\b(?:he|she|him|his|her|they|them|their)\b)(?:"
    r"[^?]*\b(?:tomorrow|tonight|next\s+(?:week|weekend|month)|this\s+(?:weekend|evening))\b"
    r"|(?:who|which)\b[^?]*\bcurrent(?:ly)?\b"
    r"|[^?]*\b(?:current|today['’]s|latest)\s+(?:price|value|exchange\s+rate|share\s+price|stock\s+price|score)\b"
    r"|how\s+(?:do|would|can)\s+you\s+say\b[^?]*\bin\s+(?-i:[A-Z])"
    r"|how\s+much\s+(?:does|do|would|will)\b[^?]*\bcost\b"
    r"|what\s+time\s+(?:does|do|will)\b[^?]*\b(?:open|close)\b"
    r"|(?:what|where)\s+is\s+the\s+(?:address|phone\s+number|website)\b"
    r"|[^?]*\bflights?\s+from\b"
    r"|[^?]*\bbest\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for\s+beginners|to\s+buy)\b)"
)
# An interviewer's prompt asking for advice ("What advice would you give young filmmakers?"): the
# interviews then answer requests for it.
ADVICE_PROMPT = re.compile(r"(?i)\b(?:advice|advise|tips)\b")
