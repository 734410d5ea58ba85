package city.gridline.servicekit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void aPageThatStartsWithinWhatTheDatabaseCanSkipIsNotBeyond() {
        assertThat(Paging.beyondSkipLimit(0, 200)).isFalse();
        assertThat(Paging.beyondSkipLimit(Integer.MAX_VALUE / 200, 200)).isFalse();
        assertThat(Paging.beyondSkipLimit(Integer.MAX_VALUE, 1)).isFalse();
        assertThat(Paging.beyondSkipLimit(1, Integer.MAX_VALUE)).isFalse();
    }

    /** Found in review: past 2^31 items skipped, the database skipped none and the first page came back. */
    @Test
    void aPageThatStartsPast2To31Is() {
        assertThat(Paging.beyondSkipLimit(10_737_419, 200)).isTrue();
        assertThat(Paging.beyondSkipLimit(Integer.MAX_VALUE, 2)).isTrue();
        assertThat(Paging.beyondSkipLimit(2, Integer.MAX_VALUE)).isTrue();
    }

    /** Two negatives make a large product: they are the listing's bounds to refuse, not a page beyond the limit. */
    @Test
    void aNegativePageOrSizeIsLeftToTheListingsBounds() {
        assertThat(Paging.beyondSkipLimit(Integer.MIN_VALUE, -200)).isFalse();
        assertThat(Paging.beyondSkipLimit(-1, 20)).isFalse();
        assertThat(Paging.beyondSkipLimit(20, 0)).isFalse();
    }
}
