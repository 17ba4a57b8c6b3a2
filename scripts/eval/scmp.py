import sys,re
def load(p):
    d={}
    for l in open(p):
        if l.startswith('SUM'): continue
        k=l.split()[0]; d[k]=l.strip()
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
tot=[0]*8
def nums(l):
    q=re.search(r'Q (\d+)/(\d+) w(\d+)',l); e=re.search(r'E (\d+)/(\d+) w(\d+)',l)
    return list(map(int,q.groups()+e.groups()))
ch=0
for k in a:
    if k in b and a[k]!=b[k]:
        print('-',a[k]); print('+',b[k]); ch+=1
common=[k for k in a if k in b]
A=[sum(nums(a[k])[i] for k in common) for i in range(6)]
B=[sum(nums(b[k])[i] for k in common) for i in range(6)]
print('common sets: quotes tp %d->%d /%d wrong %d->%d; events tp %d->%d /%d wrong %d->%d'%(A[0],B[0],B[1],A[2],B[2],A[3],B[3],B[4],A[5],B[5]))
for k in b:
    if k not in a: print('new', b[k])
