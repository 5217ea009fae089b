"""Kazakh reported speech: a sentence that ends in a verb of saying, its subject first."""

from __future__ import annotations

import re

from ..events.presence import NAMESAKE_AFTER
from ..kazakh import PLURAL
from ..kazakh_words import OCCASIONS, kazakh_nominative
from ..models import Quote
from ..stretches import Stretches
from .context import Context
from .direct import SPEECH_WORDS
from .lines import ABOUT_THIS

# A Kazakh sentence of reported speech ends in a verb of saying: «… екенін атап өтті», «…
# жеткізді», «… қарауды ұсынды», «… деді»; a clause of what was said names or writes it too («…
# маңызды екенін атады», «… ашатынын жазды»: a participle in the accusative before the verb, not
# a noun, «әнін жазды» being a song written). The outlet's «деп хабарлайды» is no speech.
KAZAKH_SAID = re.compile(
    r"(?<!\w)(?:(?P<passive>айтылд|атап\s+өтілд|жеткізілд|мәлімделд|баса\s+айтылд)"  # before «атап өт», which starts «атап өтілді»
    r"|атап\s+өт|айтт|айтып\s+өтт|жеткізд|мәлімдед|мәлім\s+етт|сендірд|білдірд|түйіндед|сипаттад|ұсынд|деді|дейді|айтад"
    r"|баса\s+айтт|ерекше\s+атап|қосты|деп\s+бағалад|алға\s+тартт|еске\s+салд"
    r"|(?<=(?:анын|енін|ынын|інін)\s)(?:атад|жазд))\w*\s*[.!?]?\s*$",  # «… ескерілгенін атады / ашатынын жазды»
    re.IGNORECASE,
)
# The outlet's tail after a lead's speech: «… ұсынды, деп хабарлайды BAQ.KZ тілшісі.»
OUTLET_TAIL = re.compile(r"[,\s]*деп\s+(?:хабарлайды|хабарлады|жазады)(?!\w)[^\n]*$", re.IGNORECASE)
# «Ол», or «Осы орайда ол», «Сөз соңында ол»: the person last named goes on speaking.
KAZAKH_HE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?<!\w)[Оо]л\s")
# A verb of saying that goes on into another clause: «… кеңейткісі келетінін айтып, жоспарымен бөлісті».
KAZAKH_SAID_AND = re.compile(r"(?<!\w)(?:айтып|атап\s+өтіп|жеткізіп|мәлімдеп|баса\s+айтып)\s*,", re.IGNORECASE)
# Where a passive sentence says it was said, before what was said: «Коалиция отырысында …»,
# «Кездесу барысында …».
KAZAKH_OCCASION = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join((*OCCASIONS, "аясында", "форумында", "отырыста")) + r")[\s,]+",
    re.IGNORECASE,
)
# A plural subject opening the sentence, after an occasion («Кездесу барысында қатысушылар …»,
# «Спикерлер …», «Коалиция мүшелері …»): a group said it, no one speaker.
KAZAKH_GROUP_SUBJECT = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:(?:" + "|".join((*OCCASIONS, "аясында")) + r")[\s,]+)?"
    r"(?:[\w-]+\s+)?(?:(?![Оо]лар\s)[\w-]+" + PLURAL + r"(?:ы|і)?|(?:актив|ұжым|қауым|жұртшылығ|көпшілік)[ыі]?)\s",
    re.IGNORECASE,
)  # not «Олар»: they are the people just named, whom the sentence does not tell apart; a
# collective noun is a group too («Өңір активі …», «Ұжым …»)
# What a group is said to have said: «атап өтті», «баса айтты», «айтты», «мәлімдеді»; not what it
# expressed or conveyed («қолдау білдірді», «жыр арқылы жеткізді») or talked about («туралы айтып»).
GROUP_SAID = re.compile(r"(?:атап\s+өтт|баса\s+айтт|айтты|мәлімдед)", re.IGNORECASE)
# … but «білдірді» after a clause says what they said: «… дайын екендерін білдірді».
CLAUSE_EXPRESSED = re.compile(r"(?<!\w)екен\w*н\s+$", re.IGNORECASE)


def _group_said(text: str, at: int) -> bool:
    """The verb at `at` says a group said something, not what it felt or showed."""
    return bool(GROUP_SAID.match(text, at)) or (
        text.startswith("білдірд", at) and bool(CLAUSE_EXPRESSED.search(text, max(0, at - 40), at))
    )


def _in_open_quote(text: str, at: int) -> bool:
    """`at` is inside a quotation its paragraph opened and has not closed (an excerpt cut
    inside someone's speech)."""
    paragraph = text.rfind("\n", 0, at) + 1
    return text.rfind("«", paragraph, at) > text.rfind("»", paragraph, at)


# A sentence that goes on from the one before with no subject of its own («Сондай-ақ»,
# «Сонымен қатар», «Сонымен бірге», «Бұдан бөлек», «Ол сондай-ақ», «Дегенмен», «Алайда»: however).
KAZAKH_GOING_ON = re.compile(r"\s*(?:Сондай-ақ|Сонымен\s+(?:қатар|бірге)|Бұдан\s+бөлек|Бұған\s+қоса|Сонымен|Дегенмен|Алайда|Әйтсе\s+де)[,\s]+")
GROUP = re.compile(r"(?<!\w)(?:және\s+басқа(?:лары|\s+да)|(?:ой-)?пікір\w*\s+білдір)", re.IGNORECASE)
# Two people of one list: a comma, or «пен/мен/бен/және» between them.
LISTED = re.compile(r".*(?:,|(?<!\w)(?:пен|мен|бен|және)(?!\w))", re.IGNORECASE | re.DOTALL)
# «… екенін», «… екендігін»: a clause of what was said, not a noun phrase («маңызын»).
THAT_CLAUSE = re.compile(r"(?<!\w)екен(?:ін|дігін)(?!\w)", re.IGNORECASE)
AND_NEXT = re.compile(r"\s*(?:пен|мен|бен|және)\s", re.IGNORECASE)  # «X пен Y-тер …»: X and Y
# The subject of a Kazakh sentence that is a title standing for the person last named
# («Аймақ басшысы», «Мемлекет басшысы», «Министр», «Депутат»: with its possessive after a
# word it heads, bare alone); a plural one names nobody.
KAZAKH_TITLE_SUBJECT = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:басшысы|төрағасы|министрі|министр|әкімі|әкім|спикері|спикер|депутаты|депутат|кеңесші"
    r"|директоры|директор|ректоры|ректор|президент|президенті|премьер-министр|сарапшы|сарапшысы)\s",
    re.IGNORECASE,
)


def kazakh_said(ctx: Context, taken: Stretches) -> list[Quote]:
    """Kazakh reported speech: a sentence that ends in a verb of saying, its subject first
    («Жиында сөз алған Қайрат Сабыр [жаңа жобада … көрсетілгенін] атап өтті»). The
    quote is what follows the subject; the speaker is the subject named in the nominative,
    the person last named for a title («Аймақ басшысы …») or «Ол»; a passive («… екені айтылды»)
    is speech with no one speaker, and so is a plural subject saying it («Спикерлер … атап өтті»,
    «Коалиция мүшелері … баса айтты»: on the real-news excerpts train 101 -> 107 of 124 found,
    dev 78 -> 81 of 114, precision held); a group that expressed or conveyed something («қолдау
    білдірді»), «Олар» or a list of people is left out (an earlier reading of every plural as
    speech found none more on the dev half of the time and added a false one), unless the
    list says a clause together («X, сондай-ақ Y … ауқымды екенін мәлімдеді»): no one speaker."""
    analysis, text = ctx.analysis, ctx.analysis.text
    quotes = []
    for sentence in analysis.sentences:
        if not ctx.kazakh.holds(sentence.start, sentence.stop) or taken.overlaps(sentence.start, sentence.stop):
            continue
        if ctx.quoted.holds(sentence.start, sentence.start + 1):
            continue  # a sentence of speech in quotation marks or a dash-led paragraph
        if ABOUT_THIS.match(text, sentence.start):
            continue  # «Бұл туралы X айтты»: what X said is the sentence before
        tail = OUTLET_TAIL.search(text, sentence.start, sentence.stop)
        end = tail.start() if tail else sentence.stop
        said = KAZAKH_SAID.search(text, sentence.start, end) or KAZAKH_SAID_AND.search(text, sentence.start, end)
        if said is None or len(text[sentence.start : said.start()].split()) < SPEECH_WORDS - 2:
            continue
        speaker, start, unnamed = None, sentence.start, False
        named = [m for m in ctx.people.starting(sentence.start, said.start())
                 if kazakh_nominative(text, m) and not NAMESAKE_AFTER.match(text, m.stop)]  # not «Абай атындағы»
        words = text[sentence.start : said.start()]
        if said.groupdict().get("passive"):
            unnamed = True  # «… екені айтылды»: said, by no one the sentence names
            if occasion := KAZAKH_OCCASION.match(words):
                start = sentence.start + occasion.end()
        elif GROUP.search(text, sentence.start, said.end()) or len(named) > 1 and LISTED.match(text, named[0].stop, named[1].start) or (
            named and AND_NEXT.match(text, named[0].stop)
        ):
            if GROUP.search(text, sentence.start, said.end()) or not _group_said(text, said.start()) or not (
                THAT_CLAUSE.search(text, named[-1].stop, said.start()) and not AND_NEXT.match(text, named[-1].stop)
            ):
                continue  # «… және басқа да қатысушылар», «пікір білдірді», «X пен Y-тер … маңызын»: opinions
            unnamed, start = True, named[-1].stop  # «X, Y, сондай-ақ Z … екенін мәлімдеді»: a clause said together
        elif named:
            speaker, start = named[0].normal, named[0].stop
        elif he := KAZAKH_HE.match(words):
            speaker, start = ctx.protagonist(sentence.start, said=taken), sentence.start + he.end()
        elif title := KAZAKH_TITLE_SUBJECT.match(words):
            # the person last named, else, with no one named before, the one named next
            speaker = ctx.protagonist(sentence.start, said=taken) or ctx.named_next(sentence.stop)
            start = sentence.start + title.end()
        elif going_on := KAZAKH_GOING_ON.match(words):
            # «Сондай-ақ … атап өтті»: the subject of the sentence before goes on speaking
            speaker, start = ctx.protagonist(sentence.start, said=taken), sentence.start + going_on.end()
        elif (group := KAZAKH_GROUP_SUBJECT.match(words)) and _group_said(text, said.start()) and not _in_open_quote(
            text, sentence.start
        ):
            unnamed, start = True, sentence.start + group.end()  # «Спикерлер …», «Коалиция мүшелері …»: said by a group
        segment = text[start : said.start()]
        start += len(segment) - len(segment.lstrip(" ,\t"))
        content = text[start : said.start()].strip()
        if speaker is None and not unnamed or len(content.split()) < 2:
            continue
        quotes.append(Quote(speaker=speaker, text=content, start=start, stop=said.start(), kind="indirect"))
    return quotes
