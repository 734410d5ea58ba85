package city.gridline.bench.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRequestsTest {

    @Test
    void readsQuotedNewlinesAsPartOfTheField() throws IOException {
        String csv = """
                "unique_key","created_date","complaint_type","latitude","longitude","location"
                "2","2024-04-16T02:05:59.000","Illegal Parking","40.7","-73.9","
                ,\s\s
                (40.7, -73.9)"
                "1","2024-04-16T01:00:00.000","Noise - Residential","40.6","-73.8","(40.6, -73.8)"
                "3","2024-04-16T03:00:00.000","Noise","","",""
                """;

        ServiceRequests requests = ServiceRequests.parse(City.NYC, new StringReader(csv));

        assertThat(requests.located()).extracting(ServiceRequest::type)
                .containsExactly("Noise - Residential", "Illegal Parking");
        assertThat(requests.located().get(1).created()).isEqualTo(LocalDateTime.of(2024, 4, 16, 2, 5, 59));
        assertThat(requests.located().get(1).lat()).isEqualTo(40.7);
        assertThat(requests.withoutLocation()).isEqualTo(1);
    }

    @Test
    void leavesOutBaltimoresPlaceholderPointAndReadsItsTwelveHourClock() throws IOException {
        String csv = """
                SRType,CreatedDate,Latitude,Longitude
                SW-Dirty Alley,04/16/2018 05:30:13 PM,39,-77
                TRM-Pothole Repair,04/22/2014 01:07:39 PM,39.255363,-76.652027
                """;

        ServiceRequests requests = ServiceRequests.parse(City.BALTIMORE, new StringReader(csv));

        assertThat(requests.located()).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo("TRM-Pothole Repair");
            assertThat(request.created()).isEqualTo(LocalDateTime.of(2014, 4, 22, 13, 7, 39));
        });
        assertThat(requests.withoutLocation()).isEqualTo(1);
    }

    @Test
    void theBundledFilesHoldTheirDocumentedRows() {
        ServiceRequests nyc = ServiceRequests.bundled(City.NYC);
        ServiceRequests baltimore = ServiceRequests.bundled(City.BALTIMORE);

        assertThat(nyc.located().size() + nyc.withoutLocation()).isEqualTo(1_000);
        assertThat(nyc.located()).hasSize(977);
        assertThat(baltimore.located().size() + baltimore.withoutLocation()).isEqualTo(10_000);
        assertThat(baltimore.located()).hasSize(8_525);
    }
}
