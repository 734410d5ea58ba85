package city.gridline.bench.load;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A city whose 311 requests are bundled: its file, the columns read and how its times are written. */
enum City {

    /** Four night hours of one day, every request: the arrival pattern is real as it stands. */
    NYC("nyc_311_2024-04-16.csv", "complaint_type", "created_date", "latitude", "longitude",
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, false),
    /**
     * A random sample of four years: only the time of day of each request is real, so its requests are replayed by
     * time of day, folded onto one day.
     */
    BALTIMORE("baltimore_311_sample.csv", "SRType", "CreatedDate", "Latitude", "Longitude",
            DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.ROOT), true);

    final String file;
    final String typeColumn;
    final String createdColumn;
    final String latColumn;
    final String lonColumn;
    final DateTimeFormatter timeFormat;
    final boolean foldedOntoOneDay;

    City(String file, String typeColumn, String createdColumn, String latColumn, String lonColumn,
         DateTimeFormatter timeFormat, boolean foldedOntoOneDay) {
        this.file = file;
        this.typeColumn = typeColumn;
        this.createdColumn = createdColumn;
        this.latColumn = latColumn;
        this.lonColumn = lonColumn;
        this.timeFormat = timeFormat;
        this.foldedOntoOneDay = foldedOntoOneDay;
    }

    static City of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
