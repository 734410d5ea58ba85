package city.gridline.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "city.gridline.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTest {

    @ArchTest
    static final ArchRule contractsStayFreeOfFrameworks = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "reactor..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
            .allowEmptyShould(false);
}
