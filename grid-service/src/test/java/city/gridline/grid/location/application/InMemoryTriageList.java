package city.gridline.grid.location.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A triage list in memory; {@link #beforeRecording} and {@link #beforeClosing} run where another call may come in. */
final class InMemoryTriageList implements TriageList {

    final Map<String, TriageItem> items = new LinkedHashMap<>();

    Runnable beforeRecording = () -> { };

    Runnable beforeClosing = () -> { };

    @Override
    public Mono<Void> add(TriageItem item) {
        items.putIfAbsent(item.reportId(), item);
        return Mono.empty();
    }

    @Override
    public Mono<TriageItem> find(String reportId) {
        return Mono.justOrEmpty(items.get(reportId));
    }

    @Override
    public Mono<Boolean> recordPlacement(String reportId, ManualPlacement placement) {
        beforeRecording.run();
        TriageItem item = items.get(reportId);
        if (item == null || item.placement() != null || item.resolution() != null) {
            return Mono.just(false);
        }
        items.put(reportId, item.withPlacement(placement));
        return Mono.just(true);
    }

    @Override
    public Mono<Boolean> close(String reportId, TriageItem.Resolution resolution) {
        beforeClosing.run();
        TriageItem item = items.get(reportId);
        if (item == null || item.resolution() != null) {
            return Mono.just(false);
        }
        items.put(reportId, item.withResolution(resolution));
        return Mono.just(true);
    }

    @Override
    public Flux<TriageItem> newest(int limit) {
        return Flux.fromIterable(items.values()).filter(item -> item.resolution() == null)
                .sort(Comparator.comparing(TriageItem::since).reversed()).take(limit);
    }
}
