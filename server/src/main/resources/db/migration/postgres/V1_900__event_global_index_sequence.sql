-- The event store's global index sequence (step 1, see META-INF/axon-postgres-orm.xml), created here
-- rather than left to Hibernate's schema update, which can mistake a same-named sequence of another
-- schema for this one and skip it.
CREATE SEQUENCE IF NOT EXISTS domain_event_global_index_seq START WITH 1 INCREMENT BY 1;
