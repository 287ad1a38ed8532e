"""The skill taxonomy as plain data, compiled into an Aho–Corasick automaton for extraction.

Every canonical name and alias is indexed by its normalised key; the automaton finds all of them in
one pass over a text, whatever the text's width, case, spacing or punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from matchmaker.matching.engine.normalise import normalise


@dataclass(frozen=True)
class SkillEntry:
    id: int
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    # A skill a user typed that no curator has reviewed yet. It keeps its name for the postings that
    # use it, but is no term of the dictionary: one user's "负责" must not become a skill in every ad.
    verified: bool = True


@dataclass(frozen=True)
class Term:
    """One indexed spelling: which skill it names and whether it is the canonical name."""

    skill_id: int
    key: str
    canonical: bool


def _is_ascii_word(key: str) -> bool:
    return key.isascii()


@dataclass
class Taxonomy:
    skills: dict[int, SkillEntry]
    terms: dict[str, Term]
    automaton: ahocorasick.Automaton = field(repr=False)
    ascii_keys: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def build(cls, entries: Iterable[SkillEntry]) -> Taxonomy:
        skills = {entry.id: entry for entry in entries}
        vocabulary = [entry for entry in skills.values() if entry.verified]
        terms: dict[str, Term] = {}
        for entry in vocabulary:
            key = normalise(entry.name)
            if key:
                terms[key] = Term(entry.id, key, True)  # a canonical name wins over an alias
        for entry in vocabulary:
            for alias in entry.aliases:
                key = normalise(alias)
                if key and key not in terms:
                    terms[key] = Term(entry.id, key, False)
        automaton = ahocorasick.Automaton()
        for key, term in terms.items():
            # One-character keys (e.g. "C") match everywhere; they are only found as whole words.
            if len(key) >= 2 or _is_ascii_word(key):
                automaton.add_word(key, term)
        if len(automaton):
            automaton.make_automaton()
        # Misspellings are caught for tools' names written as one word (Photoshp, Excell, powerpont): a
        # knowledge or trade word one letter from an English word (deportment ~ department, mediation ~
        # medication, cremation ~ creation) would turn that word into the skill, and so would a tool's
        # lesser alias (Ambari ~ Amari) or a name whose dot the key drops (Node.js → nodejs ~ nodes). An
        # English phrase ("customer service") is no word to misspell; scoring every ad word against the
        # phrases too would double an English ad's extraction time.
        ascii_keys = sorted(
            k
            for k, term in terms.items()
            if _is_ascii_word(k)
            and len(k) >= 4
            and term.canonical
            and skills[term.skill_id].category == "tool"
            and skills[term.skill_id].name.isalnum()
        )
        return cls(skills=skills, terms=terms, automaton=automaton, ascii_keys=ascii_keys)

    def lookup(self, text: str) -> SkillEntry | None:
        term = self.terms.get(normalise(text))
        return self.skills[term.skill_id] if term else None
