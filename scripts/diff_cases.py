"""Cases for scripts/diff-reference: request sequences both servers answer from an empty store.

Every uuid is fixed here, so the two servers hold the same data. Steps marked known=True differ on
purpose (master's behaviour where Placement 8.0 differs, see docs/placement-api.md section 7).
"""


def u(n):
    return '%08x-0000-4000-8000-%012x' % (n, n)


def step(method, path, version=None, body=None, **kw):
    s = dict(method=method, path=path, **kw)
    if version:
        s['version'] = version
    if body is not None:
        s['body'] = body
    return s


def get(path, version=None, **kw):
    return step('GET', path, version, **kw)


def rp(n, name=None, parent=None, version='1.20'):
    body = {'name': name or 'rp-%d' % n, 'uuid': u(n)}
    if parent:
        body['parent_provider_uuid'] = u(parent)
    return step('POST', '/resource_providers', version if not parent else '1.20', body)


def inventory(n, gen, version='1.20', **classes):
    return step('PUT', '/resource_providers/%s/inventories' % u(n), version,
                {'resource_provider_generation': gen,
                 'inventories': {k: (v if isinstance(v, dict) else {'total': v}) for k, v in classes.items()}})


VERSIONS = ['1.0', '1.1', '1.4', '1.9', '1.12', '1.14', '1.15', '1.18', '1.20', '1.26', '1.28', '1.31',
            '1.34', '1.38', '1.39']

CASES = []

# --- providers
CASES.append(('providers', [
    rp(1, 'cn1'), rp(2, 'cn1'), rp(3, 'cn-numa', parent=1),
    step('POST', '/resource_providers', '1.20', {'name': 'x', 'uuid': 'not-a-uuid'}),
    step('POST', '/resource_providers', '1.20', {'name': '', 'uuid': u(4)}),
    step('POST', '/resource_providers', '1.20', {'name': 'a' * 201}),
    step('POST', '/resource_providers', '1.20', {'name': 'y', 'extra': 1}),
    step('POST', '/resource_providers', '1.20', {'name': 'z', 'uuid': u(5), 'parent_provider_uuid': u(999)}),
    step('POST', '/resource_providers', '1.13', {'name': 'z', 'parent_provider_uuid': u(1)}),
    # Python's json module words its errors differently from Jackson: the status and prefix agree
    step('POST', '/resource_providers', '1.20', '{bad json', known=True),
    step('POST', '/resource_providers', '1.20', {'name': 'q'}, content_type='text/plain'),
] + [get('/resource_providers/%s' % u(1), v) for v in VERSIONS] + [
    get('/resource_providers/%s' % u(999), '1.38'),
    get('/resource_providers/%s' % u(999), '1.0'),
    get('/resource_providers/not-a-uuid', '1.38'),
    get('/resource_providers?name=cn1', '1.38'),
    get('/resource_providers?uuid=%s' % u(3), '1.38'),
    get('/resource_providers?uuid=bad', '1.38'),
    get('/resource_providers?in_tree=%s' % u(3), '1.38'),
    get('/resource_providers?in_tree=%s' % u(3), '1.13'),
    get('/resource_providers?foo=bar', '1.38'),
    get('/resource_providers?member_of=%s' % u(50), '1.2'),
    get('/resource_providers?member_of=%s' % u(50), '1.3'),
    get('/resource_providers?member_of=in:%s,bad' % u(50), '1.38'),
    get('/resource_providers?resources=VCPU:1', '1.3'),
    get('/resource_providers?resources=VCPU', '1.38'),
    get('/resource_providers?resources=VCPU:0', '1.38'),
    get('/resource_providers?resources=FOO:1', '1.38'),
    get('/resource_providers?required=HW_CPU_X86_AVX2', '1.17'),
    get('/resource_providers?required=HW_CPU_X86_AVX2', '1.18'),
    get('/resource_providers?required=!HW_CPU_X86_AVX2', '1.18'),
    get('/resource_providers?required=!HW_CPU_X86_AVX2', '1.22'),
    get('/resource_providers?required=CUSTOM_NOPE', '1.22'),
    get('/resource_providers?required=in:HW_CPU_X86_AVX2,HW_CPU_X86_SSE', '1.39'),
    get('/resource_providers?required=in:HW_CPU_X86_AVX2,HW_CPU_X86_SSE', '1.38'),
    step('PUT', '/resource_providers/%s' % u(2), '1.38', {'name': 'cn2'}),
    step('PUT', '/resource_providers/%s' % u(2), '1.38', {'name': 'cn-numa'}),
    step('PUT', '/resource_providers/%s' % u(2), '1.38', {}),
    step('PUT', '/resource_providers/%s' % u(2), '1.38', {'name': 'cn2', 'parent_provider_uuid': u(2)}),
    step('PUT', '/resource_providers/%s' % u(1), '1.38', {'name': 'cn1', 'parent_provider_uuid': u(3)}),
    step('PUT', '/resource_providers/%s' % u(3), '1.36', {'name': 'cn-numa', 'parent_provider_uuid': None}),
    step('PUT', '/resource_providers/%s' % u(3), '1.37', {'name': 'cn-numa', 'parent_provider_uuid': u(2)}),
    step('PUT', '/resource_providers/%s' % u(999), '1.38', {'name': 'ghost'}),
    get('/resource_providers?in_tree=%s' % u(2), '1.38'),
    step('DELETE', '/resource_providers/%s' % u(2), '1.38'),
    step('DELETE', '/resource_providers/%s' % u(3), '1.38'),
    step('DELETE', '/resource_providers/%s' % u(999), '1.38'),
    step('PATCH', '/resource_providers/%s' % u(1), '1.38', {}),
    get('/resource_providers', '1.38'),
    get('/resource_providers', '1.0'),
]))

# --- inventories
CASES.append(('inventories', [
    rp(10, 'inv1'),
    inventory(10, 0, VCPU=8, MEMORY_MB={'total': 1024, 'reserved': 512, 'step_size': 256, 'max_unit': 512}),
    inventory(10, 0, VCPU=8),
    inventory(10, 1, VCPU={'total': 8, 'reserved': 9}),
    inventory(10, 1, VCPU={'total': 8, 'min_unit': 5, 'max_unit': 4}),
    inventory(10, 1, VCPU={'total': 0}),
    inventory(10, 1, VCPU={'total': 8, 'allocation_ratio': 0}),
    inventory(10, 1, VCPU={'total': 8, 'allocation_ratio': -1}),
    inventory(10, 1, NOT_A_CLASS=4),
    inventory(10, 1, VCPU={'total': 8, 'bogus': 1}),
    inventory(10, 1, VCPU={'total': 2147483648}),
    inventory(10, 1, **{'lower': 4}),
    get('/resource_providers/%s/inventories' % u(10), '1.38'),
    get('/resource_providers/%s/inventories' % u(10), '1.0'),
    get('/resource_providers/%s/inventories/VCPU' % u(10), '1.38'),
    get('/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38'),
    get('/resource_providers/%s/inventories/NOPE' % u(10), '1.38'),
    get('/resource_providers/%s/inventories' % u(999), '1.38'),
    step('POST', '/resource_providers/%s/inventories' % u(10), '1.38',
         {'resource_provider_generation': 1, 'resource_class': 'DISK_GB', 'total': 100}),
    # Placement 8.0 puts its SQL error into this 409's detail
    step('POST', '/resource_providers/%s/inventories' % u(10), '1.38',
         {'resource_provider_generation': 2, 'resource_class': 'DISK_GB', 'total': 100}, known=True),
    step('POST', '/resource_providers/%s/inventories' % u(10), '1.38',
         {'resource_provider_generation': 2, 'resource_class': 'NOPE', 'total': 100}),
    step('PUT', '/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38',
         {'resource_provider_generation': 2, 'total': 200}),
    step('PUT', '/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38',
         {'resource_provider_generation': 3, 'total': 200}),
    step('PUT', '/resource_providers/%s/inventories/IPV4_ADDRESS' % u(10), '1.38',
         {'resource_provider_generation': 4, 'total': 200}),
    step('PUT', '/resource_providers/%s/inventories/NOPE' % u(10), '1.38',
         {'resource_provider_generation': 4, 'total': 200}),
    step('PUT', '/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38',
         {'resource_provider_generation': 4}),
    step('DELETE', '/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38'),
    step('DELETE', '/resource_providers/%s/inventories/DISK_GB' % u(10), '1.38'),
    step('DELETE', '/resource_providers/%s/inventories/NOPE' % u(10), '1.38'),
    step('DELETE', '/resource_providers/%s/inventories' % u(10), '1.4'),
    step('DELETE', '/resource_providers/%s/inventories' % u(10), '1.5'),
    get('/resource_providers/%s/inventories' % u(10), '1.38'),
]))

# --- traits and aggregates of providers
CASES.append(('traits', [
    rp(20, 'tr1'),
    step('PUT', '/traits/CUSTOM_GOLD', '1.6'),
    step('PUT', '/traits/CUSTOM_GOLD', '1.6'),
    step('PUT', '/traits/HW_CPU_X86_AVX2', '1.6'),
    step('PUT', '/traits/gold', '1.6'),
    step('PUT', '/traits/CUSTOM_GOLD', '1.5'),
    get('/traits/CUSTOM_GOLD', '1.6'),
    get('/traits/CUSTOM_NOPE', '1.6'),
    get('/traits?name=startswith:CUSTOM', '1.6'),
    get('/traits?name=in:CUSTOM_GOLD,HW_CPU_X86_AVX2', '1.6'),
    get('/traits?name=in:', '1.6'),
    get('/traits?name=bogus:x', '1.6', known=True),  # os-traits 3.9.0 here, an older release in Debian's 8.0
    get('/traits?associated=true', '1.6'),
    get('/traits?associated=maybe', '1.6'),
    get('/traits?foo=1', '1.6'),
    step('PUT', '/resource_providers/%s/traits' % u(20), '1.6',
         {'resource_provider_generation': 0, 'traits': ['CUSTOM_GOLD', 'HW_CPU_X86_AVX2']}),
    step('PUT', '/resource_providers/%s/traits' % u(20), '1.6',
         {'resource_provider_generation': 0, 'traits': ['CUSTOM_GOLD']}),
    step('PUT', '/resource_providers/%s/traits' % u(20), '1.6',
         {'resource_provider_generation': 1, 'traits': ['CUSTOM_NOPE']}),
    step('PUT', '/resource_providers/%s/traits' % u(20), '1.6',
         {'resource_provider_generation': 1, 'traits': ['CUSTOM_GOLD', 'CUSTOM_GOLD']}),
    step('PUT', '/resource_providers/%s/traits' % u(20), '1.6', {'traits': []}),
    get('/resource_providers/%s/traits' % u(20), '1.6'),
    get('/traits?associated=true', '1.6'),
    step('DELETE', '/traits/CUSTOM_GOLD', '1.6'),
    step('DELETE', '/traits/HW_CPU_X86_AVX2', '1.6'),
    step('DELETE', '/traits/CUSTOM_NOPE', '1.6'),
    step('DELETE', '/resource_providers/%s/traits' % u(20), '1.6'),
    step('DELETE', '/traits/CUSTOM_GOLD', '1.6'),
    get('/resource_providers/%s/aggregates' % u(20), '1.1'),
    get('/resource_providers/%s/aggregates' % u(20), '1.19'),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.1', [u(50), u(51)]),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.19',
         {'resource_provider_generation': 0, 'aggregates': [u(50)]}),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.19',
         {'resource_provider_generation': 3, 'aggregates': [u(50)]}),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.19',
         {'resource_provider_generation': 4, 'aggregates': ['bad']}),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.19', {'aggregates': [u(50)]}),
    step('PUT', '/resource_providers/%s/aggregates' % u(20), '1.19',
         {'resource_provider_generation': 4, 'aggregates': [u(50), u(50)]}),
    get('/resource_providers/%s/aggregates' % u(20), '1.19'),
    get('/resource_providers?member_of=%s' % u(50), '1.38'),
    get('/resource_providers?member_of=!%s' % u(50), '1.32'),
    get('/resource_providers?member_of=!%s' % u(50), '1.31'),
]))

# --- resource classes
CASES.append(('classes', [
    get('/resource_classes', '1.2'),
    get('/resource_classes/VCPU', '1.2'),
    get('/resource_classes/CUSTOM_NOPE', '1.2'),
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_A'}),
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_A'}),
    step('POST', '/resource_classes', '1.2', {'name': 'VCPU'}),
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_lower'}),
    step('POST', '/resource_classes', '1.1', {'name': 'CUSTOM_B'}),
    step('PUT', '/resource_classes/CUSTOM_A', '1.2', {'name': 'CUSTOM_B'}),
    step('PUT', '/resource_classes/CUSTOM_B', '1.2', {'name': 'CUSTOM_B'}),
    step('PUT', '/resource_classes/VCPU', '1.2', {'name': 'CUSTOM_C'}),
    step('PUT', '/resource_classes/CUSTOM_NOPE', '1.2', {'name': 'CUSTOM_C'}),
    step('PUT', '/resource_classes/CUSTOM_D', '1.7'),
    step('PUT', '/resource_classes/CUSTOM_D', '1.7'),
    step('PUT', '/resource_classes/VCPU', '1.7'),
    step('PUT', '/resource_classes/lower', '1.7'),
    get('/resource_classes/CUSTOM_D', '1.15'),
    rp(30, 'rc1'),
    inventory(30, 0, CUSTOM_D=4),
    step('DELETE', '/resource_classes/CUSTOM_D', '1.7'),
    step('DELETE', '/resource_classes/VCPU', '1.7'),
    step('DELETE', '/resource_classes/CUSTOM_B', '1.7'),
    step('DELETE', '/resource_classes/CUSTOM_B', '1.7'),
    get('/resource_classes', '1.7'),
]))


def alloc(consumer, rps, version='1.38', gen=None, project=u(900), user=u(901), ctype='INSTANCE', **kw):
    body = {'allocations': {u(r): {'resources': res} for r, res in rps.items()}}
    v = tuple(int(x) for x in version.split('.'))
    if v >= (1, 8):
        body['project_id'] = project
        body['user_id'] = user
    if v >= (1, 28):
        body['consumer_generation'] = gen
    if v >= (1, 38):
        body['consumer_type'] = ctype
    body.update(kw)
    return step('PUT', '/allocations/%s' % u(consumer), version, body)


# --- allocations and usages
CASES.append(('allocations', [
    rp(40, 'al1'), rp(41, 'al2'),
    inventory(40, 0, VCPU={'total': 4, 'max_unit': 2}, MEMORY_MB={'total': 1024, 'step_size': 256}),
    inventory(41, 0, DISK_GB=100),
    alloc(400, {40: {'VCPU': 2, 'MEMORY_MB': 512}, 41: {'DISK_GB': 10}}),
    alloc(400, {40: {'VCPU': 2}}, gen=None),
    alloc(400, {40: {'VCPU': 2}}, gen=5),
    alloc(401, {40: {'VCPU': 3}}),
    alloc(401, {40: {'MEMORY_MB': 100}}),
    alloc(401, {40: {'DISK_GB': 1}}),
    # Placement leaks the new consumer of a write naming an unknown provider (docs/placement-api.md 4.4);
    # we do not, so a later write of that consumer differs on purpose.
    alloc(4010, {999: {'VCPU': 1}}),
    alloc(401, {40: {'VCPU': 0}}),
    alloc(401, {40: {'NOPE': 1}}),
    alloc(401, {40: {}}),
    alloc(401, {40: {'VCPU': 2}}, ctype='lower'),
    alloc(401, {40: {'VCPU': 2}}, version='1.37'),
    alloc(402, {40: {'VCPU': 1}}, version='1.37'),
    get('/allocations/%s' % u(402), '1.37'),
    get('/allocations/%s' % u(402), '1.38'),
    get('/usages?project_id=%s' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=all' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=unknown' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=INSTANCE' % u(900), '1.38'),
    get('/usages?project_id=%s' % u(900), '1.9'),
    get('/usages', '1.9'),
    get('/usages?user_id=%s' % u(901), '1.9'),
    get('/usages?project_id=%s' % u(900), '1.8'),
] + [get('/allocations/%s' % u(400), v) for v in VERSIONS] + [
    get('/allocations/%s' % u(999), '1.38'),
    get('/allocations/not-a-uuid', '1.38'),
    get('/resource_providers/%s/allocations' % u(40), '1.38'),
    get('/resource_providers/%s/allocations' % u(40), '1.0'),
    get('/resource_providers/%s/allocations' % u(999), '1.38'),
    get('/resource_providers/%s/usages' % u(40), '1.38'),
    get('/resource_providers/%s/usages' % u(999), '1.38'),
    step('PUT', '/allocations/%s' % u(403), '1.0',
         {'allocations': [{'resource_provider': {'uuid': u(40)}, 'resources': {'VCPU': 1}}]}),
    step('PUT', '/allocations/%s' % u(403), '1.11',
         {'allocations': [{'resource_provider': {'uuid': u(40)}, 'resources': {'VCPU': 1}}],
          'project_id': u(900), 'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(403), '1.28', {'allocations': {}, 'project_id': u(900),
                                                      'user_id': u(901), 'consumer_generation': 1}),
    step('POST', '/allocations', '1.13', {}),
    step('POST', '/allocations', '1.38', {u(404): {'allocations': {u(40): {'resources': {'VCPU': 1}}},
                                                   'project_id': u(900), 'user_id': u(901),
                                                   'consumer_generation': None, 'consumer_type': 'MIGRATION'},
                                          u(400): {'allocations': {}, 'project_id': u(900),
                                                   'user_id': u(901), 'consumer_generation': 1,
                                                   'consumer_type': 'INSTANCE'}}),
    step('POST', '/allocations', '1.38', {u(405): {'allocations': {u(40): {'resources': {'VCPU': 2}}},
                                                   'project_id': u(900), 'user_id': u(901),
                                                   'consumer_generation': None, 'consumer_type': 'X'},
                                          u(406): {'allocations': {u(40): {'resources': {'VCPU': 2}}},
                                                   'project_id': u(900), 'user_id': u(901),
                                                   'consumer_generation': None, 'consumer_type': 'X'}}),
    get('/resource_providers/%s/usages' % u(40), '1.38'),
    step('DELETE', '/allocations/%s' % u(404), '1.38'),
    step('DELETE', '/allocations/%s' % u(404), '1.38'),
    step('DELETE', '/resource_providers/%s' % u(40), '1.38'),
    step('DELETE', '/resource_providers/%s/inventories/VCPU' % u(40), '1.38'),
    inventory(40, 4, VCPU=1),
    get('/resource_providers/%s/usages' % u(40), '1.38'),
]))

# --- allocation candidates
CASES.append(('candidates', [
    rp(60, 'cc1'), rp(61, 'cc1-numa0', parent=60), rp(62, 'cc1-numa1', parent=60), rp(63, 'ss'),
    inventory(60, 0, DISK_GB=100), inventory(61, 0, VCPU=4, MEMORY_MB=2048), inventory(62, 0, VCPU=4, MEMORY_MB=2048),
    inventory(63, 0, DISK_GB=1000),
    step('PUT', '/resource_providers/%s/traits' % u(63), '1.6',
         {'resource_provider_generation': 1, 'traits': ['MISC_SHARES_VIA_AGGREGATE']}),
    step('PUT', '/resource_providers/%s/aggregates' % u(63), '1.19',
         {'resource_provider_generation': 2, 'aggregates': [u(70)]}),
    step('PUT', '/resource_providers/%s/aggregates' % u(60), '1.19',
         {'resource_provider_generation': 1, 'aggregates': [u(70)]}),
    get('/allocation_candidates?resources=VCPU:1', '1.9'),
    get('/allocation_candidates?resources=VCPU:1', '1.10'),
    get('/allocation_candidates?resources=VCPU:1', '1.12'),
    get('/allocation_candidates?resources=VCPU:1', '1.17'),
    get('/allocation_candidates?resources=VCPU:1,DISK_GB:10', '1.28'),
    get('/allocation_candidates?resources=VCPU:1,DISK_GB:10', '1.29'),
    get('/allocation_candidates?resources=VCPU:1,DISK_GB:10', '1.34'),
    get('/allocation_candidates?resources=VCPU:1&limit=1', '1.16', known=True),  # which one: Placement's set order
    get('/allocation_candidates?resources=VCPU:1&limit=0', '1.16'),
    get('/allocation_candidates?resources=VCPU:1&limit=x', '1.16'),
    get('/allocation_candidates', '1.10'),
    get('/allocation_candidates', '1.38'),
    get('/allocation_candidates?resources=VCPU:1&bogus=1', '1.38'),
    get('/allocation_candidates?resources=VCPU:x', '1.38'),
    get('/allocation_candidates?resources=NOPE:1', '1.38'),
    get('/allocation_candidates?resources1=VCPU:1&resources2=VCPU:1', '1.25'),
    get('/allocation_candidates?resources1=VCPU:1&resources2=VCPU:1&group_policy=isolate', '1.25'),
    get('/allocation_candidates?resources1=VCPU:1&resources2=VCPU:1&group_policy=none', '1.25'),
    get('/allocation_candidates?resources1=VCPU:1&resources2=VCPU:1&group_policy=isolate', '1.34'),
    get('/allocation_candidates?resources_A=VCPU:1&group_policy=none', '1.33'),
    get('/allocation_candidates?resources_A=VCPU:1&group_policy=none', '1.32'),
    get('/allocation_candidates?resources=VCPU:1&required=HW_CPU_X86_AVX2', '1.17'),
    get('/allocation_candidates?resources=VCPU:1&required=!HW_CPU_X86_AVX2', '1.22'),
    get('/allocation_candidates?resources=VCPU:1&required=CUSTOM_NOPE', '1.22'),
    get('/allocation_candidates?resources=VCPU:1&member_of=%s' % u(70), '1.21'),
    get('/allocation_candidates?resources=VCPU:1&member_of=%s' % u(70), '1.20'),
    get('/allocation_candidates?resources=VCPU:1&in_tree=%s' % u(61), '1.31'),
    get('/allocation_candidates?resources=VCPU:1&in_tree=%s' % u(999), '1.31'),
    get('/allocation_candidates?resources=VCPU:1&in_tree=bad', '1.31'),
    get('/allocation_candidates?resources=VCPU:1&root_required=!HW_CPU_X86_AVX2', '1.35'),
    get('/allocation_candidates?resources=VCPU:1&root_required=HW_CPU_X86_AVX2', '1.34'),
    get('/allocation_candidates?resources_A=VCPU:1&resources_B=MEMORY_MB:1&same_subtree=_A,_B', '1.36'),
    get('/allocation_candidates?resources_A=VCPU:1&same_subtree=_A,_C', '1.36'),
    get('/allocation_candidates?resources_A=VCPU:1&required_A=HW_CPU_X86_AVX2&required_A=HW_CPU_X86_SSE',
        '1.39'),
    get('/allocation_candidates?resources=VCPU:1&required=in:HW_CPU_X86_AVX2', '1.38'),
    get('/allocation_candidates?required_A=MISC_SHARES_VIA_AGGREGATE&resources=VCPU:1', '1.36'),
]))

# --- reshaper, misc
CASES.append(('misc', [
    get('/', None, token=''),
    get('/', '1.38'),
    get('/', '2.0'),
    get('/', 'latest'),
    get('/', 'bogus'),
    get('/resource_providers', '1.40'),
    get('/resource_providers', '1.38', accept='text/html'),
    get('/nope', '1.38'),
    step('DELETE', '/', '1.38'),
    step('POST', '/reshaper', '1.29', {}),
    step('POST', '/reshaper', '1.30', {}),
    step('POST', '/reshaper', '1.30', {'inventories': {}, 'allocations': {}}),
    step('POST', '/reshaper', '1.30', {'inventories': {u(999): {'resource_provider_generation': 0,
                                                               'inventories': {}}}, 'allocations': {}}),
]))

# --- more error paths: usages, POST /allocations, old forms, query strings
CASES.append(('more-allocations', [
    rp(100, 'ma1'), inventory(100, 0, VCPU={'total': 8, 'allocation_ratio': 1.5}, MEMORY_MB=4096),
    get('/resource_providers/%s/inventories' % u(100), '1.38'),
    get('/usages', '1.38'),
    get('/usages?project_id=', '1.38'),
    get('/usages?project_id=%s&user_id=' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=lower' % u(900), '1.38'),
    get('/usages?project_id=%s&consumer_type=INSTANCE' % u(900), '1.37'),
    get('/usages?project_id=%s&bogus=1' % u(900), '1.38'),
    step('PUT', '/allocations/%s' % u(1000), '1.0', {'allocations': []}),
    step('PUT', '/allocations/%s' % u(1000), '1.0', {'allocations': [{'resources': {'VCPU': 1}}]}),
    step('PUT', '/allocations/%s' % u(1000), '1.0',
         {'allocations': [{'resource_provider': {'uuid': 'bad'}, 'resources': {'VCPU': 1}}]}),
    step('PUT', '/allocations/%s' % u(1000), '1.8',
         {'allocations': [{'resource_provider': {'uuid': u(100)}, 'resources': {'VCPU': 1}}]}),
    step('PUT', '/allocations/%s' % u(1000), '1.12', {'allocations': {}, 'project_id': u(900), 'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(1000), '1.12',
         {'allocations': {u(100): {'resources': {'VCPU': 1}, 'generation': 5}}, 'project_id': u(900),
          'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(1000), '1.28',
         {'allocations': {u(100): {'resources': {'VCPU': 1}}}, 'project_id': u(900), 'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(1000), '1.34',
         {'allocations': {u(100): {'resources': {'VCPU': 1}}}, 'project_id': u(900), 'user_id': u(901),
          'consumer_generation': None, 'mappings': {'a': [u(100)]}}),
    step('PUT', '/allocations/%s' % u(1000), '1.33',
         {'allocations': {u(100): {'resources': {'VCPU': 1}}}, 'project_id': u(900), 'user_id': u(901),
          'consumer_generation': None, 'mappings': {'a': [u(100)]}}),
    step('PUT', '/allocations/%s' % u(1000), '1.38',
         {'allocations': {u(100): {'resources': {'VCPU': 12}}}, 'project_id': u(900), 'user_id': u(901),
          'consumer_generation': None, 'consumer_type': 'INSTANCE'}),
    step('PUT', '/allocations/%s' % u(1000), '1.38',
         {'allocations': {u(100): {'resources': {'VCPU': 13}}}, 'project_id': u(900), 'user_id': u(901),
          'consumer_generation': None, 'consumer_type': 'INSTANCE'}),
    step('PUT', '/allocations/%s' % u(1000), '1.38',
         {'allocations': {u(100): {'resources': {'VCPU': 1}}}, 'project_id': '', 'user_id': u(901),
          'consumer_generation': None, 'consumer_type': 'INSTANCE'}),
    step('PUT', '/allocations/not-a-uuid', '1.38',
         {'allocations': {u(100): {'resources': {'VCPU': 1}}}, 'project_id': u(900), 'user_id': u(901),
          'consumer_generation': None, 'consumer_type': 'INSTANCE'}),
    step('POST', '/allocations', '1.13', {u(1001): {'allocations': {u(100): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901)}}),
    step('POST', '/allocations', '1.28', {u(1002): {'allocations': {u(100): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901)}}),
    step('POST', '/allocations', '1.28', {u(1003): {'allocations': {u(100): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901),
                                                    'consumer_generation': 3}}),
    step('POST', '/allocations', '1.28', {'bad': {'allocations': {}, 'project_id': u(900), 'user_id': u(901),
                                                  'consumer_generation': None}}),
    step('POST', '/allocations', '1.28', {u(1004): {'allocations': {u(999): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901),
                                                    'consumer_generation': None}}),
    step('POST', '/allocations', '1.28', {u(1005): {'allocations': {u(100): {'resources': {'DISK_GB': 1}}},
                                                    'project_id': u(900), 'user_id': u(901),
                                                    'consumer_generation': None}}),
    get('/allocations/%s' % u(1001), '1.38'),
    get('/resource_providers/%s/usages' % u(100), '1.38'),
    get('/usages?project_id=%s' % u(900), '1.38'),
    step('DELETE', '/allocations/%s' % u(1001), '1.38'),
    step('DELETE', '/allocations/%s' % u(1001), '1.38'),
    step('DELETE', '/allocations/not-a-uuid', '1.38'),
]))

CASES.append(('reshaper', [
    rp(110, 'rs-root'), rp(111, 'rs-child', parent=110),
    inventory(110, 0, VCPU=8, MEMORY_MB=1024),
    alloc(1100, {110: {'VCPU': 2, 'MEMORY_MB': 256}}),
    step('POST', '/reshaper', '1.30', {
        'inventories': {u(110): {'resource_provider_generation': 2, 'inventories': {'MEMORY_MB': {'total': 1024}}},
                        u(111): {'resource_provider_generation': 0, 'inventories': {'VCPU': {'total': 8}}}},
        'allocations': {u(1100): {'allocations': {u(110): {'resources': {'MEMORY_MB': 256}},
                                                  u(111): {'resources': {'VCPU': 2}}},
                                  'project_id': u(900), 'user_id': u(901), 'consumer_generation': 1}}}),
    step('POST', '/reshaper', '1.30', {
        'inventories': {u(110): {'resource_provider_generation': 2, 'inventories': {}}},
        'allocations': {}}),
    step('POST', '/reshaper', '1.38', {
        'inventories': {u(110): {'resource_provider_generation': 3, 'inventories': {'MEMORY_MB': {'total': 1024}}}},
        'allocations': {u(1100): {'allocations': {u(110): {'resources': {'MEMORY_MB': 256}}},
                                  'project_id': u(900), 'user_id': u(901), 'consumer_generation': 2}}}),
    step('POST', '/reshaper', '1.38', {
        'inventories': {u(110): {'resource_provider_generation': 3, 'inventories': {'MEMORY_MB': {'total': 1024}}}},
        'allocations': {u(1100): {'allocations': {u(110): {'resources': {'MEMORY_MB': 256}}},
                                  'project_id': u(900), 'user_id': u(901), 'consumer_generation': 2,
                                  'consumer_type': 'INSTANCE'}}}),
    step('POST', '/reshaper', '1.30', {
        'inventories': {u(110): {'resource_provider_generation': 4, 'inventories': {}}},
        'allocations': {}}),
    get('/allocations/%s' % u(1100), '1.38'),
    get('/resource_providers/%s/inventories' % u(110), '1.38'),
    get('/resource_providers/%s/inventories' % u(111), '1.38'),
    get('/resource_providers/%s/usages' % u(111), '1.38'),
]))

CASES.append(('queries', [
    rp(120, 'q-root'), rp(121, 'q-child', parent=120), rp(122, 'q-other'),
    inventory(121, 0, VCPU=4), inventory(122, 0, VCPU=4, DISK_GB=10),
    step('PUT', '/resource_providers/%s/aggregates' % u(120), '1.19',
         {'resource_provider_generation': 0, 'aggregates': [u(130)]}),
    get('/resource_providers?resources=VCPU:2', '1.38'),
    get('/resource_providers?resources=VCPU:5', '1.38'),
    get('/resource_providers?resources=VCPU:1,VCPU:2', '1.38'),
    get('/resource_providers?resources=VCPU:1&resources=DISK_GB:1', '1.38'),
    get('/resource_providers?member_of=%s' % u(130), '1.38'),
    get('/resource_providers?member_of=%s&member_of=%s' % (u(130), u(131)), '1.24'),
    get('/resource_providers?member_of=%s&member_of=%s' % (u(130), u(131)), '1.23'),
    get('/resource_providers?member_of=in:' , '1.38'),
    get('/resource_providers?member_of=', '1.38'),
    get('/resource_providers?name=', '1.38'),
    get('/resource_providers?in_tree=', '1.38'),
    get('/resource_providers?uuid=', '1.38'),
    get('/resource_providers?required=', '1.38'),
    get('/resource_providers?required=,', '1.38'),
    get('/resource_providers?required=in:', '1.39'),
    get('/resource_providers?required=HW_CPU_X86_AVX2,!HW_CPU_X86_AVX2', '1.22'),
    get('/resource_providers?name=q-root&name=q-other', '1.38'),
    get('/resource_providers?in_tree=%s' % u(121), '1.38'),
    get('/resource_providers?in_tree=%s&resources=VCPU:1' % u(120), '1.38'),
    get('/allocation_candidates?resources=VCPU:1&member_of=%s' % u(130), '1.38'),
    get('/allocation_candidates?resources=VCPU:1&group_policy=none', '1.38'),
    get('/allocation_candidates?resources1=VCPU:1&resources2=DISK_GB:1', '1.38'),
    get('/allocation_candidates?resources1=VCPU:1&group_policy=bogus', '1.38'),
    get('/allocation_candidates?required1=HW_CPU_X86_AVX2', '1.38'),
    get('/allocation_candidates?member_of1=%s' % u(130), '1.38'),
    get('/allocation_candidates?resources=VCPU:1&resources1=VCPU:1&group_policy=none&limit=-1', '1.38'),
    get('/allocation_candidates?resources_=VCPU:1', '1.38'),
    get('/allocation_candidates?resources_%s=VCPU:1' % ('X' * 65), '1.38'),
    get('/allocation_candidates?resources1=VCPU:1&same_subtree=_1', '1.36'),
    get('/allocation_candidates?resources1=VCPU:1&same_subtree=1', '1.36'),
    get('/allocation_candidates?resources1=VCPU:1&same_subtree=', '1.36'),
    get('/allocation_candidates?resources=VCPU:1&root_required=CUSTOM_NOPE', '1.35'),
    get('/allocation_candidates?resources=VCPU:1&root_required=in:HW_CPU_X86_AVX2', '1.39'),
    get('/allocation_candidates?resources=VCPU:1&root_required=', '1.35'),
    get('/allocation_candidates?resources=VCPU:1&in_tree=%s' % u(122), '1.38'),
    get('/allocation_candidates?resources=VCPU:1&in_tree1=%s&resources1=VCPU:1&group_policy=none' % u(122),
        '1.38'),
    get('/allocation_candidates?resources=VCPU:1&randomize=true', '1.38'),
    get('/resource_providers?name=%E2%9C%93', '1.38'),
    step('POST', '/resource_providers', '1.20', {'name': '\u2713 unicode', 'uuid': u(140)}),
    get('/resource_providers?name=%E2%9C%93%20unicode', '1.38'),
    get('/resource_providers/%s' % u(140).upper(), '1.38'),
    get('/resource_providers/%s' % u(140).replace('-', ''), '1.38'),
    get('/resource_providers?uuid=%s' % u(140).replace('-', ''), '1.38', known=True),  # master: dashed uuids only
]))

# A custom class in use is not renamed here (docs/architecture.md, "Errors"): Placement renames it.
CASES.append(('rename', [
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_OLD'}),
    rp(200, 'rn1'), inventory(200, 0, CUSTOM_OLD=10),
    step('PUT', '/resource_classes/CUSTOM_OLD', '1.6', {'name': 'CUSTOM_NEW'}, known=True),
    step('DELETE', '/resource_providers/%s/inventories' % u(200), '1.38', known=True),
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_UNUSED'}),
    step('PUT', '/resource_classes/CUSTOM_UNUSED', '1.6', {'name': 'CUSTOM_RENAMED'}),
    get('/resource_classes/CUSTOM_RENAMED', '1.6'),
    get('/resource_classes/CUSTOM_UNUSED', '1.6'),
]))

CASES.append(('paths', [
    get('/resource%5Fproviders', '1.38'),
    step('PUT', '/traits/CUSTOM%5FPCT', '1.38'),
    get('/traits/CUSTOM_PCT', '1.38'),
    get('/resource_providers/', '1.38'),
    get('//resource_providers', '1.38'),
    step('HEAD', '/resource_providers', '1.38'),
    step('HEAD', '/nope', '1.38'),
    step('HEAD', '/resource_providers', '9.0'),
    step('HEAD', '/resource_providers', '1.38', token=''),
    step('OPTIONS', '/resource_providers', '1.38'),
    step('PUT', '/traits/CUSTOM_Q?foo=1', '1.38'),
]))

# Names taken twice, unicode names, version headers in odd forms, parents set to null, allocation quirks.
SNOW = '\u2603'
CASES.append(('duplicates-unicode-versions-quirks', [
    # duplication
    rp(300, 'dup'), rp(301, 'dup'), rp(300, 'other'),
    step('POST', '/resource_providers', '1.0', {'name': 'dup', 'uuid': u(302)}),
    step('POST', '/resource_providers', '1.0', {'name': 'dup2', 'uuid': u(300)}),
    step('PUT', '/resource_providers/%s' % u(300), '1.0', {'name': 'dup'}),
    rp(303, 'dup3'),
    step('PUT', '/resource_providers/%s' % u(303), '1.0', {'name': 'dup'}),
    # unicode
    step('POST', '/resource_providers', '1.20', {'name': SNOW, 'uuid': u(310)}),
    get('/resource_providers?name=%E2%98%83', '1.20'),
    get('/resource_providers?name=' + SNOW, '1.20'),
    step('POST', '/resource_providers', '1.20', {'name': SNOW * 200, 'uuid': u(311)}),
    step('POST', '/resource_providers', '1.20', {'name': SNOW * 201, 'uuid': u(312)}),
    step('POST', '/resource_providers', '1.20', {'name': 'a\u0000b', 'uuid': u(313)}),
    step('POST', '/resource_providers', '1.20', {'name': 'emoji \U0001F600', 'uuid': u(314)}),
    get('/resource_providers/%s' % u(314), '1.20'),
    step('PUT', '/traits/CUSTOM_' + SNOW, '1.6'),
    step('POST', '/resource_classes', '1.2', {'name': 'CUSTOM_' + SNOW}),
    # microversion on unknown route
    get('/nowhere', '1.a'),
    get('/nowhere', '9.9'),
    get('/resource_providers', '1.2, placement 1.3'),
    step('GET', '/resource_providers', None, headers={'openstack-api-version': 'compute 2.1'}),
    step('GET', '/resource_providers', None, headers={'openstack-api-version': 'placement 1.3, compute 2.1'}),
    step('GET', '/resource_providers', None, headers={'openstack-api-version': 'PLACEMENT 1.3'}),
    step('GET', '/resource_providers', None, headers={'openstack-api-version': 'placement  1.3 '}),
    step('GET', '/resource_providers', None, headers={'x-openstack-nova-api-version': '1.3'}),
    # parent handling
    rp(320, 'p-root'),
    step('PUT', '/resource_providers/%s' % u(320), '1.14', {'name': 'p-root', 'parent_provider_uuid': None}),
    step('PUT', '/resource_providers/%s' % u(320), '1.14', {'name': 'p-root'}),
    step('POST', '/resource_providers', '1.14', {'name': 'p-kid', 'uuid': u(321), 'parent_provider_uuid': None}),
    step('POST', '/resource_providers', '1.13', {'name': 'p-kid2', 'uuid': u(322)}),
    get('/resource_providers/%s' % u(321), '1.14'),
    # allocations quirks
    rp(330, 'al'), inventory(330, 0, VCPU=4),
    step('PUT', '/allocations/%s' % u(3300), '1.12',
         {'allocations': {u(330): {'resources': {'VCPU': 1}}}, 'project_id': u(900), 'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(3300), '1.12',
         {'allocations': {u(330): {'resources': {'MEMORY_MB': 1}}}, 'project_id': u(900), 'user_id': u(901)}),
    step('PUT', '/allocations/%s' % u(3300), '1.12',
         {'allocations': {u(330): {'resources': {'CUSTOM_NOPE': 1}}}, 'project_id': u(900), 'user_id': u(901)}),
    step('POST', '/allocations', '1.13', {u(3301): {'allocations': {u(330): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901)},
                                          u(3302): {'allocations': {u(330): {'resources': {'VCPU': 3}}},
                                                    'project_id': u(900), 'user_id': u(901)}}),
    step('POST', '/allocations', '1.13', {u(3301): {'allocations': {u(330): {'resources': {'VCPU': 1}}},
                                                    'project_id': u(900), 'user_id': u(901)},
                                          u(3302): {'allocations': {u(330): {'resources': {'VCPU': 2}}},
                                                    'project_id': u(900), 'user_id': u(901)}}),
    get('/resource_providers/%s/usages' % u(330), '1.38'),
    step('PUT', '/resource_providers/%s/inventories' % u(330), '1.38',
         {'resource_provider_generation': 3, 'inventories': {'VCPU': {'total': 2}}}),
    step('PUT', '/resource_providers/%s/inventories/VCPU' % u(330), '1.38',
         {'resource_provider_generation': 3, 'total': 2}),
    step('DELETE', '/resource_providers/%s/inventories/VCPU' % u(330), '1.38'),
    step('DELETE', '/resource_providers/%s/inventories' % u(330), '1.38'),
    step('DELETE', '/resource_providers/%s' % u(330), '1.38'),
    get('/resource_providers/%s/allocations' % u(330), '1.38'),
]))
