package city.gridline.grid.layer.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.locationtech.jts.geom.Polygon;

/**
 * Which polygons of an exact coverage are edge neighbours (share a segment; touching at a corner does not
 * count), as an undirected graph over their indexes. Neighbour lists are sorted, so everything built on the
 * graph is deterministic.
 */
final class AdjacencyGraph {

    private final int[][] neighbours;

    private AdjacencyGraph(int[][] neighbours) {
        this.neighbours = neighbours;
    }

    static AdjacencyGraph ofSharedEdges(List<? extends Polygon> polygons) {
        Map<Segment, List<Integer>> polygonsBySegment = new HashMap<>();
        for (int i = 0; i < polygons.size(); i++) {
            for (Segment segment : Segment.boundaryOf(polygons.get(i))) {
                List<Integer> along = polygonsBySegment.computeIfAbsent(segment, s -> new ArrayList<>(2));
                if (along.isEmpty() || along.get(along.size() - 1) != i) {
                    along.add(i);
                }
            }
        }
        List<TreeSet<Integer>> sets = new ArrayList<>(polygons.size());
        for (int i = 0; i < polygons.size(); i++) {
            sets.add(new TreeSet<>());
        }
        for (List<Integer> along : polygonsBySegment.values()) {
            for (int a : along) {
                for (int b : along) {
                    if (a != b) {
                        sets.get(a).add(b);
                    }
                }
            }
        }
        return new AdjacencyGraph(sets.stream()
                .map(set -> set.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new));
    }

    int size() {
        return neighbours.length;
    }

    int[] neighbours(int node) {
        return neighbours[node];
    }

    boolean adjacent(int a, int b) {
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }

    /** The connected components, each sorted; the largest first, equal sizes by their smallest node. */
    List<int[]> components() {
        int[] componentOf = new int[size()];
        Arrays.fill(componentOf, -1);
        List<int[]> components = new ArrayList<>();
        for (int start = 0; start < size(); start++) {
            if (componentOf[start] >= 0) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>(List.of(start));
            componentOf[start] = components.size();
            while (!queue.isEmpty()) {
                int node = queue.poll();
                members.add(node);
                for (int next : neighbours[node]) {
                    if (componentOf[next] < 0) {
                        componentOf[next] = components.size();
                        queue.add(next);
                    }
                }
            }
            components.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        components.sort(Comparator.comparingInt((int[] component) -> -component.length)
                .thenComparingInt(component -> component[0]));
        return components;
    }

    /**
     * This graph with one extra link from each component but the largest to the nearest polygon of the
     * largest, so that the graph is connected. A link is no shared edge: a group of polygons that is connected
     * only through a link is not contiguous on the ground. Nearness is the distance between the polygons;
     * equal distances go to the smallest indexes.
     */
    AdjacencyGraph withDetachedComponentsLinked(List<? extends Polygon> polygons) {
        List<int[]> components = components();
        if (components.size() == 1) {
            return this;
        }
        List<TreeSet<Integer>> sets = new ArrayList<>(size());
        for (int[] list : neighbours) {
            TreeSet<Integer> set = new TreeSet<>();
            for (int node : list) {
                set.add(node);
            }
            sets.add(set);
        }
        int[] mainland = components.get(0);
        for (int[] detached : components.subList(1, components.size())) {
            int bestDetached = -1;
            int bestMainland = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int d : detached) {
                for (int m : mainland) {
                    if (polygons.get(d).getEnvelopeInternal().distance(polygons.get(m).getEnvelopeInternal())
                            >= bestDistance) {
                        continue;
                    }
                    double distance = polygons.get(d).distance(polygons.get(m));
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        bestDetached = d;
                        bestMainland = m;
                    }
                }
            }
            sets.get(bestDetached).add(bestMainland);
            sets.get(bestMainland).add(bestDetached);
        }
        return new AdjacencyGraph(sets.stream()
                .map(set -> set.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new));
    }
}
