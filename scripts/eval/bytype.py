# bytype.py RAWLOG: sums the "event recall by type" lines of a go test -v log of gold tests
import sys, re, collections
a = collections.Counter(); b = collections.Counter()
for line in open(sys.argv[1]):
    if 'event recall by type:' in line:
        for m in re.finditer(r'([A-Z]+) (\d+)/(\d+)', line):
            a[m.group(1)] += int(m.group(2)); b[m.group(1)] += int(m.group(3))
print(', '.join(f"{k} {a[k]}/{b[k]}" for k in sorted(b, key=lambda k: -b[k])))
