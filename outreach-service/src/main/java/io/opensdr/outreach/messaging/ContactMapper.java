package io.opensdr.outreach.messaging;

import io.opensdr.outreach.domain.Contact;

/** The events' Contact and the domain's, field for field. */
final class ContactMapper {

    private ContactMapper() {
    }

    static Contact toDomain(io.opensdr.events.Contact contact) {
        return new Contact(contact.getFirstName(), contact.getLastName(), contact.getEmail(), contact.getTitle(),
                contact.getCompanyName(), contact.getCompanyDomain(), contact.getIndustry(), contact.getTimeZone());
    }

    static io.opensdr.events.Contact toEvent(Contact contact) {
        return io.opensdr.events.Contact.newBuilder()
                .setFirstName(contact.firstName())
                .setLastName(contact.lastName())
                .setEmail(contact.email())
                .setTitle(contact.title())
                .setCompanyName(contact.companyName())
                .setCompanyDomain(contact.companyDomain())
                .setIndustry(contact.industry())
                .setTimeZone(contact.timeZone())
                .build();
    }
}
