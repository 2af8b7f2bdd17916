package io.opensdr.qualifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.opensdr.qualifier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoInfrastructure = noClasses().that().resideInAPackage("..qualifier.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.kafka..", "org.springframework.kafka..", "org.apache.avro..", "io.opensdr.events..",
                    "io.apicurio..", "org.springframework.data.mongodb..", "com.mongodb..", "org.bson..",
                    "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                    "io.opensdr.qualifier.messaging..", "io.opensdr.qualifier.persistence..",
                    "io.opensdr.qualifier.web..", "io.opensdr.qualifier.config..");

    @ArchTest
    static final ArchRule webTalksToNoEvents = noClasses().that().resideInAPackage("..qualifier.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.opensdr.events..", "org.apache.avro..");
}
