import json,sys,os,glob
d=sys.argv[1]
out=[]
for f in sorted(glob.glob(d+'/*.json')):
    name=os.path.basename(f)[:-5]
    try: x=json.load(open(f))
    except Exception as e: out.append(f"{name}\tERR\t{e}"); continue
    ents={e['id']:e['name'] for e in x.get('entities') or []}
    nm=lambda i: ents.get(i,i) if i else ''
    try: text=open(os.environ.get('W','/tmp/w')+'/corpus/'+name+'.txt',encoding='utf-8').read()
    except Exception: text=''
    for e in x.get('entities') or []:
        out.append(f"{name}\tENT\t{e['type']}\t{e['name']}\t{'|'.join(e.get('titles') or [])}")
    for q in x.get('quotes') or []:
        out.append(f"{name}\tQ\t{nm(q.get('speaker'))}\t{q.get('direct')}\t{q.get('cue')}\t{q.get('text','')[:70]}")
    s=x.get('source') or {}
    out.append(f"{name}\tSRC\t{s.get('publisher')}\tvia={s.get('via')}\tphoto={s.get('photo')}")
    for a in x.get('amounts') or []:
        out.append(f"{name}\tAMT\t{a.get('text')}\t{a.get('value')}\t{a.get('unit')}\t{a.get('bound')}")
    for ev in x.get('events') or []:
        out.append(f"{name}\tEV\t{ev['type']}/{ev.get('mode','')}\t{','.join(nm(a) for a in ev.get('actors') or [])} -> {','.join(nm(a) for a in ev.get('recipients') or [])}\t@{nm(ev.get('place'))}\t{ev.get('date','')}\t{','.join(ev.get('aux') or [])}\t{text[ev['sentence']['start']:ev['sentence']['end']][:90]!r}")
print('\n'.join(out))
