# kinds.py RAWLOG: sums the "errors by kind" lines of a go test -v log of gold tests (miss causes)
import sys, re, collections
c = collections.Counter()
for line in open(sys.argv[1]):
    if 'errors by kind' in line:
        for m in re.finditer(r'([a-z][a-z ]+?) (\d+)(?:,|$)', line.split('errors by kind',1)[1].strip()):
            c[m.group(1).strip()] += int(m.group(2))
for k, v in sorted(c.items()): print(f"{k} {v}")
