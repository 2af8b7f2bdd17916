package io.opensdr.outreach.persistence;

import io.opensdr.outreach.domain.Contact;

/** A contact as stored inside drafts and parked qualifications. */
record ContactDocument(String firstName, String lastName, String email, String title, String companyName,
                       String companyDomain, String industry, String timeZone) {

    static ContactDocument of(Contact contact) {
        return new ContactDocument(contact.firstName(), contact.lastName(), contact.email(), contact.title(),
                contact.companyName(), contact.companyDomain(), contact.industry(), contact.timeZone());
    }

    Contact toDomain() {
        return new Contact(firstName, lastName, email, title, companyName, companyDomain, industry, timeZone);
    }
}
