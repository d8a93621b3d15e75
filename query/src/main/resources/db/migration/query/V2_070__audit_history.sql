-- Point-in-time read model for /audit: every version of a provider, of its inventory, of a consumer and
-- of an allocation row, each with the period [valid_from, valid_to) in which it held. A version still in
-- force has valid_to 9999-12-31 rather than NULL, so "in force at t" (valid_to > t) is an index range.
-- Rows are appended, and closed once (valid_to set); all changes of one command share one instant, so a
-- version that one command both opens and closes is an empty period that no point in time sees.
CREATE TABLE provider_history (
    rp_uuid     VARCHAR(36)              NOT NULL,
    generation  BIGINT                   NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    parent_uuid VARCHAR(36),
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_provider_history ON provider_history (rp_uuid, valid_to);

CREATE TABLE inventory_history (
    rp_uuid          VARCHAR(36)              NOT NULL,
    resource_class   VARCHAR(255)             NOT NULL,
    total            BIGINT                   NOT NULL,
    reserved         BIGINT                   NOT NULL,
    min_unit         BIGINT                   NOT NULL,
    max_unit         BIGINT                   NOT NULL,
    step_size        BIGINT                   NOT NULL,
    allocation_ratio DOUBLE PRECISION         NOT NULL,
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_inventory_history ON inventory_history (rp_uuid, valid_to);

CREATE TABLE consumer_history (
    consumer_uuid VARCHAR(36)              NOT NULL,
    generation    BIGINT                   NOT NULL,
    project_id    VARCHAR(255)             NOT NULL,
    user_id       VARCHAR(255)             NOT NULL,
    consumer_type VARCHAR(255),
    valid_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_consumer_history ON consumer_history (consumer_uuid, valid_to);
CREATE INDEX ix_consumer_history_project ON consumer_history (project_id, valid_to);

CREATE TABLE allocation_history (
    consumer_uuid  VARCHAR(36)              NOT NULL,
    rp_uuid        VARCHAR(36)              NOT NULL,
    resource_class VARCHAR(255)             NOT NULL,
    used           BIGINT                   NOT NULL,
    valid_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_allocation_history_consumer ON allocation_history (consumer_uuid, valid_to);
CREATE INDEX ix_allocation_history_rp ON allocation_history (rp_uuid, valid_to);
