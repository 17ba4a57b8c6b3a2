import sys,re,collections
# parse go test -v output of gold tests; print per test and SUM
cur=None; rows=collections.OrderedDict()
for line in open(sys.argv[1]):
    m=re.match(r'=== RUN\s+(\S+)',line)
    if m: cur=m.group(1); rows.setdefault(cur,{}); continue
    if cur is None: continue
    r=rows[cur]
    m=re.search(r'quotes found \(content overlap\).*tp (\d+)/(\d+) gold, (\d+) right (\d+) wrong',line)
    if m: r['q']=tuple(map(int,m.groups()))
    m=re.search(r'events \(type\+mode, a name shared\).*tp (\d+)/(\d+) gold, (\d+) right (\d+) wrong',line)
    if m: r['e']=tuple(map(int,m.groups()))
    for k,pat in (('place','event place accuracy'),('date','event date accuracy'),('source','source elements'),('amounts','amounts normalised'),('spk','speaker accuracy')):
        m=re.search(pat+r'.*\((\d+)/(\d+)',line)
        if m: r[k]=tuple(map(int,m.groups()))
    if re.match(r'\s*--- FAIL',line): r['FAIL']=True
S=collections.defaultdict(lambda:[0,0,0,0])
def f1(t):
    tp,g,ri,w=t; p=ri/(ri+w) if ri+w else 0; rr=tp/g if g else 0
    return 2*p*rr/(p+rr) if p+rr else 0
for n,r in rows.items():
    if 'e' not in r: continue
    parts=[n.replace('QuotesEvents','')]
    parts.append('Q %d/%d w%d F%.3f'%(r['q'][0],r['q'][1],r['q'][3],f1(r['q'])))
    parts.append('E %d/%d w%d F%.3f'%(r['e'][0],r['e'][1],r['e'][3],f1(r['e'])))
    for k in ('place','date','source','amounts'):
        if k in r: parts.append('%s %d/%d'%(k,*r[k]))
    if r.get('FAIL'): parts.append('FAIL')
    print('  '.join(parts))
    for k in ('q','e','place','date','source','amounts','spk'):
        if k in r:
            for i,v in enumerate(r[k]): S[k][i]+=v
print('SUM  quotes %d/%d (right %d wrong %d) F%.3f  events %d/%d (right %d wrong %d, pred %d) F%.3f'%(*S['q'],f1(S['q']),*S['e'],S['e'][2]+S['e'][3],f1(S['e'])))
print('SUM  place %d/%d date %d/%d source %d/%d amounts %d/%d speaker %d/%d'%(S['place'][0],S['place'][1],S['date'][0],S['date'][1],S['source'][0],S['source'][1],S['amounts'][0],S['amounts'][1],S['spk'][0],S['spk'][1]))
