package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentTeamsTest {

    @ParameterizedTest
    @CsvSource({
            "南郎家园社区居委会, 南郎家园综合执法组",
            "月河社区居民委员会, 月河综合执法组",
            "四道口居民委员会, 四道口综合执法组",
            "牌坊村村民委员会, 牌坊村综合执法组",
            "东坝村委会, 东坝综合执法组",
            "机场工作区社区, 机场工作区社区综合执法组"
    })
    void namesTheTeamAfterTheCommunityWithoutItsCommittee(String community, String team) {
        Community named = new Community("110105001024", community, "110105001");

        assertThat(ResidentTeams.teamName(named)).isEqualTo(team);
        assertThat(ResidentTeams.teamId(named)).isEqualTo("T110105001024");
    }
}
