"""Random cases for scripts/diff-reference: a random world of nested trees and sharing providers, then
random allocation-candidates queries, answered by the reference Placement and by ours.

  DIFF_SEED=7 DIFF_QUERIES=150 scripts/diff-reference REF OURS scripts/diff_random_candidates.py

Both servers must start empty. The world (trees up to three levels, inventories with reserved,
ratios, min/max units and steps, traits, aggregates, sharing providers, some allocations) and the
queries (granular groups, resourceless groups, required with ! and in:, member_of with in: and !,
in_tree, group_policy, same_subtree, root_required, at several microversions) come from the seed, so
a difference is reproduced by running the same seed again.

The queries and the upstream bugs they steer around: scripts/diff_candidate_queries.py.
"""
import os
import random

from diff_candidate_queries import QueryMaker
from diff_steps import u, step

SEED = int(os.environ.get('DIFF_SEED', '1'))
QUERIES = int(os.environ.get('DIFF_QUERIES', '150'))
UPSTREAM_BUGS = os.environ.get('DIFF_UPSTREAM_BUGS') == '1'
R = random.Random(SEED)

TRAITS = ['HW_CPU_X86_AVX2', 'HW_CPU_X86_SSE', 'STORAGE_DISK_SSD', 'CUSTOM_FOO', 'CUSTOM_BAR']
CLASSES = ['VCPU', 'MEMORY_MB', 'DISK_GB', 'SRIOV_NET_VF', 'CUSTOM_GOLD']
SCALE = {'MEMORY_MB': 256, 'DISK_GB': 10}


AGGS = [u(5000 + i) for i in range(4)]


class Provider:
    def __init__(self, n, parent):
        self.n, self.uuid, self.parent, self.gen = n, u(n), parent, 0
        self.inventory, self.used = {}, {}


def world():
    steps = [step('PUT', '/traits/CUSTOM_FOO', '1.6'), step('PUT', '/traits/CUSTOM_BAR', '1.6'),
             step('PUT', '/resource_classes/CUSTOM_GOLD', '1.7')]
    providers, n = [], 100

    def add(parent):
        nonlocal n
        n += 1
        p = Provider(n, parent)
        body = {'name': 'rp-%d' % n, 'uuid': p.uuid}
        if parent:
            body['parent_provider_uuid'] = parent.uuid
        steps.append(step('POST', '/resource_providers', '1.20', body))
        providers.append(p)
        return p

    for _ in range(R.randint(3, 6)):
        root = add(None)
        for _ in range(R.randint(0, 3)):
            child = add(root)
            for _ in range(R.randint(0, 2)):
                add(child)
    sharing = [add(None) for _ in range(R.randint(1, 2))]
    for p in providers:
        inv = {}
        for rc in R.sample(CLASSES, R.randint(0 if p.parent else 1, 3)):
            scale = SCALE.get(rc, 1)
            total = R.randint(1, 12) * scale
            step_size = R.choice([1, 1, 2]) * (scale if rc == 'MEMORY_MB' else 1)
            inv[rc] = {'total': total, 'reserved': R.choice([0, 0, scale]),
                       'allocation_ratio': R.choice([1.0, 1.0, 2.0, 0.5]),
                       'min_unit': step_size, 'max_unit': max(step_size, R.choice([total, total // 2])),
                       'step_size': step_size}
        if inv:
            steps.append(step('PUT', '/resource_providers/%s/inventories' % p.uuid, '1.20',
                              {'resource_provider_generation': p.gen, 'inventories': inv}))
            p.gen += 1
            p.inventory = inv
        traits = R.sample(TRAITS, R.randint(0, 2))
        if p in sharing:
            traits.append('MISC_SHARES_VIA_AGGREGATE')
        if traits:
            steps.append(step('PUT', '/resource_providers/%s/traits' % p.uuid, '1.6',
                              {'resource_provider_generation': p.gen, 'traits': traits}))
            p.gen += 1
        aggs = R.sample(AGGS, R.randint(1 if p in sharing else 0, 2))
        if aggs:
            steps.append(step('PUT', '/resource_providers/%s/aggregates' % p.uuid, '1.19',
                              {'resource_provider_generation': p.gen, 'aggregates': aggs}))
            p.gen += 1
    for c in range(R.randint(2, 6)):
        p = R.choice([p for p in providers if p.inventory])
        rc, inv = R.choice(sorted(p.inventory.items()))
        capacity = int((inv['total'] - inv['reserved']) * inv['allocation_ratio'])
        amount = inv['min_unit']
        if p.used.get(rc, 0) + amount <= capacity and amount <= inv['max_unit']:
            p.used[rc] = p.used.get(rc, 0) + amount
            steps.append(step('PUT', '/allocations/%s' % u(9000 + c), '1.38',
                              {'allocations': {p.uuid: {'resources': {rc: amount}}},
                               'project_id': u(900), 'user_id': u(901), 'consumer_generation': None,
                               'consumer_type': 'INSTANCE'}))
    shared = {rc for p in sharing for rc in p.inventory}
    return steps, providers, shared


_steps, _providers, _shared = world()
_queries = QueryMaker(R, CLASSES, TRAITS, AGGS, SCALE, UPSTREAM_BUGS)
CASES = [('random-world-%d' % SEED, _steps),
         ('random-queries-%d' % SEED, [_queries.query(_providers, _shared) for _ in range(QUERIES)])]
