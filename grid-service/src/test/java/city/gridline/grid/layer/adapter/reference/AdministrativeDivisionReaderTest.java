package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.domain.Community;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.Street;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdministrativeDivisionReaderTest {

    @Test
    void readsTheBundledChaoyangDivisions() {
        List<Street> streets = BundledReferenceData.read("/reference/beijing-chaoyang-110105-streets.csv",
                AdministrativeDivisionReader::streets);
        List<Community> communities = BundledReferenceData.read("/reference/beijing-chaoyang-110105-communities.csv",
                AdministrativeDivisionReader::communities);
        List<District> districts = BundledReferenceData.read("/reference/districts-beijing.csv",
                AdministrativeDivisionReader::districts);

        assertThat(streets).hasSize(43).first().isEqualTo(new Street("110105001", "建外街道"));
        assertThat(communities).hasSize(768)
                .contains(new Community("110105001024", "南郎家园社区居委会", "110105001"))
                .allSatisfy(community -> assertThat(community.code()).matches("110105\\d{6}")
                        .startsWith(community.streetCode()));
        assertThat(districts).hasSize(16).contains(new District("110105", "朝阳区"));
    }

    @Test
    void handlesQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFcode,name,streetCode\r\n"
                + "110105001001,\"甲,乙 \"\"新\"\" 社区\",110105001\r\n"
                + "110105001002,\"两行\n名称\",110105001\n";

        List<Community> communities = AdministrativeDivisionReader.communities(stream(csv));

        assertThat(communities).containsExactly(
                new Community("110105001001", "甲,乙 \"新\" 社区", "110105001"),
                new Community("110105001002", "两行\n名称", "110105001"));
    }

    @Test
    void ordersByCode() {
        List<Street> streets = AdministrativeDivisionReader.streets(stream("name,code\nB,2\nA,1\n"));

        assertThat(streets).containsExactly(new Street("1", "A"), new Street("2", "B"));
    }

    @Test
    void rejectsMissingColumnsAndRaggedRows() {
        assertThatThrownBy(() -> AdministrativeDivisionReader.communities(stream("code,name\n1,a\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("streetCode");
        assertThatThrownBy(() -> AdministrativeDivisionReader.streets(stream("code,name\n1,a,extra\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
