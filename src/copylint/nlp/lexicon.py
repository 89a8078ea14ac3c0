"""Word classes for grammar checks: pronouns, clause openers, number words and verb forms.

Verb forms come from lemminflect's tables (lookup only, no guessing for unknown words), so a word is
"finite" only when English lists it as a past tense, a third-person -s form, a modal or a finite
form of "be".
"""

from __future__ import annotations

from functools import lru_cache

from copylint.nlp.forms import inflections, lemmas

# Object pronoun -> subject pronoun.
SUBJECT_OF = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
OBJECT_OF = {v.lower(): k for k, v in SUBJECT_OF.items()}
POSSESSIVES = frozenset("his her their its our my your".split())

# Words that open a finite clause: after them comes a subject, never an object pronoun.
COMPLEMENTIZERS = frozenset("that because although though whereas if unless while whilst whether when whenever "
                            "where wherever once".split())
# Prepositions that also open clauses ("after he made", "after him"): a weaker cue.
PREP_SUBORDINATORS = frozenset("after before since until till".split())
SUBORDINATORS = COMPLEMENTIZERS | PREP_SUBORDINATORS
COORDINATORS = frozenset("and but or so yet".split())

# Lemmas of reporting and thinking verbs that take a clause but never an object person or thing
# ("said him" is a slip; "explained them" is not, so "explain" is not here).
SAY_LEMMAS = frozenset("say insist argue state think hope agree realise realize reckon complain conclude emphasise "
                       "emphasize contend assert allege".split())
RELATIVES = frozenset("who which that whom whose".split())

MODALS = frozenset("will would can could shall should may might must".split())
BE_FINITE = frozenset("am is are was were".split())
AUX_FINITE = BE_FINITE | frozenset("has have had does do did".split())
# Adverbs that may sit between a subject and its verb ("he also said").
MID_ADVERBS = frozenset("also still never always just already then now often later only even really once "
                        "soon quickly finally clearly reportedly allegedly".split())

MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
                         "ninety hundred hundreds thousand thousands million millions billion billions dozen "
                         "dozens".split())
# Quantifiers that need "of" before a possessive ("many of his"); "all", "both" and "half" do not.
OF_QUANTIFIERS = frozenset("many most several some few".split())


@lru_cache(maxsize=8192)
def verb_tags(word: str) -> frozenset[str]:
    """Penn tags (VB, VBD, VBN, VBZ, VBG, VBP) the lower-cased word can carry as a verb."""
    tags: set[str] = set()
    for lemma in lemmas(word, "VERB").get("VERB", ()):
        for tag, words in inflections(lemma, "VERB").items():
            if word in words:
                tags.add(tag)
    return frozenset(tags)


@lru_cache(maxsize=8192)
def verb_lemmas(word: str) -> frozenset[str]:
    return frozenset(lemmas(word, "VERB").get("VERB", ()))


@lru_cache(maxsize=8192)
def is_noun(word: str) -> bool:
    """Is the lower-cased word a listed noun form ("visits", "remains", "plans")?"""
    return bool(lemmas(word, "NOUN"))


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    return bool(lemmas(word, "ADJ"))


def is_finite(word: str) -> bool:
    """A finite verb form that can follow a subject: modal, finite be/have/do, past tense or -s form."""
    w = word.lower().replace("’", "'")
    if w.endswith("n't"):  # "can't", "won't", "doesn't"
        w = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}.get(w[:-3], w[:-3])
    if w in MODALS or w in AUX_FINITE:
        return True
    return bool(verb_tags(w) & {"VBD", "VBZ"})


def is_base(word: str) -> bool:
    """A bare verb form (VB/VBP): finite after a plural subject, an infinitive after "make him"."""
    return bool(verb_tags(word.lower()) & {"VB", "VBP"})


def is_verb(word: str) -> bool:
    return bool(verb_tags(word.lower()))


def says(word: str) -> bool:
    """A reporting verb form that takes a clause, not a person ("said", "insists", "noting")."""
    return bool(verb_lemmas(word.lower()) & SAY_LEMMAS)


def subject_form(obj: str) -> str:
    """The subject pronoun for an object pronoun, in the same case ("Him" -> "He", "me" -> "I")."""
    subj = SUBJECT_OF[obj.lower()]
    if obj.isupper() and len(obj) > 1:
        return subj.upper()
    if obj[0].isupper():
        return subj[0].upper() + subj[1:]
    return subj
