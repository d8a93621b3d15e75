package org.placementledger.server.http;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;
import org.placementledger.server.schema.PythonInt;
import org.placementledger.server.schema.PythonRepr;

/** A Placement microversion {@code major.minor}, parsed as microversion_parse does. */
public record Microversion(int major, int minor) implements Comparable<Microversion> {

    public static final Microversion MIN = new Microversion(1, 0);
    public static final Microversion MAX = new Microversion(1, 39);
    public static final String HEADER = "OpenStack-API-Version";

    // compiled once: every request reads the header
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    public static Microversion of(String text) {
        return parse(text);
    }

    /** Reads the request's version header: absent (or naming no placement entry) means 1.0. */
    public static Microversion fromHeader(String header) {
        if (header == null) {
            return MIN;
        }
        String wanted = null;
        for (String entry : header.split(",")) {
            String[] parts = BLANKS.split(entry.strip(), 2);
            if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("placement")) {
                wanted = parts[1].strip();
            }
        }
        if (wanted == null) {
            return MIN;
        }
        if (wanted.equalsIgnoreCase("latest")) {
            return MAX;
        }
        Microversion version;
        try {
            version = parse(wanted);
        } catch (IllegalArgumentException e) {
            throw PlacementException.badRequest("Invalid microversion: invalid version string: " + wanted + "; "
                    + e.getMessage());
        }
        if (version.compareTo(MIN) < 0 || version.compareTo(MAX) > 0) {
            throw new PlacementException(ErrorKind.NOT_ACCEPTABLE, org.placementledger.api.error.ErrorCode.UNDEFINED,
                    "Invalid microversion: Unacceptable version header: " + wanted);
        }
        return version;
    }

    /**
     * microversion_parse's {@code Version(*(int(v) for v in text.split('.', 1)))}; a failure's message is
     * Python's, which Placement puts in its error.
     */
    private static Microversion parse(String text) {
        String[] parts = text.split("\\.", 2);
        int major = pythonInt(parts[0]);
        if (parts.length < 2) {
            throw new IllegalArgumentException("Version.__new__() missing 1 required positional argument: 'minor'");
        }
        return new Microversion(major, pythonInt(parts[1]));
    }

    /** Python's int() ({@link PythonInt}), as an int. */
    private static int pythonInt(String s) {
        BigInteger value = PythonInt.parse(s);
        if (value == null) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + PythonRepr.ofString(s));
        }
        // Python's ints have no bound: such a version is simply not one we serve
        return value.max(INT_MIN).min(INT_MAX).intValue();
    }

    public boolean atLeast(int major, int minor) {
        return this.major != major ? this.major > major : this.minor >= minor;
    }

    public boolean atLeast(Microversion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Microversion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
