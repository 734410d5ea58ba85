package city.gridline.grid.layer.domain;

import java.util.BitSet;

/**
 * Finds the stored edges that some cell also has in the opposite direction. As {@link CellRings} keeps every
 * cell's interior on the left of its edges, such an edge has a cell on each side: where all edges are shared,
 * nothing is outside the cells. An open-addressing table of edge indexes, keyed by the exact end points.
 */
final class SharedEdges {

    private final CellRings rings;
    private final int[] slots;
    private final int mask;

    private SharedEdges(CellRings rings, int edges) {
        this.rings = rings;
        int capacity = Integer.highestOneBit(Math.max(4, edges) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
    }

    /** Bit v is set if the edge from stored vertex v to v + 1 is shared. */
    static BitSet of(CellRings rings) {
        int vertices = rings.cellCount() == 0 ? 0 : rings.end(rings.cellCount() - 1);
        SharedEdges table = new SharedEdges(rings, vertices);
        for (int cell = 0; cell < rings.cellCount(); cell++) {
            for (int vertex = rings.start(cell); vertex + 1 < rings.end(cell); vertex++) {
                if (isEdge(rings, vertex)) {
                    table.insert(vertex);
                }
            }
        }
        BitSet shared = new BitSet(vertices);
        for (int cell = 0; cell < rings.cellCount(); cell++) {
            for (int vertex = rings.start(cell); vertex + 1 < rings.end(cell); vertex++) {
                if (isEdge(rings, vertex) && table.containsReversed(vertex)) {
                    shared.set(vertex);
                }
            }
        }
        return shared;
    }

    private static boolean isEdge(CellRings rings, int vertex) {
        return !Double.isNaN(rings.x(vertex)) && !Double.isNaN(rings.x(vertex + 1));
    }

    private void insert(int vertex) {
        int slot = hash(rings.x(vertex), rings.y(vertex), rings.x(vertex + 1), rings.y(vertex + 1)) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = vertex + 1;
    }

    private boolean containsReversed(int vertex) {
        double ax = rings.x(vertex + 1);
        double ay = rings.y(vertex + 1);
        double bx = rings.x(vertex);
        double by = rings.y(vertex);
        for (int slot = hash(ax, ay, bx, by) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int other = slots[slot] - 1;
            if (rings.x(other) == ax && rings.y(other) == ay && rings.x(other + 1) == bx && rings.y(other + 1) == by) {
                return true;
            }
        }
        return false;
    }

    private static int hash(double ax, double ay, double bx, double by) {
        long h = Double.doubleToLongBits(ax);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(ay);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(bx);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(by);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }
}
