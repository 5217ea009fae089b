"""Mention cleaning rules for Russian news, each from an error seen on the NEREL and
factRuEval dev sets (see bench/quality.py)."""

import pytest


def mentions(record, kind):
    return {m.text for m in record.mentions if m.type == kind}


@pytest.mark.parametrize(
    "text, kind, present, absent",
    [
        # a name does not run across a line break or a list bullet
        ("Монако • Намибия • Бенин", "LOC", "Намибия", "Монако • Намибия • Бенин"),
        # a capitalised title before a name is not part of it
        ("Император Акихито выразил желание уйти на покой.", "PER", "Акихито", "Император Акихито"),
        # a bracketed abbreviation is a name of its own
        ("Расследование опубликовал Фонд борьбы с коррупцией (ФБК).", "ORG", "ФБК", "Фонд борьбы с коррупцией (ФБК)"),
        # the legal form is not part of a company's name
        ("Акции ОАО «Газпром» подорожали.", "ORG", "Газпром", "ОАО «Газпром»"),
        # supranational bodies are organisations, not places
        ("Решение приняли в Евросоюзе.", "ORG", "Евросоюзе", None),
        # common words that name places stay places
        ("Астронавты высадились на Луне.", "LOC", "Луне", None),
        # a body's «по …» / «при …» complement is part of its name (NEREL and factRuEval alike)
        ("27 ноября 2018 года Европейский суд по правам человека вынес решение.", "ORG",
         "Европейский суд по правам человека", "Европейский суд"),
        ("Сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин.", "ORG",
         "Следственного комитета при прокуратуре", "Следственного комитета при прокуратуре Владимир Маркин"),
        # an adverbial «по …» is not
        ("Верховный суд по итогам заседания отклонил жалобу.", "ORG", "Верховный суд", "Верховный суд по итогам заседания"),
    ],
)  # fmt: skip
def test_mention_rules(analyse, text, kind, present, absent):
    found = mentions(analyse(text), kind)
    assert present in found
    assert absent is None or absent not in found


def test_later_bare_surnames_are_people(analyse):
    record = analyse("Журналиста Ивана Голунова задержали в Москве. Позже Голунова отпустили.")
    people = [m for m in record.mentions if m.type == "PER"]
    assert [m.text for m in people] == ["Ивана Голунова", "Голунова"]
    assert {m.normal for m in people} == {"Иван Голунов"}


def test_abstract_nouns_are_not_places(analyse):
    assert "Независимость" not in mentions(analyse("Суверенитет и Независимость страны незыблемы."), "LOC")


def test_smi_is_not_an_organisation(analyse):
    assert "СМИ" not in mentions(analyse("Об этом сообщают местные СМИ."), "ORG")
