package io.opensdr.prospector.sources.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row from a stream, never held whole: RFC 4180 quoting (quoted commas,
 * doubled quotes, line breaks inside quotes), LF, CRLF or CR line ends, a UTF-8 byte-order mark
 * dropped, empty lines skipped. The delimiter is given (comma, semicolon, tab, pipe) or detected
 * from the header line: the candidate that occurs most often outside quotes, comma on a tie, as
 * spreadsheets in French or German locales export with semicolons.
 */
final class CsvFile implements Closeable {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SNIFF_CHARS = 64 * 1024;

    private final StrictUtf8Reader decoded;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final List<String> header;

    private CsvFile(StrictUtf8Reader decoded, BufferedReader buffered, char delimiter) throws IOException {
        this.decoded = decoded;
        this.delimiter = delimiter;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        this.parser = CSVParser.builder().setReader(buffered).setFormat(format).get();
        this.records = parser.iterator();
        if (!hasNext()) {
            throw CsvImportException.badFile("The file has no header row.");
        }
        CSVRecord first = next();
        this.header = first.toList().stream().map(String::trim).toList();
        if (header.stream().anyMatch(name -> name.indexOf(StrictUtf8Reader.MALFORMED) >= 0)) {
            throw CsvImportException.badFile("The header row is not valid UTF-8: the file is in another encoding "
                    + "(Windows-1252, Latin-1, UTF-16...). Save it as \"CSV UTF-8\" and upload it again.");
        }
        if (header.stream().allMatch(String::isEmpty)) {
            throw CsvImportException.badFile("The header row is empty.");
        }
    }

    /**
     * Opens a file; {@code delimiter} is "auto" (or null), "comma", "semicolon", "tab", "pipe" or
     * the character itself.
     */
    static CsvFile open(InputStream in, String delimiter, long maxRecordChars) {
        char chosen = delimiter == null || delimiter.isBlank() || delimiter.equalsIgnoreCase("auto") ? 0 : parse(delimiter);
        StrictUtf8Reader decoded = new StrictUtf8Reader(in, maxRecordChars);
        try {
            BufferedReader buffered = new BufferedReader(decoded, SNIFF_CHARS);
            if (chosen == 0) {
                chosen = sniff(buffered);
            }
            return new CsvFile(decoded, buffered, chosen);
        } catch (IOException e) {
            throw unreadable(e);
        } catch (RuntimeException e) {
            closeQuietly(decoded);
            throw e;
        }
    }

    private static char parse(String delimiter) {
        return switch (delimiter.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\t", "\\t" -> '\t';
            case "pipe", "|" -> '|';
            default -> throw CsvImportException.invalidField("Invalid delimiter", "delimiter",
                    "The delimiter must be auto, comma, semicolon, tab or pipe; was \"" + delimiter + "\".");
        };
    }

    /** Counts the candidates outside quotes on the first line and picks the most frequent. */
    static char sniff(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int read = 0; read < SNIFF_CHARS - 1; read++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                counts[i] += c == DELIMITERS[i] ? 1 : 0;
            }
        }
        reader.reset();
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    char delimiter() {
        return delimiter;
    }

    /** The header row's cells, trimmed. */
    List<String> header() {
        return header;
    }

    /** Malformed UTF-8 sequences met so far. */
    long malformedSequences() {
        return decoded.malformedSequences();
    }

    boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        } catch (IllegalStateException e) {
            throw e.getCause() instanceof IOException ? unreadable(e) : e;
        }
    }

    /** The next non-empty record; the header is record 1, the first data row record 2. */
    CSVRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            CSVRecord record = records.next();
            decoded.recordEnded(record.getRecordNumber());
            return record;
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        } catch (IllegalStateException e) {
            throw e.getCause() instanceof IOException ? unreadable(e) : e;
        }
    }

    /** A file the parser cannot read on (an unbalanced quote, a record too long). */
    private static CsvImportException unreadable(Exception e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        if (cause instanceof StrictUtf8Reader.RecordTooLongException tooLong) {
            return CsvImportException.badFile(tooLong.getMessage());
        }
        return CsvImportException.badFile("The file is not valid CSV: " + cause.getMessage());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // the upload is read already; closing it can fail only on a broken temporary file
        }
    }

    private static void closeQuietly(StrictUtf8Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
