"""Issue 20: places a Gephi user can trust: regions in the nominative with their noun, one node
each, merged across spellings and languages; words that are not places are none."""

from __future__ import annotations

import pytest

# The seeds' places, read from the articles: seed 004 lists the Union of Lawyers' branches
# («в … Акмолинской, Актюбинской, Атырауской областях, области Жетісу, Абай, … Туркестанской
# областях»; «Жетісуской, Акмолинской и Мангистауской областей»), seed 002 the school and the
# office the senators visited, seed 003 the mine and «рудниках Жезказганского региона».
SEED_PLACES = {
    "Алматы", "Астана", "Шымкент", "Казахстан",
    "Акмолинская область", "Актюбинская область", "Атырауская область", "область Жетісу", "область Абай",
    "Карагандинская область", "Восточно-Казахстанская область", "Костанайская область", "Жамбылская область",
    "Кызылординская область", "Мангистауская область", "Северо-Казахстанская область", "Павлодарская область",
    "Туркестанская область", "Жезказганский регион",
    "Республиканская школа имени Абая", "офис компании Yandex Qazaqstan", "шахта «Анненская»",
}  # fmt: skip


def test_seed_places_row_by_row(seed_graph):
    assert {p.name for p in seed_graph.places()} == SEED_PLACES


@pytest.mark.parametrize(
    "text, places",
    [
        # a list of adjectives sharing a plural noun: each region with its noun, in the nominative
        ("Филиалы открыты в Павлодарской, Костанайской и Атырауской областях.",
         ["Павлодарская область", "Костанайская область", "Атырауская область"]),
        # the noun before a list of names: the regions made in 2022
        ("Встречи прошли в области Жетісу, Абай и Улытау.", ["область Жетісу", "область Абай", "область Ұлытау"]),
        # the same region in Kazakh is the same place
        ("Жетісу облысында кездесу өтті.", ["область Жетісу"]),
        # an adjective is named with the noun it stands before, or not at all (seed 003's
        # «Восточно-Жезказганском руднике» alone made «Восточно-Жезказганский»)
        ("Он работает на Восточно-Жезказганском руднике.", ["Восточно-Жезказганский рудник"]),
        # nor does an abstract noun in an oblique case
        ("Это было в первые годы Независимости.", []),
        # a person's name after «области» is no region
        ("Под председательством акима области Наримана Турегалиева прошло заседание.", []),
        # a Kazakh list's last place with the plural noun: the region, in the singular
        ("Бұған дейін Алматы мен Павлодар облыстарында жұмыс істедім.", ["Алматы", "Павлодарская область"]),
        # nor is a title with a bare place noun opening a sentence, which the tagger calls a place
        ("Аким области Ербол Карашукеев провел встречу с жителями.", []),
    ],
)  # fmt: skip
def test_places_are_named_with_their_noun(analyse, text, places):
    assert [m.normal for m in analyse(text).mentions if m.type == "LOC"] == places


def test_a_region_run_into_its_akims_name_leaves_the_person(analyse):
    """«Аким области Абай Берик Уали»: the tagger reads one name over the region's and the
    akim's; the region is a place, the akim a person who took part."""
    record = analyse(" date 2025-12-22 x\nАким области Абай Берик Уали принял участие в церемонии открытия нового "
                     "спортивного комплекса в Семее.")  # fmt: skip
    found = [(m.type, m.normal) for m in record.mentions if m.type in ("PER", "LOC")]
    assert ("LOC", "область Абай") in found and [n for t, n in found if t == "PER"] == ["Берик Уали"]
    assert [p.name for e in record.events if e.reported for p in e.participants] == ["Берик Уали"]
