package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.ZoneProblem;

import java.util.List;

/** Special zones refused as a whole, with every problem found. Nothing of them was stored. */
public class ZonesRejectedException extends RuntimeException {

    private final List<ZoneProblem> problems;

    public ZonesRejectedException(List<ZoneProblem> problems) {
        super("the special zones were rejected with " + problems.size() + " problem(s); nothing was stored");
        this.problems = List.copyOf(problems);
    }

    public List<ZoneProblem> problems() {
        return problems;
    }
}
