package org.placementledger.server.http.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Random strings for path segments, query values and JSON: near-valid, malformed and hostile. */
final class Garbage {

    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~";
    private static final String SUB_DELIMS = "!$&'()*+,;=:@";
    /** characters a request target may not carry raw: the container must refuse them politely */
    private static final String ILLEGAL = "{}|^\"<>\\`[] ";
    private static final List<String> SPECIAL = List.of("", ".", "..", "%", "%z", "%zz", "%2", "%2F", "%2f..%2f",
            "%00", "%ff%fe", "%e2%82", "%C3%A9", "%E2%9C%93", "%20", "+", "null", "None", "true", "-1", "0",
            "9223372036854775808", "1e309", "NaN", "in:", "in:,", "!", "!in:", "required", "CUSTOM_", "VCPU:",
            "VCPU:-1", "VCPU:1,VCPU:2", "DISK_GB:1e3", ":1", "now", "2021-13-45T25:61:61Z", "%25");

    private final Random random;

    Garbage(Random random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int below(int n) {
        return random.nextInt(n);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A random (seeded) uuid. */
    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String uuidish() {
        String uuid = uuid();
        return switch (random.nextInt(6)) {
            case 0 -> uuid.replace("-", "");
            case 1 -> uuid.toUpperCase();
            case 2 -> uuid.substring(0, random.nextInt(36));
            case 3 -> uuid + "x";
            case 4 -> "{" + uuid + "}";
            default -> uuid;
        };
    }

    /** A string safe to put in a request target (percent garbage included). */
    String token() {
        return switch (random.nextInt(10)) {
            case 0, 1 -> pick(SPECIAL);
            case 2 -> uuidish();
            case 3 -> chars(SAFE + SUB_DELIMS, 1 + random.nextInt(20));
            case 4 -> chars(SAFE, 200 + random.nextInt(2000));
            case 5 -> percentBytes(1 + random.nextInt(8));
            case 6 -> "CUSTOM_" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", 1 + random.nextInt(30));
            default -> chars(SAFE, 1 + random.nextInt(12));
        };
    }

    /** Now and then a token with characters illegal in a request target. */
    String segment() {
        if (chance(0.03)) {
            return chars(SAFE + ILLEGAL, 1 + random.nextInt(10));
        }
        return token();
    }

    String chars(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String percentBytes(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append('%').append(String.format("%02X", random.nextInt(256)));
        }
        return s.toString();
    }

    /** Any text, for JSON strings: unicode, control characters, long runs. */
    String text() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "\u0000\u0001\t\n\"\\" + chars(SAFE, 3);
            case 2 -> "名前\uD83D\uDE00é" + chars(SAFE, 5);
            case 3 -> chars(SAFE, 255 + random.nextInt(600));
            default -> token();
        };
    }
}
