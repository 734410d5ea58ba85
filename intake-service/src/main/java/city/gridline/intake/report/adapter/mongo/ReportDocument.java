package city.gridline.intake.report.adapter.mongo;

import city.gridline.contracts.CellRef;
import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.MaskedContact;
import city.gridline.contracts.SealedContact;
import city.gridline.contracts.TeamRef;
import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.event.ReportReceived;
import city.gridline.contracts.event.UnlocatableReason;
import city.gridline.intake.report.domain.AcceptedReport;
import city.gridline.intake.report.domain.FiledBy;
import city.gridline.intake.report.domain.Normalization;
import city.gridline.intake.report.domain.RepeatGrid;
import city.gridline.intake.report.domain.ReportStatus;
import city.gridline.intake.report.domain.SourceDetails;
import city.gridline.intake.report.domain.ReportView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** One accepted report and what is known of its progress, in intake's {@code reports} collection. */
@Document(ReportDocument.COLLECTION)
record ReportDocument(@Id String id, String eventId, String traceId, String fingerprint, boolean published,
                      String channel, String sourceTicketId, String categoryCode, String description,
                      GeoPoint location, String address, MaskedContact reporter, Instant receivedAt,
                      ReportStatus status, int statusRank, String reason, String caseNumber, CellRef cell,
                      TeamRef team, String department, String mergedInto, TimeLimit handlingLimit,
                      Instant dispatchedAt, List<Normalization> normalizations, SourceDetails source,
                      Instant updatedAt, SealedContact contact, String duplicateOf, String duplicateReason,
                      FiledBy filedBy, UnlocatableReason unlocatableReason, String repeatCell, Boolean undecided,
                      String follows) {

    static final String COLLECTION = "reports";

    static ReportDocument of(AcceptedReport accepted) {
        ReportReceived report = accepted.report();
        return new ReportDocument(report.reportId(), accepted.eventId(), accepted.traceId(), accepted.fingerprint(),
                accepted.published(), report.channel().code(), report.sourceTicketId(), report.categoryCode(),
                report.description(), report.location(), report.address(), report.reporter(), report.receivedAt(),
                ReportStatus.RECEIVED, ReportStatus.RECEIVED.rank(), null, null, null, null, null, null, null, null,
                accepted.normalizations(), accepted.source(), null, accepted.contact(), accepted.duplicateOf(),
                accepted.duplicateReason(), accepted.filedBy(), null, repeatCell(report), accepted.undecided(),
                accepted.follows());
    }

    /** The cell later reports look this one up by, when they may repeat it: none without a position. */
    private static String repeatCell(ReportReceived report) {
        return report.location() == null ? null : RepeatGrid.cellOf(report.categoryCode(), report.location());
    }

    AcceptedReport toAccepted() {
        ReportReceived report = new ReportReceived(id, knownChannel(), sourceTicketId, categoryCode, description, location,
                address, reporter, receivedAt);
        return new AcceptedReport(eventId, traceId, fingerprint, published, report, normalizations, source, contact,
                duplicateOf, duplicateReason, filedBy, Boolean.TRUE.equals(undecided), follows);
    }

    ReportView toView() {
        ReportView.Handling handling = handlingLimit == null || dispatchedAt == null ? null
                : new ReportView.Handling(handlingLimit, dispatchedAt);
        return new ReportView(id, knownChannel(), sourceTicketId, categoryCode, receivedAt, status, reason, caseNumber,
                cell, team, department, mergedInto, handling, normalizations == null ? List.of() : normalizations, description, location, address, source,
                updatedAt, duplicateOf, duplicateReason, List.of(), filedBy, unlocatableReason);
    }

    private Channel knownChannel() {
        return Channel.fromCode(channel).orElseThrow();
    }
}
