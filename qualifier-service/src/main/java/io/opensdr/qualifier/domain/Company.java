package io.opensdr.qualifier.domain;

/** The prospect's company; numbers are null when the source did not know them. */
public record Company(String name, String domain, String industry, Integer employeeCount, Long annualRevenueUsd,
                      String countryCode) {
}
