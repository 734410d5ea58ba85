package city.gridline.contracts;

import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryCatalogue;
import city.gridline.contracts.category.CategoryKind;
import city.gridline.contracts.category.EnforcementScope;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CategoryCatalogueTest {

    private static final String HEADER = "code\tkind\tmajor_code\tmajor_name\tname\tname_en\tfiling_condition\t"
            + "closing_condition\tnormal_limit\turgent_limit\tsign_limit_minutes\tresponsible_unit\tscope\t"
            + "owning_department\tdistrict_level\n";

    @Test
    void theBundledCatalogueHasTheSixAndSixMajorClassesAndEnoughMinorOnes() {
        CategoryCatalogue catalogue = CategoryCatalogue.bundled();

        assertThat(catalogue.size()).isGreaterThanOrEqualTo(80);
        assertThat(catalogue.all().stream().filter(c -> c.kind() == CategoryKind.COMPONENT).map(Category::majorCode)
                .distinct()).containsExactlyInAnyOrder("01", "02", "03", "04", "05", "06");
        assertThat(catalogue.all().stream().filter(c -> c.kind() == CategoryKind.EVENT).map(Category::majorCode)
                .distinct()).containsExactlyInAnyOrder("01", "02", "03", "04", "05", "06");
        Category cover = catalogue.find("0101").orElseThrow();
        assertThat(cover.name()).isEqualTo("上水井盖");
        assertThat(cover.scope()).isEqualTo(EnforcementScope.INSIDE);
    }

    @Test
    void illegalParkingAndFireworksBelongToTheirOwnDepartments() {
        CategoryCatalogue catalogue = CategoryCatalogue.bundled();

        Category parking = catalogue.all().stream().filter(c -> c.name().equals("违法停车")).findFirst().orElseThrow();
        Category fireworks = catalogue.all().stream().filter(c -> c.name().equals("燃放烟花爆竹")).findFirst()
                .orElseThrow();
        assertThat(parking.transferred()).isTrue();
        assertThat(parking.owningDepartment()).isEqualTo("公安交通管理部门");
        assertThat(fireworks.transferred()).isTrue();
    }

    @Test
    void bothUnitsOfTimeLimitAreRead() {
        CategoryCatalogue catalogue = CategoryCatalogue.bundled();

        assertThat(catalogue.all()).extracting(c -> c.normalLimit().unit())
                .contains(TimeLimit.Unit.HOURS, TimeLimit.Unit.WORKING_DAYS);
        assertThat(TimeLimit.parse("3WD")).isEqualTo(TimeLimit.workingDays(3));
        assertThat(TimeLimit.parse("24H").text()).isEqualTo("24H");
    }

    @Test
    void aLineThatBreaksTheCodeSchemeIsRefusedWithItsLineNumber() {
        String line = "0201\tCOMPONENT\t01\t公用设施\t上水井盖\tcover\t缺失\t补齐\t6H\t2H\t30\tGRID_GROUP\tINSIDE\t-\tfalse\n";

        assertThatThrownBy(() -> CategoryCatalogue.parse(new StringReader("# comment\n" + HEADER + line)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3")
                .hasMessageContaining("major class 02");
    }

    @Test
    void anOutsideCategoryMustNameItsDepartment() {
        String line = "200503\tEVENT\t05\t街面秩序\t违法停车\tparking\t违停\t驶离\t2H\t1H\t30\tGRID_GROUP\tOUTSIDE\t-\tfalse\n";

        assertThatThrownBy(() -> CategoryCatalogue.parse(new StringReader(HEADER + line)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owning department");
    }
}
