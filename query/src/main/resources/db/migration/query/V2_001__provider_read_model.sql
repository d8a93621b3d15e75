-- Read models of providers, kept by subscribing processors in the command's transaction.
CREATE TABLE rp (
    uuid        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    generation  BIGINT       NOT NULL,
    parent_uuid VARCHAR(36),
    root_uuid   VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);
CREATE INDEX ix_rp_name ON rp (name);
CREATE INDEX ix_rp_parent ON rp (parent_uuid);
CREATE INDEX ix_rp_root ON rp (root_uuid);

CREATE TABLE rp_inventory (
    rp_uuid          VARCHAR(36)      NOT NULL,
    resource_class   VARCHAR(255)     NOT NULL,
    total            BIGINT           NOT NULL,
    reserved         BIGINT           NOT NULL,
    min_unit         BIGINT           NOT NULL,
    max_unit         BIGINT           NOT NULL,
    step_size        BIGINT           NOT NULL,
    allocation_ratio DOUBLE PRECISION NOT NULL,
    created_at       TIMESTAMP        NOT NULL,
    updated_at       TIMESTAMP        NOT NULL,
    PRIMARY KEY (rp_uuid, resource_class)
);
CREATE INDEX ix_rp_inventory_class ON rp_inventory (resource_class);

CREATE TABLE rp_trait (
    rp_uuid    VARCHAR(36)  NOT NULL,
    trait      VARCHAR(255) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (rp_uuid, trait)
);
CREATE INDEX ix_rp_trait_trait ON rp_trait (trait);

CREATE TABLE rp_aggregate (
    rp_uuid        VARCHAR(36)  NOT NULL,
    aggregate_uuid VARCHAR(255) NOT NULL,
    PRIMARY KEY (rp_uuid, aggregate_uuid)
);
CREATE INDEX ix_rp_aggregate_aggregate ON rp_aggregate (aggregate_uuid);

-- Custom resource classes and traits; standard ones come from the shipped lists.
CREATE TABLE custom_resource_class (
    id         INTEGER      NOT NULL PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_custom_resource_class_name ON custom_resource_class (name);

CREATE TABLE custom_trait (
    name       VARCHAR(255) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP    NOT NULL
);
