"""Traits and languages an English ad asks for in one word whose other senses the words around rule out.

The English aliases (seeds/skills/english.yaml) hold phrases only: a bare "responsible", "patient",
"friendly" or "German" is as often a duty ("Responsible for shipments"), a hospital's patient, a
user-friendly tool or a German company. Here each word counts only where its neighbours say it is the
trait or the language asked for: "responsible, detail-oriented" is 责任心 and "Responsible for…" is
not; "German is a plus", "English: CET-4", "read schematics in English" ask for a language, while
"German management" and "English Customer Service" do not. Languages joined by or/and share what is
said of them: "Japanese or German speakers also welcome" asks for both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ASCII_LETTER = re.compile(r"[A-Za-z]")

# A trait word, then the words around it that would make it something else.
_DETERMINER = r"(?:the|a|an|any|each|every|per|of|for|our|your|their|its)\s+$"
# where a trait adjective ends: a list's comma or the clause's end, or what the trait is shown in
# ("patient with customers"); never a noun it qualifies (patient care, Responsible business travel)
_TRAIT_END = r"(?=\s*(?:$|[,;.)/&])|\s+(?:and|with|in|when|at|towards?|enough)\b)"
_TRAITS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    # "Responsible for shipments", "the responsible engineer", "Job Responsible:" are no trait
    (
        "责任心",
        re.compile(rf"(?i)\bresponsible\b{_TRAIT_END}"),
        re.compile(rf"(?i)(?:{_DETERMINER}|(?:socially|environmentally|job|main|key|primary)\s+$)"),
    ),
    # "patient, careful", "patient with customers", not patient care or records
    (
        "耐心",
        re.compile(rf"(?i)\bpatient\b{_TRAIT_END}"),
        re.compile(rf"(?i){_DETERMINER}"),
    ),
    # "Friendly, well-presented" — not a user-friendly tool, an eco-friendly product or a friendly price
    (
        "亲和力",
        re.compile(r"(?i)(?<![\w-])friendly\b(?!\s+(?:price|prices|rate|rates|terms|interface|design)\b)"),
        re.compile(
            r"(?i)(?:user|eco|environment(?:ally)?|family|budget|pet|kid|child|mobile|printer|seo)\s+$"
        ),
    ),
    # "Outgoing, energetic", "friendly and outgoing": the trait, not outgoing calls, mail or shipments
    ("亲和力", re.compile(rf"(?i)\boutgoing\b{_TRAIT_END}"), re.compile(rf"(?i){_DETERMINER}")),
    # "Creative, curious", "data-driven, creative, proactive": the trait, not a creative agency or brief
    ("创新意识", re.compile(r"(?i)\bcreative\b(?=\s*(?:$|[,;.)/])|\s+(?:and|with|in|when|at)\b)"), None),
    # "Careful, curious, logical", "stay calm during peak season": the trait, not logical data or a calm sea
    ("逻辑思维", re.compile(rf"(?i)\blogical\b{_TRAIT_END}"), None),
    (
        "抗压能力",
        re.compile(
            r"(?i)\b(?:stay|remain|keep|be|is|are)\s+calm\b|"
            r"\bcalm\b(?=\s*(?:$|[,;.)/])|\s+(?:and|when|in|during|under)\b)"
        ),
        None,
    ),
    # "Patient, caring, calm": the trait, not caring for residents (a carer's duty)
    ("爱心", re.compile(rf"(?i)\bcaring\b{_TRAIT_END}"), re.compile(rf"(?i){_DETERMINER}")),
    ("职业道德", re.compile(r"(?i)\bhonest\b"), None),
    ("保密意识", re.compile(r"(?i)\bdiscreet\b"), None),
    # "Honest, confidential, accurate": the trait, not confidential information or files
    ("保密意识", re.compile(r"(?i)\bconfidential\b(?=\s*(?:$|[,;.)]|\sand\b))"), None),
)

_LANGUAGES = {
    "english": "英语",
    "japanese": "日语",
    "korean": "韩语",
    "german": "德语",
    "french": "法语",
    "russian": "俄语",
    "spanish": "西班牙语",
    "arabic": "阿拉伯语",
    "thai": "泰语",
    "vietnamese": "越南语",
    "mandarin": "普通话",
    "cantonese": "粤语",
    "shanghainese": "上海话",
}
_LANGUAGE = r"(?:" + "|".join(_LANGUAGES) + r")"
# Languages listed together share what follows or precedes them: "Japanese or German speakers".
_LANGUAGE_RUN = re.compile(rf"(?i)\b{_LANGUAGE}(?:\s*(?:,|/|、|\bor\b|\band\b|&)\s*{_LANGUAGE})*\b")
_LANGUAGE_WORD = re.compile(rf"(?i)\b{_LANGUAGE}\b")
# What makes the run a language asked for, said after it ...
_ASKED_AFTER = re.compile(
    r"(?i)(?:\s*(?:$|[(（])|"
    r"\s+(?:is|are|would\s+be|will\s+be|also)\s+(?:an?\s+|also\s+|highly\s+)?"
    r"(?:plus|bonus|advantage|preferred|welcome|required|must|necessary|desirable)\b|"
    r"\s+(?:speakers?|preferred|required|welcome|skills?|level|proficiency|ability|fluency|literacy|"
    r"communication|(?:basic\s+|good\s+|fluent\s+)?(?:reading|writing|speaking|listening)|"
    r"CET|TEM|JLPT|TOPIK|N[1-5])\b)"
)
# ... or before it ("speak German", "fluent Japanese")
_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:speak|speaks|speaking|read|reads|write|writes|understand|understands|"
    r"fluent|good|basic|spoken|written|"
    r"working|business|native|conversational|oral|excellent|proficient|knowledge\s+of|command\s+of)\s+$"
)
# ... or "in English" after the work done in it ("read schematics in English", "reply to emails in
# English"), not "applications in English will be reviewed"
_DONE_IN = re.compile(
    r"(?i)\b(?:read|reads|reading|write|writes|writing|written|communicat\w*|speak\w*|talk\w*|reply|replies|"
    r"respond\w*|correspond\w*|present\w*|explain\w*|draft\w*|answer\w*|handl\w*|work\w*|negotiat\w*|"
    r"fluently)\b[^,.;:]{0,40}\bin\s+$"
)


def english_phrase_hits(clause: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) for each trait and language ``clause`` asks for in one English word."""
    if not _ASCII_LETTER.search(clause):
        return  # a Chinese clause: nothing to read here
    for name, word, not_after in _TRAITS:
        for match in word.finditer(clause):
            if not_after is None or not not_after.search(clause, max(0, match.start() - 24), match.start()):
                yield match.start(), match.end(), name
    for run in _LANGUAGE_RUN.finditer(clause):
        before = _ASKED_BEFORE.search(clause, max(0, run.start() - 24), run.start()) or _DONE_IN.search(
            clause, max(0, run.start() - 64), run.start()
        )
        if before or _ASKED_AFTER.match(clause, run.end()):
            for language in _LANGUAGE_WORD.finditer(clause, run.start(), run.end()):
                yield language.start(), language.end(), _LANGUAGES[language.group().lower()]
