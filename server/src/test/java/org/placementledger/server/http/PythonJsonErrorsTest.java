package org.placementledger.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.placementledger.api.error.PlacementException;

/** Python's json messages (Placement's "Malformed JSON: ..."), each expectation printed by Python 3.11. */
class PythonJsonErrorsTest {

    private static final String[][] CASES = {
                {"", "Expecting value: line 1 column 1 (char 0)"},
                {" ", "Expecting value: line 1 column 2 (char 1)"},
                {"{bad", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
                {"{\"name\" 1}", "Expecting ':' delimiter: line 1 column 9 (char 8)"},
                {"{\"name\": \"a\" \"b\"}", "Expecting ',' delimiter: line 1 column 14 (char 13)"},
                {"{\"name\": \"a\"} x", "Extra data: line 1 column 15 (char 14)"},
                {"\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"},
                {"[1,]", "Expecting value: line 1 column 4 (char 3)"},
                {"{\"name\": \"a\",}", "Expecting property name enclosed in double quotes: line 1 column 14 (char 13)"},
                {"nul", "Expecting value: line 1 column 1 (char 0)"},
                {"{\"a\":\"\\x01\"}", "Invalid \\escape: line 1 column 7 (char 6)"},
                {"{\"a\":\"\u0001\"}", "Invalid control character at: line 1 column 7 (char 6)"},
                {"[", "Expecting value: line 1 column 2 (char 1)"},
                {"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
                {"[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"},
                {"{\"a\":}", "Expecting value: line 1 column 6 (char 5)"},
                {"{\"a\":1,", "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
                {"{\"a\"", "Expecting ':' delimiter: line 1 column 5 (char 4)"},
                {"\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
                {"\"ab\\uZZZZ\"", "Invalid \\uXXXX escape: line 1 column 5 (char 4)"},
                {"{\"a\": [1, 2, {\"b\": tru}]}", "Expecting value: line 1 column 20 (char 19)"},
                {"\n\n  {\"a\":\n  x}", "Expecting value: line 4 column 3 (char 12)"},
                {"-", "Expecting value: line 1 column 1 (char 0)"},
                {"+1", "Expecting value: line 1 column 1 (char 0)"},
                {"01", "Extra data: line 1 column 2 (char 1)"},
                {"1.", "Extra data: line 1 column 2 (char 1)"},
                {".5", "Expecting value: line 1 column 1 (char 0)"},
                {"{\"a\": \"b\"}}", "Extra data: line 1 column 11 (char 10)"},
                {"{\"\u2603\": 1, \"b\": x}", "Expecting value: line 1 column 15 (char 14)"},
                {"[1,\n2,,3]", "Expecting value: line 2 column 3 (char 6)"},
                {"{\"a\" : 1 , }", "Expecting property name enclosed in double quotes: line 1 column 12 (char 11)"},
                {"true false", "Extra data: line 1 column 6 (char 5)"},
                {"\"\\", "Unterminated string starting at: line 1 column 1 (char 0)"},
                {"{\"a\":\"b\\", "Unterminated string starting at: line 1 column 6 (char 5)"},
                {"\"a\tb\"", "Invalid control character at: line 1 column 3 (char 2)"},
                {"{}[]", "Extra data: line 1 column 3 (char 2)"}
    };

    @Test
    void describesMalformedJsonAsPythonDoes() {
        for (String[] c : CASES) {
            assertThat(PythonJsonErrors.describe(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void whatPythonReadsIsNoError() {
        for (String ok : new String[] {"NaN", "-Infinity", "[1]  \t\n ", "{\"a\": [true, false, null, -1.5e3, \"\\u00e9\"]}"}) {
            assertThat(PythonJsonErrors.describe(ok)).as(ok).isNull();
        }
    }

    @Test
    void nestingDeeperThanJacksonReadsHasNoPythonMessage() {
        assertThat(PythonJsonErrors.describe("[".repeat(5000))).isNull();
        assertThat(PythonJsonErrors.describe("[".repeat(10) + "x")).isEqualTo("Expecting value: line 1 column 11 (char 10)");
    }

    @Test
    void bodiesThatAreNoUtf8AreRefusedWithPythonsCodecMessage() {
        assertThatThrownBy(() -> JsonBodies.parse(new byte[] {(byte) 0xff, '{', '}'}))
                .isInstanceOf(PlacementException.class)
                .hasMessage("Malformed JSON: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assertThatThrownBy(() -> JsonBodies.parse("{\"a\" 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessage("Malformed JSON: Expecting ':' delimiter: line 1 column 6 (char 5)");
    }
}
