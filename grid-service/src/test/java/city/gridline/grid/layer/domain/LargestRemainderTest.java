package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void givesTheLeftOverUnitsToTheLargestRemainders() {
        // quotas 3.333, 3.333, 3.333 → 3, 3, 3 and one unit left, to the earliest tie
        assertThat(LargestRemainder.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        // quotas 1.4, 4.2, 4.4 → floors 1, 4, 4 and the unit to 4.4
        assertThat(LargestRemainder.apportion(10, new double[] {1.4, 4.2, 4.4})).containsExactly(1, 4, 5);
    }

    @Test
    void sumsToTheTotalExactly() {
        double[] weights = new double[1000];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + Math.sin(i) * 0.9;
        }

        int[] shares = LargestRemainder.apportion(3_452_460, weights);

        assertThat(Arrays.stream(shares).sum()).isEqualTo(3_452_460);
    }

    @Test
    void rejectsWeightsThatCannotBeShared() {
        assertThatThrownBy(() -> LargestRemainder.apportion(5, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.apportion(5, new double[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
