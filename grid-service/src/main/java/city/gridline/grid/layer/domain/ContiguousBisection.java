package city.gridline.grid.layer.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;

/**
 * Shares the nodes of a connected graph out among weighted groups so that every group gets a connected set
 * of nodes: the groups are split in two halves of about equal weight and the nodes in proportion to the
 * halves' weights, and each side recurses.
 *
 * <p>A plain cut across the longer axis (sorting the nodes and taking a prefix) gives compact sides that can
 * fall apart where the shape is irregular: a community on both sides of a bay. So the first side is grown
 * instead: it starts at the extreme node of the longer axis (west, or north) and repeatedly takes the
 * frontier node that comes first along that axis — but only a node whose removal leaves the rest connected.
 * Both sides are therefore connected, and, where connectivity allows, the same as the plain cut.
 *
 * <p>In the rare case where every frontier node would cut the rest apart, the first side either stops short
 * or also takes the parts that would be cut off, whichever lands nearer its share without breaking a
 * minimum. Every group gets at least its minimum number of nodes. The result depends only on the inputs.
 */
final class ContiguousBisection {

    record Group<G>(G key, double weight, int minimumItems) {

        Group {
            if (weight < 0 || minimumItems < 0) {
                throw new IllegalArgumentException("weight and minimumItems must not be negative");
            }
        }
    }

    private final AdjacencyGraph graph;
    private final Coordinate[] positions;
    /** Marks the nodes of the set being split: {@code member[node] == stamp}. */
    private final int[] member;
    /** Marks the nodes already given to the first side: {@code taken[node] == stamp}. */
    private final int[] taken;
    /** Marks the nodes reached by the current search: {@code seen[node] == search}. */
    private final int[] seen;
    private int stamp;
    private int search;

    private ContiguousBisection(AdjacencyGraph graph, Coordinate[] positions) {
        this.graph = graph;
        this.positions = positions;
        this.member = new int[graph.size()];
        this.taken = new int[graph.size()];
        this.seen = new int[graph.size()];
    }

    /**
     * @param nodes     the nodes to share out; they must form a connected part of {@code graph}
     * @param positions where each node of the graph lies, in coordinates whose axes have the same ground scale
     * @return the nodes of each group, in the order of {@code groups}
     */
    static <G> Map<G, List<Integer>> partition(AdjacencyGraph graph, Coordinate[] positions, List<Integer> nodes,
                                              List<Group<G>> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no groups to share nodes among");
        }
        int required = minimum(groups);
        if (nodes.size() < required) {
            throw new IllegalArgumentException(
                    nodes.size() + " nodes cannot give the groups their minimum of " + required);
        }
        Map<G, List<Integer>> result = new LinkedHashMap<>();
        new ContiguousBisection(graph, positions).split(nodes, groups, result);
        return result;
    }

    private <G> void split(List<Integer> nodes, List<Group<G>> groups, Map<G, List<Integer>> result) {
        if (groups.size() == 1) {
            result.put(groups.get(0).key(), List.copyOf(nodes));
            return;
        }
        int half = balancedSplitIndex(groups);
        List<Group<G>> first = groups.subList(0, half);
        List<Group<G>> second = groups.subList(half, groups.size());
        double totalWeight = weight(groups);
        double share = totalWeight > 0 ? weight(first) / totalWeight : (double) first.size() / groups.size();
        int firstCount = (int) Math.round(share * nodes.size());
        firstCount = Math.max(minimum(first), Math.min(nodes.size() - minimum(second), firstCount));

        List<Integer> ordered = new ArrayList<>(nodes);
        ordered.sort(alongLongerAxis(nodes));
        List<Integer> firstNodes = grow(ordered, firstCount, minimum(first), minimum(second));
        List<Integer> secondNodes = new ArrayList<>(ordered);
        secondNodes.removeAll(new TreeSet<>(firstNodes));
        split(firstNodes, first, result);
        split(secondNodes, second, result);
    }

    /**
     * Grows the first side to {@code count} nodes (see the class comment) and returns its nodes in the order
     * taken. {@code ordered} is the set, sorted along its longer axis.
     */
    private List<Integer> grow(List<Integer> ordered, int count, int firstMinimum, int secondMinimum) {
        stamp++;
        int[] rank = new int[graph.size()];
        for (int i = 0; i < ordered.size(); i++) {
            member[ordered.get(i)] = stamp;
            rank[ordered.get(i)] = i;
        }
        List<Integer> firstSide = new ArrayList<>(count);
        if (count == 0) {
            return firstSide;
        }
        if (count == ordered.size()) {
            return new ArrayList<>(ordered);
        }
        TreeSet<Integer> frontier = new TreeSet<>(Comparator.comparingInt(node -> rank[node]));
        for (int node : ordered) {
            if (keepsRestConnected(node, ordered.size())) {
                take(node, firstSide, frontier);
                break;
            }
        }
        while (firstSide.size() < count) {
            Integer next = null;
            for (int candidate : frontier) {
                if (keepsRestConnected(candidate, ordered.size() - firstSide.size())) {
                    next = candidate;
                    break;
                }
            }
            if (next != null) {
                take(next, firstSide, frontier);
                continue;
            }
            // every frontier node is a cut node of the rest: stop short, or take it with what it cuts off
            int cutNode = frontier.first();
            List<List<Integer>> cutOff = componentsWithout(cutNode);
            List<Integer> kept = cutOff.remove(0);
            int grownSize = firstSide.size() + 1 + cutOff.stream().mapToInt(List::size).sum();
            boolean canStop = firstSide.size() >= firstMinimum;
            boolean canGrow = kept.size() >= secondMinimum;
            if (!canStop && !canGrow) {
                throw new IllegalStateException("Cannot split " + ordered.size()
                        + " nodes into connected parts of at least " + firstMinimum + " and " + secondMinimum);
            }
            if (canStop && (!canGrow || count - firstSide.size() <= grownSize - count)) {
                break;
            }
            take(cutNode, firstSide, frontier);
            for (List<Integer> part : cutOff) {
                for (int node : part) {
                    take(node, firstSide, frontier);
                }
            }
        }
        return firstSide;
    }

    /** Moves a node to the first side and updates the frontier. */
    private void take(int node, List<Integer> firstSide, TreeSet<Integer> frontier) {
        taken[node] = stamp;
        firstSide.add(node);
        frontier.remove(node);
        for (int next : graph.neighbours(node)) {
            if (member[next] == stamp && taken[next] != stamp) {
                frontier.add(next);
            }
        }
    }

    /** Whether the nodes not yet taken ({@code rest} of them) stay connected without {@code node}. */
    private boolean keepsRestConnected(int node, int rest) {
        if (rest <= 2) {
            return true;
        }
        List<List<Integer>> components = componentsWithout(node);
        return components.size() == 1;
    }

    /** The components of the nodes not yet taken, without {@code excluded}; the largest first. */
    private List<List<Integer>> componentsWithout(int excluded) {
        List<List<Integer>> components = new ArrayList<>();
        search++;
        seen[excluded] = search;
        for (int start : graph.neighbours(excluded)) {
            if (member[start] != stamp || taken[start] == stamp || seen[start] == search) {
                continue;
            }
            List<Integer> component = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>(List.of(start));
            seen[start] = search;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                component.add(node);
                for (int next : graph.neighbours(node)) {
                    if (member[next] == stamp && taken[next] != stamp && seen[next] != search) {
                        seen[next] = search;
                        queue.add(next);
                    }
                }
            }
            components.add(component);
        }
        components.sort(Comparator.comparingInt((List<Integer> component) -> -component.size())
                .thenComparingInt(component -> component.stream().mapToInt(Integer::intValue).min().orElse(0)));
        return components;
    }

    /** West to east if the nodes spread wider than high, else north to south; then by node. */
    private Comparator<Integer> alongLongerAxis(List<Integer> nodes) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int node : nodes) {
            minX = Math.min(minX, positions[node].x);
            maxX = Math.max(maxX, positions[node].x);
            minY = Math.min(minY, positions[node].y);
            maxY = Math.max(maxY, positions[node].y);
        }
        Comparator<Integer> westToEast = Comparator.comparingDouble(node -> positions[node].x);
        Comparator<Integer> northToSouth = Comparator.comparingDouble(node -> -positions[node].y);
        Comparator<Integer> byAxis = maxX - minX >= maxY - minY
                ? westToEast.thenComparing(northToSouth)
                : northToSouth.thenComparing(westToEast);
        return byAxis.thenComparingInt(Integer::intValue);
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
