package city.gridline.grid.layer.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdministrativeNamesTest {

    @Test
    void communitySuffixesAreStrippedLongestFirst() {
        assertThat(AdministrativeNames.communityCore("南郎家园社区居委会")).isEqualTo("南郎家园");
        assertThat(AdministrativeNames.communityCore("月河社区居民委员会")).isEqualTo("月河");
        assertThat(AdministrativeNames.communityCore("黑庄户村村民委员会")).isEqualTo("黑庄户村");
        assertThat(AdministrativeNames.communityCore("居委会")).isEqualTo("居委会");
    }

    @Test
    void streetSuffixesAreStripped() {
        assertThat(AdministrativeNames.streetCore("建外街道")).isEqualTo("建外");
        assertThat(AdministrativeNames.streetCore("小红门地区")).isEqualTo("小红门");
        assertThat(AdministrativeNames.streetCore("ＣＢＤ街道")).isEqualTo("CBD");
    }

    @Test
    void streetSuffixesAndCommunityMarkersAreFoundWhereTheNameEnds() {
        assertThat(AdministrativeNames.streetSuffixLengthAt("望京街道办事处东", 2)).isEqualTo(5);
        assertThat(AdministrativeNames.streetSuffixLengthAt("望京街道东", 2)).isEqualTo(2);
        assertThat(AdministrativeNames.streetSuffixLengthAt("望京西园", 2)).isZero();
        assertThat(AdministrativeNames.communityMarkerAt("望京村东口", 2)).isTrue();
        assertThat(AdministrativeNames.communityMarkerAt("南郎家园小区3号楼", 4)).isTrue();
        assertThat(AdministrativeNames.communityMarkerAt("望京街道", 2)).isFalse();
    }
}
