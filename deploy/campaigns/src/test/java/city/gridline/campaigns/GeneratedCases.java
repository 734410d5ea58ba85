package city.gridline.campaigns;

import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Draws a generator's cases from the run's seed, each a test of its own: case i aims at an operation drawn at
 * random, with the generator's kinds of fault in turn (so that every kind is tried once the tries reach their
 * number), and builds its request from a seed of its own. A case fails with the findings of its own request.
 */
final class GeneratedCases {

    private final CaseSettings settings;
    private final Campaign campaign;

    GeneratedCases(CaseSettings settings, Campaign campaign) {
        this.settings = settings;
        this.campaign = campaign;
    }

    /** {@code trial} sends the request and adds what this generator expects beyond the campaign's rules. */
    Stream<DynamicTest> of(CaseGenerator generator, Consumer<BadRequest> trial) {
        // Each generator has a random source of its own: its cases do not depend on the others' or on their order.
        Random draw = new Random(settings.seed() ^ generator.name().hashCode());
        int tries = settings.triesOr(generator.usualTries());
        List<DynamicTest> cases = new ArrayList<>(tries);
        for (int i = 0; i < tries; i++) {
            Operation operation = generator.operations().get(draw.nextInt(generator.operations().size()));
            String kind = generator.kinds().isEmpty() ? null : generator.kinds().get(i % generator.kinds().size());
            long caseSeed = draw.nextLong();
            String name = "%s %d of %d: %s %s%s".formatted(generator.name(), i + 1, tries, operation.service(),
                    operation.label(), kind == null ? "" : " — " + kind);
            cases.add(DynamicTest.dynamicTest(name, () -> {
                trial.accept(generator.requests().build(operation, kind, new Random(caseSeed)));
                campaign.requireNoNewFindings(name + " (drawn again with " + settings.rerunOptions() + ")");
            }));
        }
        return cases.stream();
    }
}
