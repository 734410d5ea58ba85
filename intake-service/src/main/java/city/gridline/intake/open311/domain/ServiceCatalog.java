package city.gridline.intake.open311.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services offered over Open311, read from two TSV files (header line, '#' comments): services
 * ({@code service_code category_code service_name group keywords description}) and their attributes
 * ({@code service_code order code datatype required description values}, values as {@code key=name|…}).
 */
public final class ServiceCatalog {

    private final Map<String, Open311Service> byCode;

    public ServiceCatalog(List<Open311Service> services) {
        Map<String, Open311Service> map = new LinkedHashMap<>();
        services.forEach(service -> {
            if (map.putIfAbsent(service.code(), service) != null) {
                throw new IllegalArgumentException("service listed twice: " + service.code());
            }
        });
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<Open311Service> ordered;

    public static ServiceCatalog parse(Reader services, Reader attributes) throws IOException {
        Map<String, List<ServiceAttribute>> attributesByService = new LinkedHashMap<>();
        for (String[] f : rows(attributes, 7)) {
            List<ServiceAttribute.Value> values = new ArrayList<>();
            if (!f[6].isBlank()) {
                for (String pair : f[6].split("\\|")) {
                    String[] keyAndName = pair.split("=", 2);
                    values.add(new ServiceAttribute.Value(keyAndName[0].strip(), keyAndName[1].strip()));
                }
            }
            attributesByService.computeIfAbsent(f[0], code -> new ArrayList<>()).add(new ServiceAttribute(f[2],
                    Integer.parseInt(f[1]), f[3], Boolean.parseBoolean(f[4]), f[5], values));
        }
        List<Open311Service> list = new ArrayList<>();
        for (String[] f : rows(services, 6)) {
            List<ServiceAttribute> own = new ArrayList<>(attributesByService.getOrDefault(f[0], List.of()));
            own.sort(Comparator.comparingInt(ServiceAttribute::order));
            list.add(new Open311Service(f[0], f[1], f[2], f[3], f[4], f[5], own));
        }
        List<String> orphans = attributesByService.keySet().stream()
                .filter(code -> list.stream().noneMatch(service -> service.code().equals(code))).toList();
        if (!orphans.isEmpty()) {
            throw new IllegalArgumentException("attributes for services that are not offered: " + orphans);
        }
        return new ServiceCatalog(list);
    }

    public List<Open311Service> services() {
        return ordered;
    }

    public Optional<Open311Service> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    private static List<String[]> rows(Reader source, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != columns) {
                throw new IllegalArgumentException("expected " + columns + " columns: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }
}
