"""Who a pronoun or a subjectless verb stands for: news keeps talking about the person it
last named as a subject, so «он», «она» and «Стал генералом, работал министром» go to the
latest named person before them, in the nominative, of the gender the words show. Shared by
speakers of quotes («отметил он») and titles a verb gives («он был назначен послом»)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from collections.abc import Sequence

from .mentions import inside
from .models import Mention
from .names import is_female_surname, surname
from .nlp import Analysis, shared_morph_vocab


def antecedent(
    analysis: Analysis,
    people: Sequence[Mention],
    before: int,
    female: bool | None = None,
    skip: Sequence[tuple[int, int]] = (),
    kazakh: Sequence[tuple[int, int]] = (),
) -> Mention | None:
    """The latest person named before offset `before` as a subject, outside the `skip` spans
    (quotes); a name in Kazakh paragraphs counts as a subject, having no Russian case. A
    Latin spelling in brackets after the name («Сумаила Сиссе (Soumaila Cisse)») is passed
    over for the name it spells."""
    text = analysis.text
    for m in reversed(people):
        if m.start >= before or inside(m.start, m.stop, skip):
            continue
        if text[:m.start].rstrip().endswith("(") and m.normal.isascii():
            continue
        if named_as_subject(analysis, m, kazakh) and gender_fits(m, female):
            return m
    return None


def named_as_subject(analysis: Analysis, mention: Mention, kazakh: Sequence[tuple[int, int]] = ()) -> bool:
    """The name is in the nominative, or in a Kazakh paragraph, where it has no Russian case,
    or it opens a biography in the dative with the person's age («Джеймсу Коми 52 года. … Он
    также является старшим исследователем»)."""
    if inside(mention.start, mention.stop, kazakh):
        return True
    tokens = analysis.tokens_in(mention.start, mention.stop)
    return not tokens or tokens[0].case in (None, "Nom") or AGED.match(analysis.text, mention.stop) is not None


# A person's age said of a dative name: «Джеймсу Коми 52 года», «Томасу Шеферу было 54 года».
AGED = re.compile(r"\s+(?:было\s+|исполнилось\s+)?\d{1,3}\s+(?:год|года|лет)\b")


def gender_fits(mention: Mention, female: bool | None) -> bool:
    """The person is of the gender the words show: a woman by her surname («Балаева») or her
    given name («Мадонна», «Людмила Гурченко»); anyone else is taken for a man, as news
    names men far more often («Ли Пэн», «Ар Келли»)."""
    return female is None or (female_name(mention.normal) is True) == female


@lru_cache(maxsize=1 << 12)
def female_name(normal: str) -> bool | None:
    words = normal.split()
    if not words:
        return None
    if is_female_surname(surname(normal)):
        return True
    if re.search(r"(ов|ев|ёв|ин|ын|ский|цкий)$", surname(normal).lower()):
        return False
    forms = [f for f in shared_morph_vocab()(words[0].lower()) if f.is_known and "Name" in f.tag]
    genders = {g for f in forms for g in ("masc", "femn") if g in f.tag}
    return genders == {"femn"} if len(genders) == 1 else None


def subject_of(
    analysis: Analysis, people: Sequence[Mention], before: int, female: bool | None = None
) -> Mention | None:
    """Whom a pronoun or a subjectless verb at offset `before` stands for, in a biography's
    run of clauses: the person last named as a subject in the same paragraph; across a
    paragraph break, only a person the article names again, not one named in passing
    («Его учитель — академик Виктор Виноградов.¶ … Был президентом ассоциации» is the
    obituary's subject, named most)."""
    paragraph = analysis.text.rfind("\n", 0, before) + 1
    here = antecedent(analysis, [m for m in people if m.start >= paragraph], before, female)
    if here is not None:
        return here
    counts = Counter(m.normal for m in people)
    recurring = antecedent(analysis, [m for m in people if counts[m.normal] > 1], before, female)
    if recurring is not None:
        return recurring
    ranked = sorted((m for m in people if m.start < before), key=lambda m: -counts[m.normal])
    return next((m for m in ranked if gender_fits(m, female)), None)  # stable: among equals, the first named
