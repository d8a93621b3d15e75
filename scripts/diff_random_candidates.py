"""Random cases for scripts/diff-reference: a random world of nested trees and sharing providers, then
random allocation-candidates queries, answered by the reference Placement and by ours.

  DIFF_SEED=7 DIFF_QUERIES=150 scripts/diff-reference REF OURS scripts/diff_random_candidates.py

Both servers must start empty. The world (trees up to three levels, inventories with reserved,
ratios, min/max units and steps, traits, aggregates, sharing providers, some allocations) and the
queries (granular groups, resourceless groups, required with ! and in:, member_of with in: and !,
in_tree, group_policy, same_subtree, root_required, at several microversions) come from the seed, so
a difference is reproduced by running the same seed again.

Placement (8.0 and master alike) has two order-dependent bugs that this file steers around unless
DIFF_UPSTREAM_BUGS=1 (docs/architecture.md, "Deliberate differences"):
- when two groups take the same class from one provider and group_policy is not `none`, merging adds the
  amounts into an object that other candidates share, so later candidates carry inflated amounts or are
  dropped as over capacity; queries here repeat a class across groups only with group_policy=none;
- an unsuffixed group that one sharing provider serves alone is kept for only one of the trees it is
  anchored to (a set that ignores anchors); here an unsuffixed group beside suffixed ones always asks
  for a class that no sharing provider has.
Python set order also decides the order of the groups in one error message; at most one group here is
resourceless.
"""
import os
import random

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


def resources(classes=CLASSES):
    picked = R.sample(classes, min(len(classes), R.randint(1, 3)))
    return ','.join('%s:%d' % (rc, R.randint(1, 3) * SCALE.get(rc, 1)) for rc in picked)


def required(version):
    kind = R.random()
    if kind < 0.4 or version < (1, 22):
        return R.choice(TRAITS)
    if kind < 0.7 or version < (1, 39):
        return '!' + R.choice(TRAITS)
    return 'in:' + ','.join(R.sample(TRAITS, 2))


def member_of(version):
    kind = R.random()
    if kind < 0.4 or version < (1, 24):
        return R.choice(AGGS)
    if kind < 0.7 or version < (1, 32):
        return 'in:' + ','.join(R.sample(AGGS, 2))
    return R.choice(['!', '!in:']) + ','.join(R.sample(AGGS, 1 if R.random() < 0.5 else 2))


def query(providers, shared_classes):
    version = R.choice([(1, 25), (1, 29), (1, 33), (1, 36), (1, 39), (1, 39), (1, 39)])
    names = ['1', '2'] if version < (1, 33) else ['1', '_A', '_NET']
    suffixes = R.sample(names, R.randint(0, 2))
    policy = R.choice(['none', 'isolate']) if len(suffixes) > 1 or (suffixes and R.random() < 0.3) else None
    unsuffixed = R.random() < 0.85 or not suffixes
    resourceless_left = 1
    params, taken = [], set()

    def classes(own):
        if UPSTREAM_BUGS or policy == 'none':
            return own
        return [rc for rc in own if rc not in taken] or None

    if unsuffixed:
        own = CLASSES
        if suffixes and not UPSTREAM_BUGS:
            own = [rc for rc in CLASSES if rc not in shared_classes] or CLASSES
        picked = resources(own)
        if suffixes and not UPSTREAM_BUGS and own is not CLASSES:
            # at least one class no sharing provider has, whatever else is asked
            first = R.choice(own)
            if first not in picked:
                picked = '%s:%d,%s' % (first, SCALE.get(first, 1), picked)
        params.append(('resources', picked))
        taken.update(kv.split(':')[0] for kv in picked.split(','))
        if R.random() < 0.4:
            params.append(('required', required(version)))
        if R.random() < 0.25:
            params.append(('member_of', member_of(version)))
    for s in suffixes:
        own = classes(CLASSES)
        resourceless = own is None or (version >= (1, 36) and resourceless_left and R.random() < 0.25)
        if resourceless and not (version >= (1, 36) and resourceless_left):
            suffixes = [x for x in suffixes if x != s]
            continue
        if resourceless:
            resourceless_left -= 1
        else:
            picked = resources(own)
            params.append(('resources' + s, picked))
            taken.update(kv.split(':')[0] for kv in picked.split(','))
        if resourceless or R.random() < 0.4:
            params.append(('required' + s, required(version)))
        if R.random() < 0.25:
            params.append(('member_of' + s, member_of(version)))
    if policy and suffixes:
        params.append(('group_policy', policy))
    if version >= (1, 31) and unsuffixed and R.random() < 0.15:  # in_tree alone makes '' resourceless
        params.append(('in_tree', R.choice(providers).uuid))
    if version >= (1, 35) and R.random() < 0.15:
        params.append(('root_required', required(version).replace('in:', '')))
    if version >= (1, 36) and len(suffixes) > 1 and R.random() < 0.4:
        params.append(('same_subtree', ','.join(suffixes)))
    path = '/allocation_candidates?' + '&'.join('%s=%s' % kv for kv in params)
    return step('GET', path, '%d.%d' % version)


_steps, _providers, _shared = world()
CASES = [('random-world-%d' % SEED, _steps),
         ('random-queries-%d' % SEED, [query(_providers, _shared) for _ in range(QUERIES)])]
