-- Write-side lookup tables: uniqueness and tree shape, written in the same transaction as the
-- events of the command that changes them. The unique indexes, not a prior read, refuse duplicates.
CREATE TABLE provider_registry (
    uuid        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_uuid VARCHAR(36),
    root_uuid   VARCHAR(36)  NOT NULL,
    CONSTRAINT uq_provider_registry_name UNIQUE (name)
);
CREATE INDEX ix_provider_registry_parent ON provider_registry (parent_uuid);
CREATE INDEX ix_provider_registry_root ON provider_registry (root_uuid);

CREATE TABLE resource_class_registry (
    id   INTEGER      NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    CONSTRAINT uq_resource_class_registry_name UNIQUE (name)
);

CREATE TABLE trait_registry (
    name VARCHAR(255) NOT NULL PRIMARY KEY
);
