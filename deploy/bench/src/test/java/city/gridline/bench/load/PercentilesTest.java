package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredValues() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L;
        }

        Percentiles p = Percentiles.of(nanos);

        assertThat(p.samples()).isEqualTo(100);
        assertThat(p.p50Millis()).isEqualTo(50.0);
        assertThat(p.p95Millis()).isEqualTo(95.0);
        assertThat(p.p99Millis()).isEqualTo(99.0);
        assertThat(p.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void aSingleValueIsEveryPercentileAndNoValuesGiveNone() {
        assertThat(Percentiles.of(new long[] {7_000_000L}).p99Millis()).isEqualTo(7.0);
        assertThat(Percentiles.of(new long[] {7_000_000L}).p50Millis()).isEqualTo(7.0);
        assertThat(Percentiles.of(new long[0]).p50Millis()).isNaN();
        assertThat(Percentiles.millis(Double.NaN)).isEqualTo("–");
    }

    @Test
    void theP99OfTenValuesIsTheLargest() {
        long[] nanos = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(Percentiles.rank(nanos, 0.99)).isEqualTo(10 / 1e6);
        assertThat(Percentiles.rank(nanos, 0.50)).isEqualTo(5 / 1e6);
    }
}
