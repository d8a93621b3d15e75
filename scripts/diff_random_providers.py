"""Random provider sequences for scripts/diff-reference: providers created, renamed, moved and deleted,
their traits and aggregates set, then GET /resource_providers filtered every way, by the reference
Placement and by ours.

  DIFF_SEED=7 DIFF_STEPS=200 scripts/diff-reference REF OURS scripts/diff_random_providers.py

Both servers must start empty. Bodies that need a generation read it from each server (`prepare`, see
scripts/diff_reference.py). Twelve uuids and eight names are drawn from, so names collide, parents are
missing or deleted, and moves make loops.
"""
import os
import random

from diff_steps import chosen, u, step, generation

SEED = int(os.environ.get('DIFF_SEED', '1'))
STEPS = int(os.environ.get('DIFF_STEPS', '200'))
R = random.Random(SEED)

TRAITS = ['HW_CPU_X86_AVX2', 'HW_CPU_X86_SSE', 'STORAGE_DISK_SSD', 'CUSTOM_FOO', 'CUSTOM_BAR', 'CUSTOM_NOPE']
CLASSES = ['VCPU', 'MEMORY_MB', 'DISK_GB']


UUIDS = [u(100 + i) for i in range(12)]
AGGS = [u(5000 + i) for i in range(4)]
NAMES = ['cn-%d' % i for i in range(8)]


def create():
    version = R.choice(['1.14', '1.20', '1.20', '1.37'])
    body = {'name': R.choice(NAMES), 'uuid': R.choice(UUIDS)}  # a uuid of the server's own would differ
    if R.random() < 0.5:
        body['parent_provider_uuid'] = R.choice(UUIDS)
    return step('POST', '/resource_providers', version, body)


def update():
    rp = R.choice(UUIDS)
    version = R.choice(['1.14', '1.20', '1.37', '1.37'])
    body = {'name': R.choice(NAMES)}
    kind = R.random()
    if kind < 0.4:
        body['parent_provider_uuid'] = R.choice(UUIDS)
    elif kind < 0.5:
        body['parent_provider_uuid'] = None
    return step('PUT', '/resource_providers/%s' % rp, version, body)


def set_traits():
    rp = R.choice(UUIDS)
    traits = R.sample(TRAITS, R.randint(0, 3))
    return step('PUT', '/resource_providers/%s/traits' % rp, '1.6',
                prepare=lambda get: {'traits': traits, 'resource_provider_generation': generation(get, rp)})


def set_aggregates():
    rp = R.choice(UUIDS)
    aggs = R.sample(AGGS, R.randint(0, 2))
    if R.random() < 0.5:
        return step('PUT', '/resource_providers/%s/aggregates' % rp, '1.1', aggs)
    return step('PUT', '/resource_providers/%s/aggregates' % rp, '1.19',
                prepare=lambda get: {'aggregates': aggs, 'resource_provider_generation': generation(get, rp)})


def set_inventory():
    rp = R.choice(UUIDS)
    inv = {rc: {'total': R.randint(1, 8) * (256 if rc == 'MEMORY_MB' else 1)}
           for rc in R.sample(CLASSES, R.randint(1, 3))}
    return step('PUT', '/resource_providers/%s/inventories' % rp, '1.20',
                prepare=lambda get: {'inventories': inv, 'resource_provider_generation': generation(get, rp)})


def listing():
    version = R.choice(['1.0', '1.3', '1.4', '1.14', '1.18', '1.22', '1.32', '1.38', '1.39'])
    v = tuple(map(int, version.split('.')))
    params = []
    if R.random() < 0.2:
        params.append(('name', R.choice(NAMES)))
    if R.random() < 0.15:
        params.append(('uuid', R.choice(UUIDS)))
    if R.random() < 0.3:
        kind = R.random()
        if kind < 0.4 or v < (1, 24):
            params.append(('member_of', 'in:' + ','.join(R.sample(AGGS, R.randint(1, 2)))))
        elif kind < 0.7 or v < (1, 32):
            params.append(('member_of', R.choice(AGGS)))
            if R.random() < 0.5:
                params.append(('member_of', R.choice(AGGS)))
        else:
            params.append(('member_of', '!' + R.choice(AGGS)))
    if R.random() < 0.3:
        params.append(('resources', ','.join('%s:%d' % (rc, R.randint(1, 4) * (256 if rc == 'MEMORY_MB' else 1))
                                             for rc in R.sample(CLASSES, R.randint(1, 2)))))
    if R.random() < 0.3:
        trait = R.choice(TRAITS)
        if v >= (1, 39) and R.random() < 0.3:
            trait = 'in:' + ','.join(R.sample(TRAITS[:5], 2))
        elif v >= (1, 22) and R.random() < 0.3:
            trait = '!' + trait
        params.append(('required', trait))
    if R.random() < 0.2:
        params.append(('in_tree', R.choice(UUIDS)))
    path = '/resource_providers' + ('?' + '&'.join('%s=%s' % kv for kv in params) if params else '')
    return step('GET', path, version)


def reads():
    kind = R.random()
    rp = R.choice(UUIDS)
    if kind < 0.5:
        return step('GET', '/resource_providers/%s' % rp, R.choice(['1.0', '1.14', '1.20', '1.37']))
    if kind < 0.75:
        return step('GET', '/resource_providers/%s/traits' % rp, '1.6')
    return step('GET', '/resource_providers/%s/aggregates' % rp, R.choice(['1.1', '1.19']))


def delete():
    return step('DELETE', '/resource_providers/%s' % R.choice(UUIDS), '1.14')


def sequence():
    steps = [step('PUT', '/traits/CUSTOM_FOO', '1.6'), step('PUT', '/traits/CUSTOM_BAR', '1.6')]
    for _ in range(STEPS):
        steps.append(chosen(R, [(0.2, create), (0.3, update), (0.35, delete), (0.45, set_traits),
                                (0.55, set_aggregates), (0.62, set_inventory), (0.75, reads), (1.0, listing)])())
    return steps


CASES = [('providers-%d' % SEED, sequence())]
