#!/usr/bin/env python3
"""Summarises jcmd Thread.print dumps taken during load: where the request threads are.
    for i in $(seq 1 20); do jcmd PID Thread.print >> dumps.txt; sleep 0.5; done
    python3 bench/profile.py dumps.txt
"""
import collections
import sys

KEYS = ['thymeleaf', 'lucene', 'hibernate.search', 'postgresql', 'SessionRepository', 'session.jdbc', 'jackson',
        'Deflater', 'MessageSource', 'TerritoryService', 'TerritoryLookup', 'Markdown', 'hikari', 'hibernate']
txt = open(sys.argv[1]).read()
top, cat, n = collections.Counter(), collections.Counter(), 0
for b in txt.split('\n\n'):
    if not b.lstrip().startswith('"http-nio-') or 'State: RUNNABLE' not in b:
        continue
    frames = [l.strip()[3:] for l in b.splitlines() if l.strip().startswith('at ')]
    if not frames or 'EPoll' in frames[0] or 'Poller' in b.splitlines()[0] or 'Acceptor' in b.splitlines()[0]:
        continue
    if any('NioEndpoint$Poller' in f or 'NioBlockingSelector' in f for f in frames[:3]):
        continue
    n += 1
    top[frames[0][:110]] += 1
    app = next((f for f in frames if f.startswith('org.maillage')), '-')
    key = next((k for f in frames for k in KEYS if k in f), None)
    cat[(key, app[:90])] += 1
print(n, 'runnable request-thread samples')
for k, v in cat.most_common(15):
    print(f'{v:4d}  {k[0]!s:18} {k[1]}')
print('-- top frames')
for k, v in top.most_common(12):
    print(f'{v:4d}  {k}')
