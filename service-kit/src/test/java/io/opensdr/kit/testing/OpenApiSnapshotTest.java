package io.opensdr.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiSnapshotTest {

    @Test
    void shouldSortKeysAndIndentTwoSpaces() {
        String normalised = OpenApiSnapshot.normalise("{\"paths\":{\"/b\":{},\"/a\":{}},\"openapi\":\"3.1.0\",\"tags\":[\"y\",\"x\"]}");

        assertThat(normalised).isEqualTo("""
                {
                  "openapi" : "3.1.0",
                  "paths" : {
                    "/a" : { },
                    "/b" : { }
                  },
                  "tags" : [
                    "y",
                    "x"
                  ]
                }
                """);
    }

    @Test
    void shouldNameTheFirstDifferingLine() {
        assertThat(OpenApiSnapshot.firstDifference("a\nb\nc\n", "a\nB\nc\n"))
                .isEqualTo("(first at line 2: committed `b`, served `B`)");
        assertThat(OpenApiSnapshot.firstDifference("a\n", "a\nb\n"))
                .isEqualTo("(first at line 2: committed `<end of file>`, served `b`)");
    }
}
