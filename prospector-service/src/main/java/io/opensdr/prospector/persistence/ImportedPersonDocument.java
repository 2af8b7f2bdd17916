package io.opensdr.prospector.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A row a CSV import kept, in {@code imported_people}. Its id is its place in the campaign's
 * ranked rows ({@code importId/priority/seq}), so the CSV source reads a page by id lookups.
 * An erased row keeps its place without its person ({@code erased}, see MongoSuppressedPeople).
 */
@Document(ImportedPersonDocument.COLLECTION)
record ImportedPersonDocument(
        @Id String id,
        @Indexed String campaignId,
        @Indexed String importId,
        long row,
        int priority,
        int seq,
        Long emailHash,
        String sourceKey,
        String firstName,
        String lastName,
        String title,
        String seniority,
        String email,
        String emailGrade,
        String phone,
        String linkedinUrl,
        String city,
        String countryCode,
        String companyName,
        String companyDomain,
        String industry,
        Integer employeeCount,
        Boolean erased) {

    static final String COLLECTION = "imported_people";
    /** Set on a row whose person asked to be erased: its personal fields are gone and the source passes over it. */
    static final String ERASED = "erased";
}
