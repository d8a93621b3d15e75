package org.placementledger.command.provider;

import static org.hamcrest.Matchers.containsString;
import static org.placementledger.command.PlacementMatchers.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.api.provider.AddInventoryCommand;
import org.placementledger.api.provider.DeleteAllInventoriesCommand;
import org.placementledger.api.provider.DeleteInventoryCommand;
import org.placementledger.api.provider.InventoryChangedEvent;
import org.placementledger.api.provider.InventoryRecord;
import org.placementledger.api.provider.ReplaceInventoriesCommand;
import org.placementledger.api.provider.ResourceProviderCreatedEvent;
import org.placementledger.api.provider.ResourceProviderDeletedEvent;
import org.placementledger.api.provider.UpdateInventoryCommand;
import org.placementledger.command.catalogue.ClassAndTraitCatalogue;

/** Every inventory command on the provider aggregate, success and refusal (spec §2.3, §4.2, §4.3). */
class InventoryCommandsTest {

    static final String RP = "11111111-1111-1111-1111-111111111111";
    static final ResourceProviderCreatedEvent CREATED = new ResourceProviderCreatedEvent(RP, "rp1", null, RP, 0);
    static final InventoryRecord DISK = new InventoryRecord(2048, 512, 10, 1024, 10, 1.0);
    static final InventoryRecord VCPU = InventoryRecord.withDefaults(8);

    private AggregateTestFixture<ResourceProvider> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceProvider.class);
        fixture.registerInjectableResource(new InMemoryProviderRegistry());
        fixture.registerInjectableResource(new ClassAndTraitCatalogue() {
            @Override
            public boolean resourceClassExists(String name) {
                return name.equals("VCPU") || name.equals("DISK_GB") || name.equals("MEMORY_MB");
            }

            @Override
            public boolean traitExists(String name) {
                return true;
            }
        });
    }

    private static InventoryChangedEvent changed(long generation, Object... classAndRecord) {
        Map<String, InventoryRecord> map = new LinkedHashMap<>();
        for (int i = 0; i < classAndRecord.length; i += 2) {
            map.put((String) classAndRecord[i], (InventoryRecord) classAndRecord[i + 1]);
        }
        return new InventoryChangedEvent(RP, generation, map);
    }

    private ResultValidator<ResourceProvider> refused(Object command, ErrorKind kind, ErrorCode code, String text,
                                                      Object... given) {
        return fixture.given(given).when(command)
                .expectNoEvents()
                .expectException(refusal(kind, code))
                .expectExceptionMessage(containsString(text));
    }

    @Test
    void addsAClassAndBumpsTheGeneration() {
        fixture.given(CREATED, changed(1, "VCPU", VCPU))
                .when(new AddInventoryCommand(RP, "DISK_GB", DISK, false))
                .expectEvents(changed(2, "VCPU", VCPU, "DISK_GB", DISK));
    }

    @Test
    void addRefusesACapacityOfZeroBelow126ButNotFrom126() {
        InventoryRecord full = new InventoryRecord(10, 10, 1, 10, 1, 1.0);
        refused(new AddInventoryCommand(RP, "DISK_GB", full, false), ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                "Unable to create inventory for resource provider " + RP + ": Invalid inventory for 'DISK_GB'"
                        + " on resource provider '" + RP + "'. The reserved value is greater than or equal to total.",
                CREATED);
        fixture.given(CREATED).when(new AddInventoryCommand(RP, "DISK_GB", full, true))
                .expectEvents(changed(1, "DISK_GB", full));
    }

    @Test
    void aNegativeCapacityIsRefusedAtEveryVersion() {
        InventoryRecord negativeRatio = new InventoryRecord(10, 0, 1, 10, 1, -1.0);
        refused(new AddInventoryCommand(RP, "DISK_GB", negativeRatio, true), ErrorKind.BAD_REQUEST,
                ErrorCode.UNDEFINED, "The reserved value is greater than total.", CREATED);
        InventoryRecord notANumber = new InventoryRecord(10, 0, 1, 10, 1, Double.NaN);
        refused(new AddInventoryCommand(RP, "DISK_GB", notANumber, true), ErrorKind.BAD_REQUEST,
                ErrorCode.UNDEFINED, "The reserved value", CREATED);
    }

    @Test
    void addRefusesAnUnknownClass() {
        refused(new AddInventoryCommand(RP, "NO_CLASS_14", VCPU, false), ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED,
                "No such resource class NO_CLASS_14.", CREATED);
    }

    @Test
    void addingAClassTwiceIsAConcurrentUpdate() {
        refused(new AddInventoryCommand(RP, "VCPU", VCPU, false), ErrorKind.CONFLICT, ErrorCode.CONCURRENT_UPDATE,
                "Update conflict", CREATED, changed(1, "VCPU", VCPU));
    }

    @Test
    void aDeletedProviderHasNoInventoryToChange() {
        refused(new AddInventoryCommand(RP, "VCPU", VCPU, false), ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED,
                "No resource provider with uuid " + RP + " found", CREATED, new ResourceProviderDeletedEvent(RP));
    }

    @Test
    void updatesOneClass() {
        fixture.given(CREATED, changed(1, "VCPU", VCPU, "DISK_GB", DISK))
                .when(new UpdateInventoryCommand(RP, "DISK_GB", 1, VCPU, false))
                .expectEvents(changed(2, "VCPU", VCPU, "DISK_GB", VCPU));
    }

    @Test
    void updateChecksTheGenerationFirst() {
        refused(new UpdateInventoryCommand(RP, "NO_CLASS", 5, VCPU, false), ErrorKind.CONFLICT,
                ErrorCode.CONCURRENT_UPDATE, "resource provider generation conflict", CREATED);
    }

    @Test
    void updateOfAClassWithoutInventoryIs400() {
        refused(new UpdateInventoryCommand(RP, "MEMORY_MB", 1, VCPU, false), ErrorKind.BAD_REQUEST,
                ErrorCode.UNDEFINED, "No inventory record with resource class for resource provider " + RP
                        + ": No inventory of class MEMORY_MB found.", CREATED, changed(1, "VCPU", VCPU));
    }

    @Test
    void updateOfAnUnknownClassIs404() {
        refused(new UpdateInventoryCommand(RP, "HOUSE", 0, VCPU, false), ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED,
                "No such resource class HOUSE.", CREATED);
    }

    @Test
    void updateChecksCapacity() {
        refused(new UpdateInventoryCommand(RP, "VCPU", 1, new InventoryRecord(8, 9, 1, 8, 1, 1.0), true),
                ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED, "Unable to update inventory for resource provider " + RP,
                CREATED, changed(1, "VCPU", VCPU));
    }

    @Test
    void replacesEverythingAndBumpsEvenWhenNothingChanges() {
        fixture.given(CREATED, changed(1, "VCPU", VCPU))
                .when(new ReplaceInventoriesCommand(RP, 1, Map.of("VCPU", VCPU), false))
                .expectEvents(changed(2, "VCPU", VCPU));
        fixture.given(CREATED, changed(1, "VCPU", VCPU))
                .when(new ReplaceInventoriesCommand(RP, 1, Map.of("DISK_GB", DISK), false))
                .expectEvents(changed(2, "DISK_GB", DISK));
    }

    @Test
    void replaceRefusesAStaleGenerationAnUnknownClassAndABadCapacity() {
        refused(new ReplaceInventoriesCommand(RP, 99, Map.of("VCPU", VCPU), false), ErrorKind.CONFLICT,
                ErrorCode.CONCURRENT_UPDATE, "resource provider generation conflict", CREATED);
        refused(new ReplaceInventoriesCommand(RP, 0, Map.of("HOUSE", VCPU), false), ErrorKind.BAD_REQUEST,
                ErrorCode.UNDEFINED, "Unknown resource class in inventory for resource provider " + RP
                        + ": No such resource class HOUSE.", CREATED);
        refused(new ReplaceInventoriesCommand(RP, 0, Map.of("VCPU", new InventoryRecord(253, 253, 1, 1, 1, 1.0)),
                false), ErrorKind.BAD_REQUEST, ErrorCode.UNDEFINED, "greater than or equal to total", CREATED);
    }

    @Test
    void replaceAllowsZeroCapacityFrom126() {
        InventoryRecord full = new InventoryRecord(253, 253, 1, 1, 1, 1.0);
        fixture.given(CREATED).when(new ReplaceInventoriesCommand(RP, 0, Map.of("VCPU", full), true))
                .expectEvents(changed(1, "VCPU", full));
    }

    @Test
    void deletesOneClass() {
        fixture.given(CREATED, changed(1, "VCPU", VCPU, "DISK_GB", DISK))
                .when(new DeleteInventoryCommand(RP, "VCPU"))
                .expectEvents(changed(2, "DISK_GB", DISK));
    }

    @Test
    void deletingAMissingOrUnknownClassIs404() {
        refused(new DeleteInventoryCommand(RP, "VCPU"), ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED,
                "No inventory of class VCPU found for delete", CREATED);
        refused(new DeleteInventoryCommand(RP, "HOUSE"), ErrorKind.NOT_FOUND, ErrorCode.UNDEFINED,
                "No inventory of class HOUSE found for delete: No such resource class HOUSE.", CREATED);
    }

    @Test
    void deletesAllAndAlwaysBumps() {
        fixture.given(CREATED, changed(1, "VCPU", VCPU))
                .when(new DeleteAllInventoriesCommand(RP))
                .expectEvents(changed(2));
        fixture.given(CREATED)
                .when(new DeleteAllInventoriesCommand(RP))
                .expectEvents(changed(1));
    }

    @Test
    void deleteAllOfADeletedProviderIs404() {
        fixture.given(CREATED, new ResourceProviderDeletedEvent(RP))
                .when(new DeleteAllInventoriesCommand(RP))
                .expectException(PlacementException.class)
                .expectNoEvents();
    }
}
