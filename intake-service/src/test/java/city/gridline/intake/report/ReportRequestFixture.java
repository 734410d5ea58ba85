package city.gridline.intake.report;

import java.util.UUID;

/** Request bodies for the intake API. */
final class ReportRequestFixture {

    private ReportRequestFixture() {
    }

    static String aTicketId() {
        return "12319-" + UUID.randomUUID();
    }

    /** A manhole-cover report at Workers' Stadium, Chaoyang, as a 12319 operator files it. */
    static String aReport(String ticketId) {
        return aReport(ticketId, "井盖破损，行人有坠落危险");
    }

    static String aReport(String ticketId, String description) {
        return """
                {"channel": "12319", "sourceTicketId": "%s", "categoryCode": "0101",
                 "description": "%s",
                 "location": {"lon": 116.455, "lat": 39.937, "crs": "GCJ02"},
                 "address": "朝阳区工人体育场北路", "reporter": {"name": "张三丰", "phone": "13812345678"}}
                """.formatted(ticketId, description);
    }
}
