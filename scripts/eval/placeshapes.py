#!/usr/bin/env python3
"""placeshapes.py OUTDIR [ERRFILE]: where a gold event's place is said, relative to
its sentence, over the studied news sets (the folders of ownFolders, never a
blind one), and how often each shape occurs on events the gold leaves unplaced.

OUTDIR holds the extractor's JSON of the snapshot corpus (snap.sh's out_TAG:
NAME__NN.json), whose LOC entities mark the places a sentence names.
ERRFILE (optional) is a -gold.errors run: a place shape's misses are counted
from its `event PLACE` lines.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
OUT = sys.argv[1]
ERR = sys.argv[2] if len(sys.argv) > 2 else None

sets = re.findall(r'"(news[0-9]*)/"', open(os.path.join(ROOT, 'pipeline', 'gold_test.go')).read())
sets = [s for s in dict.fromkeys(sets) if 'blind' not in s]

OPENERS = [r'згодом', r'пізніше', r'після (цього|того)', r'перед (цим|тим)', r'після \w+', r'на (пресконференції|брифінгу)',
           r'того ж (дня|вечора)', r'під час', r'своєю чергою', r'там', r'також', r'крім того', r'увечері|ввечері|вранці',
           r'наступного дня', r'у (цей|той) же день', r'тоді ж']
OPEN_RE = re.compile(r'^\W*(' + '|'.join(OPENERS) + r')\b', re.I)
BACK_RE = re.compile(r'^\W*(нагадаємо|раніше|як (повідомлялося|повідомляв|повідомляла|повідомляли|відомо))\b', re.I)
DATELINE_RE = re.compile(r'^[А-ЯІЇЄҐ\'’ -]{3,}, \d')


def norm(w):
    w = w.lower().replace('’', "'")
    for a, b in (('ї', 'и'), ('є', 'и'), ('і', 'и'), ('о', 'и'), ('е', 'и')):
        w = w.replace(a, b)
    return w


def stem(w):
    w = norm(w)
    return w[:max(3, len(w) - 2)]


def same(gold, text):
    """gold alternatives (a|b) against a place text: every word of an alternative
    matches a word of the text by stem, or the text's by the alternative's."""
    tw = [stem(x) for x in re.findall(r"[\w'-]+", text)]
    for alt in gold.split('|'):
        aw = [stem(x) for x in re.findall(r"[\w'-]+", alt)]
        if aw and tw and (all(any(t.startswith(a[:4]) or a.startswith(t[:4]) for t in tw) for a in aw[:1])):
            return True
    return False


def sentences(text):
    out = []
    pos = 0
    para = 0
    for line in text.split('\n'):
        if line.strip():
            for m in re.finditer(r'.+?(?:[.!?…]+[»"”]?(?=\s+[«"„А-ЯІЇЄҐA-Z0-9—–-])|$)', line):
                st = pos + m.start()
                out.append((st, pos + m.end(), para, m.group().strip()))
            para += 1
        pos += len(line) + 1
    return out


def prep_before(text, start):
    m = re.search(r"(\S+)\s+(?:\S+\s+){0,2}$", text[max(0, start - 60):start])
    w = re.findall(r"[\w'’]+", text[max(0, start - 40):start].lower())
    for x in reversed(w[-3:]):
        if x in ('в', 'у', 'на', 'біля', 'поблизу', 'під'):
            return 'loc'
        if x in ('до',):
            return 'dest'
        if x in ('з', 'із', 'зі'):
            return 'orig'
    return 'other'


def classify(text, sents, si, places, gold):
    """(shape, detail) for a gold place gold of an event in sentence si."""
    st, en, para, s = sents[si]
    inside = [(m, pr) for m, pr in places if st <= m[0] < en and same(gold, m[2])]
    if inside:
        return 'same:' + inside[0][1]
    # nearest sentence before naming it
    for k in range(si - 1, -1, -1):
        bst, ben, bpara, _ = sents[k]
        if any(bst <= m[0] < ben and same(gold, m[2]) for m, _ in places):
            opener = 'opener' if OPEN_RE.match(s) else 'plain'
            if k == 0 or (k == 1 and DATELINE_RE.match(sents[1][3])):
                return 'lead/headline:' + opener
            if si - k == 1:
                return 'prev:' + opener
            if si - k <= 5:
                return 'back2-5:' + opener
            return 'far:' + opener
    if any(st2 >= en and same(gold, m[2]) for m, _ in places for st2 in [m[0]]):
        return 'later'
    if same(gold, text[:300]):
        return 'lead-text(no LOC entity)'
    return 'notfound'


def shapes_unplaced(text, sents, si, places):
    """the shapes that would propose a place for an unplaced event."""
    st, en, para, s = sents[si]
    out = []
    inside = [pr for m, pr in places if st <= m[0] < en]
    for pr in sorted(set(inside)):
        out.append('same:' + pr)
    if inside:
        return out
    if si > 0:
        bst, ben, bpara, _ = sents[si - 1]
        if any(bst <= m[0] < ben and pr in ('loc', 'dest') for m, pr in places):
            out.append('prev:' + ('opener' if OPEN_RE.match(s) else 'plain'))
    if sents and DATELINE_RE.match(sents[min(1, len(sents) - 1)][3]):
        out.append('dateline')
    return out


def names(g):
    return [a for f in ('actors', 'recipients') for x in g.get(f, []) for a in x.split('|')[:1]]


def shares(g, v):
    a, b = names(g), names(v)
    return any(same(x, y) for x in a for y in b)


DELIVER_RE = re.compile(r"\b(доставил\w*|доставлен\w*|привезл\w*|привезен\w*|прибул\w*|прибув|прибуде|приїхал\w*|приїхав|прилетів|прилетіла|прилетіли|передал\w* до|відправил\w* до)\b", re.I)


def group(g):
    if g['type'] == 'AGREE':
        return 'sign'
    if g['type'] == 'SUPPORT':
        return 'thank'
    if g['type'] == 'CONSULT' and g.get('mode') not in ('phone', 'visit'):
        return 'meet'
    if g['type'] in ('AID', 'COOPERATE'):
        return 'aid'
    if g['type'] == 'CONSULT':
        return 'visit/phone'
    return 'other'


def outcome(gold_place, cand):
    if not gold_place:
        return 'gold-unplaced'
    return 'right' if same(gold_place, cand) else 'gold-other'


def load_errors():
    miss = collections.Counter()
    if not ERR:
        return miss
    for line in open(ERR):
        m = re.search(r'(\S+\.txt) event PLACE (\S+) gold "([^"]*)", got "([^"]*)"', line)
        if m:
            miss[(m.group(1), m.group(2).split('/')[0], m.group(3))] += 1
    return miss


def main():
    miss = load_errors()
    placed = collections.Counter()
    placed_miss = collections.Counter()
    unplaced = collections.Counter()
    n_unplaced = 0
    examples = collections.defaultdict(list)
    carry = collections.defaultdict(collections.Counter)
    cex = collections.defaultdict(list)
    for name in sets:
        gf = os.path.join(ROOT, 'pipeline', 'testdata', 'gold', name + '.jsonl')
        if not os.path.exists(gf):
            continue
        for line in open(gf):
            d = json.loads(line)
            doc = d['doc']
            if not doc.startswith(name + '/'):
                continue
            tf = os.path.join(ROOT, 'pipeline', 'testdata', doc)
            jf = os.path.join(OUT, doc.replace('/', '__').replace('.txt', '.json'))
            if not os.path.exists(tf) or not os.path.exists(jf):
                continue
            text = open(tf).read().replace('’', "'")
            x = json.load(open(jf))
            places = []
            for e in x['entities']:
                if e['type'] not in ('LOC', 'ORG'):
                    continue
                for m in e['mentions']:
                    places.append(((m['start'], m['end'], m['text']), prep_before(text, m['start'])))
            sents = sentences(text)
            left = collections.Counter(miss)
            told = []
            for g in d['events']:
                tr = re.split(r'…|\.\.\.', g['trigger'].replace('’', "'"))[0].strip()
                k = text.find(tr) if tr else -1
                si = next((i for i, (a, b, _, _) in enumerate(sents) if a <= k < b), None) if k >= 0 else None
                if si is not None:
                    told.append((si, g))
            told.sort(key=lambda t: t[0])
            arrival = None
            for q in range(min(3, len(sents))):
                if DELIVER_RE.search(sents[q][3]):
                    dm = [mm for mm, pr in places if sents[q][0] <= mm[0] < sents[q][1] and pr == 'dest' and mm[2][:1].isupper()]
                    if dm:
                        arrival = (q, dm[0][2])
                        break
            for n, (si, g) in enumerate(told):
                if g.get('optional'):
                    continue
                st, en = sents[si][0], sents[si][1]
                own = [m for m, pr in places if st <= m[0] < en and m[2][:1].isupper()]
                if BACK_RE.match(sents[si][3]):
                    continue
                if not own:
                    for j in range(n - 1, -1, -1):
                        sj, v = told[j]
                        if sj == si or not v.get('place'):
                            continue
                        if si - sj > 3 or any(BACK_RE.match(sents[q][3]) for q in range(sj, si + 1)):
                            break
                        kind = ('shared+opener' if OPEN_RE.match(sents[si][3]) else 'shared') if shares(g, v) else ('opener only' if OPEN_RE.match(sents[si][3]) else 'neither')
                        kind += ' prev' if si - sj == 1 else ' 2-3 back'
                        kind += ' [' + group(g) + ']'
                        oc = outcome(g.get('place', ''), v['place'])
                        carry[kind][oc] += 1
                        if oc == 'right' and miss[(doc, g['type'], g['place'])]:
                            carry[kind]['missed'] += 1
                        if outcome(g.get('place', ''), v['place']) != 'right' and len(cex[kind]) < 40:
                            cex[kind].append(f"{doc} {g['type']} gold={g.get('place','')!r} cand={v['place']!r}: {sents[si][3][:100]}")
                        break
                    if DATELINE_RE.match(sents[min(1, len(sents) - 1)][3]):
                        town = sents[1][3].split(',')[0]
                        oc = outcome(g.get('place', ''), town)
                        carry['dateline town (no own place, no carried)'][oc] += 1
                        if oc == 'right' and miss[(doc, g['type'], g['place'])]:
                            carry['dateline town (no own place, no carried)']['missed'] += 1
                if not own and arrival and si > arrival[0]:
                    k2 = 'lead arrival town [' + group(g) + ']'
                    oc = outcome(g.get('place', ''), arrival[1])
                    carry[k2][oc] += 1
                    if oc == 'right' and miss[(doc, g['type'], g['place'])]:
                        carry[k2]['missed'] += 1
                    if oc != 'right' and len(cex['arrival']) < 60:
                        cex['arrival'].append(f"{doc} {g['type']} gold={g.get('place','')!r} cand={arrival[1]!r}: {sents[si][3][:100]}")
                m = DELIVER_RE.search(sents[si][3])
                if m:
                    dm = [mm for mm, pr in places if st <= mm[0] < en and pr == 'dest']
                    if dm:
                        oc = outcome(g.get('place', ''), dm[0][2])
                        carry['delivered/arrived до X [' + group(g) + ']'][oc] += 1
                        if oc == 'right' and miss[(doc, g['type'], g['place'])]:
                            carry['delivered/arrived до X [' + group(g) + ']']['missed'] += 1
                        if oc != 'right' and len(cex['deliv']) < 40:
                            cex['deliv'].append(f"{doc} {g['type']} gold={g.get('place','')!r} cand={dm[0][2]!r}: {sents[si][3][:100]}")
            for g in d['events']:
                if g.get('optional'):
                    continue
                tr = re.split(r'…|\.\.\.', g['trigger'].replace('’', "'"))[0].strip()
                k = text.find(tr)
                if k < 0 or not tr:
                    continue
                si = next((i for i, (a, b, _, _) in enumerate(sents) if a <= k < b), None)
                if si is None:
                    continue
                if g.get('place'):
                    sh = classify(text, sents, si, places, g['place'])
                    placed[sh] += 1
                    key = (doc, g['type'], g['place'])
                    if left[key] > 0:
                        left[key] -= 1
                        placed_miss[sh] += 1
                        if os.environ.get('MISSED'):
                            print(f"MISS {sh:22} {doc} {g['type']}/{g.get('mode','')} {g['place']!r}: {sents[si][3][:110]}")
                    if len(examples[sh]) < 4:
                        examples[sh].append(f"{doc} {g['type']} {g['place']!r}: {sents[si][3][:90]}")
                else:
                    n_unplaced += 1
                    for sh in shapes_unplaced(text, sents, si, places):
                        unplaced[sh] += 1
    print('Gold events with a place, by where the place is said (required events of the studied news sets)')
    print(f"{'shape':32} {'gold':>5} {'missed now':>10}")
    for sh, n in placed.most_common():
        print(f'{sh:32} {n:5} {placed_miss[sh]:10}')
    print(f'{"total":32} {sum(placed.values()):5} {sum(placed_miss.values()):10}')
    print()
    print(f'Unplaced required gold events: {n_unplaced}; the shapes that would place them')
    for sh, n in unplaced.most_common():
        print(f'{sh:32} {n:5}')
    print()
    print('Shapes that carry or give a place (required events naming no place of their own in the sentence, background skipped)')
    print(f"{'shape':48} {'right':>6} {'(missed now)':>12} {'gold-other':>10} {'gold-unplaced':>13}")
    for k, c in sorted(carry.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{k:48} {c['right']:6} {c['missed']:12} {c['gold-other']:10} {c['gold-unplaced']:13}")
    if os.environ.get('CEX'):
        for k, ex in cex.items():
            if os.environ['CEX'] in k:
                print(k)
                for e in ex:
                    print('   ', e)
    if os.environ.get('EXAMPLES'):
        for sh, ex in examples.items():
            print(sh)
            for e in ex:
                print('   ', e)


main()
