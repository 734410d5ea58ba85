package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoadScheduleTest {

    private static final Box DISTRICT = new Box(116.35, 39.81, 116.65, 40.11);

    private final ServiceRequests nyc = requests(City.NYC, """
            complaint_type,created_date,latitude,longitude
            Illegal Parking,2024-04-16T00:00:00.000,40.5,-74.0
            Noise,2024-04-16T00:00:10.000,41.0,-73.0
            Noise,2024-04-16T00:01:40.000,40.75,-73.5
            """);
    private final CategoryMapping mapping = mapping();

    @Test
    void replaysTheRealGapsDividedByTheSpeedUpWithMappedCategoriesAndProjectedPlaces() {
        List<PlannedReport> plan = LoadSchedule.plan(nyc, projection(), mapping,
                new LoadSchedule.Settings(Duration.ofSeconds(11), 10, 0, Duration.ZERO, Duration.ZERO, 1), "t");

        assertThat(plan).extracting(PlannedReport::atNanos).containsExactly(0L, 1_000_000_000L, 10_000_000_000L);
        assertThat(plan.get(0).categoryCode()).isEqualTo("200503");
        assertThat(plan.get(1).categoryCode()).isEqualTo("200601");
        assertThat(plan.get(0).lon()).isEqualTo(116.35);
        assertThat(plan.get(0).lat()).isEqualTo(39.81);
        assertThat(plan).extracting(PlannedReport::ticket).doesNotHaveDuplicates();
    }

    @Test
    void replaysAgainWhenTheRunIsLongerThanTheRecordsWithRepeatsMovedAside() {
        // The records span 100 s; a pass lasts 150 s (the mean gap added); at ×10 that is 15 s.
        List<PlannedReport> plan = LoadSchedule.plan(nyc, projection(), mapping,
                new LoadSchedule.Settings(Duration.ofSeconds(20), 10, 0, Duration.ZERO, Duration.ZERO, 1), "t");

        assertThat(plan).extracting(PlannedReport::atNanos)
                .containsExactly(0L, 1_000_000_000L, 10_000_000_000L, 15_000_000_000L, 16_000_000_000L);
        assertThat(plan.get(3).ticket()).contains("-R1-");
        assertThat(plan.get(3).lon()).isNotEqualTo(116.35);
        assertThat(Math.abs(plan.get(3).lon() - 116.35)).isLessThan(0.02);
    }

    @Test
    void theSurgeSendsItsRateEvenlyForItsDurationAtPlacesOfRealRequests() {
        List<PlannedReport> plan = LoadSchedule.plan(nyc, projection(), mapping,
                new LoadSchedule.Settings(Duration.ofSeconds(60), 0, 100, Duration.ofSeconds(5), Duration.ofSeconds(2),
                        1), "t");

        assertThat(plan).hasSize(200).allMatch(r -> r.source() == PlannedReport.Source.SURGE);
        assertThat(plan.get(0).atNanos()).isEqualTo(5_000_000_000L);
        assertThat(plan.get(1).atNanos() - plan.get(0).atNanos()).isEqualTo(10_000_000L);
        assertThat(plan.get(199).atNanos()).isLessThan(7_000_000_000L);
        assertThat(plan).extracting(PlannedReport::categoryCode).containsOnly("200503", "200601");
    }

    @Test
    void baltimoresSampleOfYearsIsReplayedByTimeOfDay() {
        ServiceRequests baltimore = requests(City.BALTIMORE, """
                SRType,CreatedDate,Latitude,Longitude
                A,04/22/2014 01:00:00 PM,39.2,-76.6
                B,11/13/2018 12:00:10 PM,39.3,-76.7
                """);

        long[] arrivals = LoadSchedule.arrivalNanos(baltimore);

        assertThat(arrivals).containsExactly(3_590_000_000_000L, 0L);
    }

    private Projection projection() {
        return new Projection(Box.around(nyc.located()), DISTRICT);
    }

    private static ServiceRequests requests(City city, String csv) {
        try {
            return ServiceRequests.parse(city, new StringReader(csv));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CategoryMapping mapping() {
        try {
            return CategoryMapping.parse(new StringReader("default\t200102\nnyc\tIllegal Parking\t200503\n"
                    + "nyc\tNoise\t200601\n"), Set.of("200102", "200503", "200601")::contains);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
