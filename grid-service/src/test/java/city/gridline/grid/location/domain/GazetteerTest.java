package city.gridline.grid.location.domain;

import city.gridline.grid.layer.ChaoyangDataset;
import city.gridline.grid.layer.domain.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private static final List<Cell> CELLS = ChaoyangDataset.layer().cells();
    private final Gazetteer gazetteer = new Gazetteer(CELLS);

    @Test
    void addressNamingACommunityIsPlacedInIt() {
        Gazetteer.AddressMatch match = gazetteer.match("北京市朝阳区南郎家园小区3号楼东侧");

        assertThat(match.communityCell()).hasValueSatisfying(cell -> {
            assertThat(cell.community().code()).isEqualTo("110105001024");
            assertThat(cell.code()).isEqualTo(firstCellCodeOf("110105001024"));
        });
    }

    @Test
    void fullWidthAndSpacesDoNotHideTheName() {
        assertThat(gazetteer.match("朝阳区 南郎家园 ３号楼").communityCell()).isPresent();
    }

    @Test
    void addressNamingOnlyAStreetIsLeftForTriageWithTheStreetNamed() {
        Gazetteer.AddressMatch match = gazetteer.match("朝阳区建外街道某处路边");

        assertThat(match.communityCell()).isEmpty();
        assertThat(match.explanation()).contains("建外街道", "no community");
    }

    @Test
    void aCommunityNameThatIsPartOfAStreetsNameNamesTheStreet() {
        // 望京村委会 belongs to 崔各庄地区; the address names 望京街道, which has no community called 望京
        Gazetteer.AddressMatch wangjing = gazetteer.match("朝阳区望京街道");
        Gazetteer.AddressMatch heping = gazetteer.match("和平街街道某处路边");
        Gazetteer.AddressMatch bare = gazetteer.match("朝阳区望京附近");

        assertThat(wangjing.communityCell()).isEmpty();
        assertThat(wangjing.explanation()).contains("望京街道", "no community");
        assertThat(heping.communityCell()).isEmpty();
        assertThat(heping.explanation()).contains("和平街街道");
        assertThat(bare.communityCell()).isEmpty();
    }

    @Test
    void aCommunityNameWithAWordSayingSoNamesTheCommunityEvenWhereAStreetHasTheName() {
        Gazetteer.AddressMatch village = gazetteer.match("崔各庄地区望京村东口");
        Gazetteer.AddressMatch estate = gazetteer.match("潘家园街道潘家园社区3号楼");

        assertThat(village.communityCell()).hasValueSatisfying(
                cell -> assertThat(cell.community().code()).isEqualTo("110105038209"));
        assertThat(estate.communityCell()).hasValueSatisfying(
                cell -> assertThat(cell.community().code()).isEqualTo("110105018074"));
    }

    @Test
    void addressNamingNothingKnownIsLeftForTriage() {
        Gazetteer.AddressMatch match = gazetteer.match("海淀区中关村大街1号");

        assertThat(match.communityCell()).isEmpty();
        assertThat(match.explanation()).contains("no known community or street");
    }

    private static String firstCellCodeOf(String communityCode) {
        return CELLS.stream().filter(cell -> cell.community().code().equals(communityCode))
                .map(Cell::code).sorted().findFirst().orElseThrow();
    }
}
