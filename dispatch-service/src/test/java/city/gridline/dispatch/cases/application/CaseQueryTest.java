package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.CaseStatus;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseQueryTest {

    @Test
    void aPageIsFromZeroOfOneTo200Cases() {
        assertThat(CaseQuery.isPage(0, 1)).isTrue();
        assertThat(CaseQuery.isPage(3, 200)).isTrue();
        assertThat(CaseQuery.isPage(-1, 20)).isFalse();
        assertThat(CaseQuery.isPage(0, 0)).isFalse();
        assertThat(CaseQuery.isPage(0, 201)).isFalse();
    }

    @Test
    void aQueryOfCasesAnActorDidNotHandleKeepsEverythingElse() {
        CaseQuery query = CaseQuery.inStatus(Set.of(CaseStatus.RESOLVED), 2, 20).inArea("110105")
                .notHandledBy("member:supervisor-1");

        assertThat(query.excludedHandler()).isEqualTo("member:supervisor-1");
        assertThat(query.statuses()).containsExactly(CaseStatus.RESOLVED);
        assertThat(query.area()).isEqualTo("110105");
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(20);
        assertThat(CaseQuery.inStatus(Set.of(CaseStatus.RESOLVED), 0, 20).excludedHandler()).isNull();
    }

    /** Found in review: past 2^31 cases skipped, the database skipped none and the first page came back. */
    @Test
    void aPageBeyondWhatTheDatabaseCanSkipIsRefused() {
        assertThat(CaseQuery.isPage(Integer.MAX_VALUE / 200, 200)).isTrue();
        assertThat(CaseQuery.isPage(10_737_419, 200)).isFalse();
        assertThatThrownBy(() -> CaseQuery.inStatus(Set.of(CaseStatus.OPENED), 10_737_419, 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CaseQuery.PAGE_RULE);
    }
}
