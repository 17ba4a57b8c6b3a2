# rowfix.py RAWLOG TESTNAME ROWPREFIX [blind]: replace numeric cells of the README row starting with ROWPREFIX
import sys,re
raw,test,prefix=sys.argv[1:4]; blind=len(sys.argv)>4
cur=None; m={}
for l in open(raw):
    r=re.match(r'=== RUN\s+(\S+)',l)
    if r: cur=r.group(1); continue
    if cur!=test: continue
    x=re.search(r'quotes found \(content overlap\)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)',l)
    if x: m['q']=x.groups()
    x=re.search(r'speaker accuracy\s+[\d.]+\s+\((\d+)/(\d+)',l)
    if x: m['s']='%s/%s'%x.groups()
    x=re.search(r'events \(type\+mode, a name shared\)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)',l)
    if x: m['e']=x.groups()
    for k,pat in (('place','event place accuracy'),('date','event date accuracy'),('source','source elements')):
        x=re.search(pat+r'.*\((\d+)/(\d+)',l)
        if x: m[k]='%s/%s'%x.groups()
import os; p=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','README.md'); s=open(p).read().split('\n')
hits=[i for i,l in enumerate(s) if l.startswith(prefix)]
assert len(hits)==1,(prefix,len(hits))
i=hits[0]; cells=s[i].split(' | ')
name=cells[0]
if not blind and 'place' in m:
    name=re.sub(r'place \d+/\d+, date \d+/\d+, source \d+/\d+','place %s, date %s, source %s'%(m['place'],m['date'],m['source']),name)
q,e=m['q'],m['e']
if blind: vals=[q[0],q[1],'**%s**'%q[2],m['s'],e[0],e[1],'**%s** |'%e[2]]
else: vals=[q[0],q[1],q[2],m['s'],e[0],e[1],'%s |'%e[2]]
new=' | '.join([name]+vals)
if new!=s[i]: print('-',s[i][-120:]); print('+',new[-120:])
s[i]=new; open(p,'w').write('\n'.join(s))
