-- Who holds what: one row per consumer, provider and resource class.
CREATE TABLE allocation (
    consumer_uuid  VARCHAR(36)  NOT NULL,
    rp_uuid        VARCHAR(36)  NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    used           BIGINT       NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (consumer_uuid, rp_uuid, resource_class)
);
CREATE INDEX ix_allocation_rp ON allocation (rp_uuid, resource_class);

-- Consumers that hold something, with their generation, project, user and type.
CREATE TABLE consumer (
    uuid          VARCHAR(36)  NOT NULL PRIMARY KEY,
    generation    BIGINT       NOT NULL,
    project_id    VARCHAR(255) NOT NULL,
    user_id       VARCHAR(255) NOT NULL,
    consumer_type VARCHAR(255),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_consumer_project ON consumer (project_id, user_id);
