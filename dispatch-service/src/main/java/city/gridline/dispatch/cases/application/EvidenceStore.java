package city.gridline.dispatch.cases.application;

import city.gridline.contracts.EvidenceRef;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;

/** Where evidence files are kept, behind a port: MongoDB here, an object store in a larger deployment. */
public interface EvidenceStore {

    /**
     * Keeps the file; the same member's same operation stores it once and returns the first reference, and fails
     * with {@link OperationIdReusedException} when it named another file.
     */
    Mono<EvidenceRef> store(String caseNumber, String memberId, String operationId, EvidenceRef.Kind kind,
                            String contentType, byte[] content);

    /** The references of these evidence ids of the case, in the order asked; unknown ids are left out. */
    Mono<List<EvidenceRef>> find(String caseNumber, Collection<String> ids);

    Mono<EvidenceFile> content(String caseNumber, String evidenceId);

    record EvidenceFile(EvidenceRef ref, byte[] content) {
    }
}
