package io.opensdr.prospector.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void shouldReadQuotedCommasDoubledQuotesAndLineBreaksInsideQuotes() {
        List<List<String>> rows = rows("name,email,notes\n"
                + "\"Martin, Claire\",claire@x.example,\"said \"\"yes\"\"\nthen left\"\n"
                + "Bob,bob@x.example,plain\n", null);

        assertThat(rows).containsExactly(
                List.of("Martin, Claire", "claire@x.example", "said \"yes\"\nthen left"),
                List.of("Bob", "bob@x.example", "plain"));
    }

    @Test
    void shouldNumberRowsAsASpreadsheetDoesWithTheHeaderAsRowOne() {
        try (CsvFile file = open("email\na@x.example\n\nb@x.example\n", null)) {
            assertThat(file.next().getRecordNumber()).isEqualTo(2);
            assertThat(file.next().getRecordNumber()).isEqualTo(3); // the empty line is skipped
        }
    }

    @Test
    void shouldDropAByteOrderMarkAndReadCrlfLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Email,Name\r\na@x.example,A\r\nb@x.example,B\r\n".getBytes(StandardCharsets.UTF_8);
        try (CsvFile file = CsvFile.open(new ByteArrayInputStream(concat(bom, body)), null, 1_000_000)) {
            assertThat(file.header()).containsExactly("Email", "Name");
            assertThat(file.next().toList()).containsExactly("a@x.example", "A");
            assertThat(file.next().toList()).containsExactly("b@x.example", "B");
            assertThat(file.hasNext()).isFalse();
        }
    }

    @Test
    void shouldDetectSemicolonsAndTabsFromTheHeaderAndIgnoreDelimitersInsideQuotes() {
        try (CsvFile file = open("\"a,b\";email;name\n1;x@y.example;Z\n", null)) {
            assertThat(file.delimiter()).isEqualTo(';');
            assertThat(file.header()).containsExactly("a,b", "email", "name");
        }
        try (CsvFile file = open("email\tname\nx@y.example\tZ, Jr\n", "auto")) {
            assertThat(file.delimiter()).isEqualTo('\t');
            assertThat(file.next().toList()).containsExactly("x@y.example", "Z, Jr");
        }
    }

    @Test
    void shouldUseTheDelimiterGivenOverTheDetectedOne() {
        try (CsvFile file = open("email;name,first\nx@y.example;Z,A\n", "comma")) {
            assertThat(file.header()).containsExactly("email;name", "first");
        }
    }

    @Test
    void shouldRefuseAnUnknownDelimiter() {
        assertThatThrownBy(() -> open("email\n", "colon")).isInstanceOf(CsvImportException.class)
                .hasMessageContaining("auto, comma, semicolon, tab or pipe");
    }

    @Test
    void shouldMarkInvalidUtf8InTheRowItIsInAndReadTheRowsAfterIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("email,name\na@x.example,Ren".getBytes(StandardCharsets.UTF_8));
        out.write(0xE9); // "é" in Windows-1252: not UTF-8
        out.writeBytes("\nb@x.example,Zoë".getBytes(StandardCharsets.UTF_8));
        out.write(0xC3); // a sequence cut short by the end of the file
        try (CsvFile file = CsvFile.open(new ByteArrayInputStream(out.toByteArray()), null, 1_000_000)) {
            assertThat(file.next().get(1)).isEqualTo("Ren\uFFFD");
            assertThat(file.next().get(1)).isEqualTo("Zoë\uFFFD");
            assertThat(file.hasNext()).isFalse();
            assertThat(file.malformedSequences()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseAFileWhoseHeaderIsNotUtf8() {
        byte[] utf16 = "email,name\na@x.example,A\n".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> CsvFile.open(new ByteArrayInputStream(utf16), null, 1_000_000))
                .isInstanceOf(CsvImportException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void shouldRefuseAnUnclosedQuoteAsABrokenFile() {
        try (CsvFile file = open("email,name\na@x.example,\"never closed\nb@x.example,B\n", null)) {
            assertThatThrownBy(file::hasNext).isInstanceOf(CsvImportException.class)
                    .satisfies(e -> assertThat(((CsvImportException) e).kind()).isEqualTo(CsvImportException.Kind.INVALID_FILE))
                    .hasMessageContaining("not valid CSV");
        }
    }

    @Test
    void shouldRefuseARowLongerThanTheLimitInsteadOfBufferingTheRestOfTheFile() {
        String file = "email,notes\na@x.example,\"" + "x".repeat(200_000) + "\n";
        try (CsvFile csv = CsvFile.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null, 50_000)) {
            assertThatThrownBy(csv::hasNext).isInstanceOf(CsvImportException.class)
                    .hasMessageContaining("longer than 50000 characters");
        }
    }

    @Test
    void shouldRefuseAFileWithoutHeader() {
        assertThatThrownBy(() -> open("\n\n", null)).isInstanceOf(CsvImportException.class).hasMessageContaining("no header");
    }

    private static List<List<String>> rows(String content, String delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvFile file = open(content, delimiter)) {
            while (file.hasNext()) {
                CSVRecord record = file.next();
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static CsvFile open(String content, String delimiter) {
        return CsvFile.open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), delimiter, 1_000_000);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
