"""Random write sequences for scripts/diff-reference: claims, moves, releases and inventory changes,
good and bad, answered by the reference Placement and by ours, with the usages read back as they go.

  DIFF_SEED=7 DIFF_WRITES=200 scripts/diff-reference REF OURS scripts/diff_random_writes.py

Both servers must start empty. Steps build their bodies from what each server holds (`prepare`, see
scripts/diff_reference.py): generations, and the inventory record being raised, so a sequence need not
know which earlier writes succeeded. Writes use every allocation form (1.0 lists, 1.12 dicts, 1.28 consumer
generations, 1.38 consumer types, POST /allocations from 1.13) with amounts that fit or break capacity,
min_unit, max_unit and step_size, unknown classes and providers, and a class the provider lacks.
Inventory changes never lower total or allocation_ratio nor raise reserved: an over-capacity provider
follows master's rule here and 8.0's there (docs/placement-api.md section 7). A POST that empties a
consumer holding nothing leaves that consumer out: Placement would keep an empty consumer record
(docs/architecture.md), and the sequences would part ways.
"""
import os
import random

from diff_steps import u, step, generation, consumer_generation

SEED = int(os.environ.get('DIFF_SEED', '1'))
WRITES = int(os.environ.get('DIFF_WRITES', '200'))
R = random.Random(SEED)

CLASSES = ['VCPU', 'MEMORY_MB', 'DISK_GB', 'CUSTOM_GOLD']
SCALE = {'MEMORY_MB': 128, 'DISK_GB': 5}


PROJECTS = [u(900), u(901)]
USERS = [u(910), u(911)]
CONSUMERS = [u(9000 + i) for i in range(8)]
TYPES = ['INSTANCE', 'MIGRATION', 'CUSTOM_X']


def inventory_record(rc):
    scale = SCALE.get(rc, 1)
    total, ratio, reserved = R.randint(4, 16) * scale, R.choice([1.0, 1.0, 1.5, 2.0]), R.choice([0, scale])
    unit = R.choice([1, 1, 2]) * scale
    return {'total': total, 'reserved': reserved, 'allocation_ratio': ratio, 'min_unit': unit,
            'max_unit': max(unit, R.choice([total, total // 2 // unit * unit])), 'step_size': unit}


def world():
    steps, inventories = [], {}
    roots = [u(101), u(102)]
    children = {u(103): u(101), u(104): u(102)}
    for rp in roots:
        steps.append(step('POST', '/resource_providers', '1.20', {'name': 'rp-' + rp[-3:], 'uuid': rp}))
    for rp, parent in children.items():
        steps.append(step('POST', '/resource_providers', '1.20',
                          {'name': 'rp-' + rp[-3:], 'uuid': rp, 'parent_provider_uuid': parent}))
    steps.append(step('PUT', '/resource_classes/CUSTOM_GOLD', '1.7'))
    for rp in roots + list(children):
        inv = {rc: inventory_record(rc) for rc in R.sample(CLASSES, R.randint(1, 3))}
        inventories[rp] = inv
        steps.append(step('PUT', '/resource_providers/%s/inventories' % rp, '1.20',
                          {'resource_provider_generation': 0, 'inventories': inv}))
    return steps, inventories


def amount(rc):
    scale = SCALE.get(rc, 1)
    kind = R.random()
    if kind < 0.75:
        return R.randint(1, 4) * scale
    if kind < 0.85:
        return R.randint(1, 4) * scale + 1      # off the step
    if kind < 0.95:
        return R.randint(10, 40) * scale       # over capacity or max_unit
    return R.choice([0, -1])


def claim(inventories):
    """{rp: {rc: amount}} over one or two providers, now and then naming what is not there."""
    # Never a provider that does not exist: Placement then leaks an empty consumer (spec section 4.4), on
    # purpose not done here, and the sequences would part ways (diff_cases.py covers that 400).
    chosen = R.sample(sorted(inventories), R.randint(1, min(2, len(inventories))))
    alloc = {}
    for rp in chosen:
        own = sorted(inventories.get(rp, {'VCPU': None}))
        classes = R.sample(own, R.randint(1, len(own)))
        if R.random() < 0.08:
            classes.append(R.choice([rc for rc in CLASSES if rc not in own] or ['CUSTOM_NOPE']))
        if R.random() < 0.03:
            classes.append('CUSTOM_NOPE')
        alloc[rp] = {rc: amount(rc) for rc in classes}
    return alloc


def put_allocations(inventories):
    consumer = R.choice(CONSUMERS)
    alloc = claim(inventories)
    version = R.choice(['1.0', '1.8', '1.12', '1.28', '1.38', '1.38'])
    path = '/allocations/%s' % consumer
    if version in ('1.0', '1.8'):
        body = {'allocations': [{'resource_provider': {'uuid': rp}, 'resources': res}
                                for rp, res in alloc.items()]}
    else:
        body = {'allocations': {rp: {'resources': res} for rp, res in alloc.items()}}
    if version != '1.0':
        body.update(project_id=R.choice(PROJECTS), user_id=R.choice(USERS))
    if version == '1.38':
        body['consumer_type'] = R.choice(TYPES)
    if version in ('1.28', '1.38'):
        return step('PUT', path, version, prepare=lambda get: dict(body, consumer_generation=consumer_generation(
            get, consumer)))
    return step('PUT', path, version, body)


def post_allocations(inventories):
    version = R.choice(['1.13', '1.28', '1.38'])
    body = {}
    for consumer in R.sample(CONSUMERS, 2):
        alloc = {} if R.random() < 0.3 else claim(inventories)   # {} releases that consumer
        entry = {'allocations': {rp: {'resources': res} for rp, res in alloc.items()},
                 'project_id': R.choice(PROJECTS), 'user_id': R.choice(USERS)}
        if version == '1.38':
            entry['consumer_type'] = R.choice(TYPES)
        body[consumer] = entry
    def prepare(get):
        sent = {}
        for consumer, entry in body.items():
            held = get('/allocations/%s' % consumer, '1.28') or {}
            if entry['allocations'] or held.get('allocations'):
                sent[consumer] = entry if version == '1.13' else dict(
                    entry, consumer_generation=held.get('consumer_generation'))
        return sent
    return step('POST', '/allocations', version, prepare=prepare)


def change_inventory(inventories):
    """Raises one class (from the record this server holds), adds a class, or deletes one."""
    rp = R.choice(sorted(inventories))
    kind = R.random()
    rc = R.choice(CLASSES)
    fresh = inventory_record(rc)
    seed = R.random()
    if kind < 0.5:
        def raised(get):
            held = (get('/resource_providers/%s/inventories' % rp, '1.26') or {}).get('inventories', {})
            record = dict(raise_record(rc, held[rc], seed) if rc in held else fresh)
            return dict(record, resource_provider_generation=generation(get, rp))
        return step('PUT', '/resource_providers/%s/inventories/%s' % (rp, rc), '1.26', prepare=raised)
    if kind < 0.8:
        def added(get):
            held = (get('/resource_providers/%s/inventories' % rp, '1.26') or {}).get('inventories', {})
            records = {k: {f: v[f] for f in FIELDS} for k, v in held.items()}
            records.setdefault(rc, fresh)
            return {'inventories': records, 'resource_provider_generation': generation(get, rp)}
        return step('PUT', '/resource_providers/%s/inventories' % rp, '1.26', prepare=added)
    # deleting a class: refused while it is in use
    return step('DELETE', '/resource_providers/%s/inventories/%s' % (rp, rc), '1.26')


FIELDS = ('total', 'reserved', 'allocation_ratio', 'min_unit', 'max_unit', 'step_size')


def raise_record(rc, old, seed):
    """A record of no less capacity than {@code old}, its units changed (the same for both servers)."""
    r = random.Random(seed)
    scale = SCALE.get(rc, 1)
    total = old['total'] + r.choice([0, 0, scale])
    unit = r.choice([1, 1, 2]) * scale
    return {'total': total, 'reserved': old['reserved'],
            'allocation_ratio': max(old['allocation_ratio'], r.choice([1.0, 1.5])), 'min_unit': unit,
            'max_unit': max(unit, r.choice([total, total // 2 // unit * unit])), 'step_size': unit}


def reshape(inventories):
    """POST /reshaper: a root and its child trade some classes (as each server holds them), and one
    consumer's allocations are written on the provider that receives them."""
    parent, child = R.choice([(u(101), u(103)), (u(102), u(104))])
    src, dst = (parent, child) if R.random() < 0.5 else (child, parent)
    picks = [R.random() for _ in CLASSES]
    consumer = R.choice(CONSUMERS)
    alloc = claim({dst: {rc: None for rc in R.sample(CLASSES, 2)}})
    version = R.choice(['1.30', '1.34', '1.38'])
    entry = {'allocations': {rp: {'resources': res} for rp, res in alloc.items()},
             'project_id': R.choice(PROJECTS), 'user_id': R.choice(USERS)}
    if version == '1.38':
        entry['consumer_type'] = R.choice(TYPES)

    def prepare(get):
        held = {rp: {k: {f: v[f] for f in FIELDS} for k, v in (get('/resource_providers/%s/inventories' % rp,
                                                                   '1.26') or {}).get('inventories', {}).items()}
                for rp in (src, dst)}
        moving = [rc for rc, p in zip(CLASSES, picks) if rc in held[src] and rc not in held[dst] and p < 0.6]
        new_src = {rc: inv for rc, inv in held[src].items() if rc not in moving}
        new_dst = dict(held[dst], **{rc: held[src][rc] for rc in moving})
        return {'inventories': {rp: {'inventories': inv, 'resource_provider_generation': generation(get, rp)}
                                for rp, inv in ((src, new_src), (dst, new_dst))},
                'allocations': {consumer: dict(entry, consumer_generation=consumer_generation(get, consumer))}}
    return step('POST', '/reshaper', version, prepare=prepare)


def read_back(inventories):
    kind = R.random()
    if kind < 0.3:
        return step('GET', '/resource_providers/%s/usages' % R.choice(sorted(inventories)), '1.38')
    if kind < 0.5:
        return step('GET', '/allocations/%s' % R.choice(CONSUMERS), R.choice(['1.0', '1.12', '1.28', '1.38']))
    if kind < 0.7:
        return step('GET', '/resource_providers/%s/allocations' % R.choice(sorted(inventories)), '1.38')
    if kind < 0.85:
        return step('GET', '/usages?project_id=%s' % R.choice(PROJECTS), R.choice(['1.9', '1.38']))
    return step('GET', '/resource_providers/%s/inventories' % R.choice(sorted(inventories)), '1.38')


def writes(inventories):
    steps = []
    for _ in range(WRITES):
        kind = R.random()
        if kind < 0.45:
            steps.append(put_allocations(inventories))
        elif kind < 0.6:
            steps.append(post_allocations(inventories))
        elif kind < 0.7:
            steps.append(step('DELETE', '/allocations/%s' % R.choice(CONSUMERS), '1.38'))
        elif kind < 0.8:
            steps.append(change_inventory(inventories))
        elif kind < 0.85:
            steps.append(reshape(inventories))
        steps.append(read_back(inventories))
    return steps


_world, _inventories = world()
CASES = [('writes-world-%d' % SEED, _world), ('writes-%d' % SEED, writes(_inventories))]
