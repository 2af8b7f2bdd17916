package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.ProspectSource;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.SourceUnavailableException;
import io.opensdr.prospector.domain.TargetProfile;
import java.time.Duration;
import java.util.List;

/**
 * The CSV source: the people imported for a campaign, import by import in the order the imports
 * completed, each import best priority first (the priority is computed with the campaign's target
 * profile when the file is imported). A cursor position is an exact row: reading a page is a
 * lookup of {@code limit} keys, however many rows were imported. The rows are the user's own list,
 * so the target profile ranks them but does not filter them.
 */
public class CsvImportSource implements ProspectSource {

    private final ImportedPeople people;

    public CsvImportSource(ImportedPeople people) {
        this.people = people;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.CSV;
    }

    /**
     * Imported people belong to one campaign: a search by profile alone cannot say whose. The
     * campaign's progress shows this reason until the search passes the campaign.
     */
    @Override
    public SearchPage search(TargetProfile profile, long cursor, int limit) {
        throw new SourceUnavailableException("The CSV source serves a campaign's own imported people and must be "
                + "searched with the campaign (ProspectSource.search(Campaign, cursor, limit))", Duration.ofMinutes(1));
    }

    @Override
    public SearchPage search(Campaign campaign, long cursor, int limit) {
        if (limit < 1 || cursor < 0) {
            return new SearchPage(List.of(), cursor);
        }
        List<ImportSegment> segments = people.segments(campaign.campaignId());
        long position = cursor;
        // Rows whose person was erased keep their place without a person: they are passed over,
        // reading on so that a page of erased rows does not look like the end of the list.
        while (true) {
            List<String> keys = ImportSegment.keysAt(segments, position, limit);
            if (keys.isEmpty()) {
                return new SearchPage(List.of(), cursor);
            }
            List<ImportedRow> rows = people.findByKeys(keys);
            if (rows.size() != keys.size()) {
                throw new IllegalStateException("Campaign " + campaign.campaignId() + ": " + (keys.size() - rows.size())
                        + " imported rows are missing from the store at cursor " + position);
            }
            List<RankedCandidate> page = rows.stream().filter(row -> row.candidate() != null)
                    .map(row -> new RankedCandidate(row.candidate(), row.priority())).toList();
            position += keys.size();
            if (!page.isEmpty()) {
                return new SearchPage(page, position);
            }
        }
    }
}
