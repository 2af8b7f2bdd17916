package io.opensdr.prospector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.opensdr.prospector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses().that().resideInAPackage("..prospector.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "org.apache.avro..", "io.opensdr.events..",
                    "io.apicurio..", "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "io.opensdr.prospector.messaging..", "io.opensdr.prospector.persistence..",
                    "io.opensdr.prospector.web..", "io.opensdr.prospector.sources..", "io.opensdr.prospector.config..");

    @ArchTest
    static final ArchRule webTalksToNoEvents = noClasses().that().resideInAPackage("..prospector.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opensdr.events..", "org.apache.avro..");
}
