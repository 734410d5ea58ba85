package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Kubernetes gets the same alert and recording rules as the Prometheus of Compose and the local stack: the
 * PrometheusRule that deploy/k8s/generate-prometheus-rules writes from deploy/prometheus/rules must hold exactly
 * their groups, and the base must apply it.
 */
class PrometheusRuleManifestTest {

    private static final Path MANIFEST = Repo.path("deploy/k8s/base/prometheusrule.yaml");

    @Test
    void thePrometheusRuleHoldsEveryGroupOfTheRuleFilesAsTheyAre() throws IOException {
        List<Object> groups = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repo.path("deploy/prometheus/rules"))) {
            files.filter(file -> file.toString().endsWith(".yml")).sorted()
                    .forEach(file -> groups.addAll(Yamls.listAt(Repo.yamlMap(file), "groups")));
        }
        var manifest = Repo.yamlMap(MANIFEST);

        assertThat(groups).isNotEmpty();
        assertThat(Yamls.stringAt(manifest, "kind")).isEqualTo("PrometheusRule");
        assertThat(Yamls.listAt(manifest, "spec", "groups"))
                .as("run deploy/k8s/generate-prometheus-rules after changing a rule").isEqualTo(groups);
    }

    @Test
    void theBaseAppliesItNextToTheServiceMonitor() {
        assertThat(Yamls.listAt(Repo.yamlMap(Repo.path("deploy/k8s/base/kustomization.yaml")), "resources"))
                .contains("servicemonitor.yaml", "prometheusrule.yaml");
    }
}
