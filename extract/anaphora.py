"""Who a pronoun or a subjectless verb stands for: news keeps talking about the person it
last named as a subject, so «он», «она» and «Стал генералом, работал министром» go to the
latest named person before them, in the nominative, of the gender the words show. Shared by
speakers of quotes («отметил он») and titles a verb gives («он был назначен послом»)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .mentions import inside
from .models import Mention
from .names import is_female_surname, surname
from .nlp import Analysis


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
        if named_as_subject(analysis, m, kazakh) and _of_gender(m, female):
            return m
    return None


def named_as_subject(analysis: Analysis, mention: Mention, kazakh: Sequence[tuple[int, int]] = ()) -> bool:
    """The name is in the nominative, or in a Kazakh paragraph, where it has no Russian case."""
    if inside(mention.start, mention.stop, kazakh):
        return True
    tokens = analysis.tokens_in(mention.start, mention.stop)
    return not tokens or tokens[0].case in (None, "Nom")


def _of_gender(mention: Mention, female: bool | None) -> bool:
    return female is None or is_female_surname(surname(mention.normal)) == female


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
    return next((m for m in ranked if _of_gender(m, female)), None)  # stable: among equals, the first named
