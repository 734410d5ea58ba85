package city.gridline.grid.layer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.locationtech.jts.geom.Coordinate;

/**
 * Shares located items out among weighted groups by recursive bisection: the groups are split in two
 * halves of about equal weight, the items are cut across the longer axis of their extent in
 * proportion to the halves' weights (west part or north part to the first half), and each side
 * recurses. Each group thus gets a compact run of neighbouring items. Every group gets at least its
 * minimum number of items. The result depends only on the order of the inputs.
 */
final class WeightedBisection {

    record Group<G>(G key, double weight, int minimumItems) {

        Group {
            if (weight < 0 || minimumItems < 0) {
                throw new IllegalArgumentException("weight and minimumItems must not be negative");
            }
        }
    }

    private record Located<T>(T item, double x, double y) {
    }

    private WeightedBisection() {
    }

    /**
     * @param position where an item lies, in coordinates whose axes have the same ground scale
     * @return the items of each group, in the order of {@code groups}
     */
    static <T, G> Map<G, List<T>> partition(List<T> items, Function<? super T, Coordinate> position,
                                            List<Group<G>> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no groups to share items among");
        }
        int required = minimum(groups);
        if (items.size() < required) {
            throw new IllegalArgumentException(
                    items.size() + " items cannot give the groups their minimum of " + required);
        }
        List<Located<T>> located = new ArrayList<>(items.size());
        for (T item : items) {
            Coordinate at = position.apply(item);
            located.add(new Located<>(item, at.x, at.y));
        }
        Map<G, List<T>> result = new LinkedHashMap<>();
        split(located, groups, result);
        return result;
    }

    private static <T, G> void split(List<Located<T>> items, List<Group<G>> groups, Map<G, List<T>> result) {
        if (groups.size() == 1) {
            result.put(groups.get(0).key(), items.stream().map(Located::item).toList());
            return;
        }
        int half = balancedSplitIndex(groups);
        List<Group<G>> first = groups.subList(0, half);
        List<Group<G>> second = groups.subList(half, groups.size());
        double totalWeight = weight(groups);
        double share = totalWeight > 0 ? weight(first) / totalWeight : (double) first.size() / groups.size();
        int firstCount = (int) Math.round(share * items.size());
        firstCount = Math.max(minimum(first), Math.min(items.size() - minimum(second), firstCount));

        List<Located<T>> ordered = new ArrayList<>(items);
        ordered.sort(alongLongerAxis(items));
        split(ordered.subList(0, firstCount), first, result);
        split(ordered.subList(firstCount, ordered.size()), second, result);
    }

    /** West to east if the items spread wider than high, else north to south. */
    private static <T> Comparator<Located<T>> alongLongerAxis(List<Located<T>> items) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Located<T> item : items) {
            minX = Math.min(minX, item.x());
            maxX = Math.max(maxX, item.x());
            minY = Math.min(minY, item.y());
            maxY = Math.max(maxY, item.y());
        }
        Comparator<Located<T>> westToEast = Comparator.comparingDouble(Located::x);
        Comparator<Located<T>> northToSouth = Comparator.comparingDouble(item -> -item.y());
        return maxX - minX >= maxY - minY
                ? westToEast.thenComparing(northToSouth)
                : northToSouth.thenComparing(westToEast);
    }

    /** The index that splits the groups, kept in order, into two runs of the most nearly equal weight. */
    private static int balancedSplitIndex(List<? extends Group<?>> groups) {
        double half = weight(groups) / 2;
        double before = 0;
        int bestIndex = 1;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < groups.size(); i++) {
            before += groups.get(i - 1).weight();
            double gap = Math.abs(before - half);
            if (gap < bestGap) {
                bestGap = gap;
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    private static double weight(List<? extends Group<?>> groups) {
        return groups.stream().mapToDouble(Group::weight).sum();
    }

    private static int minimum(List<? extends Group<?>> groups) {
        return groups.stream().mapToInt(Group::minimumItems).sum();
    }
}
