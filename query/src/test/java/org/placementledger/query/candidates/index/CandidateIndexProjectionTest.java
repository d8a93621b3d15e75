package org.placementledger.query.candidates.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.placementledger.api.allocation.ConsumerRemovedEvent;
import org.placementledger.api.allocation.ResourcesClaimedEvent;
import org.placementledger.api.allocation.ResourcesReleasedEvent;
import org.placementledger.api.catalogue.TraitCreatedEvent;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ProviderAggregatesChangedEvent;
import org.placementledger.api.provider.ProviderTraitsChangedEvent;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.ResourceProviderParentChangedEvent;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CandidateIndexProjectionTest {

    // single-threaded tests look at the state directly; the projection goes through the index's lock
    private final IndexState view = new IndexState();
    private final CandidateIndexProjection projection = new CandidateIndexProjection(new CandidateIndex(view));

    @Test
    void providerEventsBuildTreesClassesTraitsAndAggregates() {
        projection.on(new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        projection.on(new ResourceProviderCreatedEvent("nic", "nic", "cn", "cn", 0));
        projection.on(new InventoryChangedEvent("nic", 1, Map.of("SRIOV_NET_VF", InventoryRecord.withDefaults(8))));
        projection.on(new ProviderTraitsChangedEvent("nic", 2, Set.of("HW_NIC_SRIOV")));
        projection.on(new ProviderAggregatesChangedEvent("nic", 3, List.of("agg")));

        assertThat(view.tree("cn")).extracting(ProviderNode::uuid).containsExactly("cn", "nic");
        assertThat(view.withInventory("SRIOV_NET_VF")).extracting(ProviderNode::uuid).containsExactly("nic");
        assertThat(view.withTrait("HW_NIC_SRIOV")).containsExactly("nic");
        assertThat(view.inAggregate("agg")).containsExactly("nic");
        assertThat(view.hasNestedProviders()).isTrue();
        assertThat(view.roots()).extracting(ProviderNode::uuid).containsExactly("cn");
    }

    @Test
    void claimsReplaceAConsumersHoldingAndReleasesAndRemovalsDropIt() {
        projection.on(new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        projection.on(new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 2L), 1));
        projection.on(new ResourcesClaimedEvent("cn", "vm2", Map.of("VCPU", 1L), 2));
        projection.on(new ResourcesClaimedEvent("cn", "vm1", Map.of("VCPU", 4L, "MEMORY_MB", 64L), 3));
        assertThat(view.provider("cn").used("VCPU")).isEqualTo(5);
        assertThat(view.provider("cn").used("MEMORY_MB")).isEqualTo(64);

        projection.on(new ResourcesReleasedEvent("cn", "vm2", 4));
        assertThat(view.provider("cn").used("VCPU")).isEqualTo(4);
        projection.on(new ConsumerRemovedEvent("vm1"));
        assertThat(view.provider("cn").used("VCPU")).isZero();
        assertThat(view.provider("cn").used("MEMORY_MB")).isZero();
    }

    @Test
    void reparentingMovesTheWholeSubtreeToTheNewRoot() {
        projection.on(new ResourceProviderCreatedEvent("a", "a", null, "a", 0));
        projection.on(new ResourceProviderCreatedEvent("b", "b", "a", "a", 0));
        projection.on(new ResourceProviderCreatedEvent("c", "c", "b", "a", 0));
        projection.on(new ResourceProviderCreatedEvent("x", "x", null, "x", 0));

        projection.on(new ResourceProviderParentChangedEvent("b", "x", "x"));
        assertThat(view.tree("x")).extracting(ProviderNode::uuid).containsExactly("b", "c", "x");
        assertThat(view.tree("a")).extracting(ProviderNode::uuid).containsExactly("a");

        projection.on(new ResourceProviderParentChangedEvent("b", null, "b"));
        assertThat(view.provider("c").rootUuid()).isEqualTo("b");
        assertThat(view.tree("b")).extracting(ProviderNode::uuid).containsExactly("b", "c");
        assertThat(view.tree("x")).extracting(ProviderNode::uuid).containsExactly("x");
        assertThat(view.roots()).extracting(ProviderNode::uuid).containsExactly("a", "b", "x");
    }

    @Test
    void deletingAProviderForgetsItEverywhere() {
        projection.on(new ResourceProviderCreatedEvent("a", "a", null, "a", 0));
        projection.on(new ResourceProviderCreatedEvent("b", "b", "a", "a", 0));
        projection.on(new InventoryChangedEvent("b", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))));
        projection.on(new ProviderAggregatesChangedEvent("b", 2, List.of("agg")));
        projection.on(new ProviderTraitsChangedEvent("b", 3, Set.of("HW_CPU_X86_AVX")));

        projection.on(new ResourceProviderDeletedEvent("b"));

        assertThat(view.provider("b")).isNull();
        assertThat(view.withInventory("VCPU")).isEmpty();
        assertThat(view.inAggregate("agg")).isEmpty();
        assertThat(view.withTrait("HW_CPU_X86_AVX")).isEmpty();
        assertThat(view.hasNestedProviders()).isFalse();
        assertThat(view.tree("a")).extracting(ProviderNode::uuid).containsExactly("a");

        projection.on(new ResourceProviderDeletedEvent("a"));
        assertThat(view.tree("a")).isEmpty();
        assertThat(view.roots()).isEmpty();
    }

    @Test
    void inventoriesAreListedInClassOrderAndLookedUpByClass() {
        projection.on(new ResourceProviderCreatedEvent("cn", "cn", null, "cn", 0));
        projection.on(new InventoryChangedEvent("cn", 1, Map.of("VCPU", InventoryRecord.withDefaults(8),
                "DISK_GB", InventoryRecord.withDefaults(100), "MEMORY_MB", InventoryRecord.withDefaults(512))));

        assertThat(view.provider("cn").inventories().keySet()).containsExactly("DISK_GB", "MEMORY_MB", "VCPU");
        assertThat(view.provider("cn").inventory("MEMORY_MB")).isEqualTo(InventoryRecord.withDefaults(512));
        assertThat(view.provider("cn").inventory("CUSTOM_GOLD")).isNull();
    }

    @Test
    void aWriteShowsOnlyOnceCommittedAndARolledBackWriteNever() {
        DataSource ds = ReadModelDatabase.fresh().getDataSource();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

        tx.executeWithoutResult(status -> {
            projection.on(new ResourceProviderCreatedEvent("kept", "kept", null, "kept", 0));
            projection.on(new TraitCreatedEvent("CUSTOM_KEPT"));
            assertThat(view.provider("kept")).as("not before the commit").isNull();
        });
        tx.executeWithoutResult(status -> {
            projection.on(new ResourceProviderCreatedEvent("lost", "lost", null, "lost", 0));
            projection.on(new InventoryChangedEvent("kept", 1, Map.of("VCPU", InventoryRecord.withDefaults(8))));
            status.setRollbackOnly();
        });

        assertThat(view.provider("kept")).isNotNull();
        assertThat(view.knowsTrait("CUSTOM_KEPT")).isTrue();
        assertThat(view.provider("lost")).isNull();
        assertThat(view.provider("kept").inventories()).isEmpty();
    }
}
