package city.gridline.intake.open311.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRequestFormTest {

    private static final ServiceCatalog CATALOG = new ServiceCatalog(List.of(new Open311Service("building-violation",
            "0207", "违法建设", "市容环境", "违建", "违法建设、私搭乱建", List.of(
                    new ServiceAttribute("WHAT", 1, "text", false, "What is being built or altered?", null),
                    new ServiceAttribute("FLOOR", 2, "number", false, "Which floor?", null)))));

    /**
     * Found in review: a phone number written into a free-text attribute was kept and shown as written, where the
     * description's is masked.
     */
    @Test
    void aFreeTextAttributeIsMaskedAndNormalizedLikeTheDescription() {
        ServiceRequestForm.Outcome outcome = ServiceRequestForm.check(Map.of(
                "service_code", List.of("building-violation"),
                "address_string", List.of("朝阳区建国路88号"),
                "attribute[WHAT]", List.of("楼顶加盖  联系我１３８１２３４５６７８"),
                "attribute[FLOOR]", List.of("13812345678")), CATALOG);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.request().attributes()).containsEntry("WHAT", List.of("楼顶加盖 联系我138****5678"))
                .containsEntry("FLOOR", List.of("13812345678"));
    }
}
