#!/usr/bin/python3
"""Differential check: the same requests against the reference Placement and ours, answers compared.

Usage: scripts/diff-reference REF_URL OURS_URL [case-file.py ...]
Each case file defines CASES, a list of (name, steps); a step is a dict with method, path and optionally
version, body, headers, accept, and prepare (see prepared). Both servers must start empty. Steps run in
order on both servers; uuids are fixed by the cases, so both hold the same data. What is compared: the status, the
openstack-api-version, vary, allow, location, content-type and cache headers, and the JSON body
(request ids masked; lists compared without regard to order unless the step says ordered=True:
Placement's orders mostly come from its database or from Python sets).
Prints one line per difference and a summary; exit status 1 if any differ.
"""
import http.client
import json
import os
import re
import runpy
import sys
import urllib.parse

HEADERS = ('openstack-api-version', 'vary', 'allow', 'location', 'content-type', 'cache-control')
PRESENCE_ONLY = ('last-modified',)


def prepared(base, step):
    """A step whose body depends on the server's state (random write sequences cannot know generations)
    has prepare(get), called with get(path, version) -> this server's JSON answer or None; it returns
    the body to send to this server."""
    if 'prepare' not in step:
        return step

    def get(path, version):
        status, _, raw = call(base, dict(method='GET', path=path, version=version))
        return json.loads(raw) if status == 200 else None
    return dict(step, body=step['prepare'](get))


def call(base, step):
    step = prepared(base, step)
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    headers = {'x-auth-token': step.get('token', 'admin')}
    if step.get('accept', 'application/json'):
        headers['accept'] = step.get('accept', 'application/json')
    if step.get('version'):
        headers['openstack-api-version'] = 'placement ' + step['version']
    body = None
    if 'body' in step:
        body = step['body'] if isinstance(step['body'], (str, bytes)) else json.dumps(step['body'])
        headers['content-type'] = step.get('content_type', 'application/json')
    headers.update(step.get('headers', {}))
    path = urllib.parse.quote(step['path'], safe="/?&=:,;!%+*'()@$~[]")  # non-ASCII as UTF-8 escapes
    conn.request(step['method'], path, body=body, headers=headers)
    resp = conn.getresponse()
    raw = resp.read()
    got = {k.lower(): v for k, v in resp.getheaders()}
    conn.close()
    return resp.status, got, raw


def short_detail(text):
    """An error detail up to jsonschema's schema dump, whose layout differs between jsonschema releases."""
    text = re.split(r'\s+Failed validating', text)[0]
    # jsonschema >= 4.23 (master's, and ours) says "should be non-empty" where Debian's 4.10 says these
    for older in ('does not have enough properties', 'is too short'):
        text = text.replace(older, 'should be non-empty')
    # Placement names several classes in the order of a Python set of their ids, which for custom
    # classes (ids from 10000) depends on its hash table; we name them standard ones first
    text = re.sub(r"Inventory for '([^']*)'",
                  lambda m: "Inventory for '%s'" % ', '.join(sorted(m.group(1).split(', '))), text)
    # a Python set of trait names, whose order Python's string hashing randomizes per process
    text = re.sub(r"No such trait ([A-Z0-9_, ]+)",
                  lambda m: "No such trait %s" % ', '.join(sorted(m.group(1).strip().split(', '))), text)
    return text.strip()


def mask(value):
    if isinstance(value, dict):
        return {k: ('REQ' if k == 'request_id' else short_detail(v) if k == 'detail' else mask(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [mask(v) for v in value]
    return value


def canonical(value):
    """The value with every list sorted, to tell order differences from content differences."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def first_difference(a, b, path='$'):
    if type(a) is not type(b):
        return '%s: %r vs %r' % (path, a, b)
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return '%s.%s: %s' % (path, k, 'only ours' if k not in a else 'only reference')
            d = first_difference(a[k], b[k], '%s.%s' % (path, k))
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return '%s: %d vs %d items' % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, '%s[%d]' % (path, i))
            if d:
                return d
        return None
    return None if a == b else '%s: %r vs %r' % (path, a, b)


def compare(ref, ours, ordered=False):
    diffs = []
    if ref[0] != ours[0]:
        diffs.append('status %d vs %d' % (ref[0], ours[0]))
    for h in HEADERS:
        a, b = ref[1].get(h), ours[1].get(h)
        if h == 'location':
            a, b = (urllib.parse.urlsplit(x).path if x else x for x in (a, b))
        if h == 'content-type' and a and b and a.split(';')[0] == b.split(';')[0] and 'json' in a:
            continue
        if (a or '').replace(' ', '').lower() != (b or '').replace(' ', '').lower():
            diffs.append('header %s: %r vs %r' % (h, a, b))
    for h in PRESENCE_ONLY:
        if (h in ref[1]) != (h in ours[1]):
            diffs.append('header %s %s' % (h, 'only in reference' if h in ref[1] else 'only ours'))
    try:
        a, b = mask(json.loads(ref[2] or b'null')), mask(json.loads(ours[2] or b'null'))
    except ValueError:
        return diffs
    if a != b:
        d = first_difference(canonical(a), canonical(b))
        if d or ordered:
            diffs.append('body ' + (d if d else 'order: ' + (first_difference(a, b) or '?')))
    return diffs


def main():
    ref, ours, files = sys.argv[1].rstrip('/'), sys.argv[2].rstrip('/'), sys.argv[3:]
    if not files:
        files = [os.path.join(os.path.dirname(os.path.abspath(__file__)), 'diff_cases.py')]
    steps = differing = 0
    for f in files:
        for name, case in runpy.run_path(f)['CASES']:
            for i, step in enumerate(case):
                steps += 1
                r, o = call(ref, step), call(ours, step)
                diffs = compare(r, o, step.get('ordered', False))
                if diffs and not step.get('known'):
                    differing += 1
                    print('DIFF %s #%d %s %s (v%s): %s' % (name, i, step['method'], step['path'][:90],
                                                          step.get('version', '-'), '; '.join(diffs)))
                    if os.environ.get('DIFF_VERBOSE'):
                        print('   ref : %s' % r[2][:400])
                        print('   ours: %s' % o[2][:400])
    print('diff-reference: %d steps, %d differ' % (steps, differing))
    sys.exit(1 if differing else 0)


if __name__ == '__main__':
    main()
