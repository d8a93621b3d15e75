"""Random GET /allocation_candidates queries over a known vocabulary (classes, traits, aggregates,
providers), shared by the case files of scripts/diff-reference that build candidate worlds
(diff_random_candidates.py: random worlds; diff_random_fixtures.py: the upstream fixtures' worlds).

Placement (8.0 and master alike) has two order-dependent bugs that the queries steer around unless
upstream_bugs is set (docs/architecture.md, "Deliberate differences"):
- when two groups take the same class from one provider and group_policy is not `none`, merging adds the
  amounts into an object that other candidates share, so later candidates carry inflated amounts or are
  dropped as over capacity; queries here repeat a class across groups only with group_policy=none;
- an unsuffixed group that one sharing provider serves alone is kept for only one of the trees it is
  anchored to (a set that ignores anchors); here an unsuffixed group beside suffixed ones always asks
  for a class that no sharing provider has, and there is none when sharing providers have every class.
Python set order also decides the order of the groups in one error message; at most one group here is
resourceless.
"""
from diff_steps import step


class QueryMaker:
    """R: a random.Random; scale: class -> the unit amounts are multiples of (default 1); a group asks for
    1 to max_classes classes; a query has up to max_groups suffixed groups (at most 4)."""

    def __init__(self, R, classes, traits, aggs, scale=None, upstream_bugs=False, max_classes=3, max_groups=2):
        self.R, self.classes, self.traits, self.aggs = R, list(classes), list(traits), list(aggs)
        self.scale, self.upstream_bugs, self.max_classes = scale or {}, upstream_bugs, max_classes
        self.max_groups = max_groups

    def resources(self, classes):
        R = self.R
        picked = R.sample(classes, min(len(classes), R.randint(1, self.max_classes)))
        return ','.join('%s:%d' % (rc, R.randint(1, 3) * self.scale.get(rc, 1)) for rc in picked)

    def required(self, version):
        R, kind = self.R, self.R.random()
        if kind < 0.4 or version < (1, 22):
            return R.choice(self.traits)
        if kind < 0.7 or version < (1, 39):
            return '!' + R.choice(self.traits)
        return 'in:' + ','.join(R.sample(self.traits, min(2, len(self.traits))))

    def member_of(self, version):
        R, kind = self.R, self.R.random()
        if kind < 0.4 or version < (1, 24):
            return R.choice(self.aggs)
        if kind < 0.7 or version < (1, 32):
            return 'in:' + ','.join(R.sample(self.aggs, min(2, len(self.aggs))))
        negation = R.choice(['!', '!in:'])
        n = 1 if R.random() < 0.5 or len(self.aggs) < 2 else 2
        return negation + ','.join(R.sample(self.aggs, n))

    def query(self, providers, shared_classes):
        """providers: objects with a uuid (for in_tree); shared_classes: classes sharing providers have."""
        R, CLASSES = self.R, self.classes
        version = R.choice([(1, 25), (1, 29), (1, 33), (1, 36), (1, 39), (1, 39), (1, 39)])
        names = ['1', '2'] if version < (1, 33) else ['1', '_A', '_NET']
        if self.max_groups > 2:
            names += ['3', '4'] if version < (1, 33) else ['_B', '_PORT']
        suffixes = R.sample(names, R.randint(0, self.max_groups))
        policy = R.choice(['none', 'isolate']) if len(suffixes) > 1 or (suffixes and R.random() < 0.3) else None
        unsuffixed = R.random() < 0.85 or not suffixes
        if suffixes and not self.upstream_bugs and all(rc in shared_classes for rc in CLASSES):
            # the second bug cannot be steered around when sharing providers have every class
            unsuffixed = False
        resourceless_left = 1
        params, taken = [], set()

        def classes(own):
            if self.upstream_bugs or policy == 'none':
                return own
            return [rc for rc in own if rc not in taken] or None

        if unsuffixed:
            own = CLASSES
            if suffixes and not self.upstream_bugs:
                own = [rc for rc in CLASSES if rc not in shared_classes] or CLASSES
            picked = self.resources(own)
            if suffixes and not self.upstream_bugs and own is not CLASSES:
                # at least one class no sharing provider has, whatever else is asked
                first = R.choice(own)
                if first not in picked:
                    picked = '%s:%d,%s' % (first, self.scale.get(first, 1), picked)
            params.append(('resources', picked))
            taken.update(kv.split(':')[0] for kv in picked.split(','))
            if R.random() < 0.4:
                params.append(('required', self.required(version)))
            if R.random() < 0.25:
                params.append(('member_of', self.member_of(version)))
        for s in suffixes:
            own = classes(CLASSES)
            resourceless = own is None or (version >= (1, 36) and resourceless_left and R.random() < 0.25)
            if resourceless and not (version >= (1, 36) and resourceless_left):
                suffixes = [x for x in suffixes if x != s]
                continue
            if resourceless:
                resourceless_left -= 1
            else:
                picked = self.resources(own)
                params.append(('resources' + s, picked))
                taken.update(kv.split(':')[0] for kv in picked.split(','))
            if resourceless or R.random() < 0.4:
                params.append(('required' + s, self.required(version)))
            if R.random() < 0.25:
                params.append(('member_of' + s, self.member_of(version)))
        if policy and suffixes:
            params.append(('group_policy', policy))
        if version >= (1, 31) and unsuffixed and R.random() < 0.15:  # in_tree alone makes '' resourceless
            params.append(('in_tree', R.choice(providers).uuid))
        if version >= (1, 35) and R.random() < 0.15:
            params.append(('root_required', self.required(version).replace('in:', '')))
        if version >= (1, 36) and len(suffixes) > 1 and R.random() < 0.4:
            if self.max_groups > 2:  # one or two subsets
                for _ in range(R.randint(1, 2)):
                    params.append(('same_subtree', ','.join(R.sample(suffixes, R.randint(2, len(suffixes))))))
            else:
                params.append(('same_subtree', ','.join(suffixes)))
        path = '/allocation_candidates?' + '&'.join('%s=%s' % kv for kv in params)
        return step('GET', path, '%d.%d' % version)
