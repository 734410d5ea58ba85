package city.gridline.testkit;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Architecture rules every service holds itself to. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Domain packages are plain Java: no Spring, Reactor, MongoDB or Kafka. The rule fails when it finds no domain
     * class at all, so a renamed package cannot make it pass vacuously.
     */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "com.mongodb..", "org.bson..", "org.apache.kafka..")
                .allowEmptyShould(false)
                .because("the domain is unit-tested without a framework");
    }
}
