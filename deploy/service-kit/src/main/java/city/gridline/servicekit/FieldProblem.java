package city.gridline.servicekit;

/**
 * One invalid field of a request, as a 422 problem lists it in {@code errors}; {@code field} is null for a rule that
 * spans fields.
 */
public record FieldProblem(String field, String message) {
}
