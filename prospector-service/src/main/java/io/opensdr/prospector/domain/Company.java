package io.opensdr.prospector.domain;

/** The company a candidate works for; numbers are null when the source does not know them. */
public record Company(String name, String domain, String industry, Integer employeeCount,
                      Long annualRevenueUsd, String countryCode, String description) {
}
