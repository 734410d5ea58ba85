package city.gridline.bench.load;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A city's bundled 311 requests (see {@code 311/PROVENANCE.md} next to the files), read with a real CSV parser,
 * sorted by creation time. Only rows with a real location are kept: Baltimore's rows at the placeholder point
 * (39, -77) and rows without coordinates are left out and counted.
 */
record ServiceRequests(City city, List<ServiceRequest> located, int withoutLocation) {

    private static final String RESOURCES = "/city/gridline/bench/load/311/";

    /** The same requests without those outside the box. */
    ServiceRequests within(Box box) {
        return new ServiceRequests(city, located.stream().filter(r -> box.contains(r.lat(), r.lon())).toList(),
                withoutLocation);
    }

    static ServiceRequests bundled(City city) {
        try (InputStream in = ServiceRequests.class.getResourceAsStream(RESOURCES + city.file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + city.file);
            }
            return parse(city, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceRequests parse(City city, Reader csv) throws IOException {
        List<ServiceRequest> located = new ArrayList<>();
        int withoutLocation = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            String lat = row.get(city.latColumn).strip();
            String lon = row.get(city.lonColumn).strip();
            if (lat.isEmpty() || lon.isEmpty() || isPlaceholder(lat, lon)) {
                withoutLocation++;
                continue;
            }
            located.add(new ServiceRequest(city, row.get(city.typeColumn).strip(),
                    LocalDateTime.parse(row.get(city.createdColumn).strip(), city.timeFormat),
                    Double.parseDouble(lat), Double.parseDouble(lon)));
        }
        located.sort(Comparator.comparing(ServiceRequest::created));
        return new ServiceRequests(city, List.copyOf(located), withoutLocation);
    }

    /** Baltimore's stand-in for "no location": the point (39, -77), in Virginia. */
    private static boolean isPlaceholder(String lat, String lon) {
        return Double.parseDouble(lat) == 39.0 && Double.parseDouble(lon) == -77.0;
    }
}
