#!/usr/bin/env python3
"""Converts PETRARCH2's CAMEO verb dictionary (MIT, Copyright (c) 2015 Open Event Data Alliance) into trigger
rows for Wirecoder's lexicon, with CAMEO codes mapped to PLOVER types and modes through the PLOVER crosswalk.

  tools/cameo-verbs.py DICTIONARY_DIR CROSSWALK

DICTIONARY_DIR holds CAMEO.2.0.txt and CAMEO_codefile.txt (in this project's checkout:
../shared/eval/petrarch2-validation/dictionaries); CROSSWALK is CAMEO2PLOVER-2021.txt (../shared/eval/plover-gsr/).
Writes wirecoder-core/src/main/resources/lexicon/cameo-verbs.tsv and ontology/cameo-codes.tsv. The output is
committed, so builds never need the dictionaries; run it again when they change.

What is kept, for verbs the hand-made lexicon/triggers.tsv and support-verbs.tsv do not list at all (their rows
are deliberate choices):
  - each verb of a block with the code of the verb or of its block ("MURDER [190]", "---  KILL [190]  ---");
    a two-word verb whose second word is a particle becomes the verb with that particle ("+WIPE_OUT" -> wipe, prt=out);
  - patterns of the form "- * WORD [code]" and "- * &SET [code]": the verb with that direct object.
Every row needs both an actor and a recipient (needs=both), as PETRARCH codes only events with a source and a
target: the dictionary's verbs are broad ("face", "meet"), and the two sides are what make them events.
What is dropped: multi-word verbs other than verb+particle, patterns with phrases, prepositions or actor slots
(Wirecoder's role rules read those), "[---]" (no event) patterns, codes the crosswalk maps to no PLOVER type
(public statements), and light verbs (make, take, give, ...) whose event lies in their object.
"""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'wirecoder-core', 'src', 'main', 'resources')
PARTICLES = {'up', 'down', 'out', 'off', 'back', 'over', 'away', 'in', 'on', 'through'}
LIGHT = {'make', 'take', 'give', 'have', 'get', 'go', 'come', 'put', 'set', 'do', 'be', 'see', 'let', 'keep', 'hold',
         'run', 'turn', 'bring', 'show', 'call', 'say', 'tell', 'ask', 'find', 'leave', 'move', 'carry', 'follow',
         'open', 'close', 'end', 'start', 'begin', 'continue', 'play', 'use', 'work', 'help', 'try', 'seek', 'want',
         'expect', 'plan', 'prepare', 'add', 'appear', 'seem', 'become', 'remain', 'stay', 'pass', 'send', 'receive',
         'return', 'raise', 'release', 'meet', 'face', 'form', 'join', 'lead', 'win', 'lose', 'report', 'include',
         'decide', 'head', 'mean', 'hear', 'serve', 'fail', 'pay', 'need', 'think', 'know', 'feel', 'look', 'watch'}


def crosswalk(path):
    """CAMEO code -> (PLOVER type, mode) from CAMEO2PLOVER-2021.txt; type '' where PLOVER drops the code."""
    out = {}
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        m = re.match(r'^(\d{2,4}):\s*(.*)$', line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(',')]
        out[m.group(1)] = (parts[0] if parts else '', parts[1] if len(parts) > 1 else '')
    return out


def plover_modes():
    modes = {}
    for line in open(os.path.join(ROOT, 'ontology', 'plover.tsv'), encoding='utf-8'):
        if line.startswith('#') or line.startswith('type\t'):
            continue
        cells = line.rstrip('\n').split('\t')
        modes[cells[0]] = set(m for m in cells[2].split(',') if m)
    return modes


def plover(code, walk, modes):
    """The PLOVER type and mode of a CAMEO code: its own row, else its parent's; None when PLOVER drops it."""
    for c in (code, code[:3], code[:2]):
        if c in walk:
            t, m = walk[c]
            if not t or t not in modes:
                return None
            return t, (m if m in modes[t] else '')
    return None


def hand_lemmas():
    """Verbs the hand-made lexicon decides: trigger rows, and support verbs that license a noun trigger
    ("repelled an attack" is the attack's, not an event of its own)."""
    out = set()
    for name in ('triggers.tsv', 'support-verbs.tsv'):
        for line in open(os.path.join(ROOT, 'lexicon', name), encoding='utf-8'):
            if line.startswith('#') or line.startswith('lemma\t'):
                continue
            out.add(line.split('\t', 1)[0].lower())
    return out


def singular(word):
    w = word.lower()
    if w.endswith('ies') and len(w) > 4:
        return w[:-3] + 'y'
    if re.search(r'(ss|sh|ch|x)es$', w):
        return w[:-2]
    if w.endswith('s') and not re.search(r'(ss|us|is)$', w):
        return w[:-1]
    return w


def main(dictionaries, crosswalk_path):
    walk = crosswalk(crosswalk_path)
    modes = plover_modes()
    hand = hand_lemmas()
    text = open(os.path.join(dictionaries, 'CAMEO.2.0.txt'), encoding='utf-8', errors='replace').read().split('\n')
    sets, rows, codes = {}, [], set()
    current_set = None
    i = 0
    # Synonym sets ("&CURRENCY" then "+WORD" lines) come before the verb patterns.
    while i < len(text) and not text[i].startswith('####### VERB PATTERNS'):
        line = text[i].split('#', 1)[0].rstrip()
        if line.startswith('&'):
            current_set = line.strip()
            sets[current_set] = []
        elif line.startswith('+') and current_set:
            sets[current_set].append(line[1:].strip().rstrip('_').lower())
        i += 1
    block_code, verbs = None, []
    seen = set()

    def emit(lemma, constraint, code, verb_line):
        if not code or code.startswith('-'):
            return
        code = code.split(':')[0]
        if not re.fullmatch(r'\d{2,4}', code):
            return
        p = plover(code, walk, modes)
        if p is None or lemma in hand or lemma in LIGHT or not re.fullmatch(r'[a-z]+', lemma):
            return
        key = (lemma, constraint)
        if key in seen:
            return
        seen.add(key)
        codes.add(code)
        rows.append((lemma, 'V', constraint, p[0], p[1], code, 'both', 'CAMEO.2.0.txt:%d' % verb_line))

    for n in range(i, len(text)):
        raw = text[n]
        line = raw.split('#', 1)[0].rstrip()
        header = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]\s+---', line)
        if header:
            block_code, verbs = header.group(2), []
            continue
        if block_code is None or not line.strip():
            continue
        if line.startswith('- '):
            m = re.match(r'^-\s+\*\s+(&?[A-Z][A-Z_\'-]*)\s+\[([^\]]*)\]\s*$', line)
            if not m:
                continue
            word, code = m.group(1), m.group(2)
            values = sets.get(word, []) if word.startswith('&') else [word.lower().rstrip('_')]
            values = sorted({singular(v) for v in values if re.fullmatch(r'[a-z]+', v)})
            if not values:
                continue
            for lemma, prt, _ in verbs:
                if prt:
                    continue
                if len(values) == 1 and values[0] in PARTICLES:
                    emit(lemma, 'prt=' + values[0], code, n + 1)
                else:
                    emit(lemma, 'obj=' + '|'.join(values), code, n + 1)
            continue
        m = re.match(r'^(\+?)([A-Z][A-Z_\'-]*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?', line.strip())
        if not m:
            continue
        word = m.group(2).lower().rstrip('_')
        code = m.group(5) if m.group(4) else block_code
        prt = ''
        if m.group(1):
            parts = word.split('_')
            if len(parts) != 2 or parts[1] not in PARTICLES:
                continue
            word, prt = parts
        verbs.append((word, prt, code))
        emit(word, 'prt=' + prt if prt else '', code, n + 1)

    rows.sort(key=lambda r: (r[0], r[2] == '', r[2]))
    with open(os.path.join(ROOT, 'lexicon', 'cameo-verbs.tsv'), 'w', encoding='utf-8') as out:
        out.write('# Generated by tools/cameo-verbs.py from PETRARCH2\'s CAMEO verb dictionary (CAMEO.2.0.txt, MIT,\n'
                  '# Copyright (c) 2015 Open Event Data Alliance) and the PLOVER crosswalk (CAMEO2PLOVER-2021). Do not edit:\n'
                  '# correct lexicon/triggers.tsv (read first; a verb it lists is never taken from here) or the tool.\n'
                  '# Columns as triggers.tsv; needs=both: an actor and a recipient must be found. comment: the source line.\n')
        out.write('lemma\tpos\tconstraint\ttype\tmode\tcameo\tneeds\tcomment\n')
        for r in rows:
            out.write('\t'.join(r) + '\n')
    names = {}
    for line in open(os.path.join(dictionaries, 'CAMEO_codefile.txt'), encoding='utf-8', errors='replace'):
        m = re.match(r'^LABEL:\s*(\d{2,4})=\s*(.*?)\s*$', line)
        if m and m.group(1) not in names:
            names[m.group(1)] = m.group(2)
    with open(os.path.join(ROOT, 'ontology', 'cameo-codes.tsv'), 'w', encoding='utf-8') as out:
        out.write('# Generated by tools/cameo-verbs.py: the names of the CAMEO codes lexicon/cameo-verbs.tsv uses, from\n'
                  '# PETRARCH2\'s CAMEO_codefile.txt (CAMEO 0.7b5, MIT). ontology/cameo.tsv, written by hand, comes first.\n')
        out.write('code\tname\tcontext\n')
        for c in sorted(codes):
            out.write('%s\t%s\t\n' % (c, names.get(c, names.get(c[:3], 'CAMEO ' + c))))
    print('%d rows, %d verbs, %d CAMEO codes' % (len(rows), len({r[0] for r in rows}), len(codes)))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
