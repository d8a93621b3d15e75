package org.placementledger.api.provider;

import org.axonframework.serialization.Revision;

/**
 * A provider got a new name. Revision 2 calls the field {@code newName} (revision 1 said {@code name});
 * events stored in revision 1 are read through the server's ResourceProviderRenamedUpcaster.
 */
@Revision("2")
public record ResourceProviderRenamedEvent(String uuid,
        String newName) {
}
