# goldtail.py BASE A B: when two branches each appended a section to
# pipeline/testdata/gold/README.md (a blind set and a studied one, say),
# write the README as BASE's text, then A's appended lines, then B's,
# without printing any of them. Use it instead of deleting conflict
# markers: a marker-deleting mend interleaves the two sections and puts
# part of a blind section under a studied heading (session 45).
# The working tree's README must be BASE's plus edits above the tail only
# (it keeps those: lines of the current file before its first appended
# heading).
import subprocess, sys

R = 'pipeline/testdata/gold/README.md'


def show(rev):
    return subprocess.run(['git', 'show', f'{rev}:{R}'], capture_output=True, text=True, check=True).stdout.split('\n')


base, a, b = (show(r) for r in sys.argv[1:4])
n = len(base) - 1  # (the last element is the text after the final newline)
for name, x in (('A', a), ('B', b)):
    if x[:n] != base[:n]:
        sys.exit(f'{name} changed lines of BASE, not only appended: mend by hand')
tail_a, tail_b = a[n:], b[n:]
first = next((l for l in tail_a + tail_b if l.startswith('# ')), None)
cur = open(R, encoding='utf-8').read().split('\n')
i = next((k for k, l in enumerate(cur) if l == first), None)
if first is None or i is None:
    sys.exit('no appended heading found in the working README')
head = [l for l in cur[:i] if not l.startswith(('<<<<<<< ', '>>>>>>> ', '||||||| ')) and l != '=======']


def trimmed(lines):
    """lines without the blank lines that open and close them."""
    lo, hi = 0, len(lines)
    while lo < hi and lines[lo] == '':
        lo += 1
    while hi > lo and lines[hi - 1] == '':
        hi -= 1
    return lines[lo:hi]


out = trimmed(head) + [''] + trimmed(tail_a) + [''] + trimmed(tail_b) + ['']
open(R, 'w', encoding='utf-8').write('\n'.join(out))
print(f'README rebuilt: {len(trimmed(head))} lines kept, then {len(trimmed(tail_a))} and {len(trimmed(tail_b))} appended lines')
