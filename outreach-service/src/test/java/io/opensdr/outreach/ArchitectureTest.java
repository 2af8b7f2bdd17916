package io.opensdr.outreach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.opensdr.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain is plain Java: events, brokers, databases, HTTP and mail stay in the adapters. */
    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses()
            .that().resideInAPackage("io.opensdr.outreach.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..",
                    "org.apache.avro..", "io.opensdr.events..", "io.apicurio..",
                    "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.mail..", "jakarta.mail..",
                    "io.opensdr.kit..",
                    "io.opensdr.outreach.messaging..", "io.opensdr.outreach.persistence..",
                    "io.opensdr.outreach.web..", "io.opensdr.outreach.config..");

    /** Avro classes never reach the HTTP API. */
    @ArchTest
    static final ArchRule webKnowsNoEvents = noClasses()
            .that().resideInAPackage("io.opensdr.outreach.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opensdr.events..", "org.apache.avro..");
}
