package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.LayerProblem;

import java.util.List;

/** A layer refused as a whole, with every problem found. Nothing of it was stored. */
public class LayerRejectedException extends RuntimeException {

    private final List<LayerProblem> problems;

    public LayerRejectedException(String version, List<LayerProblem> problems) {
        super("layer " + version + " was rejected with " + problems.size() + " problem(s); nothing was stored");
        this.problems = List.copyOf(problems);
    }

    public List<LayerProblem> problems() {
        return problems;
    }
}
