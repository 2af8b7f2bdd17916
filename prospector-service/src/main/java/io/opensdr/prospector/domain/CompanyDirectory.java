package io.opensdr.prospector.domain;

import java.util.Optional;

/**
 * Knows companies by their web domain, so that enrichment can fill in what a source left out
 * (industry, size, revenue, country, description). A source that also knows companies, such as the
 * demo directory, implements it too.
 */
public interface CompanyDirectory {

    /** The company at this lower-case domain ({@code acme.com}), if known. */
    Optional<Company> companyAt(String domain);
}
