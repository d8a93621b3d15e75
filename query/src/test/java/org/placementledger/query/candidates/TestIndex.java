package org.placementledger.query.candidates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.query.candidates.index.IndexState;
import org.placementledger.query.candidates.index.ProviderNode;

/** A hand-built candidate index for engine tests: providers, inventory, traits, aggregates, usage. */
final class TestIndex {

    final IndexState state = new IndexState();

    TestIndex root(String uuid) {
        state.providerCreated(uuid, null, uuid);
        return this;
    }

    TestIndex child(String uuid, String parent) {
        state.providerCreated(uuid, parent, state.provider(parent).rootUuid());
        return this;
    }

    TestIndex inventory(String uuid, String rc, long total) {
        return inventory(uuid, rc, InventoryRecord.withDefaults(total));
    }

    TestIndex inventory(String uuid, String rc, InventoryRecord record) {
        ProviderNode node = state.provider(uuid);
        Map<String, InventoryRecord> next = new HashMap<>(node.inventories());
        next.put(rc, record);
        state.inventoryChanged(uuid, next);
        return this;
    }

    TestIndex traits(String uuid, String... traits) {
        Arrays.stream(traits).filter(t -> t.startsWith("CUSTOM_")).forEach(state.names()::traitCreated);
        state.traitsChanged(uuid, Set.of(traits));
        return this;
    }

    TestIndex aggregates(String uuid, String... aggregates) {
        state.aggregatesChanged(uuid, List.of(aggregates));
        return this;
    }

    TestIndex sharing(String uuid, String... aggregates) {
        state.traitsChanged(uuid, Set.of("MISC_SHARES_VIA_AGGREGATE"));
        return aggregates(uuid, aggregates);
    }

    TestIndex use(String uuid, String consumer, String rc, long amount) {
        state.holdingChanged(uuid, consumer, Map.of(rc, amount));
        return this;
    }
}
