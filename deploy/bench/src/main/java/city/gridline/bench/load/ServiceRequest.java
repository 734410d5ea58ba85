package city.gridline.bench.load;

import java.time.LocalDateTime;

/** One real 311 request with a real location: its city, request type, local creation time and place. */
record ServiceRequest(City city, String type, LocalDateTime created, double lat, double lon) {
}
