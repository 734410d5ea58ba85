package city.gridline.grid.layer.domain;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Apportions a whole number in proportion to weights by the largest-remainder (Hamilton) method:
 * the shares add up to the total exactly. Ties go to the earlier weight.
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    static int[] apportion(int total, double[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        double sum = 0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and not negative: " + weight);
            }
            sum += weight;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * (weights[i] / sum);
            shares[i] = (int) Math.floor(quota);
            remainders[i] = quota - shares[i];
            given += shares[i];
        }
        int left = (int) (total - given);
        int[] byRemainder = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; k < left; k++) {
            shares[byRemainder[k]]++;
        }
        return shares;
    }
}
