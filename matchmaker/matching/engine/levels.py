"""The lowest education level a job ad accepts: "大专及以上学历" rules out 中职 graduates.

A recommendation asked for without a level should still not put 中职 majors first for an ad that
asks for 大专: the degree line is the employer's own answer. A level named only as a preference
(本科优先) does not raise the floor, and 学历不限 sets none.
"""

from __future__ import annotations

import re
import unicodedata

from matchmaker.matching.engine.boilerplate import clauses
from matchmaker.matching.engine.normalise import simplified

LEVEL_ORDER = ("secondary", "higher", "undergraduate")
# A level word names a degree where a degree follows it (大专以上, 本科学历, 高中或中专, a line's end) or
# a degree heading precedes it (学历：大专); not in 高中数学老师 or 专科医院. A graduate degree (硕士, 研究生)
# asks for more than the catalog's highest level, so it counts as 本科, the nearest level the catalog has.
_LEVELS = (  # one group per level of LEVEL_ORDER
    r"(?:(中专|中技|技校|技工学校|技工院校|职高|高中|中职)|"
    r"(大专|高职|高专|专科)|(本科|学士|硕士|研究生|博士))"
)
_LEVEL_WORDS = re.compile(
    r"(?:(?<=学历)|(?<=学历[:：]))"
    + _LEVELS
    + "|"
    + _LEVELS
    + r"(?=[及或以含与和亦也可/、(（)）\s]|学历|学位|毕业|文凭|在读|生|同等|$)"
)
# The same in English ads (one group per level again): "Associate degree or above", "College diploma",
# "Bachelor's degree", "High school or above". A diploma or a college degree is the 大专 of these ads;
# a bare "college" or "university" names a place, not a degree.
_ENGLISH_LEVEL_WORDS = re.compile(
    r"(?<![A-Za-z])(?:"
    r"(high\s+school|secondary\s+(?:school|vocational)|(?:technical|vocational)\s+(?:high\s+)?school)|"
    r"(associate(?:'s)?(?:\s+degree)?|(?:junior\s+)?college\s+(?:degree|diploma|graduate|education)|"
    r"diploma|higher\s+vocational)|"
    r"(bachelor(?:'s)?(?:\s+degree)?|(?:university|undergraduate)\s+degree|master(?:'s)?\s+degree|"
    r"(?:post)?graduate\s+degree)"
    r")(?![A-Za-z])",
    re.IGNORECASE,
)
_ENGLISH_PREFERRED = re.compile(r"[^,;/]{0,20}?(?:preferred|is\s+a\s+plus|a\s+plus|an\s+advantage)", re.I)
# "preferably Bachelor level", "最好本科": the preference said before the level word
_PREFERRED_BEFORE = re.compile(r"(?:(?i:prefer(?:ably|red)?)|最好)\s*$")
EVIDENCE_CHARS = 20  # characters of context kept either side of the level word
# A level named as a preference, not a requirement: 本科优先, 本科及以上学历者优先, 本科尤佳.
_PREFERRED = re.compile(r"[^，,、/或]{0,8}?(?:优先|为佳|尤佳|更佳)")


def required_level(text: str) -> tuple[str, str] | None:
    """(the lowest level the ad accepts, the words that say so), or None when it names none. A
    bilingual ad's Chinese degree line is its own word: "college degree" in its English half may mean a
    university one, so the English words count only where no Chinese ones are."""
    text = simplified(text)
    return _lowest(text, _LEVEL_WORDS, _PREFERRED) or _lowest(text, _ENGLISH_LEVEL_WORDS, _ENGLISH_PREFERRED)


def _lowest(text: str, words: re.Pattern, preferred: re.Pattern) -> tuple[str, str] | None:
    found: tuple[int, str] | None = None
    for start, end in clauses(text):
        clause = unicodedata.normalize("NFKC", text[start:end]).strip()
        for match in words.finditer(clause):
            if preferred.match(clause, match.end()) or _PREFERRED_BEFORE.search(clause, 0, match.start()):
                continue
            rank = (match.lastindex - 1) % len(LEVEL_ORDER)
            if found is None or rank < found[0]:
                evidence = clause[max(0, match.start() - EVIDENCE_CHARS) : match.end() + EVIDENCE_CHARS]
                found = (rank, evidence)
    return (LEVEL_ORDER[found[0]], found[1]) if found else None
