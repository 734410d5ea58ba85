package city.gridline.campaigns;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * One kind of generated case: the operations it aims at, the kinds of fault it takes in turn (none when the fault
 * is drawn inside {@code requests}), how it builds a request from an operation, a kind and a random source, and how
 * many cases it makes unless the run says otherwise.
 */
record CaseGenerator(String name, List<Operation> operations, List<String> kinds, RequestBuilder requests,
                     int usualTries) {

    static final int USUAL_TRIES = 60;

    @FunctionalInterface
    interface RequestBuilder {
        BadRequest build(Operation operation, String kind, Random random);
    }

    CaseGenerator {
        // In a fixed order, so that a seed draws the same operations whatever order the API documents list them in.
        operations = operations.stream()
                .sorted(Comparator.comparing(Operation::service).thenComparing(Operation::label)).toList();
        kinds = List.copyOf(kinds);
    }

    static CaseGenerator eachKindInTurn(String name, List<Operation> operations, List<String> kinds,
                                        RequestBuilder requests) {
        return new CaseGenerator(name, operations, kinds, requests, USUAL_TRIES);
    }

    static CaseGenerator faultDrawnPerRequest(String name, List<Operation> operations,
                                              BiFunction<Operation, Random, BadRequest> requests) {
        return new CaseGenerator(name, operations, List.of(),
                (operation, kind, random) -> requests.apply(operation, random), USUAL_TRIES);
    }

    CaseGenerator withUsualTries(int tries) {
        return new CaseGenerator(name, operations, kinds, requests, tries);
    }
}
