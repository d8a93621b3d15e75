package org.placementledger.api.error;

/** Placement's stable error codes (placement/errors.py), sent in error bodies from 1.23. */
public enum ErrorCode {
    UNDEFINED("placement.undefined_code"),
    CONCURRENT_UPDATE("placement.concurrent_update"),
    INVENTORY_INUSE("placement.inventory.inuse"),
    DUPLICATE_NAME("placement.duplicate_name"),
    PROVIDER_INUSE("placement.resource_provider.inuse"),
    PROVIDER_CANNOT_DELETE_PARENT("placement.resource_provider.cannot_delete_parent"),
    PROVIDER_NOT_FOUND("placement.resource_provider.not_found"),
    QUERY_DUPLICATE_KEY("placement.query.duplicate_key"),
    QUERY_BAD_VALUE("placement.query.bad_value"),
    QUERY_MISSING_VALUE("placement.query.missing_value");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
