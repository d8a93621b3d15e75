package org.placementledger.server.config;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.placementledger.server.config.journal.JournalRecord.EventRow;
import org.placementledger.server.config.journal.JournalWrites;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Axon's JPA event store, except that events are appended by one plain JDBC insert each on the
 * transaction's connection instead of Hibernate's persist and flush (12-17% of a claim's CPU went to
 * Hibernate's entity handling around two small inserts). The rows are the ones Hibernate wrote: same
 * table and columns, the payload and metadata serialized as {@link DomainEventEntry} does, and the
 * global index from Hibernate's own generator for the entity (its sequence and pooled block: step 50
 * on H2, step 1 on PostgreSQL via axon-postgres-orm.xml), so existing stores, the snapshots and every
 * reader (JPA queries, the replay) are unchanged. A refused insert goes through Axon's exception
 * resolver as before (ConcurrencyException, AggregateStreamCreationException for ConflictRetry).
 * The inserted rows are handed to {@link JournalWrites}: a claim's are its journal record.
 */
public class JdbcAppendEventStorageEngine extends JpaEventStorageEngine {

    public static final String INSERT = "INSERT INTO domain_event_entry (global_index, event_identifier, meta_data,"
            + " payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final TransactionManager transactions;
    private final JournalWrites journal;

    protected JdbcAppendEventStorageEngine(Builder builder, TransactionManager transactions, JournalWrites journal) {
        super(builder);
        this.transactions = transactions;
        this.journal = journal;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            try {
                SessionImplementor session = entityManager().unwrap(SessionImplementor.class);
                IdentifierGenerator ids = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                        .getEntityDescriptor(DomainEventEntry.class).getGenerator();
                List<EventRow> rows = new ArrayList<>(events.size());
                session.doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        for (EventMessage<?> message : events) {
                            DomainEventMessage<?> event = asDomainEventMessage(message);
                            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
                            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
                            EventRow row = new EventRow((Long) ids.generate(session, null), event.getIdentifier(),
                                    metaData.getData(), payload.getData(), payload.getType().getRevision(),
                                    payload.getType().getName(), formatInstant(event.getTimestamp()),
                                    event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType());
                            bind(insert, row);
                            insert.executeUpdate();
                            rows.add(row);
                        }
                    }
                });
                journal.inserted(rows);
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    /** The insert's parameters: the row's columns in {@link #INSERT}'s order (the journal's recovery too). */
    public static void bind(PreparedStatement insert, EventRow row) throws SQLException {
        insert.setLong(1, row.globalIndex());
        insert.setString(2, row.eventId());
        insert.setBytes(3, row.metaData());
        insert.setBytes(4, row.payload());
        insert.setString(5, row.revision());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.timestamp());
        insert.setString(8, row.aggregateId());
        insert.setLong(9, row.sequence());
        insert.setString(10, row.type());
    }

    /**
     * Replaces Axon's auto-configured JPA engine (JpaEventStoreAutoConfiguration), built the same way;
     * that configuration also registered Axon's event entities, which it no longer does once replaced.
     */
    @org.springframework.context.annotation.Configuration
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    public static class Config {

        @Bean
        EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                PersistenceExceptionResolver persistenceExceptionResolver,
                @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
                EntityManagerProvider entityManagerProvider, TransactionManager transactionManager,
                JournalWrites journal) {
            Builder builder = JpaEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagerProvider)
                    .transactionManager(transactionManager);
            return new JdbcAppendEventStorageEngine(builder, transactionManager, journal);
        }
    }
}
