"""Random catalog sequences for scripts/diff-reference: traits and resource classes created, renamed,
listed, filtered and deleted (standard, custom, malformed, in use by providers or not), answered by the
reference Placement and by ours.

  DIFF_SEED=7 DIFF_STEPS=200 scripts/diff-reference REF OURS scripts/diff_random_catalog.py

Both servers must start empty. Three providers take custom traits, inventories of custom classes and
allocations of them, so deletions meet traits and classes in use. Versions span each route's window
(traits from 1.6, classes from 1.2, PUT of a class creating it from 1.7).
"""
import os
import random

from diff_steps import chosen, consumer_generation, generation, step, u

SEED = int(os.environ.get('DIFF_SEED', '1'))
STEPS = int(os.environ.get('DIFF_STEPS', '200'))
R = random.Random(SEED)

PROVIDERS = [u(100 + i) for i in range(3)]
TRAITS = ['CUSTOM_A', 'CUSTOM_B', 'CUSTOM_C', 'HW_CPU_X86_AVX2', 'MISC_SHARES_VIA_AGGREGATE',
          'CUSTOM_a', 'FOO', 'CUSTOM_', 'CUSTOM_' + 'X' * 250, 'CUSTOM_Ä']
CLASSES = ['CUSTOM_G', 'CUSTOM_H', 'CUSTOM_J', 'VCPU', 'DISK_GB', 'custom_g', 'CUSTOM_', 'CUSTOM_' + 'Y' * 250,
           'IPV4_ADDRESS']
TRAIT_VERSIONS = ['1.5', '1.6', '1.6', '1.15', '1.39']
CLASS_VERSIONS = ['1.1', '1.2', '1.6', '1.7', '1.7', '1.15', '1.39']


def traits():
    kind, name, version = R.random(), R.choice(TRAITS), R.choice(TRAIT_VERSIONS)
    if kind < 0.3:
        return step('PUT', '/traits/%s' % name, version)
    if kind < 0.45:
        return step('DELETE', '/traits/%s' % name, version)
    if kind < 0.6:
        return step('GET', '/traits/%s' % name, version)
    # Unfiltered lists differ by design: ours has os-traits 3.9.0's 377 standard traits, Debian's 8.0 has 345
    params = ['name=' + R.choice(['startswith:CUSTOM_', 'startswith:CUSTOM_A', 'startswith:MISC_SHARES',
                                  'in:' + ','.join(R.sample(TRAITS[:5], 2)), 'in:', 'CUSTOM_A', 'in:CUSTOM_Ä'])]
    if R.random() < 0.4:
        params.append('associated=' + R.choice(['true', 'false', 'True', 'yes', '']))
    elif R.random() < 0.2:
        params = ['associated=true']
    return step('GET', '/traits' + ('?' + '&'.join(params) if params else ''), version)


def classes():
    kind, name, version = R.random(), R.choice(CLASSES), R.choice(CLASS_VERSIONS)
    if kind < 0.25:
        return step('POST', '/resource_classes', version, {'name': name})
    if kind < 0.45:
        if tuple(map(int, version.split('.'))) < (1, 7) and R.random() < 0.8:
            target = R.choice(CLASSES)

            def rename(get):
                # we refuse to rename a class in use, Placement renames it (docs/architecture.md, "Where we differ")
                used = any(name in (get('/resource_providers/%s/inventories' % rp, '1.6') or {}).get('inventories', {})
                           for rp in PROVIDERS)
                return {'name': name if used else target}
            return step('PUT', '/resource_classes/%s' % name, version, prepare=rename)
        return step('PUT', '/resource_classes/%s' % name, version)
    if kind < 0.6:
        return step('DELETE', '/resource_classes/%s' % name, version)
    if kind < 0.8:
        return step('GET', '/resource_classes/%s' % name, version)
    return step('GET', '/resource_classes', version)


def provider_traits():
    rp, names = R.choice(PROVIDERS), R.sample(TRAITS[:5], R.randint(0, 3))
    if R.random() < 0.3:
        return step('DELETE', '/resource_providers/%s/traits' % rp, '1.6')
    return step('PUT', '/resource_providers/%s/traits' % rp, '1.6',
                prepare=lambda get: {'traits': names, 'resource_provider_generation': generation(get, rp)})


def inventories():
    rp = R.choice(PROVIDERS)
    inv = {rc: {'total': R.randint(2, 9)} for rc in R.sample(CLASSES[:5], R.randint(0, 2))}
    return step('PUT', '/resource_providers/%s/inventories' % rp, '1.20',
                prepare=lambda get: {'inventories': inv, 'resource_provider_generation': generation(get, rp)})


def allocation():
    rp, consumer, rc = R.choice(PROVIDERS), u(9000 + R.randint(0, 3)), R.choice(CLASSES[:5])
    empty = R.random() < 0.3

    def body(get):
        held = consumer_generation(get, consumer)
        # Placement keeps an emptied consumer it has just created (docs/architecture.md, "Where we differ")
        wanted = {} if empty and held is not None else {rp: {'resources': {rc: 1}}}
        return {'allocations': wanted, 'project_id': u(900), 'user_id': u(901), 'consumer_generation': held}
    return step('PUT', '/allocations/%s' % consumer, '1.28', prepare=body)


def provider_reads():
    rp = R.choice(PROVIDERS)
    return step('GET', R.choice(['/resource_providers/%s/traits', '/resource_providers/%s/inventories',
                                 '/resource_providers/%s/usages']) % rp, '1.6')


def sequence():
    steps = [step('POST', '/resource_providers', '1.20', {'name': 'rp-%d' % i, 'uuid': rp})
             for i, rp in enumerate(PROVIDERS)]
    for _ in range(STEPS):
        steps.append(chosen(R, [(0.3, traits), (0.6, classes), (0.72, provider_traits), (0.84, inventories),
                                (0.92, allocation), (1.0, provider_reads)])())
    return steps


CASES = [('catalog-%d' % SEED, sequence())]
