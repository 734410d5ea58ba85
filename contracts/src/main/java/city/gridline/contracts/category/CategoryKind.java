package city.gridline.contracts.category;

/** The two halves of the GB/T 30428.2 classification. */
public enum CategoryKind {
    /** 部件: an above-ground facility in public space (manhole cover, street lamp, bus shelter …). */
    COMPONENT,
    /** 事件: a disruption of the city's appearance or order (illegal building, street trading, noise …). */
    EVENT
}
