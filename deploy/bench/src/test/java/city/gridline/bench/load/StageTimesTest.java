package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class StageTimesTest {

    @Test
    void eventTypesMarkTheirStages() {
        assertThat(Stage.of("gridline.report.received.v1")).isEqualTo(Stage.RECEIVED);
        assertThat(Stage.of("gridline.report.unlocatable.v1")).isEqualTo(Stage.LOCATED);
        assertThat(Stage.of("gridline.case.opened.v1")).isEqualTo(Stage.OPENED);
        assertThat(Stage.of("gridline.case.transferred.v1")).isEqualTo(Stage.DECIDED);
        assertThat(Stage.of("gridline.case.accepted.v1")).isNull();
        assertThat(Stage.of("gridline.report.reporter.v1")).isNull();
    }

    @Test
    void theFirstSightingOfAStageCountsAndTheEndIsADecisionOrAnUnlocatableReport() {
        StageTimes times = StageTimes.NONE.with(Stage.RECEIVED, 10, "gridline.report.received.v1")
                .with(Stage.RECEIVED, 20, "gridline.report.received.v1")
                .with(Stage.LOCATED, 30, "gridline.report.located.v1");

        assertThat(times.at(Stage.RECEIVED)).isEqualTo(10);
        assertThat(times.ended()).isFalse();
        assertThat(times.with(Stage.DECIDED, 50, "gridline.case.transferred.v1"))
                .matches(StageTimes::ended).matches(StageTimes::transferred);
        assertThat(StageTimes.NONE.with(Stage.LOCATED, 5, "gridline.report.unlocatable.v1").ended()).isTrue();
        assertThat(StageTimes.NONE.at(Stage.RECEIVED)).isZero();
    }

    @Test
    void readsKibibytesFromAProcStatusFile() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  812345 kB\nVmRSS:\t  700001 kB\n";

        assertThat(ResidentMemory.kib(status, "VmRSS")).isEqualTo(OptionalLong.of(700_001));
        assertThat(ResidentMemory.kib(status, "VmHWM")).isEqualTo(OptionalLong.of(812_345));
        assertThat(ResidentMemory.kib(status, "VmSwap")).isEmpty();
    }
}
