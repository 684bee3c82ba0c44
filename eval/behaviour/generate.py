#!/usr/bin/env python3
"""Generate the claimcheck behavioural test suite.

    python3 eval/behaviour/generate.py --out DIR          # write DIR/cases/<case>/ + DIR/manifest.json
    python3 eval/behaviour/generate.py --list             # per-category counts, nothing written
    python3 eval/behaviour/generate.py --report SCORE.json --manifest DIR/manifest.json
                                                          # summarise a `score.py --json` run

Every case is built from a hand-written template of a short wire-style article.
A template is filled with a value set (names, places, numbers, dates) and rendered
as a CONSISTENT variant (clean key, no issues) and an INCONSISTENT variant (one
planted issue).  Extra INVARIANCE variants re-render a template with other names,
digits written as words, a sentence split in two, a clause order swapped, or
neutral filler paragraphs between the related figures; they must keep the verdict
of the base variant.  All arithmetic behind a verdict is asserted here.

Standard library only; output is deterministic (fixed seed, string-seeded RNGs).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import string
import sys
from collections import OrderedDict

SEED = "claimcheck-behaviour-v1"

CATEGORIES = [
    "part-exceeds-whole", "ordinal-count", "count-mismatch", "vague-vs-precise",
    "temporal-order", "date-arithmetic", "duration-arithmetic", "percent-bounds",
    "percent-sum", "sum-mismatch", "future-date", "source-mismatch",
    "hedge-dropped", "misattribution", "unsupported-figure", "quote-altered",
    "rounding",
]
SOURCE_CATEGORIES = {"source-mismatch", "hedge-dropped", "misattribution",
                     "unsupported-figure", "quote-altered"}
TRANSFORMS = ["names", "words", "split", "swap", "filler"]
# templates per category that also get an extra consistent case with a fresh value set
EXTRA_CONSISTENT_PER_CATEGORY = 2

# ---------------------------------------------------------------------------
# numbers, ordinals and dates in words
# ---------------------------------------------------------------------------

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD1 = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth").split()
ORDT = {2: "twentieth", 3: "thirtieth", 4: "fortieth", 5: "fiftieth", 6: "sixtieth",
        7: "seventieth", 8: "eightieth", 9: "ninetieth"}
MONTHS = ("January February March April May June July August September October "
          "November December").split()
AP_MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def words(n: int) -> str:
    assert 0 <= n < 100, n
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def ord_words(n: int) -> str:
    assert 0 < n < 100, n
    if n < 20:
        return ORD1[n]
    t, o = divmod(n, 10)
    return ORDT[t] if o == 0 else TENS[t] + "-" + ORD1[o]


def ord_digits(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Num:
    """A count that may be written in digits or words (the 'words' transform)."""
    __slots__ = ("n",)

    def __init__(self, n: int):
        assert isinstance(n, int) and not isinstance(n, bool), n
        self.n = n

    def __repr__(self):
        return f"Num({self.n})"


def fmt_date(d: dt.date, spec: str) -> str:
    if spec in ("", "iso"):
        return d.isoformat()
    if spec == "dm":
        return f"{d.day} {MONTHS[d.month - 1]}"
    if spec == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if spec == "wd":
        return WEEKDAYS[d.weekday()]
    if spec == "mon":
        return MONTHS[d.month - 1]
    if spec == "my":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if spec == "y":
        return str(d.year)
    if spec == "ym":
        return f"{d.year:04d}-{d.month:02d}"
    if spec == "ap":
        return f"{AP_MONTHS[d.month - 1]} {d.day}"
    if spec == "th":
        return ord_digits(d.day)
    raise ValueError(f"bad date spec {spec!r}")


class Fmt(string.Formatter):
    """str.format with Num and date specs.

    Num: ''   digits (with separators), or words under 100 in 'words' mode
         'd'  always digits        'w'   always words      'cap' words, capitalised
         'o'  ordinal (12th / twelfth in words mode)     'ow' ordinal words  'od' ordinal digits
         'raw' plain integer (for key values)
    date: dm, dmy, wd, mon, my, y, ym, iso, ap (dateline), th ("14th")
    """

    def __init__(self, words_mode: bool = False):
        super().__init__()
        self.words_mode = words_mode

    def format_field(self, value, spec):
        if isinstance(value, Num):
            n = value.n
            if spec == "raw":
                return str(n)
            if spec in ("d", ","):
                return f"{n:,}"
            if spec == "w":
                return words(n)
            if spec == "cap":
                return cap(words(n))
            if spec == "o":
                return ord_words(n) if self.words_mode and n < 100 else ord_digits(n)
            if spec == "ow":
                return ord_words(n)
            if spec == "owc":
                return cap(ord_words(n))
            if spec == "od":
                return ord_digits(n)
            if spec == "":
                return words(n) if self.words_mode and 0 <= n < 100 else f"{n:,}"
            raise ValueError(f"bad Num spec {spec!r}")
        if isinstance(value, dt.date):
            return fmt_date(value, spec)
        return super().format_field(value, spec)


def D(days: int) -> dt.timedelta:
    return dt.timedelta(days=days)


def rdate(r: random.Random, start=dt.date(2024, 3, 1), end=dt.date(2026, 5, 31)) -> dt.date:
    return start + D(r.randint(0, (end - start).days))


def add_months(d: dt.date, k: int) -> dt.date:
    y, m = divmod(d.month - 1 + k, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def month_diff(a: dt.date, b: dt.date) -> int:
    """Whole calendar months from a's month to b's month."""
    return (b.year - a.year) * 12 + (b.month - a.month)


def pub_with_day(r: random.Random, lo: int, hi: int) -> dt.date:
    d = rdate(r)
    return dt.date(d.year, d.month, r.randint(lo, hi))


def digit_swap(n: int) -> int:
    s = str(n)
    if len(s) >= 2 and s[-1] != s[-2]:
        return int(s[:-2] + s[-1] + s[-2])
    return n + 27


# ---------------------------------------------------------------------------
# names (all fictional)
# ---------------------------------------------------------------------------

TOWNS = ["Varnholm", "Kestrel Bay", "Dunmere", "Ashcombe", "Brantley", "Halvik", "Orsena",
         "Tavira Falls", "Merrowgate", "Coldharbour", "Sallow Cross", "Penvarra", "Ostmark",
         "Ruddington", "Velmora", "Carrick Vale", "Eastwold", "Fennick", "Glasmere", "Hollin",
         "Iverby", "Jarrow Point", "Kelmscot", "Lowther", "Marrick", "Nethercote", "Oakhurst",
         "Pellworth", "Redwater", "Stannow", "Thirlby", "Upwell", "Wyndham Cross", "Ardlow",
         "Belcaster", "Corran", "Drumvale", "Elsby", "Fairhaven", "Gorse Hill"]
REGIONS = ["Vesk", "Halden", "Arrowmoor", "Tallis", "Brenmark", "Soria", "Kalder", "Wendel",
           "Orvath", "Lune", "Marrowdale", "Cresswold"]
COUNTRIES = ["Calvora", "Dessania", "Lirovia", "Pontesa", "Valmark", "Orlesia", "Serevia",
             "Tamburia", "Kelvonia", "Bramaria", "Istrelia", "Corvenia", "Ardessa", "Morvania"]
FIRST = ["Marta", "Tomas", "Ilse", "Pieter", "Anika", "Jonas", "Leila", "Ruben", "Sofia",
         "Daniel", "Nadia", "Oskar", "Helena", "Viktor", "Amara", "Felix", "Katrin", "Mateo",
         "Greta", "Samuel", "Irene", "Lukas", "Yara", "Adrian", "Clara", "Emil", "Rosa", "Hugo",
         "Vera", "Anton", "Lena", "Idris", "Petra", "Jakob", "Mira", "Stefan"]
LAST = ["Lind", "Okafor", "Brenner", "Castell", "Dahlgren", "Ferreira", "Haddad", "Ivarsson",
        "Janek", "Korhonen", "Moreau", "Novak", "Orsini", "Petrov", "Quist", "Rahimi",
        "Sandoval", "Tervo", "Ulrich", "Varga", "Weller", "Yilmaz", "Zeller", "Ambrose",
        "Berisha", "Calder", "Dovrak", "Esker", "Falk", "Gorran", "Hale", "Imrie", "Jessup",
        "Keane", "Lorne", "Marsh", "Nyberg", "Oakes", "Pryce", "Rudd"]
FIRMS = ["Halvek", "Brennor", "Castina", "Dovecote", "Estran", "Fjordline", "Gantry", "Harlow",
         "Isoveld", "Juniper", "Kessel", "Lumen", "Meridor", "Northway", "Orrin", "Pellam",
         "Quillon", "Rendel", "Sorrel", "Tamber"]
SHIPS = ["Saralind", "Caldera Queen", "Merrow Belle", "Isla Vera", "Storm Petrel", "Northern Lark",
         "Helmsdale", "Silver Tern", "Aurora Bay", "Kittiwake"]


def pick_names(r: random.Random) -> dict:
    towns = r.sample(TOWNS, 6)
    countries = r.sample(COUNTRIES, 3)
    firsts = r.sample(FIRST, 5)
    lasts = r.sample(LAST, 5)
    firms = r.sample(FIRMS, 2)
    v = dict(city=towns[0], town=towns[1], town2=towns[2], town3=towns[3], town4=towns[4],
             town5=towns[5], region=r.choice(REGIONS), country=countries[0],
             country2=countries[1], country3=countries[2], firm=firms[0], firm2=firms[1],
             ship=r.choice(SHIPS))
    for i in range(5):
        v[f"p{i + 1}"] = f"{firsts[i]} {lasts[i]}"
        v[f"p{i + 1}l"] = lasts[i]
        v[f"p{i + 1}u"] = lasts[i].upper()
    return v


FILLERS = [
    "Officials did not take questions after the briefing and said further updates would be posted online as they became available.",
    "Opposition politicians welcomed the announcement but said they would press for more detail when the regional assembly next sits.",
    "Local radio stations carried the news throughout the morning, and several callers said they had been waiting for clarity for some time.",
    "Business owners in the area said the uncertainty had made it difficult to plan, though most expected conditions to improve.",
    "The regional government has faced criticism over its handling of similar events in the past, a charge ministers reject.",
    "Residents interviewed in the town centre gave a mixed response, with some praising the authorities and others calling for an independent review.",
    "A spokesperson for the mayor's office said the council would publish a fuller account once its own review had been completed.",
    "Community groups said they were organising help for neighbours and urged people to check on elderly relatives.",
    "The weather was expected to stay dry and mild, which officials said would make the work easier.",
    "Newspapers in the capital gave the story prominent coverage, and it was widely discussed on social media.",
]

# ---------------------------------------------------------------------------
# markup: <<label:text>> spans (nestable), [[kind:A||B]] alternatives
# ---------------------------------------------------------------------------

MARK_OPEN = re.compile(r"<<([A-Za-z0-9_]+):")
CHOICE = re.compile(r"\[\[(split|swap):(.*?)\|\|(.*?)\]\]", re.S)


def parse_markup(s: str):
    out, spans, stack = [], {}, []
    i = pos = 0
    while i < len(s):
        if s.startswith("<<", i):
            m = MARK_OPEN.match(s, i)
            assert m, f"bad markup near {s[i:i + 40]!r}"
            stack.append((m.group(1), pos))
            i = m.end()
            continue
        if s.startswith(">>", i):
            assert stack, f"unbalanced >> near {s[max(0, i - 40):i]!r}"
            lab, st = stack.pop()
            assert lab not in spans, f"duplicate label {lab}"
            spans[lab] = (st, pos)
            i += 2
            continue
        out.append(s[i])
        pos += 1
        i += 1
    assert not stack, f"unclosed labels {stack}"
    return "".join(out), spans


ARTICLE_RE = re.compile(r"\b([Aa]) ((?:<<[A-Za-z0-9_]+:)*)(?=8|1[18](?!\d)|1[18],\d|[Ee]ight|[Ee]leven|[AEIOU][A-Za-z0-9])")


def fix_articles(text: str) -> str:
    """'a 8% rise' -> 'an 8% rise', 'a eleven-month' -> 'an eleven-month', 'a Airbus' -> 'an Airbus'."""
    return ARTICLE_RE.sub(lambda m: m.group(1) + "n " + m.group(2), text)


def find_nth(hay: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def occurrence_of(doc: str, start: int, end: int) -> int:
    """1-based occurrence of doc[start:end] at start (README rule: overlapping str.find scan)."""
    text = doc[start:end]
    assert text, "empty span"
    k, pos = 0, -1
    while True:
        pos = doc.find(text, pos + 1)
        assert 0 <= pos <= start, (text, start)
        k += 1
        if pos == start:
            assert find_nth(doc, text, k) == start
            return k


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------

class C:
    """A claim: span label, kind, value (format string), bound, source (format string or None)."""

    def __init__(self, label, kind, value, bound="exact", source=None, unit=None):
        self.label, self.kind, self.value, self.bound = label, kind, value, bound
        self.source, self.unit = source, unit


class Tpl:
    def __init__(self, cat, name, head, body, make, claims, anchor, related, expl,
                 traps=(), sources=None, trap_para=None, wording="", clean_traps=()):
        assert cat in CATEGORIES, cat
        self.cat, self.name, self.head, self.body = cat, name, head, body
        self.make, self.claims = make, list(claims)
        self.anchor, self.related, self.expl = anchor, list(related), expl
        self.traps = list(traps)
        self.clean_traps = list(clean_traps)   # extra trap labels used only in consistent variants
        self.sources = sources or {}
        self.trap_para = (not self.sources) if trap_para is None else trap_para
        self.wording = wording


TEMPLATES: list[Tpl] = []


def template(**kw):
    TEMPLATES.append(Tpl(**kw))


# ---------------------------------------------------------------------------
# trap sentences (appended as a final paragraph to internal-consistency cases)
# Each returns (markup, trap labels, claims).  They must stay quiet.
# ---------------------------------------------------------------------------

def tp_crowd(r, n, pub):
    a = r.choice([1200, 1500, 1800, 2500, 3000, 4000, 6000])
    b = a * r.choice([2, 3]) + r.choice([0, 500])
    txt = (f"In {n['town3']}, a march against plans for a new incinerator drew <<tpcrowd:<<tpa:about {a:,}>> people>> "
           f"on Saturday, according to police; <<tpb2:organisers put the turnout at <<tpb:{b:,}>>>>.")
    return txt, ["tpcrowd", "tpb2"], [C("tpa", "count", str(a), "approx", "police"),
                                      C("tpb", "count", str(b), "exact", "organisers")]


def tp_report(r, n, pub):
    fd = pub + D(r.randint(12, 60))
    fm = add_months(pub, r.randint(3, 6))
    txt = (f"Separately, the regional government said its review of emergency planning <<tpr:is due to be published on <<tprd:{fmt_date(fd, 'dm')}>>>>, "
           f"and assembly members <<tpw:will debate it in <<tpwm:{fmt_date(fm, 'my')}>>>>.")
    return txt, ["tpr", "tpw"], [C("tprd", "date", fd.isoformat()),
                                 C("tpwm", "date", fmt_date(fm, "ym"))]


def tp_capacity(r, n, pub):
    p = r.choice([115, 120, 125, 130, 135, 140])
    txt = (f"In {n['town4']}, the general hospital was running at <<tpcap:<<tpcp:about {p}%>> of its normal capacity>> "
           f"because of a winter virus, a hospital spokesperson said.")
    return txt, ["tpcap"], [C("tpcp", "percent", str(p), "approx", "a hospital spokesperson")]


def tp_unemp(r, n, pub):
    x = r.choice(["5.8", "6.1", "6.4", "7.2", "7.9"])
    y = r.choice([9, 10, 11])
    txt = (f"New figures put unemployment in the region at <<tpu:{x}%>>, according to the statistics office; the main opposition party "
           f"said the true figure was <<tpv:closer to {y}%>>.")
    return txt, ["tpu", "tpv"], [C("tpu", "percent", x, "exact", "the statistics office"),
                                 C("tpv", "percent", str(y), "approx", "the main opposition party")]


def tp_age_time(r, n, pub):
    age = r.randint(38, 71)
    t = r.choice(["7.30pm", "6pm", "10.15am", "8.45am", "19:00", "18:30"])
    txt = (f"<<tpage:{n['p5']}, {age}>>, who chairs the {n['town5']} residents' association, said the association's annual "
           f"meeting would be held at <<tptime:{t}>> on Thursday.")
    return txt, ["tpage", "tptime"], []


def tp_roads(r, n, pub):
    a = r.choice(["A14", "M4", "N3", "A7", "E45", "B2170"])
    b = r.choice(["Route 9", "Route 66", "the N12", "the A38", "Highway 2"])
    txt = (f"Separately, police diverted traffic from the <<tproad1:{a}>> onto <<tproad2:{b}>> for much of the afternoon "
           f"after a lorry shed its load.")
    return txt, ["tproad1", "tproad2"], []


def tp_model(r, n, pub):
    m = r.choice(["AW169 helicopter", "H145 helicopter", "EC135 helicopter", "Bell 429 helicopter"])
    txt = f"The regional air ambulance service said it had taken delivery of a new <<tpm:{m}>>."
    return txt, ["tpm"], []


def tp_score(r, n, pub):
    a, b = r.choice([(3, 1), (2, 0), (4, 2), (2, 1), (1, 0)])
    txt = (f"In football, {n['town3']} United beat {n['town4']} Athletic <<tps:{a}-{b}>> on Saturday "
           f"to stay top of the regional league.")
    return txt, ["tps"], []


def tp_law(r, n, pub):
    y = r.randint(2009, 2021)
    txt = f"Ministers also said they would review the <<tplaw:{y} civil emergencies act>>."
    return txt, ["tplaw"], []


def tp_rank(r, n, pub):
    rank = r.choice(["second-largest", "third-largest", "fourth-largest"])
    txt = (f"Elsewhere in business news, {n['firm2']} Group, the area's <<tprank:{rank} employer>>, announced "
           f"<<tpfirst:the first expansion>> of its {n['town5']} site in a decade.")
    return txt, ["tprank", "tpfirst"], []


TRAP_WITH_CLAIMS = [tp_crowd, tp_report, tp_capacity, tp_unemp]
TRAP_PLAIN = [tp_age_time, tp_roads, tp_model, tp_score, tp_law, tp_rank]


def trap_paragraph(r, names, pub):
    f1 = r.choice(TRAP_WITH_CLAIMS)
    f2 = r.choice(TRAP_PLAIN)
    t1, l1, c1 = f1(r, names, pub)
    t2, l2, c2 = f2(r, names, pub)
    return t1 + " " + t2, l1 + l2, c1 + c2


# ===========================================================================
# part-exceeds-whole
# ===========================================================================

def _pew_ferry(r):
    pub = rdate(r)
    total = r.randint(28, 95)
    part = r.randint(total // 4 + 3, total - 4)
    bad = total + r.randint(5, 25)
    crit = r.randint(2, 6)
    assert crit < part < total < bad
    ev = pub - D(r.randint(1, 3))
    return dict(pub=pub, ev=ev, total=Num(total), part=Num(part), crit=Num(crit),
                built=r.randint(1989, 2012), hrs=r.randint(2, 6), hh=r.randint(6, 10),
                mm=r.choice(["15", "30", "45"])), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="of-the-rescued", wording="'N of the M people rescued' in one sentence",
    head="Coastguard rescues {total:d} from ferry stranded off {town}",
    body="""
The coastguard rescued <<whole:{total} people>> from the passenger ferry {ship} after it lost power and drifted onto a sandbank off {town} late on {ev:wd}, the maritime authority said.

[[split:Hospital officials in {town2} said <<part:{part}>> of the <<whole2:{total}>> people rescued were being treated for hypothermia and that <<crit:{crit:w}>> were in a serious condition.||Hospital officials in {town2} said <<part:{part}>> of the <<whole2:{total}>> people rescued were being treated for hypothermia. <<crit:{crit:cap}>> were in a serious condition, they said.]]

The {ship}, <<tbuilt:built in <<built:{built}>>>>, had left {city} at <<time:{hh}.{mm}pm>> for a <<hrs:{hrs}-hour>> crossing. Investigators from the national accident board were due to begin examining the hull once the tide allowed.
""",
    make=_pew_ferry,
    claims=[C("whole", "count", "{total:raw}", "exact", "the maritime authority"),
            C("part", "count", "{part:raw}", "exact", "hospital officials"),
            C("crit", "count", "{crit:raw}", "exact", "hospital officials"),
            C("built", "date", "{built}"),
            C("hrs", "duration", "PT{hrs}H")],
    anchor="part", related=["whole2", "whole"],
    expl="Hospital officials cannot be treating {part:d} of the {total:d} people rescued; the part is larger than the whole.",
    traps=["time", "tbuilt"],
)


def _pew_factory(r):
    pub = rdate(r)
    total = r.randint(120, 420)
    part = r.randint(15, total // 3)
    bad = total + r.randint(20, 90)
    hosp = r.randint(2, 9)
    assert hosp < part < total < bad
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), total=Num(total), part=Num(part),
                hosp=Num(hosp), hrs=Num(r.randint(2, 5)), opened=r.randint(1978, 2009),
                model=r.choice(["V-220", "T6 Cargo", "K-40", "Transit 350"])), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="among-them", wording="a total, then 'Among them were N'",
    head="Fire at {firm} Motors plant forces evacuation near {town}",
    body="""
[[swap:A fire broke out in the paint shop of the {firm} Motors plant outside {town} on {ev:wd} morning, forcing the evacuation of <<whole:{total} workers>>, the regional fire service said.||The regional fire service said a fire broke out in the paint shop of the {firm} Motors plant outside {town} on {ev:wd} morning, forcing the evacuation of <<whole:{total} workers>>.]] Among them were <<part:{part}>> contractors from a cleaning company who had just finished the night shift.

Firefighters brought the blaze under control after <<hrs:{hrs:w} hours>>. <<hosp:{hosp:cap}>> workers were treated at the scene for smoke inhalation, and none needed hospital care, the service said.

The plant, which <<topened:opened in <<opened:{opened}>>>>, makes body panels for the <<tmodel:{firm} {model}>> van. Production was suspended on the affected line, and the company said it hoped to restart it within days.
""",
    make=_pew_factory,
    claims=[C("whole", "count", "{total:raw}", "exact", "the regional fire service"),
            C("part", "count", "{part:raw}", "exact", None),
            C("hrs", "duration", "PT{hrs:raw}H", "exact", None),
            C("hosp", "count", "{hosp:raw}", "exact", "the service"),
            C("opened", "date", "{opened}")],
    anchor="part", related=["whole"],
    expl="{part:d} contractors cannot be 'among' {total:d} evacuated workers; the subset exceeds the total.",
    traps=["topened", "tmodel"],
)


def _pew_arrests(r):
    pub = rdate(r)
    total = r.randint(18, 90)
    part = r.randint(4, total - 5)
    bad = total + r.randint(4, 20)
    inj = r.randint(2, 8)
    assert part < total < bad
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), total=Num(total), part=Num(part),
                inj=Num(inj), crowd=r.choice([2000, 2500, 3000, 4000, 5000]),
                money=r.choice([340, 410, 520, 610]), yr=pub.year + r.randint(3, 6),
                gate=r.randint(2, 9)), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="of-whom", wording="'N people were arrested, of whom M were charged'",
    head="Police make arrests after clashes at {town} port protest",
    body="""
[[swap:Police arrested <<whole:{total} people>> after clashes broke out at a protest against the expansion of {town} port on {ev:wd}, of whom <<part:{part}>> were later charged with public order offences, a police spokesperson said.||A police spokesperson said officers arrested <<whole:{total} people>> after clashes broke out at a protest against the expansion of {town} port on {ev:wd}, of whom <<part:{part}>> were later charged with public order offences.]]

Organisers said <<crowd:about {crowd:,}>> people had joined the march, which began peacefully at the <<gate:Gate {gate}>> entrance before a smaller group tried to force its way onto the quay. <<inj:{inj:cap}>> officers were hurt.

The port authority wants to add deep-water berths by <<yr:{yr}>> at a cost of <<money:{money} million euros>>. Opponents say the dredging would damage fishing grounds that supply much of the region's catch.
""",
    make=_pew_arrests,
    claims=[C("whole", "count", "{total:raw}", "exact", "a police spokesperson"),
            C("part", "count", "{part:raw}", "exact", "a police spokesperson"),
            C("crowd", "count", "{crowd}", "approx", "organisers"),
            C("inj", "count", "{inj:raw}", "exact", None),
            C("money", "money", "{money}000000", "exact", None, "EUR")],
    anchor="part", related=["whole"],
    expl="Of {total:d} people arrested, {part:d} cannot have been charged; the part exceeds the whole.",
    traps=["gate"],
)


def _pew_exams(r):
    pub = rdate(r)
    total = r.randint(600, 2600)
    part = r.randint(total // 10, total * 2 // 5)
    bad = total + r.randint(60, 400)
    prev = part - r.randint(10, 60)
    assert 0 < prev < part < total < bad
    return dict(pub=pub, ev=pub - D(r.randint(0, 3)), total=Num(total), part=Num(part),
                prev=Num(prev), yr=pub.year - r.randint(2, 6), hrs=r.randint(20, 40),
                markers=Num(r.randint(30, 90)), weeks=Num(r.randint(3, 6)),
                subject=r.choice(["mathematics", "chemistry", "history", "physics"])), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="of-those", wording="'A total of M sat ... Of those, N'",
    head="Distinction rate rises in {region} {subject} exams",
    body="""
[[swap:A total of <<whole:{total} pupils>> sat the final-year {subject} examination at schools across {region} this year, the regional education board said on {ev:wd}.||The regional education board said on {ev:wd} that <<whole:{total} pupils>> had sat the final-year {subject} examination at schools across {region} this year.]] Of those, <<part:{part}>> passed with a distinction, up from <<prev:{prev}>> last year.

The board credited smaller classes, <<tyr:introduced in <<yr:{yr}>>>>, and a <<hrs:{hrs}-hour>> revision programme. Papers were marked by <<markers:{markers}>> examiners over <<weeks:{weeks:w} weeks>>.

Teachers' union leader {p1} said the figures hid wide gaps between schools. "Some of our schools still have no specialist teacher at all," {p1l} said.
""",
    make=_pew_exams,
    claims=[C("whole", "count", "{total:raw}", "exact", "the regional education board"),
            C("part", "count", "{part:raw}", "exact", None),
            C("prev", "count", "{prev:raw}", "exact", None),
            C("yr", "date", "{yr}"),
            C("weeks", "duration", "P{weeks:raw}W")],
    anchor="part", related=["whole"],
    expl="Of the {total:d} pupils who sat the exam, {part:d} cannot have passed with a distinction; the part exceeds the whole.",
    traps=["tyr"],
)


def _pew_outbreak(r):
    pub = rdate(r)
    total = r.randint(30, 85)
    part = r.randint(5, total // 2)
    bad = total + r.randint(3, 12)
    hosp = r.randint(2, 9)
    guests = bad + r.randint(50, 120)
    assert part < total < bad < guests and hosp < total
    wed = pub - D(r.randint(5, 12))
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), total=Num(total), part=Num(part),
                hosp=Num(hosp), guests=Num(guests), wed=wed, temp=r.randint(14, 22),
                road=r.choice(["A31", "N6", "B4410", "Route 12"])), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="including", wording="'sickened M people, including N children'",
    head="Salmonella outbreak traced to {town} wedding reception",
    body="""
[[split:Health officials said on {ev:wd} that an outbreak of salmonella traced to a wedding reception in {town} had sickened <<whole:{total} people>>, including <<part:{part}>> children, and that <<hosp:{hosp}>> people remained in hospital.||Health officials said on {ev:wd} that an outbreak of salmonella traced to a wedding reception in {town} had sickened <<whole:{total} people>>, including <<part:{part}>> children. <<hosp:{hosp:cap}>> people remained in hospital, the officials said.]]

The reception, attended by <<guests:about {guests}>> guests, was held on <<wed:{wed:dm}>> at a hotel on the <<road:{road}>>. Inspectors found that cooked chicken had been kept at <<temp:{temp}C>> for several hours, well above the permitted limit.

The hotel's kitchen has been closed until further notice. Its owners said they were cooperating fully with the inquiry.
""",
    make=_pew_outbreak,
    claims=[C("whole", "count", "{total:raw}", "exact", "health officials"),
            C("part", "count", "{part:raw}", "exact", "health officials"),
            C("hosp", "count", "{hosp:raw}", "exact", "health officials"),
            C("guests", "count", "{guests:raw}", "approx", None),
            C("wed", "date", "{wed:iso}")],
    anchor="part", related=["whole"],
    expl="An outbreak that sickened {total:d} people cannot include {part:d} children; the part exceeds the whole.",
    traps=["road", "temp"],
)


def _pew_prison(r):
    pub = rdate(r)
    total = r.randint(20, 90)
    part = r.randint(5, total - 6)
    bad = total + r.randint(6, 30)
    assert part < total < bad
    ev = pub - D(r.randint(3, 6))
    return dict(pub=pub, ev=ev, ev2=ev + D(r.randint(1, 2)), total=Num(total), part=Num(part),
                reward=r.choice([50000, 100000, 250000]), built=r.randint(1955, 1990),
                cap=Num(r.randint(6, 12) * 100), road=r.choice(["E21", "M9", "N4", "A66"])), dict(part=Num(bad))


template(
    cat="part-exceeds-whole", name="separate-paragraphs", wording="escape total in the lede, 'recaptured N of the escaped inmates' paragraphs later",
    head="Manhunt continues after mass escape from {town} prison",
    body="""
<<whole:{total} inmates>> escaped from the high-security prison at {town} early on {ev:wd} after a group of prisoners overpowered guards during a transfer, the justice ministry said.

Roadblocks were set up on the <<road:{road}>> and along the border with {country2}, and the ministry offered a reward of <<reward:{reward:,} crowns>> for information leading to an arrest.

{FILLER}

By {ev2:wd} evening, security forces had recaptured <<part:{part}>> of the escaped inmates, most of them in farmland a few kilometres from the prison, a ministry spokesperson said.

The prison, <<tbuilt:built in <<built:{built}>>>> for <<cap:{cap} inmates>>, has been criticised by inspectors for overcrowding and poor maintenance.
""",
    make=_pew_prison,
    claims=[C("whole", "count", "{total:raw}", "exact", "the justice ministry"),
            C("part", "count", "{part:raw}", "exact", "a ministry spokesperson"),
            C("reward", "money", "{reward}", "exact", None, "crowns"),
            C("built", "date", "{built}"),
            C("cap", "count", "{cap:raw}", "exact", None)],
    anchor="part", related=["whole"],
    expl="Security forces cannot have recaptured {part:d} of the {total:d} inmates who escaped.",
    traps=["road", "tbuilt", "cap"],
)


# ===========================================================================
# count-mismatch
# ===========================================================================

def _cm_coach(r):
    pub = rdate(r)
    n = r.randint(9, 38)
    bad = n + r.choice([3, 4, 5, 6])
    prev = bad + r.randint(4, 12)
    assert n != bad and prev > bad
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), inj=Num(r.randint(10, 40)),
                since=pub.year - r.randint(8, 20), prev=Num(prev), age=r.randint(34, 61),
                model=r.choice(["Korvan K-440", "Stellar 12M", "Borga C-35"])), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="death-toll", wording="'killing N people' restated as 'The toll of N'",
    head="Coach plunges into ravine near {town}",
    body="""
A coach carrying pilgrims left a mountain road and plunged into a ravine near {town} on {ev:wd}, killing <<first:{n} people>> and injuring <<inj:{inj}>>, regional officials said.

{FILLER}

The toll of <<second:{n2}>> makes it the deadliest road accident in {region} since <<since:{since}>>, when a lorry crash on the same road killed <<prev:{prev}>> people.

The driver, <<age:a {age}-year-old>> from {town2}, survived and was being questioned by police. The vehicle, a <<model:{model}>>, had passed a safety inspection in the spring, its operator said.
""",
    make=_cm_coach,
    claims=[C("first", "count", "{n:raw}", "exact", "regional officials"),
            C("inj", "count", "{inj:raw}", "exact", "regional officials"),
            C("second", "count", "{n2:raw}", "exact", None),
            C("since", "date", "{since}"),
            C("prev", "count", "{prev:raw}", "exact", None)],
    anchor="second", related=["first"],
    expl="The crash killed {n:d} people according to the lede, but the toll is later given as {n2:d}.",
    traps=["age", "model"],
)


def _cm_hospitals(r):
    pub = rdate(r)
    n = r.randint(5, 14)
    bad = n + r.choice([-2, -1, 1, 2])
    nxt = pub + D(r.randint(8, 20))
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), ops=r.choice([600, 900, 1200, 1500]),
                pct=r.choice(["3.5", "4.0", "4.5", "5.2"]), hrs=Num(r.choice([24, 48, 72])),
                nxt=nxt), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="digits-then-words", wording="'N hospitals' in digits, restated as 'all <words> hospitals'",
    head="Junior doctors strike across {region}",
    body="""
[[swap:Junior doctors walked out at <<first:{n} hospitals>> across {region} on {ev:wd} in a dispute over night-shift pay, the doctors' union said, forcing the postponement of <<ops:about {ops:,}>> planned operations.||The doctors' union said junior doctors walked out at <<first:{n} hospitals>> across {region} on {ev:wd} in a dispute over night-shift pay, forcing the postponement of <<ops:about {ops:,}>> planned operations.]]

Health minister {p1} called the strike "regrettable" and said the ministry's offer of a <<pct:{pct}%>> rise was fair.

Emergency departments stayed open at all <<second:{n2:w}>> hospitals, staffed by senior consultants, and the union said the walkout would last <<hrs:{hrs:w} hours>>. A second strike <<tnext:is planned for <<nxt:{nxt:dm}>>>>.
""",
    make=_cm_hospitals,
    claims=[C("first", "count", "{n:raw}", "exact", "the doctors' union"),
            C("ops", "count", "{ops}", "approx", "the doctors' union"),
            C("pct", "percent", "{pct}", "exact", "{p1}"),
            C("second", "count", "{n2:raw}", "exact", None),
            C("hrs", "duration", "PT{hrs:raw}H", "exact", "the union"),
            C("nxt", "date", "{nxt:iso}")],
    anchor="second", related=["first"],
    expl="The strike hit {n:d} hospitals, so emergency departments cannot have stayed open at 'all {n2:w}' of them.",
    traps=["tnext"],
)


def _cm_floods(r):
    pub = rdate(r)
    n = r.randint(6, 45)
    bad = n + r.choice([-4, -3, 3, 5, 7])
    assert bad > 0 and bad != n
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), missing=Num(r.randint(3, 15)),
                evac=r.choice([1800, 2400, 3500, 5200]), rain=r.randint(140, 260),
                days=Num(r.choice([30, 60, 90]))), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="fatalities-the-dead", wording="'N fatalities' restated as 'the N dead'",
    head="Flash floods sweep through {region} villages",
    body="""
Flash floods swept through villages in the {region} hills after <<rain:{rain} millimetres>> of rain fell in a single night, and the civil protection agency confirmed <<first:{n} fatalities>> on {ev:wd}.

Rescuers were still searching for <<missing:{missing}>> people, the agency said, and <<evac:about {evac:,}>> residents had been moved to schools and sports halls.

[[split:Most of the <<second:{n2} dead>> were elderly residents of ground-floor homes in the village of {town}, where the river rose by more than two metres in under an hour.||Most of the <<second:{n2} dead>> were elderly residents of ground-floor homes in the village of {town}. There, the river rose by more than two metres in under an hour.]]

The government declared a <<days:{days}-day>> state of emergency in the area.
""",
    make=_cm_floods,
    claims=[C("first", "count", "{n:raw}", "exact", "the civil protection agency"),
            C("missing", "count", "{missing:raw}", "exact", "the agency"),
            C("evac", "count", "{evac}", "approx", "the agency"),
            C("second", "count", "{n2:raw}", "exact", None),
            C("days", "duration", "P{days:raw}D")],
    anchor="second", related=["first"],
    expl="The agency confirmed {n:d} fatalities, but the article later refers to {n2:d} dead.",
    traps=["rain"],
)


def _cm_tornado(r):
    pub = rdate(r)
    while True:
        n = r.randint(120, 480)
        bad = digit_swap(n)
        if abs(bad - n) >= 9:
            break
    part = r.randint(20, 90)
    assert part < min(n, bad)
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), part=Num(part),
                money=r.choice([45, 60, 85, 120]), wind=r.randint(180, 260),
                rec=r.randint(1950, 1975)), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="homes-digit-swap", wording="'destroying N homes' restated with two digits swapped",
    head="Tornado tears through {town}",
    body="""
A tornado tore through {town} on {ev:wd} evening, destroying <<first:{n} homes>> and damaging <<hundreds:hundreds>> more, the mayor's office said.

{FILLER}

Insurers put the damage at <<money:about {money} million euros>>. Of the <<second:{n2}>> destroyed homes, <<part:about {part}>> were mobile homes on a caravan site, the office said.

Winds reached <<wind:{wind} km/h>>, making it the strongest tornado in the region since records began in <<rec:{rec}>>.
""",
    make=_cm_tornado,
    claims=[C("first", "count", "{n:raw}", "exact", "the mayor's office"),
            C("hundreds", "count", "200", "vague", "the mayor's office"),
            C("money", "money", "{money}000000", "approx", "Insurers", "EUR"),
            C("second", "count", "{n2:raw}", "exact", "the office"),
            C("part", "count", "{part:raw}", "approx", "the office"),
            C("rec", "date", "{rec}")],
    anchor="second", related=["first"],
    expl="The lede says {n:d} homes were destroyed; later the same homes are counted as {n2:d}.",
    traps=["wind", "rec"],
)


def _cm_jobs(r):
    pub = rdate(r)
    n = r.choice([150, 220, 280, 340, 450, 600, 750])
    bad = n + r.choice([-100, -50, 50, 100, 150])
    staff = n * r.randint(4, 8)
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), months=Num(r.choice([12, 18, 24])),
                built=r.randint(1962, 1985), staff=staff, pct=r.choice([35, 40, 60, 70]),
                since=pub.year - r.randint(2, 4)), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="job-cuts", wording="'would cut N jobs' restated as 'the N job cuts'",
    head="{firm} Steel to shed jobs at {town} works",
    body="""
{firm} Steel said on {ev:wd} it would cut <<first:{n} jobs>> at its {town} works over the next <<months:{months} months>> as it closes one of two blast furnaces, the older of which was <<tbuilt:built in {built}>>.

The works employs <<staff:about {staff:,}>> people.

{FILLER}

Union leader {p1} said the <<second:{n2} job cuts>> would "rip the heart out of" {town}, where the works is the <<rank:largest private employer>>. The union <<tnext:will ballot members on strike action next month>>.

The company blamed energy prices, which it said had risen by <<pct:{pct}%>> since <<since:{since}>>.
""",
    make=_cm_jobs,
    claims=[C("first", "count", "{n:raw}", "exact", "{firm} Steel"),
            C("months", "duration", "P{months:raw}M"),
            C("staff", "count", "{staff}", "approx", None),
            C("second", "count", "{n2:raw}", "exact", "{p1}"),
            C("pct", "percent", "{pct}", "exact", "the company"),
            C("since", "date", "{since}", "exact", "the company")],
    anchor="second", related=["first"],
    expl="{firm} Steel announced {n:d} job cuts, but the union leader's reaction refers to {n2:d}.",
    traps=["tbuilt", "rank", "tnext"],
)


def _cm_raids(r):
    pub = rdate(r)
    n = r.randint(11, 60)
    bad = n + r.randint(4, 9)
    court = pub + D(r.randint(1, 5))
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), n=Num(n), n2=Num(n), sites=Num(r.randint(6, 19)),
                cig=r.randint(3, 14), money=r.choice([18, 25, 32, 47]),
                since=pub.year - r.randint(2, 5), court=court,
                treaty=r.randint(2012, 2020)), dict(n2=Num(bad))


template(
    cat="count-mismatch", name="headline-and-restatement", wording="headline figure, body figure and a later 'All N suspects'",
    head="Police arrest <<head:{n:d}>> in cross-border smuggling raids",
    body="""
Police in {country} arrested <<second:{n2} people>> in dawn raids on <<sites:{sites}>> warehouses and farms near the border with {country2} on {ev:wd}, seizing <<cig:about {cig} million>> cigarettes, the interior ministry said.

[[swap:The ministry said the network had cost the treasury an estimated <<money:{money} million euros>> in unpaid duty since <<since:{since}>>.||Since <<since:{since}>>, the network had cost the treasury an estimated <<money:{money} million euros>> in unpaid duty, the ministry said.]]

All <<third:{n} suspects>> are due to appear before a magistrate in {town} on {court:wd}. Officers from {country2} took part in the operation under a <<treaty:{treaty} cooperation treaty>>.
""",
    make=_cm_raids,
    claims=[C("second", "count", "{n2:raw}", "exact", "the interior ministry"),
            C("sites", "count", "{sites:raw}", "exact", "the interior ministry"),
            C("cig", "count", "{cig}000000", "approx", "the interior ministry"),
            C("money", "money", "{money}000000", "approx", "the ministry", "EUR"),
            C("third", "count", "{n:raw}", "exact", None),
            C("since", "date", "{since}", "exact", "the ministry")],
    anchor="second", related=["head", "third"],
    expl="The headline and the court paragraph give {n:d} suspects, but the lede says {n2:d} people were arrested.",
    traps=["treaty"],
)


# ===========================================================================
# vague-vs-precise
# ===========================================================================

VAGUE_VALUE = {"a handful": 3, "dozens": 24, "hundreds": 200, "thousands": 2000}


def vague_value(phrase: str) -> str:
    p = phrase.lower()
    for k, val in VAGUE_VALUE.items():
        if k in p:
            return str(val)
    raise ValueError(phrase)


def _vp_firefighters(r):
    pub = rdate(r)
    x = r.randint(3, 5)
    assert 3 <= x <= 6  # "a handful" fits, "dozens" (24+) does not
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="A handful", x=Num(x),
                ha=r.choice([3200, 4800, 6500, 9100]), ff=r.choice([400, 600, 900, 1100]),
                planes=Num(r.randint(3, 8)), start=pub - D(r.randint(4, 9)),
                road=r.choice(["A7", "E80", "N2", "M11"])), dict(vq="Dozens")


template(
    cat="vague-vs-precise", name="dozens-vs-handful", wording="'Dozens of firefighters injured' against a precise handful, paragraphs apart",
    head="Wildfire above {town} injures firefighters",
    body="""
<<vq:{vq}>> of firefighters have been injured battling a wildfire that has burned <<ha:about {ha:,} hectares>> of forest in the hills above {town}, the regional fire agency said on {ev:wd}.

More than <<ff:{ff:,}>> firefighters, backed by <<planes:{planes}>> water-bombing aircraft, were trying to stop the flames from reaching the <<road:{road}>> motorway.

{FILLER}

<<precise:{x:cap} firefighters>> have been hurt since the fire broke out on <<start:{start:dm}>>, one of them seriously, the agency said.
""",
    make=_vp_firefighters,
    claims=[C("vq", "count", "VAGUE:{vq}", "vague", "the regional fire agency"),
            C("ff", "count", "{ff}", "at-least", None),
            C("planes", "count", "{planes:raw}", "exact", None),
            C("precise", "count", "{x:raw}", "exact", "the agency"),
            C("start", "date", "{start:iso}")],
    anchor="vq", related=["precise"],
    expl="'{vq}' of injured firefighters contradicts the agency's count of {x:d} injured.",
    traps=["ha", "road"],
)


def _vp_landslide(r):
    pub = rdate(r)
    x = r.randint(40, 90)
    assert 24 <= x < 200  # "dozens" fits, "hundreds" does not
    cond = r.randint(4, 12)
    fam = r.randint(15, x - 10)
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="dozens", x=Num(x), cond=Num(cond),
                fam=Num(fam), d=Num(r.randint(3, 6))), dict(vq="hundreds")


template(
    cat="vague-vs-precise", name="hundreds-vs-tens", wording="'damaged hundreds of homes' against an engineers' count below 100",
    head="Landslide damages homes in {town}",
    body="""
[[swap:A landslide triggered by <<d:{d:w} days>> of heavy rain damaged <<vq:{vq}>> of homes on the northern edge of {town}, the town council said on {ev:wd}.||The town council said on {ev:wd} that a landslide triggered by <<d:{d:w} days>> of heavy rain had damaged <<vq:{vq}>> of homes on the northern edge of {town}.]]

The council's engineers said <<precise:{x} homes>> had been damaged, <<cond:{cond}>> of them so badly that they will have to be demolished. <<fam:{fam}>> families are staying with relatives or in hotels.

Geologists said the slope had been moving slowly for years and warned that further slips were possible if the rain continued.
""",
    make=_vp_landslide,
    claims=[C("d", "duration", "P{d:raw}D"),
            C("vq", "count", "VAGUE:{vq}", "vague", "the town council"),
            C("precise", "count", "{x:raw}", "exact", "the council's engineers"),
            C("cond", "count", "{cond:raw}", "exact", "the council's engineers"),
            C("fam", "count", "{fam:raw}", "exact", None)],
    anchor="vq", related=["precise"],
    expl="'{vq} of homes' contradicts the engineers' count of {x:d} damaged homes.",
    traps=[],
)


def _vp_airport(r):
    pub = rdate(r)
    x = r.randint(400, 950)
    assert 200 <= x < 2000  # "hundreds" fits, "thousands" does not
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="Hundreds", x=Num(x),
                flights=Num(r.randint(60, 180)), hotel=r.choice([200, 300, 400]),
                since=pub.year - r.randint(5, 15), rw=r.choice(["09/27", "04/22", "13/31"])), dict(vq="Thousands")


template(
    cat="vague-vs-precise", name="thousands-vs-hundreds", wording="'Thousands of passengers' against a precise count in the hundreds, paragraphs apart",
    head="Snowstorm strands travellers at {city} airport",
    body="""
<<vq:{vq}>> of passengers spent the night on camp beds at {city} airport after a snowstorm forced the cancellation of <<flights:{flights}>> flights, the airport operator said on {ev:wd}.

{FILLER}

The operator said <<precise:{x} passengers>> had slept in the terminal overnight and that <<hotel:about {hotel}>> more had been found hotel rooms in the city. <<rw:Runway {rw}>> reopened at <<time:6.40am>> after crews worked through the night.

It was the first full closure of the airport since <<since:{since}>>.
""",
    make=_vp_airport,
    claims=[C("vq", "count", "VAGUE:{vq}", "vague", "the airport operator"),
            C("flights", "count", "{flights:raw}", "exact", "the airport operator"),
            C("precise", "count", "{x:raw}", "exact", "the operator"),
            C("hotel", "count", "{hotel}", "approx", "the operator"),
            C("since", "date", "{since}")],
    anchor="vq", related=["precise"],
    expl="'{vq} of passengers' spending the night contradicts the operator's count of {x:d}.",
    traps=["rw", "time"],
)


def _vp_complaints(r):
    pub = rdate(r)
    x = r.randint(30, 60)
    res = r.randint(8, x - 10)
    assert 24 <= x < 200 and x > 6  # "dozens" fits, "a handful" does not
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="dozens", x=Num(x), res=Num(res),
                cust=r.choice([85000, 120000, 240000]), staff=Num(r.randint(20, 60))), dict(vq="only a handful")


template(
    cat="vague-vs-precise", name="handful-vs-dozens", wording="'only a handful of complaints' against a listed count of dozens",
    head="Regulator steps up scrutiny of {firm} Energy bills",
    body="""
The energy regulator received <<vq:{vq}>> of complaints about {firm} Energy's new billing system in its first month of operation, officials said on {ev:wd}, but decided to open a formal review.

[[split:In its monthly bulletin, the regulator listed <<precise:{x} complaints>> about the company, <<res:{res}>> of which had already been resolved, most of them over duplicate direct-debit payments.||In its monthly bulletin, the regulator listed <<precise:{x} complaints>> about the company, <<res:{res}>> of which had already been resolved. Most of them concerned duplicate direct-debit payments.]]

{firm} Energy, which has <<cust:about {cust:,}>> customers, apologised and said it had hired <<staff:{staff}>> extra call-centre staff.
""",
    make=_vp_complaints,
    claims=[C("vq", "count", "VAGUE:{vq}", "vague", "officials"),
            C("precise", "count", "{x:raw}", "exact", "the regulator"),
            C("res", "count", "{res:raw}", "exact", "the regulator"),
            C("cust", "count", "{cust}", "approx", None),
            C("staff", "count", "{staff:raw}", "exact", "{firm} Energy")],
    anchor="vq", related=["precise"],
    expl="'{vq} of complaints' contradicts the regulator's own list of {x:d} complaints.",
    traps=[],
)


def _vp_marathon(r):
    pub = rdate(r)
    x = r.randint(2400, 6000)
    women = r.randint(x // 4, x // 2)
    assert x >= 2000  # "thousands" fits; "hundreds" understates it by an order of magnitude
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="Thousands", x=Num(x), women=Num(women),
                money=r.choice([40000, 65000, 90000]), time=r.choice(["1:02:41", "1:04:17", "1:05:03"])), dict(vq="Hundreds")


template(
    cat="vague-vs-precise", name="hundreds-vs-thousands", wording="'Hundreds of runners' against a finisher count in the thousands",
    head="{city} half-marathon draws record field",
    body="""
<<vq:{vq}>> of runners took part in the {city} half-marathon on {ev:wd}, running a course along the river and through the old town.

[[swap:Race organisers said <<precise:{x} runners>> crossed the finish line, <<women:{women}>> of them women.||<<precise:{x} runners>> crossed the finish line, <<women:{women}>> of them women, race organisers said.]] The winner, {p1}, finished in <<time:{time}>>, ahead of {p2}.

The event raised <<money:more than {money:,} euros>> for the {town} children's hospital.
""",
    make=_vp_marathon,
    claims=[C("vq", "count", "VAGUE:{vq}", "vague", None),
            C("precise", "count", "{x:raw}", "exact", "race organisers"),
            C("women", "count", "{women:raw}", "exact", "race organisers"),
            C("money", "money", "{money}", "at-least", None, "EUR")],
    anchor="vq", related=["precise"],
    expl="'{vq} of runners' contradicts the organisers' count of {x:d} finishers.",
    traps=["time"],
)


def _vp_unrest(r):
    pub = rdate(r)
    x = r.randint(30, 60)
    bad = r.randint(5, 9)
    m = r.randint(2, 3)
    assert 24 <= x and bad < 12 and m < bad  # "dozens" fits x, not bad
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), x=Num(x), m=Num(m), off=Num(r.randint(3, 9)),
                cars=Num(r.randint(12, 40))), dict(x=Num(bad))


template(
    cat="vague-vs-precise", name="dozens-vs-single-digit", wording="'detained dozens' against a police figure; the precise figure changes",
    head="Second night of unrest in {city}",
    body="""
Riot police detained <<vq:dozens>> of people during a second night of unrest in the {town} district of {city}, where youths threw stones at officers and set fire to bins, residents said.

A police statement on {ev:wd} put the number of people detained at <<precise:{x}>>, including <<m:{m:w}>> minors, and said <<off:{off}>> officers had been injured. Rioters set fire to <<cars:{cars}>> cars.

The mayor appealed for calm and said community leaders would meet police chiefs later in the week.
""",
    make=_vp_unrest,
    claims=[C("vq", "count", "24", "vague", "residents"),
            C("precise", "count", "{x:raw}", "exact", "a police statement"),
            C("m", "count", "{m:raw}", "exact", "a police statement"),
            C("off", "count", "{off:raw}", "exact", "a police statement"),
            C("cars", "count", "{cars:raw}", "exact", None)],
    anchor="vq", related=["precise"],
    expl="'Dozens' of people detained contradicts the police figure of {x:d}.",
    traps=[],
)


def _vp_permits(r):
    pub = rdate(r)
    x = r.randint(30, 90)
    assert 24 <= x < 200  # "dozens" fits, "hundreds" does not
    return dict(pub=pub, ev=pub - D(r.randint(0, 2)), vq="dozens", x=Num(x),
                nets=Num(r.randint(2, 6)), rivers=Num(r.randint(4, 11))), dict(vq="hundreds")


template(
    cat="vague-vs-precise", name="hundreds-vs-each-of-such", wording="'handed out hundreds of permits' against 'N such permits, each allowing …' and 'each of the N'",
    head="Anglers told to net escaped salmon near {town}",
    body="""
The fisheries agency said on {ev:wd} that it had handed out <<vq:{vq}>> of emergency permits to angling clubs near {town} since a fish farm's net cage split in a storm.

{FILLER}

The agency has issued <<precise:{x} such permits>>, each allowing a club to set up to <<nets:{nets:w}>> nets at the mouth of one of <<rivers:{rivers}>> rivers. Inspectors will visit each of the <<again:{x}>> holders before the end of the month.
""",
    make=_vp_permits,
    claims=[C("vq", "count", "VAGUE:{vq}", "vague", "the fisheries agency"),
            C("precise", "count", "{x:raw}", "exact", None),
            C("rivers", "count", "{rivers:raw}", "exact", None)],
    anchor="vq", related=["precise"],
    expl="'{vq}' of permits contradicts the agency's count of {x:d} permits issued.",
    traps=["nets"],
)


# ===========================================================================
# rounding (internal)
# ===========================================================================

BELOW_OK = ["nearly", "almost", "just under"]      # correct when the exact figure is below the round one
ABOVE_OK = ["more than", "just over", "over"]       # correct when it is above


def hedge_bound(h: str) -> str:
    return "at-most" if h in BELOW_OK else "at-least"


def _rd_camp(r):
    pub = rdate(r)
    R = r.choice([20000, 30000, 40000, 50000, 60000])
    below = r.random() < 0.5
    delta = r.randint(R // 50, R * 6 // 100) // 10 * 10 + r.choice([10, 30, 70])
    x = R - delta if below else R + delta
    assert 0.02 <= abs(x - R) / R <= 0.06  # clearly on one side, not borderline
    good = r.choice(BELOW_OK if below else ABOVE_OK)
    badh = r.choice(ABOVE_OK if below else BELOW_OK)
    capy = R // 2 + r.choice([0, 2000, 5000]) // 1000 * 1000
    return (dict(pub=pub, R=R, x=Num(x), h=good, hb=hedge_bound(good), capy=capy,
                 cdate=pub - D(r.randint(2, 9)), arr=Num(r.randint(60, 240)), opened=pub.year - r.randint(2, 6)),
            dict(h=badh, hb=hedge_bound(badh)))


template(
    cat="rounding", name="nearly-vs-over-round-number", wording="'nearly 50,000' / 'more than 50,000' against an exact count a few per cent away",
    head="{town} refugee camp keeps growing",
    body="""
The camp at {town}, <<topened:opened in <<opened:{opened}>>>> for people fleeing fighting across the border in {country2}, now shelters <<rounded:{h} {R:,}>> people, aid agencies say.

It was built for <<capy:{capy:,}>>. Newcomers arrive at a rate of <<arr:about {arr}>> a day, and many share tents with relatives.

{FILLER}

The UN refugee agency's latest count, published on <<cdate:{cdate:dm}>>, lists <<exact:{x} registered residents>>. Aid workers say the true figure may be higher because not all new arrivals register at once.
""",
    make=_rd_camp,
    claims=[C("rounded", "count", "{R}", "{hb}", "aid agencies"),
            C("capy", "count", "{capy}", "exact", None),
            C("arr", "count", "{arr:raw}", "approx", None),
            C("cdate", "date", "{cdate:iso}"),
            C("exact", "count", "{x:raw}", "exact", "the UN refugee agency")],
    anchor="rounded", related=["exact"],
    expl="The agency counts {x:d} residents, so '{h} {R:,}' rounds in the wrong direction.",
    traps=["topened"],
)


def _rd_vote(r):
    pub = rdate(r)
    below = r.random() < 0.5
    p = q = 50.0
    while p == int(p) or q == int(q):
        p = round(r.uniform(46.0, 48.9) if below else r.uniform(51.1, 54.0), 1)
        q = round(r.uniform(25.0, 100 - p - 8.0), 1)
    assert p + q < 100 and (p < 49.0 or p > 51.0)
    good = r.choice(["just under half", "nearly half", "almost half"] if below else ["more than half", "just over half"])
    badh = r.choice(["more than half", "just over half"] if below else ["just under half", "nearly half"])
    hb = lambda h: "at-most" if ("under" in h or "nearly" in h or "almost" in h) else "at-least"
    return (dict(pub=pub, p=p, q=q, h=good, hb=hb(good), t=round(r.uniform(55.0, 74.0), 1), thr=r.choice([55, 60]),
                 ed=pub - D(r.randint(2, 6)), seats=Num(r.choice([41, 51, 61]))),
            dict(h=badh, hb=hb(badh)))


template(
    cat="rounding", name="more-than-half", wording="'more than half' / 'just under half' against a vote share given to one decimal",
    head="{p1} heads for runoff in {city} mayoral race",
    body="""
{p1} won <<rounded:{h}>> of the vote in the first round of the {city} mayoral election on <<ed:{ed:dm}>>, falling short of <<thr:the {thr}% threshold>> needed to avoid a runoff, supporters conceded.

{FILLER}

Official results published by the electoral commission gave {p1l} <<exact:{p}%>>, against <<q:{q}%>> for {p2}, on a turnout of <<t:{t}%>>. The two will meet again in a second round in two weeks.

The new mayor will preside over a <<seats:{seats}-seat>> council.
""",
    make=_rd_vote,
    claims=[C("rounded", "percent", "50", "{hb}", None),
            C("ed", "date", "{ed:iso}"),
            C("exact", "percent", "{p}", "exact", "the electoral commission"),
            C("q", "percent", "{q}", "exact", "the electoral commission"),
            C("t", "percent", "{t}", "exact", "the electoral commission"),
            C("seats", "count", "{seats:raw}", "exact", None)],
    anchor="rounded", related=["exact"],
    expl="{p1l} won {p}% of the vote, so '{h}' rounds the wrong way.",
    traps=["t", "thr"],
)


def _rd_billion(r):
    pub = rdate(r)
    R = r.choice([2, 3, 5])
    below = r.random() < 0.5
    mil = R * 1000 + (-1 if below else 1) * r.randint(R * 2, R * 5) * 10   # e.g. 1,960 or 2,080 million
    assert 0.02 <= abs(mil - R * 1000) / (R * 1000) <= 0.06
    good = r.choice(["just under", "nearly", "almost"] if below else ["more than", "just over"])
    badh = r.choice(["more than", "just over"] if below else ["just under", "nearly"])
    hb = lambda h: "at-most" if h in ("just under", "nearly", "almost") else "at-least"
    a = mil * r.randint(10, 18) // 100
    b = mil * r.randint(6, 12) // 100
    assert a + b < mil
    return (dict(pub=pub, R=R, mil=mil, bn=f"{mil / 1000:.2f}", h=good, hb=hb(good), a=a, b=b,
                 yrs=Num(r.choice([5, 6, 8, 10])), y1=pub.year + r.randint(1, 2)),
            dict(h=badh, hb=hb(badh)))


template(
    cat="rounding", name="billion-money", wording="'more than $2 billion' / 'just under $2 billion' against an exact $1.96 billion",
    head="{city} unveils transport plan",
    body="""
[[swap:{city} city council on {pub:wd} approved a plan to rebuild its tram network and bus depots worth <<rounded:{h} ${R} billion>>, the biggest public works programme in the city's history.||The biggest public works programme in the city's history, a plan to rebuild the tram network and bus depots worth <<rounded:{h} ${R} billion>>, was approved by {city} city council on {pub:wd}.]]

The plan, which runs over <<yrs:{yrs:w} years>>, costs <<exact:${bn} billion>> in total, according to the council's budget papers. Of that, <<a:${a:,} million>> goes to new trams and <<b:${b:,} million>> to depots.

Work on the first line <<ty1:is due to start in {y1}>>. Opposition councillors said the cost estimates were optimistic.
""",
    make=_rd_billion,
    claims=[C("rounded", "money", "{R}000000000", "{hb}", None, "USD"),
            C("yrs", "duration", "P{yrs:raw}Y"),
            C("exact", "money", "{mil}000000", "exact", "the council's budget papers", "USD"),
            C("a", "money", "{a}000000", "exact", None, "USD"),
            C("b", "money", "{b}000000", "exact", None, "USD")],
    anchor="rounded", related=["exact"],
    expl="The plan costs ${bn} billion, so '{h} ${R} billion' rounds in the wrong direction.",
    traps=["ty1"],
)


# ===========================================================================
# temporal-order
# ===========================================================================

def _to_mine(r):
    pub = rdate(r)
    d1 = pub - D(r.randint(8, 20))
    good = d1 + D(r.randint(1, 3))
    bad = d1 - D(r.randint(1, 4))
    assert bad < d1 < good <= pub
    return dict(pub=pub, d1=d1, d2=good, shaft=r.randint(2, 7), tr=Num(r.randint(4, 19)),
                hrs=Num(r.randint(10, 40)), staff=r.choice([900, 1400, 2200]),
                since=r.randint(1952, 1978)), dict(d2=bad)


template(
    cat="temporal-order", name="following", wording="'Following the collapse, ... on <date>' dated before the collapse",
    head="{firm} Mining halts work after shaft collapse near {town}",
    body="""
A section of the <<shaft:No. {shaft} shaft>> at the {firm} Mining colliery near {town} collapsed on <<ev:{d1:dm}>>, trapping <<tr:{tr}>> miners, who were brought out alive after <<hrs:{hrs} hours>>, the company said.

{FILLER}

<<conn:Following the collapse>>, the company halted work in all its shafts on <<act:{d2:dm}>> and brought in independent engineers to inspect the roof supports, a spokesperson said.

The mine, which employs <<staff:about {staff:,}>> people, has been worked since <<since:{since}>>.
""",
    make=_to_mine,
    claims=[C("ev", "date", "{d1:iso}", "exact", "the company"),
            C("tr", "count", "{tr:raw}", "exact", "the company"),
            C("hrs", "duration", "PT{hrs:raw}H", "exact", "the company"),
            C("act", "date", "{d2:iso}", "exact", "a spokesperson"),
            C("staff", "count", "{staff}", "approx", None),
            C("since", "date", "{since}")],
    anchor="act", related=["ev", "conn"],
    expl="Work was halted 'following the collapse', yet on {d2:dm}, before the {d1:dm} collapse.",
    traps=["shaft"],
)


def _to_resign(r):
    pub = rdate(r)
    d1 = pub - D(r.randint(10, 25))
    good = d1 + D(r.randint(2, 6))
    bad = d1 - D(r.randint(2, 6))
    assert bad < d1 < good <= pub
    base = r.randint(20, 45) * 20
    pct = r.choice([20, 25, 30, 35, 40, 45])
    m = base * pct // 100
    assert m * 100 == base * pct  # overspend and percentage agree exactly
    return dict(pub=pub, d1=d1, d2=good, m=m, t=base + m, pct=pct, oy=pub.year + r.randint(2, 4)), dict(d2=bad)


template(
    cat="temporal-order", name="after", wording="'resigned on <date>, after a report published on <later date>'",
    head="Transport minister quits over {town} tunnel overspend",
    body="""
[[swap:Transport minister {p1} resigned on <<act:{d2:dm}>>, <<conn:after>> an audit report published on <<ev:{d1:dm}>> found that <<money:{m} million euros>> had been overspent on the {town} rail tunnel.||<<conn:After>> an audit report published on <<ev:{d1:dm}>> found that <<money:{m} million euros>> had been overspent on the {town} rail tunnel, transport minister {p1} resigned on <<act:{d2:dm}>>.]]

The auditors said the tunnel, which <<toy:is due to open in <<oy:{oy}>>>>, would cost <<total:{t:,} million euros>>, <<pct:{pct}%>> more than planned.

{p1l}'s successor has not yet been named. Opposition leader {p2} said the government had "lost control" of the project.
""",
    make=_to_resign,
    claims=[C("act", "date", "{d2:iso}"),
            C("ev", "date", "{d1:iso}"),
            C("money", "money", "{m}000000", "exact", None, "EUR"),
            C("oy", "date", "{oy}", "exact", "The auditors"),
            C("total", "money", "{t}000000", "exact", "The auditors", "EUR"),
            C("pct", "percent", "{pct}", "exact", "The auditors")],
    anchor="act", related=["ev", "conn"],
    expl="{p1l} is said to have resigned after the report of {d1:dm}, yet the resignation is dated {d2:dm}, before it.",
    traps=["toy"],
)


def _to_clinic(r):
    pub = rdate(r)
    d1 = pub - D(r.randint(8, 16))
    good = d1 + D(r.randint(2, 5))
    bad = d1 - D(r.randint(2, 4))
    assert bad < d1 < good <= pub
    return dict(pub=pub, d1=d1, d2=good, cases=Num(r.randint(14, 60)), w=Num(r.randint(2, 4)),
                doses=r.choice([800, 1200, 1500, 2000])), dict(d2=bad)


template(
    cat="temporal-order", name="in-response", wording="'In response, a clinic opened on <weekday, date>' before the outbreak was declared",
    head="Vaccination clinic opens as measles spreads in {region}",
    body="""
The health ministry declared a measles outbreak in {region} on <<ev:{d1:wd}, {d1:dm}>>, after <<cases:{cases}>> confirmed cases in <<w:{w:w} weeks>>.

[[swap:<<conn:In response>>, a vaccination clinic opened at the {town} community hospital on <<act:{d2:wd}, {d2:dm}>>, and <<doses:about {doses:,}>> children have been vaccinated there so far, officials said.||A vaccination clinic opened at the {town} community hospital on <<act:{d2:wd}, {d2:dm}>> <<conn:in response to the outbreak>>, and <<doses:about {doses:,}>> children have been vaccinated there so far, officials said.]]

Doctors urged parents to check their children's records. Most of the cases are in unvaccinated children under five, the ministry said.
""",
    make=_to_clinic,
    claims=[C("ev", "date", "{d1:iso}", "exact", "The health ministry"),
            C("cases", "count", "{cases:raw}", "exact", None),
            C("w", "duration", "P{w:raw}W"),
            C("act", "date", "{d2:iso}", "exact", "officials"),
            C("doses", "count", "{doses}", "approx", "officials")],
    anchor="act", related=["ev", "conn"],
    expl="The clinic was opened in response to the outbreak declared on {d1:wd} {d1:dm}, yet is dated {d2:wd} {d2:dm}, before the declaration.",
    traps=[],
)


def _to_summit(r):
    pub = rdate(r)
    d1 = pub - D(r.randint(7, 14))
    good = d1 - D(r.randint(2, 5))
    bad = d1 + D(r.randint(2, 5))
    assert good < d1 < bad <= pub
    return dict(pub=pub, d1=d1, d2=good, nb=Num(r.randint(7, 14)), pct=r.choice([10, 15, 20]),
                y=Num(r.randint(3, 6)), ny=pub.year + 1), dict(d2=bad)


template(
    cat="temporal-order", name="ahead-of", wording="'Ahead of the summit, ministers met on <date>' dated after the summit",
    head="{region} Council agrees fisheries cuts",
    body="""
Leaders of the <<bloc:{nb}-nation>> {region} Council signed a joint declaration on fisheries at their summit in {city} on <<ev:{d1:dm}>>, pledging to cut catches of cod by <<pct:{pct}%>> over <<y:{y:w} years>>.

{FILLER}

[[swap:<<conn:Ahead of the summit>>, foreign ministers met in {town} on <<act:{d2:dm}>> to settle the final text, diplomats said.||Foreign ministers met in {town} on <<act:{d2:dm}>> <<conn:ahead of the summit>> to settle the final text, diplomats said.]]

Environmental groups said the cuts were too small. The council's next summit <<tnext:is due to be held in {ny}>>.
""",
    make=_to_summit,
    claims=[C("bloc", "count", "{nb:raw}", "exact", None),
            C("ev", "date", "{d1:iso}"),
            C("pct", "percent", "{pct}", "exact", None),
            C("y", "duration", "P{y:raw}Y"),
            C("act", "date", "{d2:iso}", "exact", "diplomats")],
    anchor="act", related=["ev", "conn"],
    expl="The ministers' meeting 'ahead of the summit' is dated {d2:dm}, after the {d1:dm} summit.",
    traps=["tnext"],
)


def _to_recall(r):
    pub = rdate(r)
    m1 = add_months(dt.date(pub.year, pub.month, 1), -r.randint(4, 8))
    good = add_months(m1, r.randint(1, 2))
    bad = add_months(m1, -r.randint(1, 3))
    assert month_diff(bad, m1) > 0 and month_diff(m1, good) > 0 and month_diff(good, pub) > 0
    return dict(pub=pub, m1=m1, m2=good, u=r.choice([40000, 65000, 120000]), shops=Num(r.randint(800, 3000)),
                nc=Num(r.randint(3, 6)), fy=r.randint(1931, 1975)), dict(m2=bad)


template(
    cat="temporal-order", name="prompted-by", wording="a recall 'prompted by' tests carried out in a later month",
    head="Baby food recall was prompted by lead tests, agency says",
    body="""
[[split:The recall of <<u:about {u:,}>> jars of {firm} Foods baby food, announced in <<act:{m2:my}>>, <<conn:was prompted by>> laboratory tests carried out in <<ev:{m1:my}>> that found traces of lead, the food safety agency said in a report published on {pub:wd}.||The recall of <<u:about {u:,}>> jars of {firm} Foods baby food, announced in <<act:{m2:my}>>, <<conn:was prompted by>> laboratory tests carried out in <<ev:{m1:my}>>. Those tests found traces of lead, the food safety agency said in a report published on {pub:wd}.]]

The agency said <<shops:{shops}>> shops in <<nc:{nc:w}>> countries had stocked the product. No child is known to have fallen ill.

{firm} Foods, <<tfy:founded in <<fy:{fy}>>>>, said it had changed its supplier of vegetable purée.
""",
    make=_to_recall,
    claims=[C("u", "count", "{u}", "approx", "the food safety agency"),
            C("act", "date", "{m2:ym}", "exact", "the food safety agency"),
            C("ev", "date", "{m1:ym}", "exact", "the food safety agency"),
            C("shops", "count", "{shops:raw}", "exact", "The agency"),
            C("nc", "count", "{nc:raw}", "exact", "The agency"),
            C("fy", "date", "{fy}")],
    anchor="act", related=["ev", "conn"],
    expl="A recall announced in {m2:my} cannot have been prompted by tests carried out later, in {m1:my}.",
    traps=["tfy"],
)


def _to_ombudsman(r):
    pub = rdate(r)
    M = add_months(dt.date(pub.year, pub.month, 1), -r.randint(1, 3))
    d1 = dt.date(M.year, M.month, r.randint(10, 19))
    good = d1 + D(r.randint(3, 8))
    bad = d1 - D(r.randint(3, 8))
    assert bad.month == d1.month == good.month and bad < d1 < good < pub
    return dict(pub=pub, d1=d1, d2=good, c=Num(r.randint(300, 2400)), cust=r.choice([90000, 150000, 310000]),
                mo=r.choice([12, 20, 35]), pp=r.choice(["0.5", "0.75", "1.25"])), dict(d2=bad)


template(
    cat="temporal-order", name="later-that-month", wording="an inquiry opened 'later that month' dated before the first complaint",
    head="Ombudsman inquiry into {firm} Bank mortgage letters",
    body="""
[[split:The first complaint about {firm} Bank's mortgage letters reached the financial ombudsman on <<ev:{d1:dm}>>. The ombudsman opened a formal inquiry <<conn:later that month>>, on <<act:{d2:dm}>>, and has since received <<c:{c:,}>> complaints, it said on {pub:wd}.||The first complaint about {firm} Bank's mortgage letters reached the financial ombudsman on <<ev:{d1:dm}>>. The ombudsman opened a formal inquiry <<conn:later that month>>, on <<act:{d2:dm}>>. It has since received <<c:{c:,}>> complaints, it said on {pub:wd}.]]

The letters overstated customers' interest rates by <<pp:{pp} percentage points>>. {firm} Bank, which has <<cust:about {cust:,}>> mortgage customers, said it had set aside <<mo:{mo} million euros>> for compensation.
""",
    make=_to_ombudsman,
    claims=[C("ev", "date", "{d1:iso}"),
            C("act", "date", "{d2:iso}"),
            C("c", "count", "{c:raw}", "exact", "the financial ombudsman"),
            C("cust", "count", "{cust}", "approx", None),
            C("mo", "money", "{mo}000000", "exact", "{firm} Bank", "EUR")],
    anchor="act", related=["ev", "conn"],
    expl="The inquiry opened 'later that month' is dated {d2:dm}, before the first complaint on {d1:dm}.",
    traps=["pp"],
)


# ===========================================================================
# date-arithmetic
# ===========================================================================

def _da_weeks(r):
    pub = rdate(r)
    k = r.randint(2, 5)
    d2 = pub - D(r.randint(1, 6))
    d1 = d2 - D(7 * k)
    kk = k + r.choice([2, 3]) if k <= 3 else k - r.choice([2, 3])
    assert (d2 - d1).days == 7 * k and abs(kk - k) >= 2 and kk >= 1
    return dict(pub=pub, d1=d1, d2=d2, kk=Num(k), bal=Num(r.randint(4000, 19000)),
                yes=round(r.uniform(51.5, 63.0), 1), weeks_true=k), dict(kk=Num(kk))


template(
    cat="date-arithmetic", name="weeks-after", wording="'<date>, N weeks after the vote on <date>'",
    head="{country} referendum result certified",
    body="""
[[swap:{country}'s electoral commission certified the result of the referendum on regional autonomy on <<d2:{d2:dm}>>, <<iv:{kk:w} weeks after>> the vote on <<d1:{d1:dm}>>, ending a dispute over <<bal:{bal:d}>> postal ballots.||<<iv:{kk:cap} weeks after>> the vote on <<d1:{d1:dm}>>, {country}'s electoral commission certified the result of the referendum on regional autonomy on <<d2:{d2:dm}>>, ending a dispute over <<bal:{bal:d}>> postal ballots.]]

The final count showed <<yes:{yes}%>> in favour. The commission said the disputed ballots had arrived late because of a postal strike.

The government <<tnext:will present an autonomy bill to parliament in the autumn>>.
""",
    make=_da_weeks,
    claims=[C("d2", "date", "{d2:iso}"),
            C("iv", "duration", "P{kk:raw}W"),
            C("d1", "date", "{d1:iso}"),
            C("bal", "count", "{bal:raw}"),
            C("yes", "percent", "{yes}")],
    anchor="iv", related=["d1", "d2"],
    expl="From {d1:dm} to {d2:dm} is {weeks_true} weeks, not {kk:w}.",
    traps=["tnext"],
)


def _da_weekday(r):
    pub = rdate(r)
    d = pub - D(r.randint(3, 20))
    good = WEEKDAYS[d.weekday()]
    bad = WEEKDAYS[(d.weekday() + r.choice([2, 3, 4])) % 7]
    assert good != bad
    return dict(pub=pub, d=d, wdn=good, late=Num(r.randint(4, 18)), km=round(r.uniform(4.5, 12.0), 1),
                stops=Num(r.randint(8, 19)), mo=r.choice([180, 240, 310]), f=r.choice([6, 8, 10]), wd_true=good), dict(wdn=bad)


template(
    cat="date-arithmetic", name="weekday-for-date", wording="'on <Weekday> <date>' with the wrong weekday",
    head="New tram line opens in {city}",
    body="""
[[swap:The {region} tramway's new line to {town} opened to passengers on <<wd:{wdn}>> <<dd:{d:dm}>>, <<late:{late:w} months>> behind schedule, the operator said.||The operator said the {region} tramway's new line to {town} opened to passengers on <<wd:{wdn}>> <<dd:{d:dm}>>, <<late:{late:w} months>> behind schedule.]]

The <<km:{km}-kilometre>> line has <<stops:{stops}>> stops and cost <<mo:{mo} million euros>>. Trams run <<freq:every {f} minutes>> until midnight.

Shopkeepers along the route said the years of roadworks had cost them trade, and called for compensation.
""",
    make=_da_weekday,
    claims=[C("dd", "date", "{d:iso}", "exact", "the operator"),
            C("late", "duration", "P{late:raw}M", "exact", "the operator"),
            C("stops", "count", "{stops:raw}"),
            C("mo", "money", "{mo}000000", "exact", None, "EUR"),
            C("freq", "duration", "PT{f}M")],
    anchor="wd", related=["dd"],
    expl="{d:dmy} was a {wd_true}, not a {wdn}.",
    traps=["km", "freq"],
)


def _da_following_monday(r):
    pub = rdate(r)
    base = pub - D(r.randint(12, 25))
    d1 = base + D((r.choice([2, 3, 4, 5]) - base.weekday()) % 7)   # a Wednesday..Saturday
    nm = d1 + D(7 - d1.weekday())
    bad = nm + D(r.choice([2, 3]))
    assert d1.weekday() in (2, 3, 4, 5) and nm.weekday() == 0 and 0 < (nm - d1).days <= 5
    assert bad.weekday() != 0 and bad <= pub
    return dict(pub=pub, d1=d1, d2=nm, cont=Num(r.randint(120, 480)), mw=r.choice([300, 450, 600]),
                y=pub.year + r.randint(1, 2), turb=Num(r.randint(25, 60)), crew=Num(r.randint(18, 26)),
                monday_true=fmt_date(nm, "dm"), d2wd="Monday"), dict(d2=bad, d2wd=WEEKDAYS[bad.weekday()])


template(
    cat="date-arithmetic", name="following-monday", wording="'the following Monday, <date>' where the date is not that Monday",
    head="Wind-farm parts arrive in {city}",
    body="""
[[split:The cargo ship {ship} docked at {city} on <<d1:{d1:wd} {d1:dm}>> with <<cont:{cont}>> containers of wind-turbine parts, and unloading began <<conn:the following Monday>>, <<d2:{d2:dm}>>, after customs checks.||The cargo ship {ship} docked at {city} on <<d1:{d1:wd} {d1:dm}>> with <<cont:{cont}>> containers of wind-turbine parts. Unloading began <<conn:the following Monday>>, <<d2:{d2:dm}>>, after customs checks.]]

The ship, with a crew of <<crew:{crew}>>, sailed from {country2}. The parts are for a <<mw:{mw}-megawatt>> wind farm off {town}, which <<tdue:is due to start generating power in {y}>>. <<turb:{turb:cap}>> turbines will be installed.
""",
    make=_da_following_monday,
    claims=[C("d1", "date", "{d1:iso}"),
            C("cont", "count", "{cont:raw}"),
            C("d2", "date", "{d2:iso}"),
            C("crew", "count", "{crew:raw}"),
            C("turb", "count", "{turb:raw}")],
    anchor="d2", related=["d1", "conn"],
    expl="The Monday after {d1:wd} {d1:dm} is {monday_true}; {d2:dm} is a {d2wd}.",
    traps=["mw", "tdue"],
)


def _da_days_later(r):
    pub = rdate(r)
    k = r.randint(6, 15)
    d2 = pub - D(r.randint(1, 4))
    d1 = d2 - D(k)
    kk = k + r.choice([-5, -4, -3, 3, 4, 5])
    assert (d2 - d1).days == k and abs(kk - k) >= 3 and kk > 0
    return dict(pub=pub, d1=d1, d2=d2, kk=Num(k), age=r.randint(24, 58), nn=Num(r.randint(2, 3)),
                res=Num(r.randint(9, 24)), days_true=k), dict(kk=Num(kk))


template(
    cat="date-arithmetic", name="days-later", wording="'admitted on <date> and discharged N days later, on <date>'",
    head="Climber rescued from {town} glacier leaves hospital",
    body="""
[[split:{p1}, the climber rescued from the {town} glacier, was admitted to hospital on <<d1:{d1:dm}>> and discharged <<iv:{kk:w} days later>>, on <<d2:{d2:dm}>>, hospital officials said.||{p1}, the climber rescued from the {town} glacier, was admitted to hospital on <<d1:{d1:dm}>>. {p1l} was discharged <<iv:{kk:w} days later>>, on <<d2:{d2:dm}>>, hospital officials said.]]

<<age:{p1l}, {age}>>, spent <<nn:{nn:w} nights>> on a ledge before a helicopter crew reached the spot. The rescue involved <<res:{res}>> mountain guards.

{p1l} thanked the rescuers and said climbing would wait until next season.
""",
    make=_da_days_later,
    claims=[C("d1", "date", "{d1:iso}", "exact", "hospital officials"),
            C("iv", "duration", "P{kk:raw}D", "exact", "hospital officials"),
            C("d2", "date", "{d2:iso}", "exact", "hospital officials"),
            C("nn", "duration", "P{nn:raw}D"),
            C("res", "count", "{res:raw}")],
    anchor="iv", related=["d1", "d2"],
    expl="From {d1:dm} to {d2:dm} is {days_true} days, not {kk:w}.",
    traps=["age"],
)


def _da_fortnight(r):
    pub = rdate(r)
    d1 = pub - D(r.randint(25, 40))
    good = d1 + D(14)
    bad = d1 + D(r.choice([8, 9, 21, 22]))
    assert (good - d1).days == 14 and abs((bad - d1).days - 14) >= 5 and bad <= pub
    return dict(pub=pub, d1=d1, d2=good, fl=Num(r.randint(300, 1400)), pct=r.choice([6, 8, 9, 11]),
                y=Num(r.randint(2, 4)), days_true=14), dict(d2=bad, days_true=(bad - d1).days)


template(
    cat="date-arithmetic", name="fortnight-later", wording="'a fortnight later, on <date>' where the dates are not 14 days apart",
    head="{firm} Airways pilots accept pay deal",
    body="""
[[split:Talks between {firm} Airways and its pilots' union began on <<d1:{d1:dm}>>, and a deal was struck <<iv:a fortnight later>>, on <<d2:{d2:dm}>>, ending a dispute that had led to the cancellation of <<fl:{fl}>> flights.||Talks between {firm} Airways and its pilots' union began on <<d1:{d1:dm}>>. A deal was struck <<iv:a fortnight later>>, on <<d2:{d2:dm}>>, ending a dispute that had led to the cancellation of <<fl:{fl}>> flights.]]

The agreement gives pilots a <<pct:{pct}%>> pay rise over <<y:{y:w} years>> and limits night duties. Union members approved it in a ballot on {pub:wd}.

The airline's <<fleet:A320neo>> fleet is expected to be back on a full timetable by the end of the week.
""",
    make=_da_fortnight,
    claims=[C("d1", "date", "{d1:iso}"),
            C("iv", "duration", "P2W"),
            C("d2", "date", "{d2:iso}"),
            C("fl", "count", "{fl:raw}"),
            C("pct", "percent", "{pct}"),
            C("y", "duration", "P{y:raw}Y")],
    anchor="iv", related=["d1", "d2"],
    expl="From {d1:dm} to {d2:dm} is {days_true} days, not a fortnight.",
    traps=["fleet"],
)


def _da_months(r):
    pub = rdate(r)
    k = r.randint(4, 14)
    d1 = dt.date(add_months(pub, -k - 1).year, add_months(pub, -k - 1).month, r.randint(1, 28))
    d2 = dt.date(add_months(d1, k).year, add_months(d1, k).month, d1.day)
    kk = k + r.choice([-3, -2, 2, 3])
    assert month_diff(d1, d2) == k and d2.day == d1.day and d2 <= pub and abs(kk - k) >= 2 and kk > 0
    return dict(pub=pub, d1=d1, d2=d2, kk=Num(k), mo=r.choice([14, 22, 36]), seats=Num(r.randint(900, 2400)),
                by=r.randint(1890, 1935), months_true=k), dict(kk=Num(kk))


template(
    cat="date-arithmetic", name="months-after", wording="'reopened on <date>, exactly N months after the fire of <date>'",
    head="{town} concert hall reopens after fire",
    body="""
[[swap:The {town} concert hall reopened on <<d2:{d2:dmy}>>, <<iv:exactly {kk:w} months after>> the fire of <<d1:{d1:dmy}>> that destroyed its roof.||<<iv:Exactly {kk:w} months after>> the fire of <<d1:{d1:dmy}>> that destroyed its roof, the {town} concert hall reopened on <<d2:{d2:dmy}>>.]]

Repairs cost <<mo:{mo} million euros>>, most of it covered by insurance. The hall, which seats <<seats:{seats}>>, <<tby:first opened in {by}>>.

The orchestra marked the reopening with the same symphony it played on the night before the fire.
""",
    make=_da_months,
    claims=[C("d2", "date", "{d2:iso}"),
            C("iv", "duration", "P{kk:raw}M"),
            C("d1", "date", "{d1:iso}"),
            C("mo", "money", "{mo}000000", "exact", None, "EUR"),
            C("seats", "count", "{seats:raw}")],
    anchor="iv", related=["d1", "d2"],
    expl="From {d1:dmy} to {d2:dmy} is {months_true} months, not {kk:w}.",
    traps=["tby"],
)


# ===========================================================================
# duration-arithmetic
# ===========================================================================

def _du_history(r):
    pub = rdate(r)
    n = r.randint(12, 60)
    y0 = pub.year - n
    bad = n + r.choice([-9, -7, -6, -5, 5, 6, 7, 9])
    assert pub.year - y0 == n and abs(bad - n) >= 5 and bad > 0
    return dict(pub=pub, y0=y0, n=Num(n), fnd=Num(r.randint(5, 12)), boats=Num(r.randint(40, 140)),
                mem=r.choice([600, 900, 1300]), true_n=n), dict(n=Num(bad))


template(
    cat="duration-arithmetic", name="founded-history", wording="'founded in YYYY' against 'its N-year history'",
    head="{region} fishermen's cooperative votes to merge",
    body="""
The {region} Fishermen's Cooperative, <<tfounded:founded in <<y0:{y0}>>>> by <<fnd:{fnd:w}>> families in {town}, voted on {pub:wd} to merge with its larger rival, {firm} Seafoods.

{FILLER}

It is <<tfirst:the first merger>> in the cooperative's <<dur:{n}-year>> history, its chairman, {p1}, said. The combined group will have <<boats:{boats}>> boats and <<mem:about {mem:,}>> members.
""",
    make=_du_history,
    claims=[C("y0", "date", "{y0}"),
            C("fnd", "count", "{fnd:raw}"),
            C("dur", "duration", "P{n:raw}Y", "exact", "{p1}"),
            C("boats", "count", "{boats:raw}", "exact", "{p1}"),
            C("mem", "count", "{mem}", "approx", "{p1}")],
    anchor="dur", related=["y0"],
    expl="A cooperative founded in {y0} has a {true_n}-year history in {pub:y}, not a {n:d}-year one.",
    traps=["tfirst"],
)


def _du_age(r):
    pub = rdate(r)
    age = r.randint(38, 74)
    by = pub.year - age
    bad = age + r.choice([-10, -8, -6, 6, 8, 10])
    fy = by + r.randint(24, 32)
    assert pub.year - by == age and abs(bad - age) >= 6 and fy < pub.year
    return dict(pub=pub, by=by, age=Num(age), money=r.choice([20000, 25000, 50000]),
                books=Num(r.randint(4, 9)), fy=fy, true_n=age, true_n_minus=age - 1), dict(age=Num(bad))


template(
    cat="duration-arithmetic", name="age-vs-birth-year", wording="'born in YYYY' against 'the N-year-old'",
    head="{p1} wins national book prize",
    body="""
[[swap:{p1}, the novelist who won the national book prize on {pub:wd}, was born in <<by:{by}>> in the fishing village of {town}.||Born in <<by:{by}>> in the fishing village of {town}, {p1} won the national book prize on {pub:wd}.]]

The <<age:{age}-year-old>> thanked the judges and dedicated the prize, worth <<money:{money:,} euros>>, to the village library. {p1l} has published <<books:{books:w}>> novels, the first of them in <<fy:{fy}>>.

The judges praised the winning book's portrait of a harbour town in decline.
""",
    make=_du_age,
    claims=[C("by", "date", "{by}"),
            C("money", "money", "{money}", "exact", None, "EUR"),
            C("books", "count", "{books:raw}"),
            C("fy", "date", "{fy}")],
    anchor="age", related=["by"],
    expl="Someone born in {by} is {true_n} or {true_n_minus} in {pub:y}, not {age:d}.",
    traps=[],
)


def _du_anniversary(r):
    pub = rdate(r)
    n = r.randint(20, 65)
    y0 = pub.year - n
    bad = n + r.choice([-10, -7, -5, 5, 7, 10])
    sa = n + r.randint(18, 24)
    cy = y0 + r.randint(5, n - 3)
    assert pub.year - y0 == n and abs(bad - n) >= 5 and y0 < cy < pub.year and sa - n >= 16
    return dict(pub=pub, y0=y0, n=Num(n), dead=Num(r.randint(14, 80)), sa=sa, cy=cy, true_ord=ord_digits(n)), dict(n=Num(bad))


template(
    cat="duration-arithmetic", name="anniversary", wording="'the Nth anniversary of the YYYY disaster'",
    head="{town} remembers its mining disaster",
    body="""
<<hundreds:Hundreds>> of people gathered in {town} on {pub:wd} to mark the <<ann:{n:o} anniversary>> of the <<y0:{y0}>> mining disaster, in which <<dead:{dead}>> men died when a gas explosion ripped through the pit.

[[split:Wreaths were laid at the memorial by the old pithead, and a choir sang as the names of the dead were read out.||Wreaths were laid at the memorial by the old pithead. A choir sang as the names of the dead were read out.]] Among those present was one of the last survivors, <<sa:{p2}, {sa}>>.

The colliery <<tclosed:closed in <<cy:{cy}>>>>, and the site is now a country park.
""",
    make=_du_anniversary,
    claims=[C("hundreds", "count", "200", "vague"),
            C("ann", "ordinal", "{n:raw}"),
            C("y0", "date", "{y0}"),
            C("dead", "count", "{dead:raw}"),
            C("cy", "date", "{cy}")],
    anchor="ann", related=["y0"],
    expl="The {y0} disaster's anniversary in {pub:y} is the {true_ord}, not the {n:od}.",
    traps=["sa", "tclosed"],
)


def _du_record(r):
    pub = rdate(r)
    n = r.randint(8, 40)
    y0 = pub.year - n
    bad = n + r.choice([-7, -6, -5, 5, 6, 8])
    assert pub.year - y0 == n and abs(bad - n) >= 5 and bad > 0
    return dict(pub=pub, y0=y0, n=Num(n), bonus=r.choice([10000, 15000, 20000]), ru=Num(r.randint(14, 30)),
                time=r.choice(["27:41.3", "27:52.08", "28:03.6"]), age=r.randint(23, 31), true_n=n), dict(n=Num(bad))


template(
    cat="duration-arithmetic", name="record-stood", wording="'a mark that had stood for N years', set in YYYY",
    head="{p1} breaks national record in {city}",
    body="""
{p1} broke the national 10,000 metres record at the {city} athletics meeting on {pub:wd}, finishing in <<time:{time}>> in a race that <<ru:{ru}>> runners started.

[[swap:The old mark, set by {p2} in <<y0:{y0}>>, had stood for <<dur:{n} years>>.||It beat a mark that had stood for <<dur:{n} years>>, set by {p2} in <<y0:{y0}>>.]]

The <<age:{age}-year-old>> collects a bonus of <<bonus:{bonus:,} euros>> from the national federation for the record.
""",
    make=_du_record,
    claims=[C("ru", "count", "{ru:raw}"),
            C("y0", "date", "{y0}"),
            C("dur", "duration", "P{n:raw}Y"),
            C("bonus", "money", "{bonus}", "exact", None, "EUR")],
    anchor="dur", related=["y0"],
    expl="A record set in {y0} had stood for {true_n} years by {pub:y}, not {n:d}.",
    traps=["time", "age"],
)


def _du_office(r):
    pub = rdate(r)
    n = r.randint(6, 30)
    y0 = pub.year - n
    bad = n + r.choice([-5, -6, 5, 6, 8])
    ed = pub + D(r.randint(40, 150))
    assert pub.year - y0 == n and abs(bad - n) >= 5 and bad > 0 and ed > pub
    return dict(pub=pub, y0=y0, n=Num(n), pct=r.choice([54, 58, 61, 63]), ed=ed, true_n=n), dict(n=Num(bad))


template(
    cat="duration-arithmetic", name="in-office-since", wording="'mayor since YYYY' against 'after N years in charge'",
    head="{city} mayor {p1} to stand down",
    body="""
[[swap:{p1}, mayor of {city} since <<y0:{y0}>>, will not stand for re-election, the mayor's office said on {pub:wd}.||The mayor's office said on {pub:wd} that {p1}, mayor of {city} since <<y0:{y0}>>, will not stand for re-election.]]

{FILLER}

The announcement comes after <<dur:{n} years>> in charge of the city. {p1l} won the last election with <<pct:{pct}%>> of the vote. The next election <<ted:is due to be held on <<ed:{ed:dm}>>>>.
""",
    make=_du_office,
    claims=[C("y0", "date", "{y0}"),
            C("dur", "duration", "P{n:raw}Y"),
            C("pct", "percent", "{pct}"),
            C("ed", "date", "{ed:iso}")],
    anchor="dur", related=["y0"],
    expl="A mayor in office since {y0} has been in charge for {true_n} years in {pub:y}, not {n:d}.",
    traps=["ted"],
)


def _du_renovation(r):
    pub = rdate(r)
    n = r.randint(9, 30)
    m1 = add_months(dt.date(pub.year, pub.month, 1), -n)
    bad = n + r.choice([-8, -7, -6, 6, 7, 9])
    vis = r.choice([180000, 250000, 320000])
    assert month_diff(m1, pub) == n and abs(bad - n) >= 6 and bad > 0
    return dict(pub=pub, m1=m1, n=Num(n), mo=r.choice([28, 41, 55]), rooms=Num(r.randint(4, 12)),
                vis=vis, prev=vis - r.choice([40000, 60000, 80000]), true_n=n), dict(n=Num(bad))


template(
    cat="duration-arithmetic", name="renovation-months", wording="'after an N-month renovation that began in <Month YYYY>'",
    head="{city} Museum of Art reopens",
    body="""
[[swap:The {city} Museum of Art reopened on {pub:wd} after a <<dur:{n}-month>> renovation that began in <<m1:{m1:my}>>, its director, {p1}, said.||Its director, {p1}, said the {city} Museum of Art reopened on {pub:wd} after a <<dur:{n}-month>> renovation that began in <<m1:{m1:my}>>.]]

The work cost <<mo:{mo} million euros>> and added <<rooms:{rooms}>> galleries. The museum expects <<vis:about {vis:,}>> visitors in its first year, up from <<prev:{prev:,}>> in its last full year before closing.

Entry to the permanent collection remains free.
""",
    make=_du_renovation,
    claims=[C("dur", "duration", "P{n:raw}M", "exact", "{p1}"),
            C("m1", "date", "{m1:ym}", "exact", "{p1}"),
            C("mo", "money", "{mo}000000", "exact", None, "EUR"),
            C("rooms", "count", "{rooms:raw}"),
            C("vis", "count", "{vis}", "approx")],
    anchor="dur", related=["m1"],
    expl="From {m1:my} to {pub:my} is {true_n} months, not {n:d}.",
    traps=[],
)


# ===========================================================================
# ordinal-count
# ===========================================================================

def _oc_bloc(r):
    pub = rdate(r)
    k = r.randint(8, 25)
    bad = k + r.choice([-1, 1])
    assert bad != k
    return dict(pub=pub, k=Num(k), n=Num(k), pop=r.choice([120, 190, 240, 310]), ay=pub.year - r.randint(4, 9),
                tl=r.choice([900, 1200, 1600])), dict(n=Num(bad))


template(
    cat="ordinal-count", name="nth-member-n-nation", wording="'the bloc's Nth member' against 'the enlarged M-nation bloc'",
    head="{country} joins {region} Economic Union",
    body="""
{country} formally joined the {region} Economic Union on {pub:wd}, becoming the bloc's <<ordm:{k:o} member>> after a ceremony at the union's headquarters in {city}.

{country}, which <<tay:applied to join in <<ay:{ay}>>>>, will phase out tariffs on <<tl:about {tl:,}>> product lines.

{FILLER}

The enlarged <<card:{n}-nation>> bloc has a combined population of <<pop:about {pop} million>>. Two other states have applied to join but have not yet opened formal talks.
""",
    make=_oc_bloc,
    claims=[C("ordm", "ordinal", "{k:raw}"),
            C("ay", "date", "{ay}"),
            C("tl", "count", "{tl}", "approx"),
            C("card", "count", "{n:raw}"),
            C("pop", "count", "{pop}000000", "approx")],
    anchor="card", related=["ordm"],
    expl="{country} is the bloc's {k:od} member, so the enlarged bloc has {k:d} nations, not {n:d}.",
    traps=["tay"],
)


def _oc_titles(r):
    pub = rdate(r)
    L = r.randint(2, 5)
    years = sorted(r.sample(range(1950, pub.year - 2), L))
    good = L + 1
    bad = r.choice([L, L + 2])
    pl = r.randint(30, 38)
    pts = r.randint(2 * pl, int(2.4 * pl))
    assert bad != good and pts <= 3 * pl
    yl = ", ".join(str(y) for y in years[:-1]) + " and " + str(years[-1])
    return dict(pub=pub, k=Num(good), years=yl, y1=years[0], pts=Num(pts), pl=Num(pl), age=r.randint(41, 58), true_ord=ord_words(good)), dict(k=Num(bad))


template(
    cat="ordinal-count", name="nth-title-vs-list", wording="'the club's fifth championship' against a list of earlier title years",
    head="{town} Rovers clinch league title",
    body="""
{town} Rovers won the national league title on {pub:wd} with a <<score:2-0>> win at {town2}, finishing the season with <<pts:{pts}>> points from <<pl:{pl}>> games.

[[split:It is the club's <<ord:{k:ow}>> championship, after earlier titles in <<list:{years}>>, and the first for manager {p1}.||It is the club's <<ord:{k:ow}>> championship, after earlier titles in <<list:{years}>>. It is also the first for manager {p1}.]]

<<age:{p1l}, {age}>>, said the squad had "earned every point". Thousands of fans lined the streets of {town} as the team bus returned.
""",
    make=_oc_titles,
    claims=[C("pts", "count", "{pts:raw}"),
            C("pl", "count", "{pl:raw}"),
            C("ord", "ordinal", "{k:raw}"),
            C("list", "date", "{y1}")],
    anchor="ord", related=["list"],
    expl="With earlier titles in {years}, this is the club's {true_ord} championship, not its {k:ow}.",
    traps=["score", "age"],
)


def _oc_airline(r):
    pub = rdate(r)
    k = r.randint(9, 30)
    bad = k + 2
    assert bad > k  # more carriers than have ever served the airport
    pax = r.choice(["1.8", "2.4", "3.1"])
    return dict(pub=pub, k=Num(k), n=Num(k), fl=Num(r.randint(3, 9)), pax=pax,
                op=r.randint(1958, 1979), pax_val=str(round(float(pax) * 1000000)), plane=r.choice(["ATR 72-600", "Embraer E195-E2", "Airbus A220-300"])), dict(n=Num(bad))


template(
    cat="ordinal-count", name="nth-airline", wording="'the Nth airline to serve the airport' against 'brings the number of carriers to M'",
    head="{firm} Air lands in {city}",
    body="""
[[split:{firm} Air became the <<ord:{k:o} airline>> to serve {city} airport when its first flight from {country2} landed on {pub:wd}, bringing the number of carriers at the airport to <<card:{n}>>.||{firm} Air became the <<ord:{k:o} airline>> to serve {city} airport when its first flight from {country2} landed on {pub:wd}. Its arrival brings the number of carriers at the airport to <<card:{n}>>.]]

The airline will fly <<fl:{fl}>> times a week with an <<plane:{plane}>>. The airport, <<top:opened in <<op:{op}>>>>, handled <<pax:about {pax} million>> passengers last year.
""",
    make=_oc_airline,
    claims=[C("ord", "ordinal", "{k:raw}"),
            C("card", "count", "{n:raw}"),
            C("fl", "count", "{fl:raw}"),
            C("op", "date", "{op}"),
            C("pax", "count", "{pax_val}", "approx")],
    anchor="card", related=["ord"],
    expl="If {firm} Air is the {k:od} airline to serve the airport, its arrival brings the number of airlines to {k:d}, not {n:d}.",
    traps=["plane", "top"],
)


def _oc_mayors(r):
    pub = rdate(r)
    n = r.randint(18, 45)
    bad = r.choice([n, n + 2])
    assert bad != n + 1
    return dict(pub=pub, n=Num(n), k=Num(n + 1), yc=r.randint(1850, 1920), pct=r.choice([52, 55, 57]),
                seats=Num(r.randint(31, 61)), true_ord=ord_digits(n + 1)), dict(k=Num(bad))


template(
    cat="ordinal-count", name="nth-mayor", wording="'sworn in as the city's Nth mayor' against 'had had M mayors' before",
    head="{p1} sworn in as mayor of {city}",
    body="""
{p1} was sworn in as {city}'s <<ord:{k:o} mayor>> on {pub:wd}, promising to cut waiting times for social housing.

{FILLER}

Before {p1l}, the city had had <<card:{n} mayors>> since the office was <<tyc:created in <<yc:{yc}>>>>. {p1l} won the runoff with <<pct:{pct}%>> of the vote and will govern with a majority on the <<seats:{seats}-seat>> council.
""",
    make=_oc_mayors,
    claims=[C("ord", "ordinal", "{k:raw}"),
            C("card", "count", "{n:raw}"),
            C("yc", "date", "{yc}"),
            C("pct", "percent", "{pct}"),
            C("seats", "count", "{seats:raw}")],
    anchor="ord", related=["card"],
    expl="After {n:d} earlier mayors, {p1l} is the {true_ord} mayor, not the {k:od}.",
    traps=["tyc"],
)


def _oc_cities(r):
    pub = rdate(r)
    k = r.randint(6, 19)
    bad = k - 1
    assert bad < k  # fewer cities than the ordinal implies
    return dict(pub=pub, k=Num(k), n=Num(k), dr=r.choice([4000, 6500, 9000]), pct=r.choice([8, 10, 12]),
                start=pub - D(r.randint(20, 50))), dict(n=Num(bad))


template(
    cat="ordinal-count", name="nth-city", wording="'the Nth city to be hit' against 'walkouts in M cities'",
    head="Bus strike spreads to {town}",
    body="""
[[swap:Bus drivers in {town} walked out on {pub:wd}, making it the <<ord:{k:o} city>> to be hit by the national transport strike, which began on <<start:{start:dm}>>.||The national transport strike, which began on <<start:{start:dm}>>, spread to {town} on {pub:wd}, making it the <<ord:{k:o} city>> to be hit as bus drivers walked out.]]

Walkouts have now been held in <<card:{n} cities>>, the drivers' union said. It represents <<dr:about {dr:,}>> drivers and is demanding a <<pct:{pct}%>> pay rise.

The transport ministry said talks would resume next week.
""",
    make=_oc_cities,
    claims=[C("ord", "ordinal", "{k:raw}"),
            C("start", "date", "{start:iso}"),
            C("card", "count", "{n:raw}", "exact", "the drivers' union"),
            C("dr", "count", "{dr}", "approx"),
            C("pct", "percent", "{pct}")],
    anchor="card", related=["ord"],
    expl="If {town} is the {k:od} city hit, walkouts have been held in at least {k:d} cities, not {n:d}.",
    traps=[],
)


def _oc_coal(r):
    pub = rdate(r)
    m = r.randint(3, 8)
    rem = r.randint(3, 9)
    tot = m + 1 + rem
    bad = m + 2
    assert tot == m + 1 + rem and bad != m + 1
    return dict(pub=pub, m=Num(m), k=Num(m + 1), rem=Num(rem), tot=Num(tot), oy=r.randint(1965, 1985),
                mw=r.choice([600, 800, 1200]), true_ord=ord_words(m + 1)), dict(k=Num(bad))


template(
    cat="ordinal-count", name="nth-to-quit", wording="'the sixth member to give up coal' against 'Five other members had already done so'",
    head="{country} shuts its last coal plant",
    body="""
{country} closed its last coal-fired power station on {pub:wd}, becoming the <<ord:{k:ow}>> member of the <<bloc:{tot}-nation>> {region} Energy Compact to give up coal.

[[split:<<other:{m:cap} other members>> had already done so, while the remaining <<rem:{rem:w}>> still burn coal and two of them have set no date for stopping.||<<other:{m:cap} other members>> had already done so. The remaining <<rem:{rem:w}>> still burn coal, and two of them have set no date for stopping.]]

The <<mw:{mw}-megawatt>> plant, <<top:opened in <<oy:{oy}>>>>, will be demolished.
""",
    make=_oc_coal,
    claims=[C("ord", "ordinal", "{k:raw}"),
            C("bloc", "count", "{tot:raw}"),
            C("other", "count", "{m:raw}"),
            C("rem", "count", "{rem:raw}"),
            C("oy", "date", "{oy}")],
    anchor="ord", related=["other", "rem", "bloc"],
    expl="With {m:w} other members already coal-free, {country} is the {true_ord} to quit coal, which also fits the {rem:w} remaining members of the {tot:d}-nation compact.",
    traps=["mw", "top"],
)


# ===========================================================================
# percent-bounds
# ===========================================================================

def _pb_nurses(r):
    pub = rdate(r)
    m = r.randint(800, 6000)
    n = int(m * r.uniform(0.55, 0.8))
    p = round(100 * n / m)
    bad = p + r.randint(12, 18) if p <= 80 else p - r.randint(12, 18)
    assert abs(100 * n / m - p) <= 0.5 and abs(bad - 100 * n / m) >= 11 and 0 < bad < 100
    rise = r.choice([8, 10, 12])
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", p=p, rise=rise, off=rise - r.choice([4, 5, 6]),
                fd=pub + D(r.randint(10, 30))), dict(p=bad)


template(
    cat="percent-bounds", name="n-of-m-or-p", wording="'N of its M nurses, or P%'",
    head="Nurses in {region} vote to strike",
    body="""
[[swap:The nurses' union said <<n:{n}>> of the <<m:{m}>> nurses employed by the {region} health board, or <<p:{p}%>>, had voted for strike action in a ballot that closed on {pub:wd}.||In a ballot that closed on {pub:wd}, <<n:{n}>> of the <<m:{m}>> nurses employed by the {region} health board, or <<p:{p}%>>, voted for strike action, the nurses' union said.]]

The union is demanding a <<rise:{rise}%>> pay rise; the board has offered <<off:{off}%>>. A first walkout <<tfd:could begin on <<fd:{fd:dm}>>>> if talks fail.

{FILLER}

Board chairman {p1} said emergency care would be maintained during any strike.
""",
    make=_pb_nurses,
    claims=[C("n", "count", "{n:raw}", "exact", "the nurses' union"),
            C("m", "count", "{m:raw}", "exact", "the nurses' union"),
            C("p", "percent", "{p}", "exact", "the nurses' union"),
            C("rise", "percent", "{rise}", "exact", "The union"),
            C("off", "percent", "{off}", "exact", "the board"),
            C("fd", "date", "{fd:iso}")],
    anchor="p", related=["n", "m"],
    expl="{n:d} of {m:d} is {true_p}%, not {p}%.",
    traps=["tfd"],
)


def _pb_redundancy(r):
    pub = rdate(r)
    m = r.randint(20, 90) * 100
    p = r.choice([5, 8, 10, 12, 15])
    n = m * p // 100
    bad = p + r.randint(15, 25)
    assert n * 100 == m * p and abs(bad - p) >= 15 and bad < 100
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", p=p, dep=Num(r.randint(12, 40)), y=pub.year - r.randint(3, 8)), dict(p=bad)


template(
    cat="percent-bounds", name="p-of-its-m-staff", wording="'P% of its M staff, N people'",
    head="{firm} Logistics offers voluntary redundancy",
    body="""
[[swap:{firm} Logistics said on {pub:wd} that <<p:{p}%>> of its <<m:{m} staff>>, <<n:{n} people>>, would be offered voluntary redundancy as it closes depots.||<<p:{p}%>> of the <<m:{m} staff>> at {firm} Logistics, <<n:{n} people>>, will be offered voluntary redundancy as the company closes depots, it said on {pub:wd}.]]

The company runs <<dep:{dep}>> depots and has been losing money <<ty:since {y}>>, when a large retail contract ended.

Unions said they would resist any compulsory job losses.
""",
    make=_pb_redundancy,
    claims=[C("p", "percent", "{p}", "exact", "{firm} Logistics"),
            C("m", "count", "{m:raw}", "exact", "{firm} Logistics"),
            C("n", "count", "{n:raw}", "exact", "{firm} Logistics"),
            C("dep", "count", "{dep:raw}"),
            C("ty", "date", "{y}")],
    anchor="p", related=["m", "n"],
    expl="{n:d} of {m:d} staff is {true_p}%, not {p}%.",
    traps=[],
)

FRACS = [("one in four", 4, 25), ("one in five", 5, 20), ("one in ten", 10, 10), ("two in five", 5, 40)]


def _pb_one_in(r):
    pub = rdate(r)
    phr, den, val = r.choice(FRACS)
    m = r.randint(30, 90) * den * 2
    n = m * val // 100
    others = [f for f in FRACS if abs(f[2] - val) >= 10]
    bphr, _, bval = r.choice(others)
    assert n * 100 == m * val and abs(bval - 100 * n / m) >= 10
    s2 = pub - D(r.randint(10, 20))
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", frac=phr, fv=val, s1=s2 - D(r.randint(7, 14)), s2=s2,
                moe=r.choice(["2.5", "3", "3.5"])), dict(frac=bphr, fv=bval)


template(
    cat="percent-bounds", name="one-in-k", wording="'N of the M households - one in four -'",
    head="Households cut back on heating, survey finds",
    body="""
[[split:<<n:{n}>> of the <<m:{m}>> households surveyed in {region} - <<frac:{frac}>> - said they had turned off their heating on some days this winter to save money, according to a survey by the consumer council.||The consumer council surveyed <<m:{m}>> households in {region}. Of those, <<n:{n}>> - <<frac:{frac}>> - said they had turned off their heating on some days this winter to save money.]]

The survey was carried out between <<s1:{s1:dm}>> and <<s2:{s2:dm}>> and has a margin of error of <<moe:{moe} percentage points>>.

The council urged the government to extend its winter fuel payments.
""",
    make=_pb_one_in,
    claims=[C("n", "count", "{n:raw}"),
            C("m", "count", "{m:raw}"),
            C("frac", "percent", "{fv}"),
            C("s1", "date", "{s1:iso}"),
            C("s2", "date", "{s2:iso}")],
    anchor="frac", related=["n", "m"],
    expl="{n:d} of {m:d} households is {true_p}%, not '{frac}'.",
    traps=["moe"],
)


def _pb_nearly_half(r):
    pub = rdate(r)
    m = r.randint(1200, 4800)
    n = int(m * r.uniform(0.455, 0.485))
    bphr, bval, bb = r.choice([("more than three-quarters", 75, "at-least"), ("fewer than one in five", 20, "at-most")])
    assert 45 <= 100 * n / m < 49 and abs(bval - 100 * n / m) >= 25
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", phr="Nearly half", fv=50, fb="at-most", y=pub.year - r.randint(10, 20),
                herd=Num(r.randint(60, 140))), dict(phr=cap(bphr), fv=bval, fb=bb)


template(
    cat="percent-bounds", name="nearly-half", wording="'Nearly half of the region's M farms - N -'",
    head="Dairy farms disappearing from {region}",
    body="""
<<frac:{phr}>> of the <<m:{m} dairy farms>> that operated in {region} in <<y:{y}>> - <<n:{n}>> in all - have since closed, according to figures from the agriculture ministry published on {pub:wd}.

{FILLER}

The farms that remain are larger: the average herd has grown to <<herd:{herd}>> cows. Farmers' leader {p1} blamed low milk prices and rising feed costs.
""",
    make=_pb_nearly_half,
    claims=[C("frac", "percent", "{fv}", "{fb}", "the agriculture ministry"),
            C("m", "count", "{m:raw}", "exact", "the agriculture ministry"),
            C("y", "date", "{y}"),
            C("n", "count", "{n:raw}", "exact", "the agriculture ministry"),
            C("herd", "count", "{herd:raw}")],
    anchor="frac", related=["n", "m"],
    expl="{n:d} of {m:d} farms is {true_p}%, not '{phr}'.",
    traps=[],
)


def _pb_turnout(r):
    pub = rdate(r)
    m = r.randint(8000, 40000)
    n = int(m * r.uniform(0.45, 0.72))
    while True:
        n = int(m * r.uniform(0.45, 0.72))
        p = round(100 * n / m, 1)
        bad = round(100 + r.uniform(8, 25), 1)
        if p != int(p) and bad != int(bad):
            break
    assert abs(100 * n / m - p) <= 0.05 and bad > 100
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", p=p, yes=r.choice([54, 58, 61]), over=r.choice([135, 140, 150])), dict(p=bad)


template(
    cat="percent-bounds", name="turnout-over-100", wording="'a turnout of P%' above 100% beside N of M voters",
    head="{town} votes for a bypass",
    body="""
[[swap:<<n:{n}>> of {town}'s <<m:{m}>> registered voters cast a ballot in {pub:wd}'s referendum on a bypass for the town, a turnout of <<p:{p}%>>, the electoral office said.||The electoral office said <<n:{n}>> of {town}'s <<m:{m}>> registered voters cast a ballot in {pub:wd}'s referendum on a bypass for the town, a turnout of <<p:{p}%>>.]]

<<yes:{yes}%>> voted in favour. The main road through the town carries traffic at <<over:about {over}% of its design capacity>>, according to the regional roads agency.

The bypass is expected to take three years to build.
""",
    make=_pb_turnout,
    claims=[C("n", "count", "{n:raw}", "exact", "the electoral office"),
            C("m", "count", "{m:raw}", "exact", "the electoral office"),
            C("p", "percent", "{p}", "exact", "the electoral office"),
            C("yes", "percent", "{yes}"),
            C("over", "percent", "{over}", "approx", "the regional roads agency")],
    anchor="p", related=["n", "m"],
    expl="A turnout cannot exceed 100%; {n:d} of {m:d} voters is {true_p}%, not {p}%.",
    traps=["over"],
)


def _pb_three_quarters(r):
    pub = rdate(r)
    pub -= D(max(0, pub.weekday() - 4))   # a weekday: schools shut on a school day
    m = r.randint(60, 99)
    n = round(m * r.uniform(0.735, 0.765))
    assert 73 <= 100 * n / m <= 77.5
    return dict(pub=pub, n=Num(n), m=Num(m), true_p=f"{100 * n / m:.1f}", phr="about three-quarters", fv=75, pu=r.choice([14000, 21000, 26000]),
                pay=r.choice([6, 7, 9])), dict(phr="about a quarter", fv=25)


template(
    cat="percent-bounds", name="three-quarters", wording="'N of the M schools - about three-quarters -'",
    head="Teachers' strike shuts schools in {region}",
    body="""
[[split:<<n:{n}>> of the <<m:{m}>> state schools in {region} - <<frac:{phr}>> - stayed shut on {pub:wd} as teachers walked out over pay, leaving <<pu:about {pu:,}>> pupils at home, the education office said.||<<n:{n}>> of the <<m:{m}>> state schools in {region} - <<frac:{phr}>> - stayed shut on {pub:wd} as teachers walked out over pay. About {pu:,} pupils were left at home, the education office said.]]

The teachers' union wants a <<pay:{pay}%>> rise this year. The government says it cannot afford more than inflation.
""",
    make=_pb_three_quarters,
    claims=[C("n", "count", "{n:raw}", "exact", "the education office"),
            C("m", "count", "{m:raw}", "exact", "the education office"),
            C("frac", "percent", "{fv}", "approx", "the education office"),
            C("pay", "percent", "{pay}")],
    anchor="frac", related=["n", "m"],
    expl="{n:d} of {m:d} schools is {true_p}%, not '{phr}'.",
    traps=[],
)


# ===========================================================================
# percent-sum
# ===========================================================================

def _ps_referendum(r):
    pub = rdate(r)
    a = r.randint(52, 70)
    b = 100 - a
    bad = b + r.randint(6, 12)
    assert a + b == 100 and a + bad >= 106
    return dict(pub=pub, a=a, b=b, t=round(r.uniform(38.0, 66.0), 1), sp=Num(r.randint(200, 900)),
                mon=add_months(pub, r.randint(2, 4)), sum_bad=a + bad), dict(b=bad, sum_bad=a + bad)


template(
    cat="percent-sum", name="for-and-against", wording="'P% in favour and Q% against' of the valid votes",
    head="{town} votes to join regional water authority",
    body="""
[[swap:Of the valid votes cast in {pub:wd}'s referendum on joining the {region} Water Authority, <<a:{a}%>> were in favour and <<b:{b}%>> against, the electoral commission said.||The electoral commission said <<a:{a}%>> of the valid votes cast in {pub:wd}'s referendum on joining the {region} Water Authority were in favour and <<b:{b}%>> against.]]

Turnout was <<t:{t}%>>, and <<sp:{sp}>> ballots were spoiled.

{town}'s council <<tmon:will begin talks with the authority in <<mon:{mon:mon}>>>>. Opponents said they would accept the result.
""",
    make=_ps_referendum,
    claims=[C("a", "percent", "{a}", "exact", "the electoral commission"),
            C("b", "percent", "{b}", "exact", "the electoral commission"),
            C("t", "percent", "{t}"),
            C("sp", "count", "{sp:raw}"),
            C("mon", "date", "{mon:ym}")],
    anchor="b", related=["a"],
    expl="Of the valid votes, {a}% in favour and {b}% against add up to {sum_bad}%, which is impossible.",
    traps=["t", "tmon"],
)


def _ps_poll(r):
    pub = rdate(r)
    a = r.randint(30, 40)
    b = r.randint(22, 30)
    c = r.randint(8, 15)
    u = 100 - a - b - c
    bad = u + r.randint(7, 12)
    assert a + b + c + u == 100 and u > 0 and a + b + c + bad >= 107
    return dict(pub=pub, n=Num(r.choice([1000, 1200, 1500, 2000])), a=a, b=b, c=c, u=u, pv=r.randint(41, 48),
                moe=r.choice(["2.5", "3", "3.1"]), sum_bad=a + b + c + bad, abc=a + b + c, u_true=u), dict(u=bad)


template(
    cat="percent-sum", name="poll-undecided", wording="three candidates' shares and 'with U% undecided'",
    head="{p1} leads {city} mayoral poll",
    body="""
[[split:A poll of <<n:{n} voters>> for the {city} Herald put {p1} on <<a:{a}%>>, {p2} on <<b:{b}%>> and {p3} on <<c:{c}%>>, with <<u:{u}%>> undecided, ahead of next month's election.||A poll of <<n:{n} voters>> for the {city} Herald put {p1} on <<a:{a}%>>, {p2} on <<b:{b}%>> and {p3} on <<c:{c}%>>. Another <<u:{u}%>> were undecided ahead of next month's election.]]

The poll has a margin of error of <<moe:{moe} percentage points>>. At the last election, {p1l} won <<pv:{pv}%>> of the vote.

{FILLER}

{p2l}'s campaign said its own canvassing showed a closer race.
""",
    make=_ps_poll,
    claims=[C("n", "count", "{n:raw}"),
            C("a", "percent", "{a}"),
            C("b", "percent", "{b}"),
            C("c", "percent", "{c}"),
            C("u", "percent", "{u}"),
            C("pv", "percent", "{pv}")],
    anchor="u", related=["a", "b", "c"],
    expl="{a} + {b} + {c} = {abc} per cent leaves {u_true} per cent undecided; with {u}% undecided the answers add up to {sum_bad}%.",
    traps=["moe", "pv"],
)


def _ps_budget(r):
    pub = rdate(r)
    a = r.randint(35, 50)
    b = r.randint(20, 35)
    c = 100 - a - b
    bad = c + r.randint(6, 10)
    assert a + b + c == 100 and c >= 10 and a + b + bad >= 106
    return dict(pub=pub, tot=r.choice([120, 180, 240, 310]), a=a, b=b, c=c, tax=r.choice(["2.9", "3.5", "4.2"]),
                sum_bad=a + b + bad, c_true=c), dict(c=bad)


template(
    cat="percent-sum", name="the-remaining", wording="two shares, then 'the remaining R%' in a later paragraph",
    head="{city} council approves capital budget",
    body="""
{city} city council on {pub:wd} approved a <<tot:{tot} million euro>> capital budget for next year that puts <<a:{a}%>> of spending into road repairs and <<b:{b}%>> into school buildings.

{FILLER}

Parks, libraries and sports halls get <<c:the remaining {c}%>>. Council tax will rise by <<tax:{tax}%>>, the smallest increase in five years.
""",
    make=_ps_budget,
    claims=[C("tot", "money", "{tot}000000", "exact", None, "EUR"),
            C("a", "percent", "{a}"),
            C("b", "percent", "{b}"),
            C("c", "percent", "{c}"),
            C("tax", "percent", "{tax}")],
    anchor="c", related=["a", "b"],
    expl="Roads ({a}%) and schools ({b}%) leave {c_true}% of the budget; 'the remaining {c}%' makes the shares add up to {sum_bad}%.",
    traps=["tax"],
)


def _ps_fractions(r):
    pub = rdate(r)
    qphr, qv = r.choice([("a quarter", 25), ("a fifth", 20)])
    rest = 100 - 50 - qv
    bad = rest + r.randint(9, 14)
    beds = r.randint(12, 40) * 20
    assert 50 + qv + rest == 100 and 50 + qv + bad >= 109 and beds % 20 == 0
    return dict(pub=pub, qphr=qphr, qv=qv, r_=rest, beds=Num(beds), op=pub.year - r.randint(1, 3),
                sum_bad=50 + qv + bad, r_true=rest), dict(r_=bad)


template(
    cat="percent-sum", name="half-quarter-rest", wording="'Half ... a quarter ... the remaining R%'",
    head="New {town} hospital opens its wards",
    body="""
[[split:<<h:Half>> of the new {town} hospital's <<beds:{beds} beds>> are for surgical patients, <<q:{qphr}>> for maternity and children's care, and <<rr:the remaining {r_}%>> for rehabilitation, the health board said.||<<h:Half>> of the new {town} hospital's <<beds:{beds} beds>> are for surgical patients and <<q:{qphr}>> for maternity and children's care. <<rr:The remaining {r_}%>> are for rehabilitation, the health board said.]]

The hospital, <<top:planned since <<op:{op}>>>>, replaces two older buildings that will be sold for housing.

Staff moved the first patients across on {pub:wd} morning.
""",
    make=_ps_fractions,
    claims=[C("h", "percent", "50", "exact", "the health board"),
            C("beds", "count", "{beds:raw}", "exact", "the health board"),
            C("q", "percent", "{qv}", "exact", "the health board"),
            C("rr", "percent", "{r_}", "exact", "the health board"),
            C("op", "date", "{op}")],
    anchor="rr", related=["h", "q"],
    expl="Half plus {qphr} leaves {r_true}% of beds; with 'the remaining {r_}%' the shares add up to {sum_bad}%.",
    traps=["top"],
)


def _ps_one_in_ten(r):
    pub = rdate(r)
    a = r.randint(40, 55)
    b = r.randint(15, 25)
    c = 90 - a - b
    assert a + b + c == 90 and c > 3
    return dict(pub=pub, n=Num(r.randint(2000, 6000)), a=a, b=b, c=c, phr="about one in ten", tv=10,
                y=pub.year - r.randint(20, 60), sum_bad=110), dict(phr="about a fifth", tv=20)


template(
    cat="percent-sum", name="one-in-ten-elsewhere", wording="three shares 'with about one in ten from elsewhere'",
    head="{city} university admits record intake",
    body="""
[[swap:Of the <<n:{n} students>> admitted by the University of {city} this year, <<a:{a}%>> come from {country}, <<b:{b}%>> from {country2} and <<c:{c}%>> from {country3}, with <<ten:{phr}>> from elsewhere, the university said.||The university said that of the <<n:{n} students>> it admitted this year, <<a:{a}%>> come from {country}, <<b:{b}%>> from {country2} and <<c:{c}%>> from {country3}, with <<ten:{phr}>> from elsewhere.]]

The university, <<tfounded:founded in <<y:{y}>>>>, has expanded its engineering faculty and opened a second campus in {town}.

{FILLER}

Student unions warned that housing in the city had not kept pace.
""",
    make=_ps_one_in_ten,
    claims=[C("n", "count", "{n:raw}", "exact", "the university"),
            C("a", "percent", "{a}", "exact", "the university"),
            C("b", "percent", "{b}", "exact", "the university"),
            C("c", "percent", "{c}", "exact", "the university"),
            C("ten", "percent", "{tv}", "approx", "the university"),
            C("y", "date", "{y}")],
    anchor="ten", related=["a", "b", "c"],
    expl="{a} + {b} + {c} = 90 per cent leaves about 10 per cent; '{phr}' from elsewhere makes the breakdown add up to about {sum_bad}%.",
    traps=["tfounded"],
)


def _ps_commute(r):
    pub = rdate(r)
    a = r.randint(38, 50)
    b = r.randint(20, 30)
    c = r.randint(8, 15)
    d = 100 - a - b - c
    bad = d + r.randint(10, 14)
    assert a + b + c + d == 100 and d > 3 and a + b + c + bad >= 110
    return dict(pub=pub, n=Num(r.choice([1500, 2400, 3000])), a=a, b=b, c=c, d=d, sum_bad=a + b + c + bad), dict(d=bad)


template(
    cat="percent-sum", name="complete-breakdown", wording="a four-way breakdown of one answer per respondent, split across paragraphs",
    head="Fewer {city} commuters drive to work, survey finds",
    body="""
Asked to name their one main way of getting to work, <<a:{a}%>> of the <<n:{n}>> residents surveyed by {city} council said they drive, <<b:{b}%>> take the bus or tram and <<c:{c}%>> cycle.

{FILLER}

The last group, people who walk to work, made up <<d:{d}%>> of respondents, the council said on {pub:wd}. It plans to build <<tlanes:new cycle lanes on the A40 corridor>> next year.
""",
    make=_ps_commute,
    claims=[C("a", "percent", "{a}", "exact", "{city} council"),
            C("n", "count", "{n:raw}"),
            C("b", "percent", "{b}", "exact", "{city} council"),
            C("c", "percent", "{c}", "exact", "{city} council"),
            C("d", "percent", "{d}", "exact", "the council")],
    anchor="d", related=["a", "b", "c"],
    expl="Each respondent named one main mode; {a} + {b} + {c} + {d} = {sum_bad}%, not 100%.",
    traps=["tlanes"],
)


# ===========================================================================
# sum-mismatch
# ===========================================================================

def _sm_flood(r):
    pub = rdate(r)
    T = r.randint(40, 120) * 10
    a = T * r.randint(40, 55) // 100
    b = T * r.randint(20, 30) // 100
    c = T - a - b
    bad = c + r.choice([-40, 40, 60, 90])
    assert a + b + c == T and c > 50 and bad > 0 and a + b + bad != T
    return dict(pub=pub, T=T, a=a, b=b, c=c, y=Num(r.choice([5, 6, 8, 10])), c_true=c, sum_bad=a + b + bad), dict(c=bad)


template(
    cat="sum-mismatch", name="budget-lines", wording="a total and two lines, with 'the remaining C million'",
    head="{country} unveils flood defence programme",
    body="""
{country}'s government on {pub:wd} unveiled a <<T:{T:,} million euro>> flood defence programme to be spent over <<y:{y:w} years>>.

[[split:Of that, <<a:{a} million euros>> will go to river embankments and <<b:{b} million>> to coastal barriers, with <<c:the remaining {c} million>> earmarked for early-warning systems, the finance ministry said.||Of that, <<a:{a} million euros>> will go to river embankments and <<b:{b} million>> to coastal barriers. <<c:The remaining {c} million>> is earmarked for early-warning systems, the finance ministry said.]]

Environment minister {p1} said the floods of recent winters had shown "we cannot keep patching the same walls".
""",
    make=_sm_flood,
    claims=[C("T", "money", "{T}000000", "exact", None, "EUR"),
            C("y", "duration", "P{y:raw}Y"),
            C("a", "money", "{a}000000", "exact", "the finance ministry", "EUR"),
            C("b", "money", "{b}000000", "exact", "the finance ministry", "EUR"),
            C("c", "money", "{c}000000", "exact", "the finance ministry", "EUR")],
    anchor="c", related=["T", "a", "b"],
    expl="{a} + {b} million leaves {c_true} million of the {T:,} million, not {c}; the parts add up to {sum_bad} million.",
    traps=[],
)


def _sm_season(r):
    pub = rdate(r)
    P = r.choice([34, 36, 38])
    W = r.randint(15, 24)
    Dd = r.randint(5, 11)
    L = P - W - Dd
    bad = L + r.choice([1, 2, -1, -2])
    pts = 3 * W + Dd
    assert W + Dd + L == P and L >= 3 and W + Dd + bad != P and bad >= 0
    return dict(pub=pub, P=Num(P), W=Num(W), Dd=Num(Dd), L=Num(L), pts=Num(pts), L_true=L,
                games_bad=W + Dd + bad), dict(L=Num(bad), games_bad=W + Dd + bad)


template(
    cat="sum-mismatch", name="won-drawn-lost", wording="'P matches, winning W, drawing D and losing L'",
    head="{town} Rovers end season in third place",
    body="""
[[split:{town} Rovers finished the season <<rank:third>> with <<pts:{pts} points>> from <<P:{P} matches>>, winning <<W:{W}>>, drawing <<Dd:{Dd}>> and losing <<L:{L}>>, their best record in a decade.||{town} Rovers finished the season <<rank:third>> with <<pts:{pts} points>> from <<P:{P} matches>>. They won <<W:{W}>>, drew <<Dd:{Dd}>> and lost <<L:{L}>>, their best record in a decade.]]

Their season ended with a <<score:3-1>> defeat at {town2} on {pub:wd}, but third place is enough for a place in next season's continental qualifiers.

Manager {p1} said the club would keep its squad together.
""",
    make=_sm_season,
    claims=[C("pts", "count", "{pts:raw}"),
            C("P", "count", "{P:raw}"),
            C("W", "count", "{W:raw}"),
            C("Dd", "count", "{Dd:raw}"),
            C("L", "count", "{L:raw}")],
    anchor="L", related=["P", "W", "Dd"],
    expl="{W:d} wins, {Dd:d} draws and {L:d} defeats make {games_bad} games, not {P:d}; the record implies {L_true} defeats.",
    traps=["rank", "score"],
)


def _sm_in_all(r):
    pub = rdate(r)
    a, b, c = r.randint(2, 6), r.randint(2, 5), r.randint(3, 8)
    t = a + b + c
    bad = t + r.choice([-2, -1, 1, 2])
    assert a + b + c == t and bad != t
    return dict(pub=pub, a=Num(a), b=Num(b), c=Num(c), t=Num(t), y=pub.year + r.randint(2, 4),
                cost=r.choice([850, 1200, 1600]), t_true=t), dict(t=Num(bad))


template(
    cat="sum-mismatch", name="in-all", wording="three counts in words and 'N power stations in all'",
    head="Grid operator to link power stations to new interconnector",
    body="""
[[swap:The national grid operator said on {pub:wd} it would connect <<a:{a:w} gas-fired plants>>, <<b:{b:w} hydroelectric stations>> and <<c:{c:w} wind farms>> to the new {region} interconnector, <<t:{t} power stations in all>>, by <<y:{y}>>.||By <<y:{y}>>, <<a:{a:w} gas-fired plants>>, <<b:{b:w} hydroelectric stations>> and <<c:{c:w} wind farms>>, <<t:{t} power stations in all>>, will be connected to the new {region} interconnector, the national grid operator said on {pub:wd}.]]

The <<cost:{cost:,} million euro>> line will run under the sea to {country2}.

Engineers said the cable would be the longest of its kind in the region.
""",
    make=_sm_in_all,
    claims=[C("a", "count", "{a:raw}", "exact", "The national grid operator"),
            C("b", "count", "{b:raw}", "exact", "The national grid operator"),
            C("c", "count", "{c:raw}", "exact", "The national grid operator"),
            C("t", "count", "{t:raw}", "exact", "The national grid operator"),
            C("y", "date", "{y}"),
            C("cost", "money", "{cost}000000", "exact", None, "EUR")],
    anchor="t", related=["a", "b", "c"],
    expl="{a:w} + {b:w} + {c:w} make {t_true} power stations, not {t:d} 'in all'.",
    traps=[],
)


def _sm_between(r):
    pub = rdate(r)
    S = r.choice([61, 81, 101, 121])
    maj = S // 2 + 1
    a = r.randint(S // 5, S // 3)
    b = r.randint(S // 12, S // 8)
    t = a + b
    bad = t + r.randint(4, 7)
    assert t < maj and bad < maj and bad != a + b
    return dict(pub=pub, S=Num(S), maj=Num(maj), a=Num(a), b=Num(b), t=Num(t), t_true=t), dict(t=Num(bad))


template(
    cat="sum-mismatch", name="between-them", wording="'won A and B seats respectively, T between them'",
    head="Governing parties fall short in {region} assembly election",
    body="""
The two governing parties won <<a:{a}>> and <<b:{b}>> seats respectively in {pub:wd}'s election to the <<S:{S}-seat>> {region} assembly, <<t:{t} between them>>, short of the <<maj:{maj}>> needed for a majority.

{FILLER}

Regional premier {p1} said the coalition would seek the support of independents. Opposition leader {p2} called for a new election.
""",
    make=_sm_between,
    claims=[C("a", "count", "{a:raw}"),
            C("b", "count", "{b:raw}"),
            C("S", "count", "{S:raw}"),
            C("t", "count", "{t:raw}"),
            C("maj", "count", "{maj:raw}")],
    anchor="t", related=["a", "b"],
    expl="{a:d} and {b:d} seats make {t_true} between them, not {t:d}.",
    traps=["maj"],
)


def _sm_rest(r):
    pub = rdate(r)
    a = r.randint(40000, 90000)
    b = r.randint(30000, a - 2000)
    c = r.randint(1500, 5000)
    T = a + b + c
    bad = c + r.choice([-1, 1]) * r.randint(400, 900)
    pct = round(100 * a / (a + b), 1)
    assert a + b + c == T and bad > 0 and a + b + bad != T
    return dict(pub=pub, T=Num(T), a=Num(a), b=Num(b), c=Num(c), pct=pct, c_true=c), dict(c=Num(bad))


template(
    cat="sum-mismatch", name="the-rest", wording="ballots for two candidates and 'The rest, C, were blank or spoiled'",
    head="{p1} wins {city} mayoral runoff",
    body="""
[[swap:Of the <<T:{T}>> ballots cast in the {city} mayoral runoff on {pub:wd}, <<a:{a}>> went to {p1} and <<b:{b}>> to {p2}, the electoral office said.||The electoral office said <<a:{a}>> of the <<T:{T}>> ballots cast in the {city} mayoral runoff on {pub:wd} went to {p1} and <<b:{b}>> to {p2}.]] The rest, <<c:{c}>>, were blank or spoiled.

{p1l} took <<pct:{pct}%>> of the valid votes and will be sworn in next month.
""",
    make=_sm_rest,
    claims=[C("T", "count", "{T:raw}", "exact", "the electoral office"),
            C("a", "count", "{a:raw}", "exact", "the electoral office"),
            C("b", "count", "{b:raw}", "exact", "the electoral office"),
            C("c", "count", "{c:raw}"),
            C("pct", "percent", "{pct}")],
    anchor="c", related=["T", "a", "b"],
    expl="{T:d} ballots minus {a:d} and {b:d} leaves {c_true:,} blank or spoiled, not {c:d}.",
    traps=[],
)


def _sm_stops(r):
    pub = rdate(r)
    n = r.randint(4, 9)
    o = r.randint(12, 24)
    t = n + o
    bad = o + r.choice([2, 3, -2, -3])
    assert n + o == t and n + bad != t
    return dict(pub=pub, n=Num(n), o=Num(o), t=Num(t), mins=Num(r.randint(18, 35)), cost=r.choice([95, 140, 210]),
                o_true=o), dict(o=Num(bad))


template(
    cat="sum-mismatch", name="total-then-parts", wording="a total in one paragraph, 'N new stops added to the O original ones' paragraphs later",
    head="{city} tram extension opens",
    body="""
{city}'s <<line:Line 4>> tram route now has <<t:{t} stops altogether>> after its extension to {town} opened on {pub:wd}.

{FILLER}

The extension, which cost <<cost:{cost} million euros>>, added <<n:{n:w} new stops>> to the <<o:{o} original ones>> and cut the journey from {town} to the city centre to <<mins:{mins} minutes>>.
""",
    make=_sm_stops,
    claims=[C("t", "count", "{t:raw}"),
            C("cost", "money", "{cost}000000", "exact", None, "EUR"),
            C("n", "count", "{n:raw}"),
            C("o", "count", "{o:raw}"),
            C("mins", "duration", "PT{mins:raw}M")],
    anchor="o", related=["t", "n"],
    expl="With {n:w} new stops and {t:d} in all, the line had {o_true} original stops, not {o:d}.",
    traps=["line"],
)


# ===========================================================================
# future-date   (pub day 11-18 so that the event stays in the dateline's month)
# ===========================================================================

def _fd_pair(r, lo=2, hi=8):
    pub = pub_with_day(r, 11, 18)
    k = r.randint(lo, hi)
    good, bad = pub - D(k), pub + D(k)
    assert good < pub < bad and good.month == pub.month == bad.month
    return pub, good, bad


def _fd_signed(r):
    pub, good, bad = _fd_pair(r)
    return dict(pub=pub, d=good, y=Num(r.randint(6, 30)), eff=pub + D(r.randint(20, 60)), boats=Num(r.randint(40, 160)),
                fine=r.choice([50000, 100000, 250000])), dict(d=bad)


template(
    cat="future-date", name="signed-on", wording="'signed ... on <day Month>' after the dateline",
    head="{country} and {country2} end fishing dispute",
    body="""
[[swap:{country} and {country2} signed a fisheries agreement in {city} on <<d:{d:dm}>>, ending a <<y:{y}-year>> dispute over fishing rights in the {region} Sea, the foreign ministry said.||The foreign ministry said {country} and {country2} signed a fisheries agreement in {city} on <<d:{d:dm}>>, ending a <<y:{y}-year>> dispute over fishing rights in the {region} Sea.]]

Under the deal, <<boats:{boats}>> boats from {country2} will be allowed into {country}'s waters. Skippers who break the rules face fines of <<fine:up to {fine:,} euros>>.

The agreement <<teff:will take effect on <<eff:{eff:dm}>>>>.
""",
    make=_fd_signed,
    claims=[C("d", "date", "{d:iso}", "exact", "the foreign ministry"),
            C("y", "duration", "P{y:raw}Y", "exact", "the foreign ministry"),
            C("boats", "count", "{boats:raw}"),
            C("fine", "money", "{fine}", "at-most", None, "EUR"),
            C("eff", "date", "{eff:iso}")],
    anchor="d", related=["dl"],
    expl="The agreement is reported as already signed on {d:dm}, after the {pub:dm} publication date.",
    traps=["teff"],
)


def _fd_highway(r):
    pub, good, bad = _fd_pair(r)
    return dict(pub=pub, d=good, hw=r.randint(2, 19), w=Num(r.randint(3, 9)), cost=r.choice([4, 7, 12]),
                lo=r.choice([3000, 4500, 6000])), dict(d=bad)


template(
    cat="future-date", name="reopened-weekday", wording="'reopened on <Weekday>, <day Month>' after the dateline",
    head="Highway {hw} reopens after landslide",
    body="""
[[split:<<hwy:Highway {hw}>> reopened to traffic on <<dwd:{d:wd}>>, <<d:{d:dm}>>, <<w:{w:w} weeks>> after a landslide buried a stretch of the road near {town}, the roads agency said.||<<hwy:Highway {hw}>> reopened to traffic on <<dwd:{d:wd}>>, <<d:{d:dm}>>. A landslide had buried a stretch of the road near {town} <<w:{w:w} weeks>> earlier, the roads agency said.]]

Clearing the road and shoring up the slope cost <<cost:{cost} million euros>>. The highway carries <<lo:about {lo:,}>> lorries a day.

Hauliers said the closure had added hours to journeys.
""",
    make=_fd_highway,
    claims=[C("d", "date", "{d:iso}", "exact", "the roads agency"),
            C("w", "duration", "P{w:raw}W", "exact", "the roads agency"),
            C("cost", "money", "{cost}000000", "exact", None, "EUR"),
            C("lo", "count", "{lo}", "approx")],
    anchor="d", related=["dl"],
    expl="The highway is reported as already reopened on {d:dm}, after the {pub:dm} publication date.",
    traps=["hwy"],
)


def _fd_admin(r):
    pub, good, bad = _fd_pair(r)
    return dict(pub=pub, d=good, jobs=Num(r.randint(400, 1800)), debt=r.choice([85, 140, 210]),
                homes=Num(r.randint(300, 900)), fy=r.randint(1962, 1990)), dict(d=bad)


template(
    cat="future-date", name="administration", wording="'went into administration on <Weekday> <day Month>' after the dateline",
    head="Housebuilder {firm} Homes collapses",
    body="""
{firm} Homes, one of {region}'s largest housebuilders, went into administration on <<dwd:{d:wd}>> <<d:{d:dm}>>, putting <<jobs:{jobs} jobs>> at risk, the administrators said.

The company, <<tfy:founded in <<fy:{fy}>>>>, had debts of <<debt:about {debt} million euros>> and <<homes:{homes}>> unfinished homes on its books.

{FILLER}

Buyers who had paid deposits were told to contact the administrators.
""",
    make=_fd_admin,
    claims=[C("d", "date", "{d:iso}"),
            C("jobs", "count", "{jobs:raw}", "exact", "the administrators"),
            C("fy", "date", "{fy}"),
            C("debt", "money", "{debt}000000", "approx", None, "EUR"),
            C("homes", "count", "{homes:raw}")],
    anchor="d", related=["dl"],
    expl="{firm} Homes is said to have gone into administration on {d:dm}, after the {pub:dm} publication date.",
    traps=["tfy"],
)


def _fd_trial(r):
    pub, good, bad = _fd_pair(r)
    return dict(pub=pub, d=good, s=Num(r.randint(3, 9)), loss=r.choice([6, 11, 18]), v=Num(r.randint(300, 2400)),
                ap=add_months(pub, r.randint(3, 6))), dict(d=bad)


template(
    cat="future-date", name="explicit-year", wording="'ended on <day Month Year>' after the dateline",
    head="Investment adviser {p1} convicted of fraud",
    body="""
[[swap:The fraud trial of investment adviser {p1} ended on <<d:{d:dmy}>> with a guilty verdict, and {p1l} was sentenced to <<s:{s:w} years>> in prison.||{p1l}, an investment adviser, was sentenced to <<s:{s:w} years>> in prison after the fraud trial ended with a guilty verdict on <<d:{d:dmy}>>.]]

Prosecutors said the scheme cost <<v:{v} investors>> a total of <<loss:{loss} million euros>>.

{p1l}'s lawyers said they would appeal, and the appeal court <<tap:will hear the case in {ap:my}>>.
""",
    make=_fd_trial,
    claims=[C("d", "date", "{d:iso}"),
            C("s", "duration", "P{s:raw}Y"),
            C("v", "count", "{v:raw}", "exact", "Prosecutors"),
            C("loss", "money", "{loss}000000", "exact", "Prosecutors", "EUR")],
    anchor="d", related=["dl"],
    expl="The trial is reported as having ended on {d:dmy}, after the {pub:dmy} publication date.",
    traps=["tap"],
)


def _fd_month(r):
    pub = rdate(r)
    first = dt.date(pub.year, pub.month, 1)
    good = add_months(first, -r.randint(1, 3))
    bad = add_months(first, r.randint(1, 3))
    om = add_months(first, r.randint(5, 8))
    assert month_diff(good, pub) > 0 and month_diff(pub, bad) > 0 and month_diff(bad, om) > 0
    return dict(pub=pub, m=good, om=om, cost=r.choice([320, 450, 610]), gates=Num(r.randint(12, 28)),
                pax=r.choice([4, 6, 9])), dict(m=bad)


template(
    cat="future-date", name="completed-in-month", wording="'was completed in <Month Year>' with a month after publication",
    head="{city} airport terminal ready for inspection",
    body="""
Construction of the new terminal at {city} airport was completed in <<d:{m:my}>>, on budget at <<cost:{cost} million euros>>, the airport company said on {pub:wd}.

{FILLER}

The terminal has <<gates:{gates}>> gates and can handle <<pax:{pax} million passengers a year>>. It <<tom:will open to passengers in <<om:{om:my}>>>> once safety inspections are finished.
""",
    make=_fd_month,
    claims=[C("d", "date", "{m:ym}", "exact", "the airport company"),
            C("cost", "money", "{cost}000000", "exact", "the airport company", "EUR"),
            C("gates", "count", "{gates:raw}"),
            C("pax", "count", "{pax}000000"),
            C("om", "date", "{om:ym}")],
    anchor="d", related=["dl"],
    expl="Construction is reported as completed in {m:my}, after the {pub:my} publication date.",
    traps=["tom", "pax"],
)


def _fd_nth(r):
    pub = pub_with_day(r, 12, 18)
    k = r.randint(1, 5)
    good = pub - D(k)
    bad = pub + D(r.randint(2, 7))
    st = pub - D(r.randint(8, 11))
    assert st < good < pub < bad and good.month == bad.month == pub.month
    return dict(pub=pub, d=good, st=st, ff=Num(r.randint(150, 600)), h=Num(r.randint(3, 9)),
                ev=r.choice([800, 1500, 2200])), dict(d=bad)


template(
    cat="future-date", name="on-the-nth", wording="'contained on the Nth' (day of the dateline's month) after publication",
    head="Wildfire near {town} contained",
    body="""
[[swap:Firefighters declared the wildfire near {town} contained on <<d:the {d:th}>>, after <<ff:{ff}>> firefighters had fought it since it broke out on <<st:{st:dm}>>.||After fighting it since it broke out on <<st:{st:dm}>>, <<ff:{ff}>> firefighters declared the wildfire near {town} contained on <<d:the {d:th}>>.]]

The fire destroyed <<h:{h:w}>> homes, and <<ev:about {ev:,}>> residents were evacuated for several days, the regional fire service said.

An investigation into its cause is under way.
""",
    make=_fd_nth,
    claims=[C("d", "date", "{d:iso}"),
            C("ff", "count", "{ff:raw}"),
            C("st", "date", "{st:iso}"),
            C("h", "count", "{h:raw}", "exact", "the regional fire service"),
            C("ev", "count", "{ev}", "approx", "the regional fire service")],
    anchor="d", related=["dl"],
    expl="The fire is reported as contained on {d:dm}, after the {pub:dm} publication date.",
    traps=[],
)


# ===========================================================================
# source-reconciliation kits
#
# A kit is one story (draft + sources) with six plantable slots, one per
# source category plus rounding-against-a-source.  Its consistent rendering is
# consistent in every slot at once; an inconsistent rendering plants exactly one.
# Each source category uses six different kits (see KIT_USE).
# ===========================================================================

KITS: dict[str, dict] = {}


def kit(name, head, body, sources, make, claims, slots, traps=(), wording=None):
    KITS[name] = dict(head=head, body=body, sources=sources, make=make, claims=claims,
                      slots=slots, traps=list(traps), wording=wording or {})


def round_pair(r, choices):
    """A round figure R, a precise figure X clearly (2-6%) on one side of it, and a
    correct and a wrong hedge for describing X as R."""
    R = r.choice(choices)
    below = r.random() < 0.5
    delta = r.randint(R * 2 // 100 + 1, R * 6 // 100)
    X = R - delta if below else R + delta
    assert 0.02 <= abs(X - R) / R <= 0.06
    good = r.choice(BELOW_OK if below else ABOVE_OK)
    bad = r.choice(ABOVE_OK if below else BELOW_OK)
    return R, X, good, bad


def _k_ferry(r):
    pub = rdate(r)
    H = r.randint(90, 180)
    F = int(H * r.uniform(0.6, 0.8))
    dead = r.randint(3, 9)
    G = H - F - dead
    Fb = F + r.choice([3, 4, 5, 6])
    R, X, rg, rbad = round_pair(r, [30000, 40000, 50000, 60000])
    U = r.randint(5, 15)
    assert G > 5 and F + dead + G == H and U < F and Fb != F
    v = dict(pub=pub, U=U, sd=pub - D(1), ev=pub - D(1), H=Num(H), F=Num(F), F_true=F, dead=Num(dead), G=Num(G),
             boats=Num(r.randint(6, 14)), built=r.randint(1992, 2010), X=X, R=R,
             hedge="approximately {H}", hb="approx", verb="were",
             attr="port authority director {p1} said", gsrc="{p1}",
             uns="The coast guard would not comment on the cause of the capsize.",
             qseg="every person is accounted for",
             rnd=f"{rg} {R:,}", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Num(Fb)),
        "hedge-dropped": dict(hedge="{H}", hb="exact"),
        "misattribution": dict(attr="the coast guard said", gsrc="the coast guard"),
        "unsupported-figure": dict(uns=f"The coast guard said <<U:{U}>> of those rescued were children."),
        "quote-altered": dict(qseg="every body has been found"),
        "rounding": dict(rnd=f"{rbad} {R:,}", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="ferry",
    head="Search continues after ferry capsizes off {town}",
    body="""
The ro-ro ferry {ship} capsized off {town} on {ev:wd} afternoon with <<H:{hedge}>> passengers and crew on board, the coast guard said.

[[split:By late evening, <<F:{F}>> people had been rescued and <<dead:{dead}>> bodies recovered, according to the coast guard, which said <<boats:{boats}>> vessels and <<heli:two helicopters>> were searching the area.||By late evening, <<F:{F}>> people had been rescued and <<dead:{dead}>> bodies recovered, according to the coast guard. It said <<boats:{boats}>> vessels and <<heli:two helicopters>> were searching the area.]] {uns}

{FILLER}

<<G:Up to {G}>> people may still be missing, <<attr:{attr}>>. "We will not stop searching until <<Q:{qseg}>>," {p1l} said.

The {ship}, <<tbuilt:built in {built}>>, carried <<R:{rnd}>> passengers on the {town} route last year.
""",
    sources={
        "coast-guard-statement.md": """# {country} Coast Guard - Statement on the {ship}

{sd:dmy}, 21:40

1. The ro-ro ferry {ship} capsized at about 14:20 today approximately six nautical miles off {town}.

2. The vessel was carrying <<s_H:approximately {H} passengers and crew>>. The manifest is still being checked.

3. As of 21:00, <<s_F:{F_true} people have been rescued>> and {dead} bodies have been recovered. Search operations are continuing with {boats} vessels and two helicopters.

4. The {ship}, built in {built}, <<s_R:carried {X:,} passengers on the {town} route last year>>.

5. <<s_U:The Coast Guard will not comment on the cause of the capsize>> while the investigation is under way.
""",
        "port-authority-briefing.md": """# Transcript - briefing by {p1}, director of the {city} Port Authority

{sd:dmy}, 22:15

{p1u}: Good evening. I have just come from the harbour. <<s_G:Survivors tell us that up to {G} people may still be missing>>. <<s_Q:We will not stop searching until every person is accounted for>>.

REPORTER: Was the ferry overloaded?

{p1u}: I have no information to suggest that. The investigators will look at everything.
""",
    },
    make=_k_ferry,
    claims=[C("H", "count", "{H:raw}", "{hb}", "the coast guard"),
            C("F", "count", "{F:raw}", "exact", "the coast guard"),
            C("G", "count", "{G:raw}", "at-most", "{gsrc}"),
            C("R", "count", "{R}", "{rb}", None),
            C("dead", "count", "{dead:raw}", "exact", "the coast guard"),
            C("U", "count", "{U}", "exact", "The coast guard"),
            C("boats", "count", "{boats:raw}", "exact", "the coast guard")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The coast guard says {F_true} people were rescued, not {F:d}."),
        "hedge-dropped": ("H", ["s_H"], "The coast guard said approximately {H:d} people were on board; the draft states the figure as exact."),
        "misattribution": ("G", ["attr", "s_G"], "The figure of up to {G:d} missing comes from port authority director {p1}, not from the coast guard, whose statement gives no such number."),
        "unsupported-figure": ("U", ["s_U"], "No source says how many of those rescued were children."),
        "quote-altered": ("Q", ["s_Q"], "{p1l} said 'every person is accounted for', not '{qseg}'."),
        "rounding": ("R", ["s_R"], "The coast guard gives {X:,} passengers, so '{rnd}' rounds the wrong way."),
    },
    traps=["heli", "tbuilt"],
    wording={"source-mismatch": "rescued count vs a numbered coast-guard statement",
             "hedge-dropped": "'approximately N passengers and crew' restated as exact",
             "misattribution": "'up to N missing' from a transcript credited to the coast guard",
             "unsupported-figure": "a children count no source gives",
             "quote-altered": "one clause of a briefing quote changed",
             "rounding": "'nearly/more than 50,000' for a passenger count in a statement"},
)


def _k_factory(r):
    pub = rdate(r)
    H = r.randint(30, 80)
    F = r.randint(6, 15)
    hosp = r.randint(2, F - 2)
    Fb = F + r.choice([3, 4, 5])
    G = r.randint(3, 8)
    R, X, rg, rbad = round_pair(r, [1000, 1500, 2000])
    U = r.choice([2, 3, 5, 8])
    assert hosp < F < Fb and H < 100
    v = dict(pub=pub, U=U, sd=pub, H=Num(H), F=Num(F), F_true=F, hosp=Num(hosp), G=Num(G), X=X, R=R,
             hh=r.randint(1, 4), mm=r.choice(["05", "20", "40"]),
             hedge="As many as {H}", hb="at-most", hverb="may have been",
             attr="the company said", gsrc="the company",
             uns="The fire service would not comment on the cause or put a value on the damage.",
             qseg="partial production", rnd=f"{rg} {R:,}", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Num(Fb)),
        "hedge-dropped": dict(hedge="{H:cap}", hb="exact", hverb="were"),
        "misattribution": dict(attr="the fire service said", gsrc="the fire service"),
        "unsupported-figure": dict(uns=f"The fire service put the damage at <<U:about {U} million euros>>."),
        "quote-altered": dict(qseg="full production"),
        "rounding": dict(rnd=f"{rbad} {R:,}", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="factory",
    head="Fire guts {firm} packaging plant in {town}",
    body="""
A fire broke out at the {firm} packaging plant in {town} at about <<time:{hh}.{mm}am>> on {pub:wd}. <<H:{hedge}>> workers <<hv:{hverb}>> inside when it started, the fire service said, citing the shift supervisor.

[[split:Fire crews treated <<F:{F}>> workers for smoke inhalation, <<hosp:{hosp:w}>> of them in hospital.||Fire crews treated <<F:{F}>> workers for smoke inhalation. <<hosp:{hosp:cap}>> of them were taken to hospital.]] {uns}

{FILLER}

Production will be suspended for <<G:at least {G:w} weeks>>, <<attr:{attr}>>. "We expect to resume <<Q:{qseg}>> within weeks," said chief executive {p1}.

The plant, which employs <<R:{rnd}>> people, makes cartons for food companies.
""",
    sources={
        "fire-service-statement.md": """# {town} Fire and Rescue Service - Incident update

{sd:dmy}, 11:30

Crews were called to the {firm} packaging plant at 0{hh}:{mm} today. Twelve appliances attended.

According to the shift supervisor, <<s_H:up to {H} workers may have been inside the building>> when the fire started. All have been accounted for.

<<s_F:{F_true} workers were treated for smoke inhalation>>, {hosp} of them in hospital.

<<s_U:The fire service will not comment on the cause of the fire or on the value of the damage>> until its investigation is complete.
""",
        "company-statement.md": """# {firm} Packaging - Statement on the fire at our {town} plant

{sd:dmy}

We are grateful to the fire service for their rapid response. <<s_R:The plant employs {X:,} people>>, and our first concern is for their welfare.

<<s_G:Production at the plant will be suspended for at least {G} weeks>> while the damage is assessed.

Chief executive {p1} said: "<<s_Q:We expect to resume partial production within weeks>>, and no jobs are at risk."
""",
    },
    make=_k_factory,
    claims=[C("H", "count", "{H:raw}", "{hb}", "the fire service"),
            C("F", "count", "{F:raw}", "exact", None),
            C("G", "duration", "P{G:raw}W", "at-least", "{gsrc}"),
            C("R", "count", "{R}", "{rb}", None),
            C("hosp", "count", "{hosp:raw}", "exact", None),
            C("U", "money", "{U}000000", "approx", "The fire service", "EUR")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The fire service says {F_true} workers were treated for smoke inhalation, not {F:d}."),
        "hedge-dropped": ("H", ["s_H"], "The fire service said up to {H:d} workers may have been inside; the draft states it as fact."),
        "misattribution": ("G", ["attr", "s_G"], "The suspension of at least {G:d} weeks comes from the company's statement, not from the fire service."),
        "unsupported-figure": ("U", ["s_U"], "No source gives a damage figure; the fire service declined to put a value on the damage."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said 'partial production', not '{qseg}'."),
        "rounding": ("R", ["s_R"], "The plant employs {X:,} people, so '{rnd}' rounds the wrong way."),
    },
    traps=["time"],
    wording={"source-mismatch": "an injured count against a fire-service update",
             "hedge-dropped": "'up to N may have been inside' restated as 'N were inside'",
             "misattribution": "a company figure credited to the fire service",
             "unsupported-figure": "a damage figure the fire service declined to give",
             "quote-altered": "'partial production' quoted as 'full production'",
             "rounding": "'nearly/more than 1,000' staff against a company statement"},
)


def _k_bridge(r):
    pub = rdate(r)
    T = r.choice([32, 36, 40, 44])
    F = r.randint(8, T // 2)
    Fb = F + 2
    H = r.randint(6, 10)
    G = r.randint(25000, 60000) // 100 * 100
    R = r.choice([30, 40, 50, 60])
    below = r.random() < 0.5
    X = round(R + (-1 if below else 1) * r.uniform(1.2, 2.8), 1)
    rg = r.choice(BELOW_OK if below else ABOVE_OK)
    rbad = r.choice(ABOVE_OK if below else BELOW_OK)
    U = r.choice([3, 5, 7])
    assert 0.02 <= abs(X - R) / R <= 0.1 and Fb <= T
    v = dict(pub=pub, U=U, sd=pub - D(1), rd=pub - D(4), T=Num(T), F=Num(F), F_true=F, H=Num(H), G=G, X=X, R=R,
             yr=pub.year - 1, bno=r.randint(100, 240), opened=r.randint(1955, 1975),
             hedge="about {H}", hb="approx", hverb="could",
             attr="according to the Regional Roads Authority", gsrc="the Regional Roads Authority",
             uns="The commissioner said it was too early to say what the closure would cost local businesses.",
             qseg="the margin of safety is no longer what we require", rnd=f"{rg} {R}", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Num(Fb)),
        "hedge-dropped": dict(hedge="{H}", hb="exact", hverb="will"),
        "misattribution": dict(attr="Commissioner {p1} said", gsrc="{p1}"),
        "unsupported-figure": dict(uns="The commissioner said the closure would cost local businesses <<U:about " + str(U) + " million euros>>."),
        "quote-altered": dict(qseg="the bridge is no longer safe"),
        "rounding": dict(rnd=f"{rbad} {R}", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="bridge",
    head="{city} shuts Old Harbour Bridge after inspectors find corrosion",
    body="""
[[split:The Old Harbour Bridge in {city} was closed to all motor traffic on {sd:wd} after an inspection found corrosion on <<F:{F}>> of its <<T:{T}>> main suspension hangers, regional officials said.||The Old Harbour Bridge in {city} was closed to all motor traffic on {sd:wd}. An inspection had found corrosion on <<F:{F}>> of its <<T:{T}>> main suspension hangers, regional officials said.]]

The bridge carried an average of <<G:{G:,} vehicles>> a day last year, <<attr:{attr}>>. Pedestrians can still cross the bridge, which appears in official records as <<bno:Bridge No. {bno}>>.

{FILLER}

Transport commissioner {p1} said the closure was needed because "<<Q:{qseg}>>". Cars <<hv:{hverb}>> return in <<H:{hedge} weeks>>, once temporary hangers are fitted, {p1l} said. {uns}

Full repairs are expected to cost <<R:{rnd} million euros>>.
""",
    sources={
        "inspection-summary.md": """# Regional Roads Authority - Old Harbour Bridge (Bridge No. {bno}): summary of inspection findings

Date of report: {rd:dmy}

1. Structure. Steel suspension bridge, opened in {opened}. The deck is carried by {T} main suspension hangers.

2. Findings. Corrosion was found on <<s_F:{F_true} of the {T} main hangers>>.

3. Traffic. <<s_G:Average daily traffic in {yr}: {G:,} vehicles>>.

4. Cost. <<s_R:Estimated cost of full rehabilitation: EUR {X} million>>.
""",
        "press-conference.md": """# Transcript - press conference, transport commissioner {p1}

{sd:dmy}, 13:00

{p1u}: As of six o'clock this morning the Old Harbour Bridge is closed to all motor traffic. Pedestrians can still cross. We are closing it because <<s_Q:the margin of safety is no longer what we require>>.

REPORTER: When will cars be able to use it again?

{p1u}: We hope <<s_H:about {H} weeks>>, once the temporary hangers are in.

REPORTER: What will the closure cost local businesses?

{p1u}: <<s_U:It is too early to say what the closure will cost local businesses>>.
""",
    },
    make=_k_bridge,
    claims=[C("F", "count", "{F:raw}", "exact", "regional officials"),
            C("H", "duration", "P{H:raw}W", "{hb}", "{p1l}"),
            C("G", "count", "{G}", "exact", "{gsrc}"),
            C("R", "money", "{R}000000", "{rb}", None, "EUR"),
            C("T", "count", "{T:raw}", "exact", "regional officials"),
            C("U", "money", "{U}000000", "approx", "The commissioner", "EUR")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The inspection found corrosion on {F_true} of the {T:d} hangers, not {F:d}."),
        "hedge-dropped": ("H", ["s_H"], "{p1l} said cars could return in 'about {H:d} weeks' as a hope; the draft makes it a firm date."),
        "misattribution": ("G", ["attr", "s_G"], "The traffic figure of {G:,} vehicles comes from the Roads Authority's inspection summary; {p1l} did not give it."),
        "unsupported-figure": ("U", ["s_U"], "No source gives a cost to local businesses; {p1l} said it was too early to say."),
        "quote-altered": ("Q", ["s_Q"], "{p1l} said 'the margin of safety is no longer what we require', not '{qseg}'."),
        "rounding": ("R", ["s_R"], "The estimate is EUR {X} million, so '{rnd} million euros' rounds the wrong way."),
    },
    traps=["bno"],
    wording={"source-mismatch": "'N of its M hangers' against an inspection summary",
             "hedge-dropped": "'we hope about N weeks' restated as 'will return in N weeks'",
             "misattribution": "a report's traffic figure credited to the commissioner",
             "unsupported-figure": "a business-cost figure the commissioner said it was too early to give",
             "quote-altered": "a quoted reason replaced by a stronger one",
             "rounding": "'more than/nearly 50 million euros' against EUR 48.6 million"},
)


def _k_rail(r):
    pub = rdate(r)
    F = r.randint(70, 88)
    Fb = F + r.choice([6, 7, 8])
    T = r.randint(55, 75)
    H = r.randint(30, 50)
    G = r.choice(["3.5", "4", "6.5"])
    R, X, rg, rbad = round_pair(r, [200000, 300000, 400000])
    U = r.choice([2, 3, 4])
    s1 = pub + D(r.randint(6, 14))
    assert Fb < 100
    v = dict(pub=pub, U=U, sd=pub, F=F, F_true=F, T=T, H=H, G=G, gy=pub.year - r.randint(3, 5), X=X, R=R, s1=s1,
             s2=s1 + D(2),  # a three-day strike, both ends included
             hedge="about {H}", hb="approx", hverb="expected to",
             attr="the union said", gsrc="the union",
             uns="{firm} Rail said it was too early to estimate the cost of the strike.",
             qseg="our members", rnd=f"{rg} {R:,}", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Fb),
        "hedge-dropped": dict(hedge="{H}", hb="exact", hverb="would"),
        "misattribution": dict(attr="{firm} Rail said", gsrc="{firm} Rail"),
        "unsupported-figure": dict(uns=f"{{firm}} Rail put the cost of the strike at <<U:about {U} million euros>> a day."),
        "quote-altered": dict(qseg="the public"),
        "rounding": dict(rnd=f"{rbad} {R:,}", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="rail",
    head="Train drivers to strike across {country}",
    body="""
[[split:Train drivers across {country} will strike for three days after <<F:{F}%>> of union members who voted backed a walkout, on a turnout of <<T:{T}%>>, the drivers' union said on {pub:wd}.||Train drivers across {country} will strike for three days, the drivers' union said on {pub:wd}. <<F:{F}%>> of union members who voted backed a walkout, on a turnout of <<T:{T}%>>.]] The strike <<tst:will begin on <<s1:{s1:dm}>>>>.

The operator, {firm} Rail, said it <<hv:{hverb}>> run <<H:{hedge}%>> of normal weekday services. {uns}

{FILLER}

Drivers' pay has risen by <<G:{G}%>> since {gy}, <<attr:{attr}>>. "Nobody wants this strike, least of all <<Q:{qseg}>>," said {p1}, the union's general secretary.

The network carries <<R:{rnd}>> passengers on a normal weekday.
""",
    sources={
        "union-statement.md": """# Train Drivers' Union - Ballot result

{sd:dmy}

<<s_F:{F_true}% of members who voted backed strike action>>, on a turnout of {T}%. There will be a three-day strike from {s1:dm} to {s2:dm}.

<<s_G:Drivers' pay has risen by {G}% since {gy}>>, while prices have risen far faster.

General secretary {p1} said: "<<s_Q:Nobody wants this strike, least of all our members>>. The company still has time to make a fair offer."
""",
        "operator-statement.md": """# {firm} Rail - Statement on planned industrial action

{sd:dmy}

We are disappointed by the ballot result. During the strike <<s_H:we expect to run around {H} per cent of normal weekday services>>, and we will publish a timetable in advance.

<<s_R:The network carries {X:,} passengers on an average weekday>>.

<<s_U:It is too early to estimate the financial impact of the strike>>.
""",
    },
    make=_k_rail,
    claims=[C("F", "percent", "{F}", "exact", "the drivers' union"),
            C("H", "percent", "{H}", "{hb}", "{firm} Rail"),
            C("G", "percent", "{G}", "exact", "{gsrc}"),
            C("R", "count", "{R}", "{rb}", None),
            C("s1", "date", "{s1:iso}"),
            C("U", "money", "{U}000000", "approx", "{firm} Rail", "EUR"),
            C("T", "percent", "{T}", "exact", "the drivers' union")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The union says {F_true}% of voting members backed the strike, not {F}%."),
        "hedge-dropped": ("H", ["s_H"], "{firm} Rail said it expects to run around {H} per cent of services; the draft makes it a firm figure."),
        "misattribution": ("G", ["attr", "s_G"], "The {G}% pay figure comes from the union's statement, not from {firm} Rail."),
        "unsupported-figure": ("U", ["s_U"], "No source gives a cost for the strike; {firm} Rail said it was too early to estimate it."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said 'least of all our members', not 'least of all {qseg}'."),
        "rounding": ("R", ["s_R"], "The network carries {X:,} passengers, so '{rnd}' rounds the wrong way."),
    },
    traps=["tst"],
    wording={"source-mismatch": "a ballot percentage against the union statement",
             "hedge-dropped": "'expect to run around N per cent' restated as 'would run N%'",
             "misattribution": "a union pay figure credited to the operator",
             "unsupported-figure": "a strike cost the operator said it could not yet estimate",
             "quote-altered": "the last words of a quote changed",
             "rounding": "'nearly/more than 400,000' passengers against an exact count"},
)


def _k_breach(r):
    pub = rdate(r)
    F = r.randint(180000, 650000)
    Fb = F + r.choice([-1, 1]) * r.randint(30, 90) * 1000
    H = r.randint(20, 90) * 1000
    G = r.randint(14, 40)
    R = r.choice([1, 2, 3]) * 1000000
    below = r.random() < 0.5
    X = R + (-1 if below else 1) * r.randint(R * 2 // 100, R * 6 // 100)
    rg = r.choice(BELOW_OK if below else ABOVE_OK)
    rbad = r.choice(ABOVE_OK if below else BELOW_OK)
    U = r.randint(9, 40)
    assert 0.02 <= abs(X - R) / R <= 0.06 and H < F and Fb > H
    v = dict(pub=pub, U=U, sd=pub - D(1), dd=pub - D(r.randint(4, 9)), F=Num(F), F_true=F, H=H, G=Num(G), X=X, R=R,
             hedge="about {H:,}", hb="approx", hverb="may include",
             attr="according to the Data Protection Authority", gsrc="the Data Protection Authority",
             uns="{firm} said it could not yet say how the attackers got in.",
             qseg="There is no evidence that any of this data has been misused",
             rnd=f"{rg} {R // 1000000} million", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Num(Fb)),
        "hedge-dropped": dict(hedge="{H:,}", hb="exact", hverb="include"),
        "misattribution": dict(attr="according to {firm}", gsrc="{firm}"),
        "unsupported-figure": dict(uns=f"{{firm}} said the attackers had been inside its systems for <<U:{U} days>>."),
        "quote-altered": dict(qseg="None of this data has been misused"),
        "rounding": dict(rnd=f"{rbad} {R // 1000000} million", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="breach",
    head="Hackers steal data on {firm} Insurance customers",
    body="""
[[swap:{firm} Insurance, which has <<R:{rnd}>> policyholders, said on {sd:wd} that hackers had stolen the personal data of <<F:{F}>> customers in an attack detected on <<dd:{dd:dm}>>.||Hackers stole the personal data of <<F:{F}>> customers of {firm} Insurance, which has <<R:{rnd}>> policyholders, in an attack detected on <<dd:{dd:dm}>>, the company said on {sd:wd}.]]

The Data Protection Authority said <<H:{hedge}>> of the records <<hv:{hverb}>> bank details. {uns}

{FILLER}

"<<Q:{qseg}>>," chief executive {p1} said. Insurers have reported <<G:{G}>> data breaches this year, <<attr:{attr}>>.
""",
    sources={
        "company-announcement.md": """# {firm} Insurance - Notice of a data security incident

{sd:dmy}

On {dd:dmy} we detected unauthorised access to one of our customer databases. <<s_F:The personal data of {F_true:,} customers>> was copied by the attackers.

<<s_R:{firm} has {X:,} policyholders>>. Customers who are affected will be contacted by letter.

<<s_U:We are not yet able to say how the attackers gained access>>.

Chief executive {p1} said: "<<s_Q:There is no evidence that any of this data has been misused>>. We are deeply sorry."
""",
        "regulator-advisory.md": """# Data Protection Authority - Advisory on the {firm} Insurance incident

{sd:dmy}

The Authority has been notified of the incident. Based on the information provided, <<s_H:approximately {H:,} records may include bank details>>.

<<s_G:The Authority has received {G} breach notifications from insurers this year>>.
""",
    },
    make=_k_breach,
    claims=[C("R", "count", "{R}", "{rb}", None),
            C("F", "count", "{F:raw}", "exact", "{firm} Insurance"),
            C("dd", "date", "{dd:iso}"),
            C("H", "count", "{H}", "{hb}", "The Data Protection Authority"),
            C("G", "count", "{G:raw}", "exact", "{gsrc}"),
            C("U", "duration", "P{U}D", "exact", "{firm}")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The company says the data of {F_true:,} customers was copied, not {F:d}."),
        "hedge-dropped": ("H", ["s_H"], "The authority said approximately {H:,} records may include bank details; the draft states it as a fact."),
        "misattribution": ("G", ["attr", "s_G"], "The count of {G:d} breach reports comes from the Data Protection Authority, not from {firm}."),
        "unsupported-figure": ("U", ["s_U"], "No source says how long the attackers were inside; the company said it could not yet say how they got in."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said there was 'no evidence' of misuse, not that none of the data had been misused."),
        "rounding": ("R", ["s_R"], "{firm} has {X:,} policyholders, so '{rnd}' rounds the wrong way."),
    },
    traps=[],
    wording={"source-mismatch": "a customer count of six digits against the company notice",
             "hedge-dropped": "'approximately N records may include' restated as 'N records include'",
             "misattribution": "a regulator's count credited to the company",
             "unsupported-figure": "a dwell time the company said it could not yet give",
             "quote-altered": "'There is no evidence that ... has been misused' quoted as 'None ... has been misused'",
             "rounding": "'nearly/more than 2 million' policyholders against an exact count"},
)


def _k_arrivals(r):
    pub = rdate(r)
    F = r.randint(60, 320)
    Fb = F + r.choice([-1, 1]) * r.randint(12, 40)
    H = r.randint(3, 9) * 10
    G = r.randint(8000, 24000)
    R = r.choice([30, 40, 50])
    below = r.random() < 0.5
    X = round(R + (-1 if below else 1) * r.uniform(1.2, 2.8), 1)
    rg = r.choice(BELOW_OK if below else ABOVE_OK)
    rbad = r.choice(ABOVE_OK if below else BELOW_OK)
    U = r.randint(10, F // 3)
    nb = r.randint(4, 12)
    assert Fb > 0 and Fb != F and 0.02 <= abs(X - R) / R <= 0.1
    v = dict(pub=pub, U=U, sd=pub, F=Num(F), F_true=F, H=Num(H), G=G, X=X, R=R, nb=Num(nb),
             hedge="around {H}", hb="approx", hverb="are believed to be",
             attr="the migration office said", gsrc="the migration office",
             uns="The coast guard did not give the nationalities of those brought ashore.",
             qseg=", <<Q:but they are not overwhelmed>>", rnd=f"{rg} {R}%", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Num(Fb)),
        "hedge-dropped": dict(hedge="{H}", hb="exact", hverb="are"),
        "misattribution": dict(attr="the coast guard said", gsrc="the coast guard"),
        "unsupported-figure": dict(uns=f"The coast guard said <<U:{U}>> of them were from {{country3}}."),
        "quote-altered": dict(qseg=" <<Q:and overwhelmed>>"),
        "rounding": dict(rnd=f"{rbad} {R}%", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="arrivals",
    head="Boat arrivals rise on {town} coast",
    body="""
[[split:The coast guard brought <<F:{F}>> people ashore at {town} from <<nb:{nb}>> small boats in the 24 hours to {pub:wd} morning, and said <<H:{hedge}>> more <<hv:{hverb}>> on boats heading for the coast.||The coast guard brought <<F:{F}>> people ashore at {town} from <<nb:{nb}>> small boats in the 24 hours to {pub:wd} morning. It said <<H:{hedge}>> more <<hv:{hverb}>> on boats heading for the coast.]] {uns}

{FILLER}

So far this year, <<G:{G:,}>> people have arrived by sea, <<attr:{attr}>>, a rise of <<R:{rnd}>> on the same period last year.

"The reception centres are full{qseg}," said {p1}, the office's director.
""",
    sources={
        "coast-guard-update.md": """# {country} Coast Guard - 24-hour update

{sd:dmy}, 08:00

In the past 24 hours the Coast Guard intercepted {nb} small boats. <<s_F:{F_true} people were brought ashore at {town}>>.

<<s_H:Around {H} more are believed to be on boats heading for the coast>>.

<<s_U:Questions about the nationality of those rescued should be addressed to the migration office>>.
""",
        "migration-office-briefing.md": """# Migration Office - weekly briefing

{sd:dmy}

<<s_G:{G:,} people have arrived by sea so far this year>>, <<s_R:an increase of {X}% on the same period last year>>.

Director {p1} said: "<<s_Q:The reception centres are full, but they are not overwhelmed>>. We are opening two temporary sites."
""",
    },
    make=_k_arrivals,
    claims=[C("F", "count", "{F:raw}", "exact", "The coast guard"),
            C("nb", "count", "{nb:raw}", "exact", "The coast guard"),
            C("H", "count", "{H:raw}", "{hb}", "The coast guard"),
            C("G", "count", "{G}", "exact", "{gsrc}"),
            C("R", "percent", "{R}", "{rb}", "{gsrc}"),
            C("U", "count", "{U}", "exact", "The coast guard")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The coast guard says {F_true} people were brought ashore, not {F:d}."),
        "hedge-dropped": ("H", ["s_H"], "The coast guard said around {H:d} more 'are believed to be' on boats; the draft states it as a fact."),
        "misattribution": ("G", ["attr", "s_G"], "The year-to-date total of {G:,} comes from the migration office, not from the coast guard."),
        "unsupported-figure": ("U", ["s_U"], "No source gives nationalities; the coast guard referred such questions to the migration office."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said the centres were full 'but they are not overwhelmed', not 'full and overwhelmed'."),
        "rounding": ("R", ["s_R"], "The migration office gives an increase of {X}%, so '{rnd}' rounds the wrong way."),
    },
    traps=[],
    wording={"source-mismatch": "a 24-hour arrivals count against a coast-guard update",
             "hedge-dropped": "'around N more are believed to be' restated as 'N more are'",
             "misattribution": "a migration-office total credited to the coast guard",
             "unsupported-figure": "a nationality count the coast guard referred elsewhere",
             "quote-altered": "'full, but they are not overwhelmed' quoted as 'full and overwhelmed'",
             "rounding": "'nearly/more than 50%' against an exact rise of 48.6%"},
)


def _k_waiting(r):
    pub = rdate(r)
    F = r.randint(8000, 30000)
    Fb = F + r.choice([-1, 1]) * r.randint(12, 30) * 100
    H = r.randint(30, 90) * 100
    G = r.randint(9, 22)
    R, X, rg, rbad = round_pair(r, [200000, 250000, 300000])
    U = r.randint(1500, 4000)
    mon = add_months(dt.date(pub.year, pub.month, 1), -1)
    assert Fb > 0 and U < F
    v = dict(pub=pub, U=U, sd=pub - D(1), mon=mon, F=F, F_true=F, H=H, G=G, X=X, R=R, tgt=Num(18),
             hedge="roughly {H:,}", hb="approx",
             attr="the surgeons' association said", gsrc="the surgeons' association",
             uns="The ministry said a regional breakdown would be published next month.",
             qseg="until we fix staffing", rnd=f"{rg} {R:,}", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Fb),
        "hedge-dropped": dict(hedge="{H:,}", hb="exact"),
        "misattribution": dict(attr="the ministry said", gsrc="the ministry"),
        "unsupported-figure": dict(uns=f"The ministry said <<U:{U:,}>> of those patients live in {{region}}."),
        "quote-altered": dict(qseg="until the minister resigns"),
        "rounding": dict(rnd=f"{rbad} {R:,}", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="waiting",
    head="Hospital waiting list grows in {country}",
    body="""
[[swap:{country}'s hospital waiting list stood at <<R:{rnd}>> at the end of {mon:mon}, and <<F:{F:,}>> patients had been waiting more than <<tgt18:18 months>>, the health ministry said on {sd:wd}.||The health ministry said on {sd:wd} that {country}'s hospital waiting list stood at <<R:{rnd}>> at the end of {mon:mon}, and that <<F:{F:,}>> patients had been waiting more than <<tgt18:18 months>>.]]

The ministry said <<H:{hedge}>> operations were postponed because of last month's strike by anaesthetists. The government's target is for no patient to wait more than <<tgt:{tgt} weeks>>. {uns}

{FILLER}

<<G:{G}%>> of consultant surgeon posts are vacant, <<attr:{attr}>>. "The list will not come down <<Q:{qseg}>>," said {p1}, the association's president.
""",
    sources={
        "ministry-release.md": """# Ministry of Health - Monthly waiting list figures

{sd:dmy}

<<s_R:At the end of {mon:mon}, {X:,} people were on the waiting list>> for planned hospital treatment. <<s_F:{F_true:,} patients had been waiting more than 18 months>>.

The ministry estimates that <<s_H:roughly {H:,} operations were postponed>> because of last month's strike by anaesthetists.

The government's target is for no patient to wait more than 18 weeks. <<s_U:A breakdown by region will be published next month>>.
""",
        "surgeons-association.md": """# Association of Surgeons - Statement on waiting lists

{sd:dmy}

<<s_G:{G}% of consultant surgeon posts are vacant>>, the highest share we have recorded.

President {p1} said: "<<s_Q:The list will not come down until we fix staffing>>. Every empty post is a theatre list that does not happen."
""",
    },
    make=_k_waiting,
    claims=[C("R", "count", "{R}", "{rb}", "the health ministry"),
            C("F", "count", "{F}", "exact", "the health ministry"),
            C("H", "count", "{H}", "{hb}", "The ministry"),
            C("G", "percent", "{G}", "exact", "{gsrc}"),
            C("tgt", "duration", "P18W", "at-most"),
            C("U", "count", "{U}", "exact", "The ministry")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The ministry says {F_true:,} patients had waited more than 18 months, not {F:,}."),
        "hedge-dropped": ("H", ["s_H"], "The ministry estimated roughly {H:,} postponed operations; the draft gives an exact figure."),
        "misattribution": ("G", ["attr", "s_G"], "The {G}% vacancy rate comes from the surgeons' association, not from the ministry."),
        "unsupported-figure": ("U", ["s_U"], "No source gives a regional figure; the ministry said a regional breakdown would come next month."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said 'until we fix staffing', not '{qseg}'."),
        "rounding": ("R", ["s_R"], "The list stood at {X:,}, so '{rnd}' rounds the wrong way."),
    },
    traps=["tgt18"],
    wording={"source-mismatch": "a five-digit patient count against a ministry release",
             "hedge-dropped": "'roughly N operations' restated without the hedge",
             "misattribution": "an association's vacancy rate credited to the ministry",
             "unsupported-figure": "a regional count the ministry had not yet published",
             "quote-altered": "a quote's condition replaced",
             "rounding": "'nearly/more than 250,000' against an exact list size"},
)


def _k_refuse(r):
    pub = rdate(r)
    F = r.choice(["3.5", "4", "4.5", "5"])
    Fb = f"{float(F) + 2:g}"
    H = r.randint(18, 60) * 10
    G = r.choice(["1.8", "2.4", "3.1"])
    below = r.random() < 0.5
    X = r.choice([19, 20]) if below else r.choice([22, 23])
    rg = r.choice(BELOW_OK if below else ABOVE_OK)
    rbad = r.choice(ABOVE_OK if below else BELOW_OK)
    U = r.randint(15, 40) * 10
    res = pub + D(r.randint(2, 5))
    assert (X < 21) == below and abs(X - 21) >= 1
    v = dict(pub=pub, U=U, sd=pub - D(1), F=F, F_true=F, H=Num(H), G=G, G_val=str(round(float(G) * 1000000)), X=X, res=res,
             hedge="approximately {H}", hb="approx",
             attr="the council said", gsrc="the council",
             uns="The council said it had not yet worked out the cost of the extra collections.",
             qseg=", <<Q:but they should never have had to strike for it>>",
             rnd=f"{rg} three weeks", rb=hedge_bound(rg))
    bads = {
        "source-mismatch": dict(F=Fb),
        "hedge-dropped": dict(hedge="{H}", hb="exact"),
        "misattribution": dict(attr="the union said", gsrc="the union"),
        "unsupported-figure": dict(uns=f"The extra collections will cost <<U:about {U},000 euros>>, the council said."),
        "quote-altered": dict(qseg=" <<Q:now that the council has finally given in>>"),
        "rounding": dict(rnd=f"{rbad} three weeks", rb=hedge_bound(rbad)),
    }
    return v, bads


kit(
    name="refuse",
    head="{city} refuse strike ends with pay deal",
    body="""
[[split:Refuse collectors in {city} voted on {sd:wd} to accept a pay deal, ending a strike that lasted <<R:{rnd}>> and left rubbish piled high in the streets.||Refuse collectors in {city} voted on {sd:wd} to accept a pay deal. It ends a strike that lasted <<R:{rnd}>> and left rubbish piled high in the streets.]]

The deal gives them a pay rise of <<F:{F}%>>, backdated to April. The union said <<H:{hedge}>> of its members had taken part in the strike. Collections <<tres:will resume on <<res:{res:dm}>>>>. {uns}

{FILLER}

The agreement will cost the council <<G:{G} million euros>> this year, <<attr:{attr}>>. "Our members have won a fair deal{qseg}," said {p1}, the union's regional secretary.
""",
    sources={
        "council-release.md": """# {city} City Council - Refuse dispute settled

{sd:dmy}

The council and the union have agreed <<s_F:a pay rise of {F_true}% backdated to April>>. <<s_R:The strike lasted {X} days>>. Collections will resume on {res:dm}.

<<s_G:The agreement will cost the council {G} million euros in the current financial year>>. <<s_U:The council has not yet calculated the cost of the extra collections>> needed to clear the backlog.
""",
        "union-statement.md": """# General Workers' Union, {city} branch - Statement

{sd:dmy}

<<s_H:Approximately {H} members took part in the strike>>.

Regional secretary {p1} said: "<<s_Q:Our members have won a fair deal, but they should never have had to strike for it>>."
""",
    },
    make=_k_refuse,
    claims=[C("R", "duration", "P3W", "{rb}", None),
            C("F", "percent", "{F}", "exact", None),
            C("H", "count", "{H:raw}", "{hb}", "The union"),
            C("res", "date", "{res:iso}"),
            C("G", "money", "{G_val}", "exact", "{gsrc}", "EUR"),
            C("U", "money", "{U}000", "approx", "the council", "EUR")],
    slots={
        "source-mismatch": ("F", ["s_F"], "The council's release gives a pay rise of {F_true}%, not {F}%."),
        "hedge-dropped": ("H", ["s_H"], "The union said approximately {H:d} members took part; the draft gives an exact figure."),
        "misattribution": ("G", ["attr", "s_G"], "The {G} million euro cost comes from the council's release, not from the union."),
        "unsupported-figure": ("U", ["s_U"], "No source gives a cost for the extra collections; the council said it had not calculated it."),
        "quote-altered": ("Q", ["s_Q"], "{p1} said 'but they should never have had to strike for it', not the words quoted."),
        "rounding": ("R", ["s_R"], "The strike lasted {X} days, so '{rnd}' rounds the wrong way."),
    },
    traps=["tres"],
    wording={"source-mismatch": "a pay-rise percentage against a council release",
             "hedge-dropped": "'approximately N members' restated as exact",
             "misattribution": "a council cost figure credited to the union",
             "unsupported-figure": "a cost the council said it had not calculated",
             "quote-altered": "the second half of a quote replaced",
             "rounding": "'nearly/more than three weeks' for a strike of 19-23 days"},
)

# which kits each source category (and rounding) uses
KIT_USE = {
    "source-mismatch": ["ferry", "factory", "bridge", "rail", "breach", "arrivals"],
    "hedge-dropped": ["bridge", "rail", "breach", "arrivals", "waiting", "refuse"],
    "misattribution": ["breach", "arrivals", "waiting", "refuse", "ferry", "factory"],
    "unsupported-figure": ["waiting", "refuse", "ferry", "factory", "bridge", "rail"],
    "quote-altered": ["factory", "bridge", "rail", "breach", "arrivals", "waiting"],
    "rounding": ["refuse", "ferry", "waiting"],
}


def _kit_template(cat, kname):
    k = KITS[kname]
    anchor, related, expl = k["slots"][cat]

    def make(r, _k=k, _cat=cat):
        v, bads = _k["make"](r)
        return v, bads[_cat]

    template(cat=cat, name="src-" + kname, head=k["head"], body=k["body"], make=make,
             claims=k["claims"], anchor=anchor, related=related, expl=expl, traps=k["traps"],
             sources=k["sources"], wording=k["wording"].get(cat, ""),
             clean_traps=["F", "H", "G", "Q", "R", "attr", "hv"])


for _cat, _kits in KIT_USE.items():
    for _kname in _kits:
        _kit_template(_cat, _kname)


# ===========================================================================
# rendering and key building
# ===========================================================================

NUM_RE = re.compile(r"^-?\d+(\.\d+)?$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DUR_RE = re.compile(r"^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
                    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
KINDS = {"count", "ordinal", "date", "duration", "percent", "money"}
BOUNDS = {"exact", "approx", "at-least", "at-most", "range", "vague"}
MAX_CLAIMS = 6
MIN_CLAIMS = 5     # validate.py requires 5-12 claims per case


def valid_claim_value(kind, value):
    if kind == "date":
        if not DATE_RE.match(value):
            return False
        parts = [int(x) for x in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            return False
        return True
    if kind == "duration":
        return bool(DUR_RE.match(value))
    return bool(NUM_RE.match(value))


def rng(*parts) -> random.Random:
    return random.Random(":".join([SEED] + [str(p) for p in parts]))


def values_for(tpl, numset, nameset, bad):
    v, badov = tpl.make(rng(tpl.cat, tpl.name, "numbers", numset))
    missing = set(badov) - set(v)
    assert not missing, f"{tpl.name}: bad overrides for unknown keys {missing}"
    vals = pick_names(rng(tpl.cat, tpl.name, "names", nameset))
    vals.update(v)
    if bad:
        vals.update(badov)
    vals["CITY"] = vals["city"].upper()
    return vals


def preformat(vals, fm):
    out = dict(vals)
    for k, x in vals.items():
        if isinstance(x, str) and "{" in x:
            out[k] = fm.format(x, **vals)
    return out


def render(tpl, vals, opts, trap_par, fillers):
    """Returns (draft, draft_spans, {source_name: (text, spans)})."""
    fm = Fmt(words_mode="words" in opts)
    vv = preformat(vals, fm)
    body = CHOICE.sub(lambda m: (m.group(3) if m.group(1) in opts else m.group(2)).strip(), tpl.body)
    paras = []
    for p in (x.strip() for x in body.strip().split("\n\n")):
        if p == "{FILLER}":
            if "filler" in opts:
                paras.extend(fillers)
            continue
        paras.append(p)
    paras[0] = "{CITY}, <<dl:{pub:ap}>> \u2014 " + paras[0]
    text = fm.format("# " + tpl.head + "\n\n" + "\n\n".join(paras), **vv)
    if trap_par:
        text += "\n\n" + trap_par
    text += "\n"
    draft, spans = parse_markup(fix_articles(text))
    assert "{" not in draft and "}" not in draft and "<<" not in draft and "[[" not in draft, draft
    srcs = {}
    if tpl.sources:
        fm0 = Fmt(False)
        vv0 = preformat(vals, fm0)
        for fname, stext in tpl.sources.items():
            st, sspans = parse_markup(fm0.format(stext.strip() + "\n", **vv0))
            assert not set(sspans) & set(spans), f"label clash in {fname}"
            srcs[fname] = (st, sspans)
    return draft, spans, srcs


def build_case(tpl, verdict, transform, numset, nameset):
    bad = verdict == "inconsistent"
    vals = values_for(tpl, numset, nameset, bad)
    opts = {transform} if transform in ("words", "split", "swap", "filler") else set()
    trap_par, trap_labels, trap_claims = "", [], []
    if tpl.trap_para:
        trap_par, trap_labels, trap_claims = trap_paragraph(rng(tpl.cat, tpl.name, "traps", numset), vals, vals["pub"])
    fr = rng(tpl.cat, tpl.name, "filler")
    fillers = fr.sample(FILLERS, fr.choice([1, 2]))
    draft, spans, srcs = render(tpl, vals, opts, trap_par, fillers)

    where = {lab: ("draft.md", draft, s, e) for lab, (s, e) in spans.items()}
    for fname, (st, sspans) in srcs.items():
        for lab, (s, e) in sspans.items():
            where[lab] = ("sources/" + fname, st, s, e)

    def ref(lab):
        f, doc, s, e = where[lab]
        return {"file": f, "text": doc[s:e], "occurrence": occurrence_of(doc, s, e)}

    fm_raw = Fmt(False)
    vraw = preformat(vals, fm_raw)
    issues, anchor_span = [], None
    if bad:
        assert tpl.anchor in spans, f"{tpl.name}: anchor label {tpl.anchor} missing"
        anchor_span = spans[tpl.anchor]
        rel = [ref(l) for l in tpl.related if l in where]
        assert len(rel) == len([l for l in tpl.related]), f"{tpl.name}: related label missing"
        if tpl.cat in SOURCE_CATEGORIES - {"unsupported-figure"}:
            assert any(x["file"].startswith("sources/") for x in rel), tpl.name
        issues.append({"id": tpl.name, "category": tpl.cat, "anchor": ref(tpl.anchor), "related": rel,
                       "explanation": fm_raw.format(tpl.expl, **vraw)})
        assert ID_RE.match(tpl.name)

    # claims
    claims, seen = [], set()
    for c in list(tpl.claims) + list(trap_claims):
        if c.label not in spans or len(claims) >= MAX_CLAIMS:
            continue
        s, e = spans[c.label]
        value = fm_raw.format(c.value, **vraw)
        if value.startswith("VAGUE:"):
            value = vague_value(value[6:])
        bound = fm_raw.format(c.bound, **vraw)
        src = fm_raw.format(c.source, **vraw) if c.source else None
        assert c.kind in KINDS and bound in BOUNDS and valid_claim_value(c.kind, value), (tpl.name, c.label, value)
        entry = {"file": "draft.md", "text": draft[s:e], "occurrence": occurrence_of(draft, s, e),
                 "kind": c.kind, "value": value, "bound": bound, "source": src}
        if c.unit:
            entry["unit"] = c.unit
        sig = (entry["text"], entry["occurrence"])
        assert sig not in seen, (tpl.name, sig)
        seen.add(sig)
        claims.append(entry)
    assert MIN_CLAIMS <= len(claims) <= MAX_CLAIMS, (tpl.name, verdict, len(claims))

    # traps: trap sentences, template trap spans and, in consistent cases, the relation's own spans
    labels = list(tpl.traps) + list(trap_labels)
    if not bad:
        labels += [tpl.anchor] + [l for l in tpl.related if l in spans and l != "dl"] + tpl.clean_traps
    traps = []
    for lab in labels:
        if lab not in spans:
            continue
        t = draft[spans[lab][0]:spans[lab][1]]
        pos = draft.find(t)
        if anchor_span and pos < anchor_span[1] and anchor_span[0] < pos + len(t):
            continue
        if t not in traps:
            traps.append(t)

    key = OrderedDict([("published", vals["pub"].isoformat()), ("clean", not bad), ("issues", issues),
                       ("traps", traps), ("claims", claims)])
    sources = {fname: st for fname, (st, _) in srcs.items()}
    return draft, sources, key


def available_transforms(tpl):
    out = ["names"]
    base, _, _ = build_case(tpl, "consistent", "base", 0, 0)
    words, _, _ = build_case(tpl, "consistent", "words", 0, 0)
    if base != words:
        out.append("words")
    if "[[split:" in tpl.body:
        out.append("split")
    if "[[swap:" in tpl.body:
        out.append("swap")
    if "{FILLER}" in tpl.body:
        out.append("filler")
    return out


def plan_cases():
    """List of case specs, deterministic."""
    by_cat = {c: [t for t in TEMPLATES if t.cat == c] for c in CATEGORIES}
    specs, used = [], {(t, v): 0 for t in TRANSFORMS for v in ("consistent", "inconsistent")}
    for cat in CATEGORIES:
        for ti, tpl in enumerate(by_cat[cat]):
            avail = available_transforms(tpl)
            chosen = []
            for verdict in ("consistent", "inconsistent"):
                # the transform least used so far for this verdict (then overall), ties in TRANSFORMS order
                t = min((x for x in avail if x not in chosen),
                        key=lambda x: (used[x, verdict], used[x, "consistent"] + used[x, "inconsistent"],
                                       TRANSFORMS.index(x)))
                used[t, verdict] += 1
                chosen.append(t)
            for verdict in ("consistent", "inconsistent"):
                specs.append(dict(tpl=tpl, verdict=verdict, transform="base", numset=0, nameset=0))
            for verdict, t in zip(("consistent", "inconsistent"), chosen):
                specs.append(dict(tpl=tpl, verdict=verdict, transform=t, numset=0, nameset=1 if t == "names" else 0))
            if ti < EXTRA_CONSISTENT_PER_CATEGORY:
                specs.append(dict(tpl=tpl, verdict="consistent", transform="set2", numset=1, nameset=2))
    for sp in specs:
        v = "c" if sp["verdict"] == "consistent" else "i"
        sp["name"] = f"{sp['tpl'].cat}-{sp['tpl'].name}-{v}-{sp['transform']}"
        sp["base"] = f"{sp['tpl'].cat}-{sp['tpl'].name}-{v}-base"
    names = [sp["name"] for sp in specs]
    assert len(names) == len(set(names))
    return specs


def check_pair(tpl):
    """The consistent and inconsistent base variants differ, and only where expected."""
    c_draft, c_src, _ = build_case(tpl, "consistent", "base", 0, 0)
    i_draft, i_src, _ = build_case(tpl, "inconsistent", "base", 0, 0)
    assert c_draft != i_draft or c_src != i_src, f"{tpl.cat}/{tpl.name}: planted variant identical to clean one"


# ===========================================================================
# command line
# ===========================================================================

def write_suite(out_dir, specs):
    cases_dir = os.path.join(out_dir, "cases")
    manifest_path = os.path.join(out_dir, "manifest.json")
    if os.path.isdir(cases_dir) and os.listdir(cases_dir):
        if not os.path.exists(manifest_path):
            sys.exit(f"refusing to overwrite {cases_dir}: it is not empty and has no manifest.json "
                     f"from a previous run of this generator")
        shutil.rmtree(cases_dir)
    os.makedirs(cases_dir, exist_ok=True)
    manifest = []
    words_total = 0
    short_traps = 0
    for sp in specs:
        tpl = sp["tpl"]
        draft, sources, key = build_case(tpl, sp["verdict"], sp["transform"], sp["numset"], sp["nameset"])
        cdir = os.path.join(cases_dir, sp["name"])
        os.makedirs(cdir)
        with open(os.path.join(cdir, "draft.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(draft)
        if sources:
            os.makedirs(os.path.join(cdir, "sources"))
            for fname, text in sources.items():
                with open(os.path.join(cdir, "sources", fname), "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
        with open(os.path.join(cdir, "key.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(key, f, indent=2, ensure_ascii=False)
            f.write("\n")
        words_total += len(draft.split())
        short_traps += key["clean"] and len(key["traps"]) < 5
        manifest.append({"case": sp["name"], "category": tpl.cat, "template": tpl.name,
                         "wording": tpl.wording, "verdict": sp["verdict"], "transform": sp["transform"],
                         "base_case": sp["base"], "numbers_set": sp["numset"], "names_set": sp["nameset"],
                         "published": key["published"], "sources": sorted(sources)})
    with open(manifest_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump({"generator": "eval/behaviour/generate.py", "seed": SEED, "cases": manifest}, f, indent=1)
        f.write("\n")
    n = len(specs)
    print(f"wrote {n} cases to {cases_dir} (mean draft length {words_total / n:.0f} words; "
          f"{short_traps} clean cases with fewer than 5 traps)")


def print_counts(specs):
    cats = OrderedDict((c, [0, 0, set()]) for c in CATEGORIES)
    trans = OrderedDict((t, [0, 0]) for t in ["base"] + TRANSFORMS + ["set2"])
    for sp in specs:
        row = cats[sp["tpl"].cat]
        row[0 if sp["verdict"] == "consistent" else 1] += 1
        row[2].add(sp["tpl"].name)
        trans[sp["transform"]][0 if sp["verdict"] == "consistent" else 1] += 1
    print(f"{'category':22} {'templates':>9} {'consistent':>10} {'inconsistent':>12} {'total':>6}")
    tc = ti = 0
    for c, (nc, ni, ts) in cats.items():
        print(f"{c:22} {len(ts):>9} {nc:>10} {ni:>12} {nc + ni:>6}")
        tc += nc
        ti += ni
    print(f"{'all':22} {len(TEMPLATES):>9} {tc:>10} {ti:>12} {tc + ti:>6}")
    print()
    print("by variant: " + ", ".join(f"{t} {a}c/{b}i" for t, (a, b) in trans.items() if a or b))


def report(score_json, manifest_json):
    with open(score_json, encoding="utf-8") as f:
        score = json.load(f)
    with open(manifest_json, encoding="utf-8") as f:
        man = {m["case"]: m for m in json.load(f)["cases"]}
    res = {}
    for c in score.get("cases", []):
        m = man.get(c["case"])
        if not m:
            continue
        failed = "failed" in c
        if m["verdict"] == "inconsistent":
            ok = (not failed) and c.get("detected", 0) >= 1
        else:
            ok = (not failed) and c.get("false_positives", 0) == 0
        res[c["case"]] = dict(m=m, ok=ok, fp=c.get("false_positives", 0), failed=failed)

    def line(label, rows):
        inc = [x for x in rows if x["m"]["verdict"] == "inconsistent"]
        con = [x for x in rows if x["m"]["verdict"] == "consistent"]
        det = sum(x["ok"] for x in inc)
        fps = sum(x["fp"] for x in con)
        flagged = sum(not x["ok"] for x in con)
        d = f"{det / len(inc):.2f} ({det}/{len(inc)})" if inc else "-"
        fa = f"{fps / len(con):.2f} ({fps}/{len(con)})" if con else "-"
        fc = f"{flagged}/{len(con)}" if con else "-"
        print(f"{label:22} detection {d:>14}   false alarms per consistent case {fa:>14}   consistent cases flagged {fc:>7}")

    rows = list(res.values())
    print("per category")
    for cat in CATEGORIES:
        line(cat, [x for x in rows if x["m"]["category"] == cat])
    line("ALL", rows)
    print("\nper variant")
    for t in ["base"] + TRANSFORMS + ["set2"]:
        sel = [x for x in rows if x["m"]["transform"] == t]
        if sel:
            line(t, sel)
    flips = []
    for name, x in res.items():
        m = x["m"]
        if m["transform"] in ("base", "set2") or m["base_case"] not in res:
            continue
        if x["ok"] != res[m["base_case"]]["ok"]:
            flips.append((name, m["base_case"], res[m["base_case"]]["ok"], x["ok"]))
    pairs = sum(1 for x in res.values() if x["m"]["transform"] not in ("base", "set2"))
    print(f"\ninvariance: {pairs - len(flips)}/{pairs} transformed cases keep their base case's outcome")
    for name, base, b_ok, ok in sorted(flips):
        print(f"  FLIP {name}: base {'ok' if b_ok else 'wrong'} -> {'ok' if ok else 'wrong'}")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the claimcheck behavioural test suite.")
    ap.add_argument("--out", help="output folder; cases go to OUT/cases/<case>/, the manifest to OUT/manifest.json")
    ap.add_argument("--list", action="store_true", help="print per-category counts of consistent and inconsistent cases")
    ap.add_argument("--report", metavar="SCORE_JSON", help="summarise a `score.py --json` file (needs --manifest)")
    ap.add_argument("--manifest", help="manifest.json written by --out (for --report)")
    ap.add_argument("--templates", action="store_true", help="print the template list (markdown) and exit")
    args = ap.parse_args(argv)
    if args.templates:
        for cat in CATEGORIES:
            print(f"### `{cat}`\n")
            for t in (t for t in TEMPLATES if t.cat == cat):
                extra = [x for x in ("split", "swap") if f"[[{x}:" in t.body] + (["filler"] if "{FILLER}" in t.body else [])
                src = f" (sources: {', '.join(sorted(t.sources))})" if t.sources else ""
                print(f"* `{t.name}`: {t.wording}{src}" + (f"; structural variants: {', '.join(extra)}" if extra else ""))
            print()
        return 0
    if args.report:
        if not args.manifest:
            ap.error("--report needs --manifest")
        report(args.report, args.manifest)
        return 0
    if not args.out and not args.list:
        ap.error("give --out DIR and/or --list")
    for tpl in TEMPLATES:
        check_pair(tpl)
    specs = plan_cases()
    if args.list:
        print_counts(specs)
    if args.out:
        write_suite(args.out, specs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
