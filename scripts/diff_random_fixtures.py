"""Random cases for scripts/diff-reference on the worlds of the conformance suite's fixtures: one fixture
of ../shared/conformance/rest_fixtures.py (NUMA trees, sharing storage, granular, deep NUMA networks,
Neutron QoS multi-segment trees, ...) is loaded into both servers, then random allocation-candidates
queries over its classes, traits, aggregates and providers are answered by the reference and by ours.

  DIFF_SEED=3 [DIFF_FIXTURE=NeutronQoSMultiSegmentFixture] scripts/diff-reference REF OURS \\
      scripts/diff_random_fixtures.py

The seed picks the fixture (unless DIFF_FIXTURE names one), the fixture's random identifiers and the
queries. The fixture's requests are recorded, not sent, and replayed as steps on both servers: each
answer is compared too. A body that carries a provider generation is built from each server's own state.
The queries: scripts/diff_candidate_queries.py. Amounts are 1-3 times an eighth of the class's smallest
total, so some fit and some do not.
"""
import os
import random
import sys
import uuid

from diff_candidate_queries import QueryMaker
from diff_steps import generation, step

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.environ.get('SHARED', os.path.join(HERE, '..', '..', 'shared')),
                                'conformance'))
import rest_fixtures  # noqa: E402

SEED = int(os.environ.get('DIFF_SEED', '1'))
QUERIES = int(os.environ.get('DIFF_QUERIES', '150'))
R = random.Random(SEED)
WORLDS = sorted(name for name, f in rest_fixtures.FIXTURES.items()
                if f.profile == 'default' and name not in ('APIFixture', 'LegacyRBACPolicyFixture'))
FIXTURE = os.environ.get('DIFF_FIXTURE') or WORLDS[SEED % len(WORLDS)]
SHARES = 'MISC_SHARES_VIA_AGGREGATE'


class Generation:
    """What the recording client answers for a provider's generation: replaced per server by prepare."""

    def __init__(self, rp):
        self.rp = rp


class RecordingClient:
    """rest_fixtures' Client, but every request becomes a step; reads are answered from what was recorded."""

    def __init__(self):
        self.steps, self.created = [], set()
        self.inventories, self.traits, self.aggregates, self.providers = [], {}, {}, []

    def request(self, method, path, body=None, mv=None, ok=(200, 201, 204)):
        parts = path.strip('/').split('/')
        if method == 'GET' and parts[0] == 'resource_providers':
            return 200, {'generation': Generation(parts[1])}
        if method == 'GET':  # a resource class or trait: custom ones exist once created here
            name = parts[1]
            exists = not name.startswith('CUSTOM_') or name in self.created
            return (200 if parts[0] == 'resource_classes' else 204, None) if exists else (404, None)
        self.record(method, path, body, mv, parts)
        return 200, None

    def record(self, method, path, body, mv, parts):
        if method == 'PUT' and parts[0] in ('resource_classes', 'traits'):
            self.created.add(parts[1])
        elif parts[0] == 'resource_providers' and len(parts) == 1:
            self.providers.append(body['uuid'])
        elif len(parts) == 3 and parts[2] == 'inventories':
            self.inventories.append((parts[1], body['resource_class'], body['total']))
        elif len(parts) == 3 and parts[2] == 'traits':
            self.traits[parts[1]] = list(body['traits'])
        elif len(parts) == 3 and parts[2] == 'aggregates':
            self.aggregates[parts[1]] = list(body)
        s = step(method, path, mv, body)
        if isinstance(body, dict) and isinstance(body.get('resource_provider_generation'), Generation):
            rp = body['resource_provider_generation'].rp
            s['prepare'] = lambda get, body=body, rp=rp: dict(body, resource_provider_generation=generation(get, rp))
        self.steps.append(s)


def load(name):
    rest_fixtures.new_uuid = lambda: str(uuid.UUID(int=R.getrandbits(128), version=4))
    client = RecordingClient()
    rest_fixtures.FIXTURES[name](rest_fixtures.Builder(client), {}).load()
    return client


class Provider:
    def __init__(self, rp):
        self.uuid = rp


_world = load(FIXTURE)
_classes = sorted({rc for _, rc, _ in _world.inventories})
_scale = {rc: max(1, min(t for _, c, t in _world.inventories if c == rc) // 8) for rc in _classes}
_traits = sorted({t for ts in _world.traits.values() for t in ts if t != SHARES} | {'HW_CPU_X86_AVX2'})
_aggs = sorted({a for aggs in _world.aggregates.values() for a in aggs}) + [str(uuid.UUID(int=SEED))]
_sharing = {rp for rp, ts in _world.traits.items() if SHARES in ts}
_shared = {rc for rp, rc, _ in _world.inventories if rp in _sharing}
_queries = QueryMaker(R, _classes, _traits, _aggs, _scale, max_classes=2, max_groups=4)
_providers = [Provider(rp) for rp in _world.providers]
CASES = [('%s-%d' % (FIXTURE, SEED), _world.steps),
         ('%s-queries-%d' % (FIXTURE, SEED), [_queries.query(_providers, _shared) for _ in range(QUERIES)])]
