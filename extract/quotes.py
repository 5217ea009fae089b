"""Quotes: direct speech in «», "" and dash-led paragraphs, indirect speech («отметил, что …»,
«По словам …»), each with the speaker the text points to.

A speaker written as a pronoun («отметил он») or a role («заключил председатель Сената»)
is the person the article was last talking about: the latest named person outside any
quote, in the nominative, of the right gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .anaphora import Antecedents, named_as_subject
from .marks import MIN_WORDS, quote_marks, quoted_speech
from .mentions import inside
from .models import Mention, Quote, Role
from .nlp import Analysis
from .roles import ROLE_PHRASE, TitleHolders
from .stretches import ByOffset, Stretches

SPEECH_VERB = (
    r"(?P<verb>отметил|подчеркнул|сказал|заявил|заключил|акцентировал|добавил|пояснил|рассказал"
    r"|сообщил|напомнил|резюмировал|уточнил|констатировал|призвал|указал|высказал|считает"
    r"|отмечает|подчеркивает|подчёркивает|заявляет|говорит|деді|айтты|атап өтті|мәлімдеді"
    r"|түйіндеді|жеткізді"
    r"|деп\s+(?:атап\s+өтті|айтты|мәлімдеді|түйіндеді|жеткізді|сендірді|қосты)|дейді)(?P<ending>а|о)?"  # issue 4: Kazakh «…», - деп атап өтті X
)
ATTRIBUTION_AFTER = re.compile(r"\s*[,.!?…]?\s*[–—-]\s*" + SPEECH_VERB + r"\b(?P<who>[^.!?\n]*)")
DASH_ATTRIBUTION = re.compile(r",\s*[–—-]\s*" + SPEECH_VERB + r"\b(?P<who>[^.!?\n]*)")
ATTRIBUTION_BEFORE = re.compile(SPEECH_VERB + r"\s*:\s*$")
INDIRECT_THAT = re.compile(r"\b" + SPEECH_VERB + r",?\s+что\s+(?P<content>[^.!?\n]+)")
ACCORDING_TO = re.compile(
    r"\bПо\s+(?:словам\s+(?P<who>[^,]+)|(?P<pronoun>ее|её|его)\s+словам),\s*(?P<content>[^.!?\n]+)"
)
AS_SAID = re.compile(r"\bКак\s+" + SPEECH_VERB + r"\s+(?P<who>[^,]+),\s*(?P<content>[^.!?\n]+)")
KAZAKH_ACCORDING_TO = re.compile(r"\bайтуынша,\s*(?P<content>[^.!?\n]+)")
DASH_LINE = re.compile(r"^[ \t]*[–—-][ \t]+(?P<body>[^\n]+)", re.MULTILINE)
@dataclass(frozen=True)
class Context:
    """What speaker resolution reads: the analysis, people and organisations by offset, who
    holds the roles stated, who is named as a subject where, and the quoted stretches."""

    analysis: Analysis
    people: ByOffset[Mention]
    organisations: ByOffset[Mention]
    holders: TitleHolders
    subjects: Antecedents
    quoted: Stretches
    kazakh: Sequence[tuple[int, int]]

    def nominative(self, mention: Mention) -> bool:
        return named_as_subject(self.analysis, mention, self.kazakh)

    def protagonist(self, before: int, female: bool | None = None) -> str | None:
        """The latest named person before `before`, outside quotes, as a subject."""
        person = self.subjects.latest(before, female)
        return person.normal if person else None

    def speaker(
        self, start: int, stop: int, at: int, female: bool | None = None, subject: bool = True
    ) -> tuple[str | None, Role | None]:
        """Who the words text[start:stop] name, and the role they reveal when a nominative
        role phrase («заключил председатель Сената») stands for the person last named."""
        for m in self.people.starting(start, stop):
            if self.nominative(m):
                return m.normal, None
        text = self.analysis.text
        who = text[start:stop].strip()
        first = who.split()[0].lower() if who else ""
        if first in ("он", "она"):
            return self.protagonist(at, female=first == "она"), None
        phrase = ROLE_PHRASE.search(text, start, stop)
        if phrase is None:
            return self.protagonist(at, female), None
        holder = self.holders.holder_of(phrase.group())
        if holder:
            return holder, None
        person = self.protagonist(at, female)
        if person is None or not subject or not phrase.group()[:1].islower():
            return person, None
        organisation = next(
            (m.normal for m in self.organisations.starting(phrase.start(), phrase.end())), None
        )
        role = Role(person=person, title=phrase.group(), organisation=organisation,
                    start=phrase.start(), stop=phrase.end())  # fmt: skip
        return person, role


def _female(match: re.Match) -> bool | None:
    """The gender a Russian past-tense verb shows: «подчеркнула» is said by a woman."""
    if match["verb"].endswith("л"):
        return match["ending"] == "а"
    return None


def _direct(text: str, ctx: Context) -> tuple[list[Quote], list[Role]]:
    quotes, roles = [], []
    for open_, close in quote_marks(text):
        content = text[open_ + 1 : close]
        if len(content.split()) < MIN_WORDS:
            continue  # a title or a name in quotes, not speech
        after = ATTRIBUTION_AFTER.match(text, close + 1)
        before = ATTRIBUTION_BEFORE.search(text, max(0, open_ - 80), open_)
        if after:
            speaker, role = ctx.speaker(after.start("who"), after.end("who"), open_, _female(after))
        elif before:
            sentence = ctx.analysis.sentence_at(before.start())
            speaker, role = ctx.speaker(sentence.start, before.start(), open_, _female(before))
        else:
            continue
        quotes.append(Quote(speaker=speaker, text=content.strip(), start=open_ + 1, stop=close))
        roles += [role] if role else []
    return quotes, roles


def _dash_paragraphs(text: str, ctx: Context) -> tuple[list[Quote], list[Role]]:
    quotes, roles = [], []
    for line in DASH_LINE.finditer(text):
        attributions = list(DASH_ATTRIBUTION.finditer(text, line.start("body"), line.end()))
        if not attributions:
            continue
        last = attributions[-1]
        start, stop = line.start("body"), last.start()
        speaker, role = ctx.speaker(last.start("who"), last.end("who"), start, _female(last))
        quotes.append(Quote(speaker=speaker, text=text[start:stop].strip(), start=start, stop=stop))
        roles += [role] if role else []
    return quotes, roles


def _indirect(text: str, ctx: Context) -> tuple[list[Quote], list[Role]]:
    quotes, roles = [], []

    def add(match: re.Match, speaker: str | None, role: Role | None = None) -> None:
        start, stop = match.start("content"), match.end("content")
        if inside(start, stop, ctx.quoted) or not speaker:
            return
        quotes.append(Quote(speaker=speaker, text=text[start:stop].strip(), start=start,
                            stop=stop, kind="indirect"))  # fmt: skip
        roles.extend([role] if role else [])

    for match in INDIRECT_THAT.finditer(text):
        if match["ending"] is None and match["verb"].endswith("л") and text[match.end("verb")] == "и":
            continue  # «отметили»: a group speaks
        sentence = ctx.analysis.sentence_at(match.start())
        add(match, *ctx.speaker(sentence.start, match.start(), match.start(), _female(match)))
    for match in ACCORDING_TO.finditer(text):
        if match["pronoun"]:
            female = match["pronoun"] in ("ее", "её")
            add(match, ctx.protagonist(match.start(), female=female))
        else:
            add(match, *ctx.speaker(match.start("who"), match.end("who"), match.start(), subject=False))
    for match in AS_SAID.finditer(text):
        add(match, *ctx.speaker(match.start("who"), match.end("who"), match.start(), _female(match)))
    for match in KAZAKH_ACCORDING_TO.finditer(text):
        sentence = ctx.analysis.sentence_at(match.start())
        named = ctx.people.starting(sentence.start, match.start())
        add(match, named[-1].normal if named else ctx.protagonist(match.start()))
    return quotes, roles


def extract_quotes(
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    kazakh: Sequence[tuple[int, int]],
) -> tuple[list[Quote], list[Role]]:
    """Direct and indirect quotes in text order, and the roles their attributions reveal."""
    text = analysis.text
    people = [m for m in mentions if m.type == "PER"]
    orgs = [m for m in mentions if m.type == "ORG"]
    quoted = quoted_speech(text)
    quoted += [(m.start("body"), m.end("body")) for m in DASH_LINE.finditer(text)]
    subjects = Antecedents(analysis, people, skip=quoted, kazakh=kazakh)
    ctx = Context(analysis, ByOffset(people), ByOffset(orgs), TitleHolders(roles), subjects, Stretches(quoted), kazakh)
    direct, found_roles = _direct(text, ctx)
    dashed, dash_roles = _dash_paragraphs(text, ctx)
    found_roles += dash_roles
    ctx = replace(ctx, holders=TitleHolders(list(roles) + found_roles))
    indirect, indirect_roles = _indirect(text, ctx)
    quotes = sorted(direct + dashed + indirect, key=lambda q: q.start)
    return quotes, found_roles + indirect_roles
