"""Helpers shared by the case files of scripts/diff-reference (imported from scripts/, where it runs)."""


def u(n):
    """A fixed uuid for the number n, the same on both servers."""
    return '%08x-0000-4000-8000-%012x' % (n, n)


def step(method, path, version, body=None, **kw):
    s = dict(method=method, path=path, version=version, **kw)
    if body is not None:
        s['body'] = body
    return s


def generation(get, rp):
    """The provider's generation as this server holds it (0 when it has none): for a step's prepare."""
    return (get('/resource_providers/%s' % rp, '1.14') or {}).get('generation', 0)


def consumer_generation(get, consumer):
    """The consumer's generation as this server holds it (None for no consumer): for a step's prepare."""
    return (get('/allocations/%s' % consumer, '1.28') or {}).get('consumer_generation')


def chosen(R, table):
    """A step maker drawn by weight: table lists (upper bound of a uniform draw, maker), bounds rising."""
    kind = R.random()
    return next((make for upper, make in table if kind < upper), table[-1][1])
