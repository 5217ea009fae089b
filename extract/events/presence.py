"""Present or merely named: who can have taken part in what an article reports.

A namesake («им. Т. Жургенова», «Абай атындағы»), a byline or photo credit, a person inside
someone else's quote and one named in an oblique case («по инициативе Президента … Токаева»)
took part in nothing the article reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from ..kazakh_words import ACCORDING_WORDS, GENITIVE
from ..mentions import inside, namesake
from ..models import Mention
from ..nlp import Analysis
from ..stretches import lstripped, rstripped
from ..titles import is_head
from .cues import INTERVIEWED

CREDIT = re.compile(r"Фото\s*:", re.IGNORECASE)
NAMESAKE_AFTER = re.compile(r"\s*атындағы")
# Kazakh: the one whose initiative, proposal, instruction or address it was («Мемлекет басшысы
# Қасым-Жомарт Тоқаев бастамашы болған реформа», «Президенттің тапсырмасымен») is not there.
INITIATOR_AFTER = re.compile(
    r"\s+(?:бастамашы\s+болған|бастамасы|ұсынған|ұсынысы|тапсырма|жолдау|жариялаған|қол\s+қойған"
    r"|арнал)",  # the one an event is dedicated to: «Бауыржан Момышұлына арналған кездесу»
    re.IGNORECASE,
)
# … in Russian before the name: «вечер, посвященный Абаю», «посвящённый памяти …»
DEDICATED_BEFORE = re.compile(r"посвящ[её]н\w*\s+(?:памяти\s+|\d+-?\w*\s+(?:годовщине|летию)\s+)?$", re.IGNORECASE)


def body_start(text: str) -> int:
    """Where the article proper starts: after a ` date …` header line."""
    return text.index("\n") + 1 if text.lstrip().startswith("date") and "\n" in text else 0


def is_credit_line(analysis: Analysis, start: int, stop: int) -> bool:
    """A byline, caption or photo credit: a line that starts with «Фото» or «Сурет:», or a short line that
    is the name (numbers aside); not one that opens speech («Ерлан Кошанов отметил:») or a place
    in a competition («2 место — …», «1-орын — …»). Only the line's ends and
    its first five words are read, not the whole line, which may be the whole text."""
    text = analysis.text
    line_end = analysis.line_of(stop)[1]
    first = min(lstripped(text, analysis.line_of(start)[0]), line_end)  # the line without its spaces
    last = max(rstripped(text, line_end), first)
    if text[first : min(first + 4, last)].lower().startswith("фото") or PHOTO_KK.match(text, first, last):
        return True
    if RANK.match(text, first, last):
        return False  # a line of a competition's results: «2 место — Ернур Турсын (УМТО)»
    words = sum(1 for _ in islice(WORD_RUN.finditer(text, first, last), 5))
    return words <= 4 and (last == first or text[last - 1] != ":")


PHOTO_KK = re.compile(r"Сурет\s*:", re.IGNORECASE)  # «Сурет: olympic.kz/Сали Сабиров, Тұрар Қазанғапов»
RANK = re.compile(r"\d+\s*-?\s*(?:е\s+)?(?:место|орын)(?!\w)", re.IGNORECASE)
# A word of letters: a byline's counters, times and dates («Общество 2 14 305 Ольга Кравец»,
# «12:05») are not words of a sentence.
WORD_RUN = re.compile(r"[^\s\d:.,/]*[^\W\d_][^\s]*")


def is_person_there(m: Mention, analysis: Analysis) -> bool:
    """The name stands for a person who can do something: not a namesake nor a credit line."""
    text = analysis.text
    if namesake(text, m.start) or NAMESAKE_AFTER.match(text, m.stop) or INITIATOR_AFTER.match(text, m.stop):
        return False
    if DEDICATED_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False
    if BYLINE_BEFORE.search(text, max(0, m.start - 30), m.start):
        return False  # «… 4 марта 2026 г. 7:00 10 Ася Петрова …»: a page's time, counter and author
    if CREDIT_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False  # «… 14:24 Фото: Zakon.kz/Павел Михеев»: a credit inside a caption's line
    return not is_credit_line(analysis, m.start, m.stop)


def is_credited(m: Mention, analysis: Analysis) -> bool:
    """The name is a photo's credit («Фото: Zakon.kz/Екатерина Елисеева», «Сурет: …»): the
    photographer's, never a speaker's. Narrower than `is_credit_line`, whose short line may also
    be a sentence of the report («Выступил сенатор Серик Утешов.»)."""
    text = analysis.text
    first = lstripped(text, analysis.line_of(m.start)[0])
    line = text[first : first + 6].lower()
    return line.startswith(("фото", "сурет", "photo")) or bool(CREDIT_BEFORE.search(text, max(0, m.start - 40), m.start))


# A photo credit's head, and its source, right before the name.
CREDIT_BEFORE = re.compile(r"(?<!\w)(?:Фото|Сурет|Photo)\s*:\s*(?:[\w.-]+\s*/\s*)?$", re.IGNORECASE)
# A page's time of day and counters run into the text before its author's name.
BYLINE_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?:\s+\d+){0,3}\s+$")


def interviewed(analysis: Analysis, people: Sequence[Mention]) -> set[str]:
    """The people the article says spoke to the press or posted their words (an interview, a
    comment to the outlet, their own page): what it quotes of them was said there, and they were
    at no event of it for that."""
    found = set()
    for m in people:
        sentence = analysis.sentence_at(m.start)
        if INTERVIEWED.search(analysis.text, sentence.start, sentence.stop):
            found.add(m.normal)
    return found


# What a Kazakh name in the genitive owns when it is the speaker's: their words, report or view.
WORDS_OF = re.compile(
    r"\s+(?:" + "|".join((*ACCORDING_WORDS, "хабарлауынша", "мәліметінше", "баяндамасы", "сөзі", "сөйлеген")) + ")", re.IGNORECASE
)


def is_participant(m: Mention, analysis: Analysis, quoted, kazakh, orgs, listed: bool = False) -> bool:
    """A participant of the reported event: there, outside quotes and organisation names, and
    in the nominative (a Kazakh name's case is in its ending, stripped already). `listed`: the
    name goes on a list of participants, whose case it shares whatever the tagger read
    («… поэт Мухтар Ниязов, член Совета … Олжас Сулеймен и другие»)."""
    if inside(m.start, m.stop, quoted) or inside(m.start, m.stop, orgs):
        return False
    if not is_person_there(m, analysis):
        return False
    if inside(m.start, m.stop, kazakh):
        # not a genitive that owns what follows («Самоделкинаның жетістігі», her achievement),
        # unless what it owns is their words («Оразалиннің хабарлауынша», as X reported)
        text = analysis.text
        return not GENITIVE.search(text, m.start, m.stop) or bool(WORDS_OF.match(text, m.stop))
    first, last = analysis.token_range(m.start, m.stop)
    if first > 0 and _oblique_title(analysis.tokens[first - 1]):
        # «реформ Президента Касым-Жомарт Токаев»: the name is in the title's case; not when the
        # title completes a nominative one, through any chain of genitives («заместитель
        # премьер-министра Аида Балаева», «первый заместитель Руководителя Администрации
        # Президента Сергей Кириенко»)
        before = analysis.tokens[first - 2] if first > 1 else None
        one_level = before is not None and before.case == "Nom" and before.pos in ("NOUN", "PROPN")
        if not one_level and not _completes_nominative(analysis, first - 1):
            return False
    # any word in the nominative: the tagger often reads a Kazakh given name it does not know
    # as an oblique case before a nominative surname («Ералы Тугжанов», «Нуржан Жетписбаев»)
    tokens = analysis.tokens[first:last]
    return listed or not tokens or any(t.case in (None, "Nom") for t in tokens)


def _completes_nominative(analysis: Analysis, title: int, reach: int = 6) -> bool:
    """The genitive title at token `title` hangs, through genitives only, on a singular title
    in the nominative: the whole is the name's nominative title."""
    tokens = analysis.tokens
    i = title - 1
    while i >= max(0, title - reach) and tokens[i].case == "Gen" and tokens[i].pos in ("NOUN", "PROPN", "ADJ"):
        i -= 1
    head = tokens[i] if i >= 0 else None
    # a title of one person («заместитель»), not a group («представители администрации Президента …»)
    return head is not None and head.case == "Nom" and head.sentence == tokens[title].sentence and is_head(head)


def _oblique_title(token) -> bool:
    """A title in an oblique case, which the name after it shares whatever its own form says."""
    return token.text[:1].isalpha() and token.case not in (None, "Nom") and is_head(token)


