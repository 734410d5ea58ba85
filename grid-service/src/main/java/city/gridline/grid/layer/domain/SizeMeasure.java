package city.gridline.grid.layer.domain;

/** What a cell's size is measured in; the layer's settings give a target for each. */
public enum SizeMeasure {
    RESIDENTS,
    HOUSEHOLDS
}
