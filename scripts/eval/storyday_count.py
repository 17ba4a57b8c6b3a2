#!/usr/bin/env python3
"""storyday_count.py: how the studied news golds date events whose sentence
names no time of its own (session 46).

Reads only studied golds (news, news2 … news61; never a blind set) and the
extractor's JSON of each text (dates found), written beforehand by
  vistka extract --format json --published P TEXT > DIR/<set>_<NN>.txt.json
Usage: storyday_count.py DIR [-v]
"""
import collections, json, os, re, sys

G = os.environ.get('GOLD_DIR', 'pipeline/testdata/gold/')
SETS = ['news'] + ['news%d' % i for i in range(2, 62) if i != 45]
BACK = ('нагадаємо', 'раніше', 'як повідомлялося', 'як повідомляв', 'як відомо',
        'торік', 'минулого року', 'у минулому', 'свого часу')
OPENERS = [('своєю чергою', 'Своєю чергою'), ('у свою чергу', 'Своєю чергою'),
           ('крім того', 'Крім того'), ('окрім того', 'Крім того'), ('тим часом', 'Тим часом'),
           ('згодом', 'Згодом'), ('пізніше', 'Згодом'), ('після цього', 'Згодом'),
           ('того ж дня', 'Того ж дня'), ('під час', 'Під час …'), ('на полях', 'Під час …'),
           ('за підсумками', 'За підсумками'), ('за результатами', 'За підсумками'),
           ('після ', 'Після …'), ('водночас', 'Водночас'), ('також', 'Також'), ('зокрема', 'Зокрема'),
           ('при цьому', 'При цьому')]
PAST = re.compile(r'\b\w+(ла|ло|ли|в|вся|лася|лося|лися|вши)\b')


def sentences(text):
    """(start, end, paragraph) of each sentence: a crude splitter."""
    out, para, pos = [], 0, 0
    for line in text.split('\n'):
        if line.strip():
            st = 0
            for m in re.finditer(r'[.!?…]["»”]?\s+(?=[«"„\-–—A-ZА-ЯІЇЄҐ0-9])', line):
                out.append((pos + st, pos + m.end(), para))
                st = m.end()
            out.append((pos + st, pos + len(line), para))
            para += 1
        pos += len(line) + 1
    return out


def locate(text, trig):
    i = text.find(trig)
    if i >= 0:
        return i
    for n in (60, 40, 25, 15):
        if len(trig) > n and text.find(trig[:n]) >= 0:
            return text.find(trig[:n])
    return -1


def parties(e):
    return {x.split('|')[0].lower() for x in e.get('actors', []) + e.get('recipients', [])}


def opener(s):
    low = s.lower().lstrip(' «"-–—')
    for w, name in OPENERS:
        if low.startswith(w):
            return name
    if re.match(r'^\S+\s+(також)\b', low) or re.match(r'^\S+\s+\S+\s+(також)\b', low):
        return 'Також'
    return 'none'


def main():
    d_dir, verbose = sys.argv[1], '-v' in sys.argv
    rows = []
    tied = collections.Counter()
    for s in SETS:
        if not os.path.exists(G + s + '.jsonl'):
            continue
        for line in open(G + s + '.jsonl'):
            if not line.strip():
                continue
            doc = json.loads(line)
            if not doc.get('published'):
                continue
            text = open('pipeline/testdata/' + doc['doc']).read()
            js = os.path.join(d_dir, doc['doc'].replace('/', '_') + '.json')
            x = json.load(open(js)) if os.path.exists(js) and os.path.getsize(js) else {'dates': []}
            # offsets: the extractor counts code points, as Python does
            dates = [(d['start'], d['end']) for d in x.get('dates') or []]
            sents = sentences(text)
            quotes = [q['text'] for q in doc.get('quotes') or []]
            evs = []
            for e in doc.get('events') or []:
                at = locate(text, e.get('trigger', ''))
                if at < 0:
                    continue
                evs.append((at, e))
            evs.sort(key=lambda v: v[0])
            back_para = set()
            for (a, b, p) in sents:
                if text[a:b].strip().lower().startswith(BACK):
                    back_para.add(p)
            lead_day, last = None, None
            first_para = min((p for (_, _, p) in sents), default=0)
            for at, e in evs:
                si = next((k for k, (a, b, p) in enumerate(sents) if a <= at < b), None)
                if si is None:
                    continue
                a, b, p = sents[si]
                own = any(a <= ds and de <= b for ds, de in dates)
                pos = 'lead' if p <= first_para + 1 else 'main'
                if p in back_para or text[a:b].strip().lower().startswith(BACK):
                    pos = 'background'
                aux = ','.join(e.get('aux') or []) or ('past' if PAST.search(e.get('trigger', '')) else 'pres?')
                quoted = any(e.get('trigger', '')[:30] in q for q in quotes if q)
                g = e.get('date', '')
                if own:
                    tied['own time, dated' if g else 'own time, undated'] += 1
                else:
                    cur = last[1] if last else None
                    ans = 'undated' if not g else ('story day' if g in (cur, lead_day) else 'other date')
                    share = 'shares' if last and parties(e) & parties(last[0]) else 'no share'
                    dist = si - last[2] if last else 99
                    near = 'next' if dist <= 1 else ('para' if last and sents[last[2]][2] == p else 'far')
                    rows.append(dict(doc=doc['doc'], pos=pos, op=opener(text[a:b]), aux=aux,
                                     share=share, near=near, quoted='quote' if quoted else '-', ans=ans,
                                     cur=cur, trig=e.get('trigger', '')[:70]))
                if g and len(g) == 10:
                    if lead_day is None:
                        lead_day = g
                    if pos != 'background':
                        last = (e, g, si)
    print('sentence with a time of its own:', dict(tied))
    print('untied events:', len(rows), dict(collections.Counter(r['ans'] for r in rows)))
    for key in ('pos', 'op', 'aux', 'share', 'near', 'quoted'):
        c = collections.defaultdict(collections.Counter)
        for r in rows:
            c[r[key]][r['ans']] += 1
        print('\nby %s: %-14s %9s %9s %9s' % (key, '', 'story day', 'undated', 'other'))
        for k, v in sorted(c.items(), key=lambda kv: -sum(kv[1].values())):
            print('  %-24s %9d %9d %9d' % (k, v['story day'], v['undated'], v['other date']))
    # the scene the convention names: main story, past, not quoted, no background
    c = collections.defaultdict(collections.Counter)
    for r in rows:
        if r['pos'] == 'main' and r['aux'] == 'past' and r['quoted'] == '-':
            c[(r['op'], r['share'], r['near'])][r['ans']] += 1
    print('\nmain story, past, unquoted: opener × shares actor × distance from the last dated event  story/undated/other')
    for k, v in sorted(c.items(), key=lambda kv: -sum(kv[1].values())):
        print('  %-30s %5d %5d %5d' % ('%s, %s, %s' % k, v['story day'], v['undated'], v['other date']))
    if verbose:
        for r in rows:
            print('\t'.join(str(r[k]) for k in ('doc', 'pos', 'op', 'aux', 'share', 'near', 'quoted', 'ans', 'cur', 'trig')))


main()
