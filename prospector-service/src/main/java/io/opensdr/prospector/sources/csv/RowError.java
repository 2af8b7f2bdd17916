package io.opensdr.prospector.sources.csv;

/**
 * Why a row was not imported.
 *
 * @param row    the row's number in the file, the header being row 1
 * @param column the header of the cell at fault, or null when the row as a whole is
 * @param reason what is wrong, in words a user can act on
 */
public record RowError(long row, String column, String reason) {
}
