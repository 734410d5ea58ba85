package city.gridline.dispatch.cases.adapter.web;

import city.gridline.dispatch.cases.application.CaseVersions;
import city.gridline.dispatch.cases.application.ClientOperation;
import city.gridline.servicekit.TraceIds;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The client operation a request to change a case carries, with the fingerprint of the change it asks for: the
 * SHA-256 of the action, the case number and the body as parsed, written back in a canonical form (properties in
 * alphabetical order, no whitespace) — so a retry whose JSON is laid out differently is still the same change, and
 * the same operation id sent with another action, case or body is not.
 */
final class ClientOperations {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ClientOperations() {
    }

    /** {@code action} names the change (the last path segment: sign, check-in, chase…); {@code body} as parsed. */
    static ClientOperation of(String action, String caseNumber, String operationId, Object body, String ifMatch,
                              Instant deviceTime, String traceparent) {
        String fingerprint = operationId == null ? null : fingerprint(action, caseNumber, body);
        return new ClientOperation(operationId, fingerprint, CaseVersions.fromIfMatch(ifMatch), deviceTime,
                TraceIds.fromTraceparent(traceparent));
    }

    static String fingerprint(String action, String caseNumber, Object body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((action + "\n" + caseNumber + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(CANONICAL.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
