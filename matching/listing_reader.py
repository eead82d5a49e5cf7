"""Who a listing is for and not for, read from its prose into facts the matcher's hard rules
obey: a programme for people who cause harm, only for people harmed, only for women, men,
girls or boys, for one condition (and whether a diagnosis is needed), for one group only,
delivered only in one language, stated exclusions, and closed or paused.

Each sentence of the listing that could say such a thing (a broad net of words: "abuse",
"only", "diagnosis", "mums", "paused", ...) is classified by heads trained on labelled listing
sentences (`matching/data/listing_sentences.json`); the name always is. The harm question
(which side of harm a sentence puts the listing's users on: a programme for people who cause
harm, a service only for people harmed, or neither; `matching.harm_role`) is asked of every
sentence: harm programmes describe what people do ("people who want to stop hurting the
people they love", "parents who smack, hit or shake their children") in words no net foresees,
and missing one is the costliest mistake. Facts read surely
apply at once; uncertain ones apply too, the safe way (an uncertain harm programme is treated
as one), and are marked `uncertain:` for the editors' queue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from directory.records import Service
from matching.classifier import Floats, Head
from matching.embedding import Embedder
from matching.glossary import Glossary
from matching.harm_role import HARM, HARMED
from matching.reading import DISABILITY
from matching.worded import worded
from matching.written_language import WrittenLanguage

#: Facts' names (the values of `Service.facts`).
HARM_PROGRAMME = "harm-programme"
SURVIVORS_ONLY = "survivors-only"
AUDIENCE = "audience:"
CONDITION_SPECIFIC = "condition-specific"
CONDITION = "condition:"
DIAGNOSIS_REQUIRED = "diagnosis-required"
GROUP_ONLY = "group-only"
GROUP = "group:"
LANGUAGE_ONLY = "language-only"
LANGUAGE = "language-only:"
EXCLUDES = "excludes:"
CLOSED = "closed"
UNCERTAIN = "uncertain:"
#: Marks a listing whose prose has been read, by this version of the reader (2: the sex a
#: listing is for is read from its name and eligibility text first; 3: a listing read as for
#: neither sex whose name and eligibility name one only is for that one, uncertain; 4: a listing
#: written in another language is delivered in it, and for the sex its words name, uncertain;
#: 5: every sentence is read for the two harm questions; 6: one question, which side of harm
#: a sentence puts the listing's users on, read from its words as well as its embedding; 7:
#: fifteen conditions and disabled people in general, two of them named by one sentence; 8:
#: the conditions read from each sentence's words as well as its embedding; 9: the
#: exclusions too; 10: and whether it is closed or paused).
READ_PREFIX = "read:"
READ_MARK = READ_PREFIX + "10"

#: Probability from which a fact applies, and below which it is marked uncertain.
DEFAULT_APPLY = 0.5
#: Who a listing is for by condition or group is read more surely before it restricts it.
RESTRICTS = 0.6
#: A sentence read as for some condition names each condition it reads from this share.
NAMED_SHARE = 0.25
SURE = 0.8
#: A sentence naming both sexes ("Dads and their daughters") tells a listing's audience only
#: when read this surely as for one.
ONE_SEX_NAMING_BOTH = 0.9
#: A harm programme read by less than this much over "for survivors" is marked uncertain.
CLEAR_MARGIN = 0.2

_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n+")
#: Words after which a sentence may say who a listing is or is not for.
_TRIGGERS = re.compile(
    r"abus|violen|harm|perpetrat|controll|coerc|survivor|victim|behaviour change|respect|"
    r"women|woman|mum|mother|female|girl|ladies|men\b|man\b|dad|father|male|boy|lads|"
    r"\bsons?\b|daughter|sister|brother|\bmoms?\b|bloke|\bgents\b|\bguys\b|fellas|papa|"
    r"autis|asd\b|adhd|diagnos|assessment|waiting list|condition|syndrome|deaf|hearing|"
    r"visual|sight|eating|anorexi|bulimi|fasd|foetal|fetal|learning disab|"
    r"perinatal|postnatal|antenatal|pregnan|birth trauma|after (?:the )?birth|postpartum|"
    r"physical(?:ly)? (?:disab|impair)|wheelchair|mobility|cerebral|spina|muscular|limb|"
    r"speech|stammer|stutter|communication (?:need|difficult|disorder)|mutism|slcn|"
    r"delay|epilep|seizure|dyslex|dyspra|dyscalc|illness|cancer|diabet|cystic|palliative|"
    r"life.limiting|medical (?:condition|need)|complex (?:health )?needs|disab|send\b|"
    r"additional needs|special educational|"
    r"asylum|refugee|migrant|young parent|teen|under \d\d|aged? \d|recovery|drug|alcohol|"
    r"substance|sober|free school meals|fsm|bereave|baby (?:has )?died|stillbirth|loss|"
    r"kinship|grandparent|special guardian|armed forces|forces famil|military|care leaver|"
    r"young carer|speak|language|polish|arabic|urdu|punjabi|romanian|bengali|somali|"
    r"portuguese|lithuanian|ukrainian|interpret|translat|only|exclusive|not for|not suitable|"
    r"cannot|can't|unable|must|need to|required|eligib|closed|paus|suspend|not taking|"
    r"not currently|no longer|temporar|until further|reopen",
    re.IGNORECASE,
)


def _sentences(service: Service) -> tuple[list[str], int, list[str]]:
    """The sentences to read: the name and the sentences with a trigger word (those that
    could say who the listing is for), how many of them come from the name and the
    eligibility text, and the listing's other sentences (read for harm only)."""
    found = [service.name]
    others: list[str] = []
    stated = 1
    for n, text in enumerate(
        (service.eligibility_description, service.description, service.application_process)
    ):
        for sentence in _SENTENCES.split(text or ""):
            sentence = sentence.strip()[:400]
            if len(sentence) <= 3 or sentence in found or sentence in others:
                continue
            (found if _TRIGGERS.search(sentence) else others).append(sentence)
        if n == 0:
            stated = len(found)
    return found, stated, others


@dataclass(frozen=True)
class ListingHeads:
    role: Head
    audience: Head
    condition: Head
    diagnosis: Head
    group: Head
    language_only: Head
    interpreters: Head
    excludes: Head
    closed: Head

    @classmethod
    def of(cls, heads: dict[str, Head]) -> ListingHeads:
        return cls(**{name: heads[f"listing_{name}"] for name in cls.__dataclass_fields__})


def _strongest(head: Head, vectors: Floats, rows: Sequence[int] | None = None) -> dict[str, float]:
    """Each label's highest probability over the sentences (or the `rows` among them)."""
    probs = head.probabilities(vectors)
    if rows is not None:
        probs = probs[list(rows)] if len(rows) else np.zeros((1, len(head.labels)), np.float32)
    return {label: float(probs[:, i].max()) for i, label in enumerate(head.labels)}


def _conditions(head: Head, features: Floats, stated: int) -> dict[str, float]:
    """The conditions a listing is only for, each with how surely. A sentence names each
    condition it reads from `NAMED_SHARE` (from its words and its embedding, `features`:
    "for children with autism and/or ADHD" divides itself between two) when those it names
    are read together `RESTRICTS` surely in the first `stated` sentences (the name and the
    eligibility text, which say who may use the service), or `SURE` in the description,
    where a condition is more often one welcome among others. A sentence read as a little
    of many conditions (a short name such as "Little Dreamers sleep clinic") names none.
    Disabled people in general are read from the name and eligibility text only ("inclusive
    places for children with additional needs" in a description is a welcome), and not
    beside a condition named: a service for autistic children read as for disabled children
    too would reach every disabled child."""
    found: dict[str, float] = {}
    for i, row in enumerate(head.probabilities(features)):
        named = {
            label: float(p)
            for label, p in zip(head.labels[1:], row[1:], strict=True)
            if p >= NAMED_SHARE and (label != DISABILITY or i < stated)
        }
        together = sum(named.values())
        if together < (RESTRICTS if i < stated else SURE):
            continue
        for label in named:
            found[label] = max(found.get(label, 0.0), together)
    if set(found) - {DISABILITY}:
        found.pop(DISABILITY, None)
    return found


def _apply(facts: list[str], name: str, p: float, threshold: float = DEFAULT_APPLY) -> None:
    if p >= threshold:
        facts.append(name)
        if p < SURE:
            facts.append(UNCERTAIN + name)


_BOTH_SEXES = re.compile(
    r"(?=.*\b(?:women|woman|mums?|mothers?|girls?|female)\b)"
    r"(?=.*\b(?:men|man|dads?|fathers?|boys?|male)\b)",
    re.IGNORECASE | re.DOTALL,
)
#: Words without which a sentence states no exclusion: exclusions are negative statements.
_NEGATIVE = re.compile(
    r"\b(?:not|no|cannot|can't|unable|unsuitable|isn't|aren't|won't|don't|doesn't|exclud\w*|"
    r"unless|only if|must not|should not|never)\b",
    re.IGNORECASE,
)


def _needs_diagnosis(head: Head, vectors: Floats, body: Sequence[int], condition: bool) -> bool:
    """Whether a listing is only for people with a diagnosis, the safe way: a requirement
    read in any sentence counts unless a sentence of the body says more surely that none is
    needed (the name, such as "ADHD parent training", names a topic and says nothing either
    way); a close call between the two is a requirement. Without a condition read, the
    requirement must be read surely ("children with a diagnosed hearing or visual
    impairment")."""
    required = _strongest(head, vectors)["required"]
    if required < (DEFAULT_APPLY if condition else SURE):
        return False
    not_required = _strongest(head, vectors, body)["not_required"]
    return not_required < DEFAULT_APPLY or not_required - required < CLEAR_MARGIN


def _all_text(service: Service) -> str:
    return "\n".join(
        text
        for text in (
            service.name,
            service.eligibility_description,
            service.description,
            service.application_process,
        )
        if text
    )


def _language_of(sentences: Sequence[str], names: dict[str, str]) -> str | None:
    for sentence in sentences:
        for name, code in names.items():
            if re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE) and code != "en":
                return code
    return None


class ListingReader:
    """Reads listings' facts with trained heads over the embedder's sentence vectors."""

    def __init__(
        self,
        embedder: Embedder,
        heads: dict[str, Head],
        languages: dict[str, str],
        glossary: Glossary | None = None,
        written: WrittenLanguage | None = None,
    ):
        """`languages`: language names ("Polish") to their codes ("pl"); `glossary`, the words
        that name people of one sex (by default the shipped glossary); `written`, which tells
        a listing written in another of those languages (by default over all of them)."""
        self._embedder = embedder
        self._heads = ListingHeads.of(heads)
        self._glossary = glossary or Glossary.load()
        self._languages = {n: c for n, c in languages.items() if len(n) > 2}
        self._written = written or WrittenLanguage(languages.values())
        #: The reader's rules and the model its heads were trained for: a stored listing read
        #: with another version is read again on the next import.
        self.version = f"{READ_MARK} {embedder.name}"

    def read_many(self, services: Sequence[Service]) -> list[tuple[str, ...]]:
        """The facts of each service, in order (one batch of embeddings for all)."""
        chosen = [_sentences(s) for s in services]
        flat = [sentence for found, _, others in chosen for sentence in found + others]
        vectors = self._embedder.embed(flat) if flat else np.zeros((0, 1), dtype=np.float32)
        out: list[tuple[str, ...]] = []
        start = 0
        for service, (sentences, stated, others) in zip(services, chosen, strict=True):
            count = len(sentences) + len(others)
            rows, start = vectors[start : start + count], start + count
            facts = self._facts(sentences, rows, stated, others)
            text = _all_text(service)
            language = self._written.of(text)
            out.append(
                facts if language is None else self._unread(facts, service.name, text, language)
            )
        return out

    def _unread(
        self, facts: tuple[str, ...], name: str, text: str, language: str
    ) -> tuple[str, ...]:
        """The facts of a listing written in another language, which the heads (trained on
        English) cannot read, the safe way and each marked uncertain for an editor: it is
        delivered in that language unless read otherwise, and it is for the sex its words
        name in that language ("pomoc dla kobiet": women) or its name names in English
        ("Polish Mums"), whatever the heads read. English words are looked for in the name
        only ("son" is Spanish for "they are"). When its words name neither sex, what the
        heads read stands, uncertain; when they name both, both stand, which rules the
        listing out for every need until an editor decides."""
        named = self._glossary.sexes_named(name) | self._glossary.sexes_named(text, language)
        found = [
            f
            for f in facts
            if not (named and (f.startswith(AUDIENCE) or f.startswith(UNCERTAIN + AUDIENCE)))
        ]
        found += [AUDIENCE + sex for sex in sorted(named)]
        found += [UNCERTAIN + f for f in found if f.startswith(AUDIENCE)]
        if LANGUAGE_ONLY not in found:
            found += [LANGUAGE_ONLY, LANGUAGE + language, UNCERTAIN + LANGUAGE + language]
        return tuple(dict.fromkeys(found))

    def _facts(
        self,
        sentences: list[str],
        every: Floats,
        stated: int = 1,
        others: Sequence[str] = (),
    ) -> tuple[str, ...]:
        """Facts from the sentences' vectors. The name (the first sentence) names the topic,
        so it alone never makes a listing group-only or excluding; an exclusion is read only
        from a negative sentence; a listing is a harm programme or for survivors only by
        whichever of the two its sentences read as more surely, and a close call is a harm
        programme marked uncertain (the safe way: offered only to people who cause harm).
        The first `stated` sentences (the name and the eligibility text) say who may use the
        service: one sex read there is the listing's, whatever the description says of
        others ("Fathers and male carers. ... Mums have their own session on Tuesdays").
        `every` holds the vectors of the sentences and, after them, of the listing's `others`
        sentences, which only the harm question reads. A listing is for survivors only when
        read surely so: the most telling of many sentences reads high by chance more often
        than one does, and a listing wrongly read so is hidden from every other need."""
        h = self._heads
        facts: list[str] = [READ_MARK]
        vectors = every[: len(sentences)]
        body = list(range(1, len(sentences)))
        negative = [i for i in body if _NEGATIVE.search(sentences[i])]
        # Each sentence's embedding beside its words, for the questions told by a few words;
        # the harm question reads the listing's other sentences too.
        every_worded = worded(every, [*sentences, *others])
        with_words = every_worded[: len(sentences)]
        role = h.role.probabilities(every_worded)
        harm_p = float(role[:, h.role.labels.index(HARM)].max())
        survivors_p = float(role[:, h.role.labels.index(HARMED)].max())
        if harm_p >= DEFAULT_APPLY and harm_p > survivors_p:
            facts.append(HARM_PROGRAMME)
            if harm_p < SURE or harm_p - survivors_p < CLEAR_MARGIN:
                facts.append(UNCERTAIN + HARM_PROGRAMME)
        else:
            _apply(facts, SURVIVORS_ONLY, survivors_p, SURE)
        # A sentence naming both women and men (mums and dads) says the listing is for both,
        # unless it is read very surely as for one ("Fathers who are separated from their
        # children's mother").
        one_sex = h.audience.probabilities(vectors)[:, 1:].max(axis=1) >= ONE_SEX_NAMING_BOTH
        single = [
            i for i, text in enumerate(sentences) if one_sex[i] or not _BOTH_SEXES.search(text)
        ]
        audience = _strongest(h.audience, vectors, [i for i in single if i < stated])
        sure = [a for a in h.audience.labels[1:] if audience[a] >= DEFAULT_APPLY]
        if not sure:
            audience = _strongest(h.audience, vectors, single)
            sure = [a for a in h.audience.labels[1:] if audience[a] >= DEFAULT_APPLY]
        if len(sure) == 1 or set(sure) in ({"female", "girls"}, {"male", "boys"}):
            best = max(sure, key=lambda a: audience[a])
            _apply(facts, AUDIENCE + best, audience[best])
        elif not sure:
            # Read as for neither, but its name and eligibility name people of one sex only
            # ("Paternal perinatal support", "Lasses on the Rocks"): for that sex, uncertain,
            # so it applies the safe way until an editor says otherwise.
            named = self._glossary.sexes_named(" ".join(sentences[:stated]))
            if len(named) == 1:
                (sex,) = named
                facts += [AUDIENCE + sex, UNCERTAIN + AUDIENCE + sex]
        conditions = _conditions(h.condition, with_words, stated)
        if conditions:
            facts.append(CONDITION_SPECIFIC)
            for name, p in conditions.items():
                _apply(facts, CONDITION + name, p, RESTRICTS)
        if _needs_diagnosis(h.diagnosis, vectors, body, bool(conditions)):
            required = _strongest(h.diagnosis, vectors)["required"]
            _apply(facts, DIAGNOSIS_REQUIRED, required)
        group = _strongest(h.group, vectors, body)
        groups = [g for g in h.group.labels[1:] if group[g] >= RESTRICTS]
        if groups:
            facts.append(GROUP_ONLY)
            for name in groups:
                _apply(facts, GROUP + name, group[name], RESTRICTS)
        language_p = _strongest(h.language_only, vectors)["yes"]
        interpreters = _strongest(h.interpreters, vectors)["yes"]
        code = _language_of(sentences, self._languages) if language_p >= DEFAULT_APPLY else None
        if code and interpreters < DEFAULT_APPLY:
            facts.append(LANGUAGE_ONLY)
            _apply(facts, LANGUAGE + code, language_p)
        for name, p in _strongest(h.excludes, with_words, negative).items():
            _apply(facts, EXCLUDES + name, p)
        _apply(facts, CLOSED, _strongest(h.closed, with_words)["yes"])
        return tuple(dict.fromkeys(facts))
