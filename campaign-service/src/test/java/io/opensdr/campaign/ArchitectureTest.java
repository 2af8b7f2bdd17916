package io.opensdr.campaign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.opensdr.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoKafkaAvroMongoOrWeb = noClasses()
            .that().resideInAPackage("io.opensdr.campaign.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..",
                    "org.apache.avro..", "io.opensdr.events..", "io.apicurio..",
                    "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "org.springframework.security..",
                    "io.opensdr.kit.messaging..", "io.opensdr.kit.outbox..", "io.opensdr.kit.web..",
                    "io.opensdr.campaign.messaging..", "io.opensdr.campaign.persistence..",
                    "io.opensdr.campaign.web..", "io.opensdr.campaign.config..");

    @ArchTest
    static final ArchRule restApiShowsNoEvents = noClasses()
            .that().resideInAPackage("io.opensdr.campaign.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opensdr.events..", "org.apache.avro..");

    @ArchTest
    static final ArchRule onlyPersistenceTalksToMongo = noClasses()
            .that().resideInAnyPackage("io.opensdr.campaign.web..", "io.opensdr.campaign.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..");
}
