package city.gridline.bench.load;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What the load sends and when. The replay sends a city's requests at their real relative times divided by the
 * speed-up, projected onto the district, with their mapped categories; when the run is longer than the city's
 * records, they are replayed again from the start. The surge adds synthetic reports at a fixed rate for a while,
 * each at the place and category of a random real request. Repeats (replay passes after the first, and the surge)
 * are moved by a random offset of about 200 m, so that intake does not merge them all into the first pass's reports
 * as duplicates, while the city's clusters stay where they were.
 */
final class LoadSchedule {

    /** Standard deviation of the offset given to repeats, in degrees (about 220 m north-south). */
    static final double REPEAT_SPREAD_DEGREES = 0.002;

    record Settings(Duration duration, double speedUp, double surgeRate, Duration surgeFrom, Duration surgeFor,
                    long seed) {
    }

    private LoadSchedule() {
    }

    static List<PlannedReport> plan(ServiceRequests requests, Projection projection, CategoryMapping categories,
                                    Settings settings, String run) {
        List<PlannedReport> planned = new ArrayList<>();
        Random random = new Random(settings.seed());
        long end = settings.duration().toNanos();
        List<ServiceRequest> located = requests.located();
        if (settings.speedUp() > 0 && !located.isEmpty()) {
            long[] arrivals = arrivalNanos(requests);
            long pass = passNanos(arrivals);
            for (int p = 0; ; p++) {
                boolean any = false;
                for (int i = 0; i < located.size(); i++) {
                    long at = (long) ((p * pass + arrivals[i]) / settings.speedUp());
                    if (at >= end) {
                        continue;
                    }
                    any = true;
                    planned.add(report(at, PlannedReport.Source.REPLAY, "LOAD-%s-R%d-%d".formatted(run, p, i),
                            located.get(i), projection, categories, p == 0 ? null : random));
                }
                if (!any) {
                    break;
                }
            }
        }
        if (settings.surgeRate() > 0 && !located.isEmpty()) {
            long from = settings.surgeFrom().toNanos();
            long to = Math.min(end, from + settings.surgeFor().toNanos());
            double gap = 1e9 / settings.surgeRate();
            for (long n = 0; from + (long) (n * gap) < to; n++) {
                ServiceRequest like = located.get(random.nextInt(located.size()));
                planned.add(report(from + (long) (n * gap), PlannedReport.Source.SURGE,
                        "LOAD-%s-S%d".formatted(run, n), like, projection, categories, random));
            }
        }
        planned.sort(Comparator.comparingLong(PlannedReport::atNanos));
        return planned;
    }

    /**
     * Each request's arrival after the first, in nanoseconds: from its creation time, or from its time of day for a
     * city whose rows are a sample of years (then not in the requests' order; the plan is sorted at the end).
     */
    static long[] arrivalNanos(ServiceRequests requests) {
        List<ServiceRequest> located = requests.located();
        long[] nanos = new long[located.size()];
        if (located.isEmpty()) {
            return nanos;
        }
        LocalDateTime first = located.get(0).created();
        for (int i = 0; i < nanos.length; i++) {
            LocalDateTime created = located.get(i).created();
            nanos[i] = requests.city().foldedOntoOneDay
                    ? created.toLocalTime().toNanoOfDay()
                    : ChronoUnit.NANOS.between(first, created);
        }
        if (requests.city().foldedOntoOneDay) {
            long earliest = Arrays.stream(nanos).min().orElse(0);
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] -= earliest;
            }
        }
        return nanos;
    }

    /** A pass lasts from the first arrival to the last plus the mean gap, so that passes follow each other evenly. */
    static long passNanos(long[] arrivals) {
        long last = Arrays.stream(arrivals).max().orElse(0);
        return last + (arrivals.length > 1 ? last / (arrivals.length - 1) : 1_000_000_000L);
    }

    private static PlannedReport report(long at, PlannedReport.Source source, String ticket, ServiceRequest request,
                                        Projection projection, CategoryMapping categories, Random moved) {
        double[] point = projection.project(request.lat(), request.lon());
        if (moved != null) {
            point[0] += moved.nextGaussian() * REPEAT_SPREAD_DEGREES;
            point[1] += moved.nextGaussian() * REPEAT_SPREAD_DEGREES;
        }
        return new PlannedReport(at, source, ticket, request.type(),
                categories.codeOf(request.city(), request.type()), point[0], point[1]);
    }
}
