package io.opensdr.prospector.sources.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 with a decoder that REPORTs malformed input instead of silently
 * replacing it. Each malformed sequence is counted and stands in the text as U+FFFD, so the row
 * and the cell it is in can be rejected on their own while the rest of the file is imported. A
 * leading byte-order mark is dropped. It also refuses a record longer than {@code maxRecordChars}
 * (an unclosed quote would otherwise make the parser buffer the rest of the file in memory).
 */
final class StrictUtf8Reader extends Reader {

    static final char MALFORMED = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private final long maxRecordChars;
    private boolean endOfBytes;
    private boolean flushed;
    private boolean started;
    private long malformedSequences;
    private long charsRead;
    private long recordStart;
    private long recordNumber;

    StrictUtf8Reader(InputStream in, long maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
        bytes.flip();
        chars.flip();
    }

    /** How many malformed byte sequences were met so far. */
    long malformedSequences() {
        return malformedSequences;
    }

    /** Called when a record was read completely: the length limit counts from here. */
    void recordEnded(long number) {
        recordStart = charsRead;
        recordNumber = number;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        charsRead += count;
        if (charsRead - recordStart > maxRecordChars) {
            throw new RecordTooLongException("Row " + (recordNumber + 1) + " (or the rows after row " + recordNumber
                    + ") is longer than " + maxRecordChars + " characters: probably a quote that is never closed");
        }
        return count;
    }

    /** Decodes the next characters; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false; // the decoder is done: asking it again is an error
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfBytes && bytes.remaining() < bytes.capacity() / 2) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfBytes = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isMalformed() || result.isUnmappable()) {
                if (!chars.hasRemaining()) {
                    break; // handled at the next fill, with room for the stand-in
                }
                bytes.position(bytes.position() + result.length());
                chars.put(MALFORMED);
                malformedSequences++;
                continue;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfBytes && !bytes.hasRemaining()) {
                if (!flushed) {
                    decoder.flush(chars);
                    flushed = true;
                }
                break;
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get(); // the byte-order mark is not part of the first header
            }
            if (!chars.hasRemaining()) {
                return fill();
            }
        }
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A record so long that the file is taken for broken; the parser surfaces it wrapped. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(String message) {
            super(message);
        }
    }
}
