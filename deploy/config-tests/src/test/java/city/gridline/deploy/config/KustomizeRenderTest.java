package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kustomization as kustomize renders it, with the overlays' patches and generated ConfigMaps and Secrets
 * applied, under the same checks as the base. Needs kubectl or kustomize on PATH; skipped without.
 */
class KustomizeRenderTest {

    private static final String MISSING = "neither kustomize nor kubectl is on PATH: the overlays are not rendered";

    private static Optional<List<String>> render;

    @BeforeAll
    static void findKustomize() {
        render = Tools.onPath("kustomize").map(tool -> List.of(tool.toString(), "build"))
                .or(() -> Tools.onPath("kubectl").map(tool -> List.of(tool.toString(), "kustomize")));
        if (render.isEmpty()) {
            System.err.println("KustomizeRenderTest skipped: " + MISSING);
        }
    }

    @BeforeEach
    void needsKustomize() {
        assumeTrue(render.isPresent(), MISSING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deploy/k8s/base, true", "deploy/k8s/overlays/dev, false", "deploy/k8s/overlays/production, true"})
    void renderedManifestsHoldTogether(String kustomization, boolean externalSecrets) {
        List<String> command = new ArrayList<>(render.orElseThrow());
        command.add(Repo.path(kustomization).toString());
        Tools.Result result = Tools.run(command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        new KubernetesChecks(KubernetesManifests.rendered(result.output()), ServiceConfig.all(), externalSecrets).all();
    }
}
