package org.placementledger.server.config.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One journal record: the event rows one transaction appended ({@link #events}), or the news that a
 * journaled transaction did not commit after all ({@link #aborted}). On file: its length, a CRC-32 of
 * its body, the body; a record cut short or damaged ends the journal there (it was never answered).
 */
public record JournalRecord(long transaction, boolean aborted, List<EventRow> events) {

    /** A row of {@code domain_event_entry}, column for column as the storage engine inserted it. */
    public record EventRow(long globalIndex, String eventId, byte[] metaData, byte[] payload, String revision,
            String payloadType, String timestamp, String aggregateId, long sequence, String type) {
    }

    static JournalRecord commit(long transaction, List<EventRow> events) {
        return new JournalRecord(transaction, false, List.copyOf(events));
    }

    static JournalRecord abort(long transaction) {
        return new JournalRecord(transaction, true, List.of());
    }

    /** Length, checksum and body, ready for one write. */
    ByteBuffer encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 512 * events.size());
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(transaction);
            out.writeInt(aborted ? -1 : events.size());
            for (EventRow e : events) {
                out.writeLong(e.globalIndex());
                out.writeUTF(e.eventId());
                writeBytes(out, e.metaData());
                writeBytes(out, e.payload());
                writeNullable(out, e.revision());
                out.writeUTF(e.payloadType());
                out.writeUTF(e.timestamp());
                out.writeUTF(e.aggregateId());
                out.writeLong(e.sequence());
                writeNullable(out, e.type());
            }
            byte[] body = bytes.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(body);
            return ByteBuffer.allocate(12 + body.length).putInt(body.length).putLong(crc.getValue()).put(body).flip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a byte array does not fail
        }
    }

    /** The records of one journal file, up to the first one cut short or damaged. */
    static List<JournalRecord> readAll(InputStream file) throws IOException {
        DataInputStream in = new DataInputStream(file);
        List<JournalRecord> records = new ArrayList<>();
        while (true) {
            byte[] body;
            long crc;
            try {
                int length = in.readInt();
                crc = in.readLong();
                if (length < 12 || length > 64 << 20) {
                    return records;
                }
                body = in.readNBytes(length);
                if (body.length < length) {
                    return records;
                }
            } catch (EOFException end) {
                return records;
            }
            CRC32 check = new CRC32();
            check.update(body);
            if (check.getValue() != crc) {
                return records;
            }
            records.add(decode(body));
        }
    }

    private static JournalRecord decode(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        long transaction = in.readLong();
        int count = in.readInt();
        if (count < 0) {
            return abort(transaction);
        }
        List<EventRow> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(new EventRow(in.readLong(), in.readUTF(), readBytes(in), readBytes(in), readNullable(in),
                    in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), readNullable(in)));
        }
        return new JournalRecord(transaction, false, events);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
