package city.gridline.grid.layer.domain;

/** Which way a cell has drifted from its target size. */
public enum DriftDirection {
    TOO_LARGE,
    TOO_SMALL
}
