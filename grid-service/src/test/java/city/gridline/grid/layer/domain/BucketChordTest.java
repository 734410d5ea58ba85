package city.gridline.grid.layer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;

class BucketChordTest {

    @Test
    void decidesOnlyWhereTheTrueLineAgreesAndLeavesLittleUndecided() {
        SplittableRandom random = new SplittableRandom(20261124);
        int lines = 0;
        int fitted = 0;
        long decided = 0;
        long undecided = 0;
        for (int i = 0; i < 20_000; i++) {
            double ax = random.nextDouble(-3, 4);
            double ay = random.nextDouble(-3, 4);
            double bx = random.nextDouble(-3, 4);
            double by = random.nextDouble(-3, 4);
            if (BucketChord.misses(ax, ay, bx, by)) {
                continue;
            }
            lines++;
            int chord = BucketChord.fit(ax, ay, bx, by);
            if (chord == BucketChord.NONE) {
                continue;
            }
            fitted++;
            for (int k = 0; k < 200; k++) {
                // half the points right next to the line, where a rounded chord would go wrong
                double u;
                double v;
                if (k % 2 == 0) {
                    u = random.nextDouble();
                    v = random.nextDouble();
                } else {
                    double t = random.nextDouble(-1, 2);
                    double offset = random.nextDouble(-2e-3, 2e-3);
                    double length = Math.hypot(bx - ax, by - ay);
                    u = Math.min(1, Math.max(0, ax + t * (bx - ax) - offset * (by - ay) / length));
                    v = Math.min(1, Math.max(0, ay + t * (by - ay) + offset * (bx - ax) / length));
                }
                int side = BucketChord.side(chord, u, v);
                if (side == 0) {
                    undecided++;
                } else {
                    decided++;
                    assertThat(side).as("line (%s, %s) -> (%s, %s), point (%s, %s)", ax, ay, bx, by, u, v)
                            .isEqualTo(CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, u, v));
                }
            }
        }
        assertThat(fitted).as("lines crossing the square that get a chord").isGreaterThan(lines * 9 / 10);
        assertThat(undecided).as("points left to the exact test").isLessThan((decided + undecided) / 50);
    }

    @Test
    void leavesLinesThatMissTheSquareOrOnlyClipACornerToTheExactTest() {
        assertThat(BucketChord.misses(2, 0, 2, 1)).isTrue();
        assertThat(BucketChord.fit(2, 0, 2, 1)).isEqualTo(BucketChord.NONE);
        assertThat(BucketChord.misses(0.92, 1.05, 1.05, 0.92)).isFalse();
        assertThat(BucketChord.fit(0.92, 1.05, 1.05, 0.92)).as("clips the corner (1, 1)").isEqualTo(BucketChord.NONE);
        assertThat(BucketChord.misses(1 + 1e-9, 0, 1 + 1e-9, 1)).as("too close to call a miss").isFalse();
    }

    @Test
    void aVerticalLineThroughTheMiddleSplitsTheSquareIntoLeftAndRight() {
        int upwards = BucketChord.fit(0.5, -1, 0.5, 2);

        assertThat(BucketChord.side(upwards, 0.25, 0.5)).isEqualTo(1);
        assertThat(BucketChord.side(upwards, 0.75, 0.5)).isEqualTo(-1);
        assertThat(BucketChord.side(upwards, 0.5 + 1e-4, 0.1)).isZero();
        assertThat(BucketChord.side(BucketChord.fit(0.5, 2, 0.5, -1), 0.25, 0.5)).isEqualTo(-1);
        assertThat(upwards).isEqualTo(BucketChord.position(0.5, 0) << BucketChord.POSITION_BITS
                | BucketChord.position(0.5, 1));
    }

    @Test
    void numbersThePerimeterCounterClockwiseFromTheOrigin() {
        int perSide = BucketChord.POSITIONS / 4;

        assertThat(BucketChord.position(0, 0)).isZero();
        assertThat(BucketChord.position(1, 0)).isEqualTo(perSide);
        assertThat(BucketChord.position(1, 1)).isEqualTo(2 * perSide);
        assertThat(BucketChord.position(0, 1)).isEqualTo(3 * perSide);
        assertThat(BucketChord.position(0, 1e-9)).as("just short of the origin, going round").isZero();
        assertThat(BucketChord.position(0.5, 1)).isEqualTo(2 * perSide + perSide / 2);
    }
}
