package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProjectionTest {

    private static final Box CITY = new Box(-74.0, 40.5, -73.0, 41.0);
    private static final Box DISTRICT = new Box(116.35, 39.81, 116.65, 40.11);

    @Test
    void cornersLandOnCornersAndTheMiddleInTheMiddle() {
        Projection projection = new Projection(CITY, DISTRICT);

        assertThat(projection.project(40.5, -74.0)).containsExactly(116.35, 39.81);
        assertThat(projection.project(41.0, -73.0)[0]).isCloseTo(116.65, within(1e-9));
        assertThat(projection.project(41.0, -73.0)[1]).isCloseTo(40.11, within(1e-9));
        double[] middle = projection.project(40.75, -73.5);
        assertThat(middle[0]).isCloseTo(116.50, within(1e-9));
        assertThat(middle[1]).isCloseTo(39.96, within(1e-9));
    }

    @Test
    void keepsRelativePositionsSoClustersStayClusters() {
        Projection projection = new Projection(CITY, DISTRICT);

        double[] a = projection.project(40.60, -73.90);
        double[] b = projection.project(40.61, -73.89);
        double[] far = projection.project(40.90, -73.10);

        // A tenth of the city's width becomes a tenth of the district's.
        assertThat(b[0] - a[0]).isCloseTo(0.01 * 0.3, within(1e-9));
        assertThat(b[1] - a[1]).isCloseTo(0.01 * 0.6, within(1e-9));
        assertThat(Math.hypot(far[0] - a[0], far[1] - a[1])).isGreaterThan(10 * Math.hypot(b[0] - a[0], b[1] - a[1]));
    }

    @Test
    void theCityBoxIsTheEnvelopeOfItsLocatedRequests() {
        LocalDateTime t = LocalDateTime.of(2024, 4, 16, 0, 0);
        Box box = Box.around(List.of(new ServiceRequest(City.NYC, "a", t, 40.6, -73.7),
                new ServiceRequest(City.NYC, "b", t, 40.9, -74.1), new ServiceRequest(City.NYC, "c", t, 40.7, -73.9)));

        assertThat(box).isEqualTo(new Box(-74.1, 40.6, -73.7, 40.9));
    }

    @Test
    void theCoreBoxLeavesOutStrayPointsThatWouldSqueezeTheCity() {
        LocalDateTime t = LocalDateTime.of(2018, 4, 16, 0, 0);
        List<ServiceRequest> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 198; i++) {
            requests.add(new ServiceRequest(City.BALTIMORE, "x", t, 39.20 + i * 0.001, -76.70 + i * 0.001));
        }
        requests.add(new ServiceRequest(City.BALTIMORE, "stray", t, 39.0, -76.6));
        requests.add(new ServiceRequest(City.BALTIMORE, "stray", t, 39.3, -76.0));

        Box core = Box.core(requests, 0.005);

        // One point cut off each end of each axis: the strays, or the cluster's outermost point.
        assertThat(core.minLon()).isCloseTo(-76.70, within(0.0011));
        assertThat(core.maxLon()).isCloseTo(-76.503, within(0.0011));
        assertThat(core.minLat()).isCloseTo(39.20, within(0.0011));
        assertThat(core.maxLat()).isCloseTo(39.397, within(0.0011));
        assertThat(core.contains(39.0, -76.6)).isFalse();
        assertThat(core.contains(39.25, -76.65)).isTrue();
    }

    @Test
    void anEmptyBoxIsRefused() {
        assertThatThrownBy(() -> new Box(1, 1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chaoyangsEnvelopeIsTheOutlineTheGridServiceGeneratesItsLayerFrom() {
        Box chaoyang = DistrictEnvelope.chaoyang();

        assertThat(chaoyang).isEqualTo(new Box(116.3515625, 39.810546875, 116.6455078125, 40.1083984375));
    }
}
