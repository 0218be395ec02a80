#!/usr/bin/env python3
"""Count the kinds of TIMEX3 errors of a Chronicle run on TempEval-3 TimeML documents.

Usage: bench/timex_errors.py GOLD_DIR SYSTEM_DIR [--examples N]
GOLD_DIR holds the subcorpus folders (TBAQ-cleaned: TimeBank, AQUAINT); SYSTEM_DIR is
what `chronicle eval timeml GOLD_DIR --system-dir SYSTEM_DIR` wrote. Spans are compared
as ranges of whitespace-separated words of TEXT, as the TempEval-3 scorer does; each
gold TIMEX3 is paired with the first unpaired system one sharing a word with it. One
pair can show two kinds (a span and a value difference). Used for the error table of
docs/EVALUATION.md (Task A).
"""
import os
import re
import sys
from collections import Counter, defaultdict

PART = re.compile(r"T(MO|AF|EV|NI|MI|DT)$")
DATE = re.compile(r"^\d{4}(-(\d\d|Q\d|H\d|W\d\d?|SP|SU|FA|WI)(-\d\d)?)?$")
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def timexes(path):
    """(text of TEXT, [(first word, last word, attrs, surface)]) without the DCT."""
    s = open(path, encoding="utf-8").read()
    body = re.search(r"<TEXT>(.*)</TEXT>", s, re.S).group(1)
    text, spans, open_at = "", [], []
    for piece in re.finditer(r"<[^>]+>|[^<]+", body):
        t = piece.group(0)
        if t.startswith("<TIMEX3"):
            open_at.append((len(text), dict(re.findall(r'(\w+)="([^"]*)"', t))))
        elif t.startswith("</TIMEX3"):
            begin, attrs = open_at.pop()
            spans.append((begin, len(text), attrs))
        elif not t.startswith("<"):
            text += t
    words = [m.span() for m in re.finditer(r"\S+", text)]

    def word_range(b, e):
        idx = [k for k, (wb, we) in enumerate(words) if wb < e and b < we]
        return (idx[0], idx[-1]) if idx else (None, None)

    out = []
    for b, e, a in spans:
        first, last = word_range(b, e)
        if first is not None:
            out.append((first, last, a, text[b:e]))
    return out


def value_kind(gold, system, surface):
    if gold == system:
        return None
    if PART.sub("", gold) == PART.sub("", system):
        return "part of day added or missing"
    if "X" in gold and "X" not in system:
        return "gold underspecified, system resolved"
    g, s = PART.sub("", gold), PART.sub("", system)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", g) and re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        if WEEKDAY.search(surface):
            from datetime import date
            dg, ds = date.fromisoformat(g), date.fromisoformat(s)
            if (dg - ds).days % 7 == 0:
                return "weekday resolved to the wrong week"
        if g[4:] == s[4:]:
            return "right month or date, wrong year"
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", g) and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", s) and g[4:] == s[4:]:
        return "right month or date, wrong year"
    if DATE.match(g) and DATE.match(s) and len(g) != len(s):
        return "other granularity difference"
    return "other value difference"


def main():
    gold_dir, system_dir = sys.argv[1], sys.argv[2]
    n_examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    counts = defaultdict(Counter)
    examples = defaultdict(list)
    for corpus in sorted(os.listdir(gold_dir)):
        folder = os.path.join(gold_dir, corpus)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".tml") or not os.path.exists(os.path.join(system_dir, name)):
                continue
            gold = [t for t in timexes(os.path.join(folder, name))]
            system = timexes(os.path.join(system_dir, name))
            used = set()

            def note(kind, what):
                counts[corpus][kind] += 1
                if len(examples[(corpus, kind)]) < n_examples:
                    examples[(corpus, kind)].append(f"{name}: {what}")

            for gf, gl, ga, gs in gold:
                pair = next((k for k, (sf, sl, _, _) in enumerate(system)
                             if k not in used and sf <= gl and gf <= sl), None)
                if pair is None:
                    note("missed expression", f'"{gs}" {ga.get("value")}')
                    continue
                used.add(pair)
                sf, sl, sa, ss = system[pair]
                if sf < gf or sl > gl:
                    note("words outside the expression included", f'"{gs}" -> "{ss}"')
                if sf > gf or sl < gl:
                    note("words of the expression left out", f'"{gs}" -> "{ss}"')
                kind = value_kind(ga.get("value", ""), sa.get("value", ""), gs)
                if kind:
                    note(kind, f'"{gs}" {ga.get("value")} -> {sa.get("value")}')
            for k, (_, _, sa, ss) in enumerate(system):
                if k not in used:
                    note("spurious expression", f'"{ss}" {sa.get("value")}')
    corpora = sorted(counts, key=lambda c: c != "TimeBank")
    kinds = sorted({k for c in counts.values() for k in c}, key=lambda k: -sum(counts[c][k] for c in corpora))
    print("kind\t" + "\t".join(corpora))
    for k in kinds:
        print(k + "\t" + "\t".join(str(counts[c][k]) for c in corpora))
        for c in corpora:
            for e in examples[(c, k)]:
                print(f"    {c}: {e}")


if __name__ == "__main__":
    main()
