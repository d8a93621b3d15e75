package org.placementledger.query.audit.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.placementledger.query.audit.ChangeTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Turns stored event rows into messages. A row stored at its class's current revision needs no
 * upcaster (upcasters bring older revisions up to the current one), so it is read by the event
 * serializer's own ObjectMapper straight into the event record; any other row (an older revision, a
 * class unknown here, a serializer other than Jackson's) goes through Axon's upcaster chain and
 * serializer, as the event store reads it. Same messages either way, without Axon's per-row
 * intermediate representations; a replay reads millions of rows. Of the metadata, the messages carry
 * what the projections read: the correlation id ({@link #correlation}).
 */
final class StoredEventMessages {

    /** A row of {@code domain_event_entry}, as read. */
    record Row(long globalIndex, String type, String aggregateId, long sequence, String eventId, String timestamp,
            String payloadType, String revision, byte[] payload, byte[] metaData) {
    }

    /** Marks a stored type read through the upcaster chain. */
    private static final Optional<ObjectReader> UPCAST = Optional.empty();

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ObjectMapper json;
    private final ObjectReader metaData;
    /** Per stored type and revision, the reader of its class (its deserializer looked up once), or UPCAST. */
    private final Map<String, Optional<ObjectReader>> direct = new ConcurrentHashMap<>();

    StoredEventMessages(Serializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.json = serializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper() : null;
        this.metaData = json == null ? null : json.readerFor(Map.class);
    }

    /** Adds the row's message(s) to {@code messages}: none if an upcaster dropped it. */
    void addTo(Row row, List<TrackedEventMessage<?>> messages) {
        Optional<ObjectReader> reader = direct.computeIfAbsent(row.payloadType() + "#" + row.revision(),
                k -> directReader(row));
        if (reader.isEmpty()) {
            upcast(row).forEach(messages::add);
            return;
        }
        try {
            Object payload = reader.get().readValue(row.payload());
            // Parsed here, on the reading thread, rather than when a handler first asks.
            Instant at = instant(row.timestamp());
            messages.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(row.globalIndex()),
                    row.type(), row.aggregateId(), row.sequence(),
                    new GenericMessage<>(row.eventId(), payload, correlation(row.metaData())),
                    () -> at));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read event " + row.globalIndex(), e);
        }
    }

    /** The last correlation id read, with its metadata: a command's events, stored one after another, share it. */
    private record Correlation(String id, MetaData metaData) {
    }

    private volatile Correlation last = new Correlation("", MetaData.emptyInstance());

    private static final byte[] CORRELATION =
            ("\"" + ChangeTime.CORRELATION_ID + "\"").getBytes(StandardCharsets.UTF_8);

    /**
     * Of the stored metadata, what the projections read: the correlation id ({@link ChangeTime}; no
     * event handler takes metadata, {@code ProjectionsReadNoMetaDataTest}). Picked out of the JSON
     * without parsing the rest (a fifth of the reading thread's profile was building the whole map);
     * a value with an escape in it, or any other form, is parsed the long way.
     */
    MetaData correlation(byte[] stored) throws IOException {
        int key = indexOf(stored, CORRELATION);
        if (key < 0) {
            return MetaData.emptyInstance();
        }
        int i = skipBlanks(stored, key + CORRELATION.length);
        if (topLevel(stored, key) && i < stored.length && stored[i] == ':') {
            i = skipBlanks(stored, i + 1);
            if (i < stored.length && stored[i] == '"') {
                for (int end = i + 1; end < stored.length; end++) {
                    if (stored[end] == '\\') {
                        break;
                    }
                    if (stored[end] == '"') {
                        return metaData(new String(stored, i + 1, end - i - 1, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return correlationOf(metaData.<Map<String, ?>>readValue(stored));
    }

    private MetaData metaData(String correlationId) {
        Correlation previous = last;
        if (previous.id().equals(correlationId)) {
            return previous.metaData();
        }
        Correlation next = new Correlation(correlationId, MetaData.with(ChangeTime.CORRELATION_ID, correlationId));
        last = next;
        return next.metaData();
    }

    private static MetaData correlationOf(Map<String, ?> all) {
        Object id = all.get(ChangeTime.CORRELATION_ID);
        return id == null ? MetaData.emptyInstance() : MetaData.with(ChangeTime.CORRELATION_ID, id);
    }

    /** No object or array opens before {@code at} but the outer one (else it may be a nested key). */
    private static boolean topLevel(byte[] text, int at) {
        int first = skipBlanks(text, 0);
        for (int i = first + 1; i < at; i++) {
            if (text[i] == '{' || text[i] == '[') {
                return false;
            }
        }
        return first < text.length && text[first] == '{';
    }

    private static int skipBlanks(byte[] text, int from) {
        int i = from;
        while (i < text.length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Optional<ObjectReader> directReader(Row row) {
        if (json == null) {
            return UPCAST;
        }
        Class<?> type = serializer.classForType(new SimpleSerializedType(row.payloadType(), row.revision()));
        boolean current = Objects.equals(serializer.typeForClass(type).getName(), row.payloadType())
                && Objects.equals(serializer.typeForClass(type).getRevision(), row.revision());
        return current ? Optional.of(json.readerFor(type)) : UPCAST;
    }

    private Stream<TrackedEventMessage<?>> upcast(Row row) {
        var data = new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.globalIndex()),
                new GenericDomainEventEntry<>(row.type(), row.aggregateId(), row.sequence(), row.eventId(),
                        row.timestamp(), row.payloadType(), row.revision(), row.payload(), row.metaData()));
        return EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), serializer, upcasters)
                .map(m -> (TrackedEventMessage<?>) m.withMetaData(correlationOf(m.getMetaData())));
    }

    /**
     * The stored time: Axon writes instants as {@code 2026-01-31T12:00:00.123Z}; that form is read by
     * arithmetic (a DateTimeFormatter parse per event showed in the replay's profile), any other by Axon.
     */
    static Instant instant(String text) {
        if (!stored(text)) {
            return DateTimeUtils.parseInstant(text);
        }
        long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
        long seconds = day * 86_400 + digits(text, 11, 13) * 3600L + digits(text, 14, 16) * 60L + digits(text, 17, 19);
        return Instant.ofEpochSecond(seconds, digits(text, 20, 23) * 1_000_000L);
    }

    private static final String STORED_INSTANT = "0000-00-00T00:00:00.000Z";

    private static boolean stored(String text) {
        if (text.length() != STORED_INSTANT.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shape = STORED_INSTANT.charAt(i);
            if (shape == '0' ? c < '0' || c > '9' : c != shape) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
