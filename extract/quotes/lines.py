"""Lines and sentences that say who spoke what another line holds: a headline «Имя: …» or
«… – Имя», and «Об этом сообщил X» after what X said."""

from __future__ import annotations

import re

from ..events.presence import body_start
from ..marks import MIN_WORDS
from ..models import Quote
from ..stretches import Stretches, lstripped
from .context import SPEECH_VERB, Context, verb_gender
from .direct import SPEECH_WORDS

# A line «Имя Фамилия: what they said» (the name alone before the colon).
NAME_COLON_LINE = re.compile(r"^[ \t]*(?P<lead>[^\W\d_][^\n:«»\"]{2,60}?)[ \t]*:[ \t]+(?P<body>[^\n«\"]*[^\s:])[ \t]*$", re.MULTILINE)
QUESTION_WORDS = frozenset("ма ме ба бе па пе ли".split())  # Kazakh question particles, Russian «ли»
# A headline «what was said – who said it».
HEADLINE_SAID = re.compile(r"[ \t]*(?P<body>[^\n]{15,}?[^\s–—-])[ \t]+[–—-][ \t]+(?P<who>[^\n–—-]{2,40}?)[ \t]*$", re.MULTILINE)
# «Об этом сообщил X», «Бұл туралы X айтты», «Такое мнение высказали X»: the sentence before is
# the speech.
ABOUT_THIS = re.compile(r"(?:Об этом|Бұл туралы|Бұл жайында|Осы туралы|(?P<opinion>Такое мнение|Так считают?))\s", re.IGNORECASE)
# The agency opening a lead, which the sentence of speech after the dateline starts with
# («АСТАНА. KAZINFORM — …», «BAQ.KZ - …»): not said by anyone.
AGENCY = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ-]{3,}\.\s+)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ.]{2,}\s*[—–-]\s+")
SPEECH_END = re.compile(r"(?<!\w)(?:сообщил|заявил|рассказал|сказал|отметил|подчеркнул|написал|высказал|считают?"
                        r"|айтт|мәлімде|мәлім етт|жеткізд|атап өтт|хабарлад)", re.I)  # fmt: skip


def name_colon_lines(ctx: Context, taken: Stretches) -> list[Quote]:
    """A line that is a name, a colon and what they said, with no quotation marks: a headline
    («Ерлан Қарин: Ата заң — ортақ құжат») or a line of a transcript."""
    text, quotes = ctx.analysis.text, []
    for line in NAME_COLON_LINE.finditer(text):
        start, stop = line.start("body"), line.end("body")
        if taken.overlaps(start, stop) or len(line["body"].split()) < MIN_WORDS:
            continue
        named = ctx.people.starting(line.start("lead"), line.end("lead"))
        if len(named) == 1 and (named[0].start, named[0].stop) == (line.start("lead"), line.end("lead")):
            quotes.append(Quote(speaker=named[0].normal, text=line["body"].strip(), start=start, stop=stop))
    return quotes


HEADLINE_WORDS = 3  # a shorter line over the headline is a rubric, a menu item or a caption


def headline_start(text: str) -> int:
    """Where the headline's line starts: the first of the first three lines under the header
    with HEADLINE_WORDS words or more. A page's rubric («РУ», «Жаңалықтар») may come first."""
    start = body_start(text)
    for n, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text[start : start + 1000])):
        if n == 3:
            break
        if len(line.group().split()) >= HEADLINE_WORDS:
            return start + line.start()
    return start


def headline_said(ctx: Context, taken: Stretches) -> list[Quote]:
    """A headline of words and who said them after a dash: «Қызылорда шаһарының тарихи мән-маңызы
    айрықша - Президент», «Новая Конституция защищает права граждан — Карин». The speaker is
    the person named there, or the one person the article gives that title."""
    text = ctx.analysis.text
    start = headline_start(text)
    line = HEADLINE_SAID.match(text, start, ctx.analysis.line_of(start)[1])
    if line is None or taken.overlaps(line.start("body"), line.end("body")) or len(line["body"].split()) < MIN_WORDS:
        return []
    if line["body"].endswith("?") or line["body"].split()[-1].lower() in QUESTION_WORDS:
        return []  # «Парламентте анасын құттықтауға бола ма – Сенат төрағасының пікірі»: a question put to them
    named = ctx.people.starting(line.start("who"), line.end("who"))
    if named and (named[0].start, named[-1].stop) == (line.start("who"), line.end("who")):
        speaker = named[0].normal
    else:
        speaker = ctx.holders.holder_of(line["who"])
    if speaker is None:
        return []
    return [Quote(speaker=speaker, text=line["body"].strip(), start=line.start("body"), stop=line.end("body"))]


# «…, отметил Нурлыбек Налибаев.», «…, считает он.»: the attribution closes the sentence, after a comma.
SAID_AFTER = re.compile(r",\s*" + SPEECH_VERB + r"\s+(?P<who>[^.!?\n,;:«»\"]+?)\s*[.!?]?\s*$")


# «…, считают эксперты.»: a group closes the sentence of its speech, no one speaker.
GROUP_AFTER = re.compile(r",\s*(?:считают|отмечают|подчеркивают|подчёркивают|уверены|полагают)\s+(?P<who>[^.!?\n,;:«»\"]+?)\s*[.!?]?\s*$")


# Kazakh: «…, дейді X, деп хабарлайды BAQ.KZ»: the verb of saying before the speaker's name.
KAZAKH_SAID_AFTER = re.compile(r",\s*[–—-]?\s*(?:дейді|деді)\s+(?P<who>[^.!?\n;:«»\"]+?)(?:,\s*деп\s+хабарла\w*[^\n]*?)?\s*[.!?]?\s*$")


def said_after(ctx: Context, taken: Stretches) -> list[Quote]:
    """A sentence of reported speech with no mark, its speaker after it: «Всенародное
    обсуждение … стало проявлением гражданской ответственности, отметил Нурлыбек Налибаев.» A
    named speaker, a pronoun or a role whose holder the article names; a group («…, считают
    эксперты.») said it with no one speaker."""
    analysis, text = ctx.analysis, ctx.analysis.text
    quotes = []
    for sentence in analysis.sentences:
        if taken.overlaps(sentence.start, sentence.stop):
            continue
        if ctx.kazakh.holds(sentence.start, sentence.stop):
            # «…, дейді дәрігер Айгүл Шағалтаева»: a name after the verb, none else
            said = KAZAKH_SAID_AFTER.search(text, sentence.start, sentence.stop)
            if said is None or ctx.quoted.overlaps(sentence.start, said.start()):
                continue
            named = ctx.people.starting(said.start("who"), said.end("who"))
            words = text[sentence.start : said.start()].strip()
            if named and len(words.split()) >= SPEECH_WORDS and not any(mark in words for mark in "«»\""):
                quotes.append(Quote(speaker=named[0].normal, text=words, start=sentence.start, stop=said.start(), kind="indirect"))
            continue
        said = SAID_AFTER.search(text, sentence.start, sentence.stop) or GROUP_AFTER.search(text, sentence.start, sentence.stop)
        if said is None or ctx.quoted.overlaps(sentence.start, said.start()):
            continue
        words = text[sentence.start : said.start()].strip()
        if len(words.split()) < SPEECH_WORDS or any(mark in words for mark in "«»\""):
            continue
        if ABOUT_THIS.match(text, sentence.start):
            continue  # «Об этом сегодня, 18 октября, рассказал X»: the attribution of the sentences before
        if said.re is GROUP_AFTER:
            if ctx.people.starting(said.start("who"), said.end("who")):
                continue  # «…, считают Аида Балаева и Ерлан Карин»: people named, the quote holds one
            speaker = None
        else:
            speaker, _ = ctx.speaker(said.start("who"), said.end("who"), sentence.start, verb_gender(said))
            if not speaker:
                continue
        quotes.append(Quote(speaker=speaker, text=words, start=sentence.start, stop=said.start(), kind="indirect"))
    return quotes


def about_this(ctx: Context, taken: Stretches) -> list[Quote]:
    """«Об этом заявил X», «Бұл туралы X … айтты»: the sentence before is what X said."""
    analysis, text = ctx.analysis, ctx.analysis.text
    quotes = []
    for match in ABOUT_THIS.finditer(text):
        index = analysis.sentence_index(match.start())
        sentence = analysis.sentences[index]
        if index == 0 or match.start() != sentence.start or not SPEECH_END.search(text, match.end(), sentence.stop):
            continue
        before = analysis.sentences[index - 1]
        if taken.overlaps(before.start, before.stop) or "\n" in text[before.start : before.stop].strip():
            continue
        named = [m for m in ctx.people.starting(sentence.start, sentence.stop) if ctx.nominative(m)]
        if not named and not (match["opinion"] and ctx.group(match.end(), sentence.stop)):
            continue  # «Такое мнение высказали педагоги»: a group's opinion, with no one speaker
        # the whole paragraph the sentence before closes, whose sentences it sums up
        line = analysis.line_of(before.start)[0]
        opens = lstripped(text, before.start if taken.overlaps(line, before.start) else line)
        start = opens + (agency.end() - agency.start() if (agency := AGENCY.match(text, opens)) else 0)
        quotes.append(Quote(speaker=named[0].normal if named else None, text=text[start : before.stop].strip(),
                            start=start, stop=before.stop, kind="indirect"))  # fmt: skip
    return quotes
