package io.opensdr.prospector.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSegmentTest {

    private static int[] counts(int... priorityCountPairs) {
        int[] counts = new int[ImportSegment.PRIORITIES];
        for (int i = 0; i < priorityCountPairs.length; i += 2) {
            counts[priorityCountPairs[i]] = priorityCountPairs[i + 1];
        }
        return counts;
    }

    private final List<ImportSegment> segments = List.of(
            new ImportSegment("first", 0, counts(90, 2, 40, 1)),
            new ImportSegment("second", 3, counts(95, 1, 10, 2)));

    @Test
    void shouldServeEachImportBestFirstThenTheNextImport() {
        assertThat(ImportSegment.keysAt(segments, 0, 10)).containsExactly(
                "first/90/0", "first/90/1", "first/40/0", "second/95/0", "second/10/0", "second/10/1");
    }

    @Test
    void shouldStartAtAnyCursorPositionAndStopAtTheLimit() {
        assertThat(ImportSegment.keysAt(segments, 1, 3)).containsExactly("first/90/1", "first/40/0", "second/95/0");
        assertThat(ImportSegment.keysAt(segments, 5, 3)).containsExactly("second/10/1");
        assertThat(ImportSegment.keysAt(segments, 6, 3)).isEmpty();
    }
}
