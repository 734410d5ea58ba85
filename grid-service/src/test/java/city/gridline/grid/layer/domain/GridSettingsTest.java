package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridSettingsTest {

    @Test
    void theFourArgumentFormTakesTheDefaultHouseholdTargetAndTolerance() {
        GridSettings settings = new GridSettings(2_500, 2.5, 2, "v1");

        assertThat(settings.targetHouseholdsPerCell()).isEqualTo(1_000);
        assertThat(settings.tolerance()).isEqualTo(0.3);
        assertThat(GridSettings.defaults("v1")).isEqualTo(new GridSettings(3_000, 3.0, 3, "v1", 1_000, 0.3));
        assertThat(settings.withVersion("v2")).isEqualTo(new GridSettings(2_500, 2.5, 2, "v2", 1_000, 0.3));
    }

    @Test
    void rejectsATargetOrToleranceOutOfRange() {
        assertThatThrownBy(() -> new GridSettings(3_000, 3.0, 3, "v1", 0, 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetHouseholdsPerCell");
        assertThatThrownBy(() -> new GridSettings(3_000, 3.0, 3, "v1", 1_000, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new GridSettings(3_000, 3.0, 3, "v1", 1_000, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
    }
}
