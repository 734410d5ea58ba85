package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy/k8s as written: the base against the services' configuration, the overlays against the base. */
class KubernetesBaseTest {

    private final List<ServiceConfig> services = ServiceConfig.all();
    private final KubernetesManifests base = KubernetesManifests.base();
    // The base defines no MongoDB Secrets: overlays generate them (dev) or operators create them (production).
    private final KubernetesChecks checks = new KubernetesChecks(base, services, true);

    @Test
    void deploymentsRunEachServiceOnItsPortWithProbesResourcesAndItsOwnProperties() {
        checks.deployments();
    }

    @Test
    void servicesExposeEachServiceOnItsPort() {
        checks.services();
    }

    @Test
    void autoscalersScaleEachDeploymentNoFurtherThanItsTopicsHavePartitions() {
        checks.autoscalers();
    }

    @Test
    void disruptionBudgetsCoverEachDeployment() {
        checks.disruptionBudgets();
    }

    @Test
    void theServiceMonitorScrapesEveryServiceUnderItsPrometheusJobName() {
        checks.serviceMonitor();
    }

    @Test
    void kafkaIsAKraftClusterTheServicesConnectTo() {
        checks.kafkaCluster();
    }

    @Test
    void everyTopicAndDeadLetterTopicIsAKafkaTopic() {
        checks.topics();
    }

    @Test
    void everyFileOfTheBaseIsOneOfItsResources() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(KubernetesManifests.BASE)) {
            walk.filter(Files::isRegularFile)
                    .map(file -> KubernetesManifests.BASE.relativize(file).toString())
                    .filter(file -> !file.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        Set<String> resources = new TreeSet<>();
        Yamls.listAt(Repo.yamlMap(KubernetesManifests.BASE.resolve("kustomization.yaml")), "resources")
                .forEach(resource -> resources.add(Yamls.string(resource)));
        assertThat(files).isEqualTo(resources);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void overlaysBuildOnTheBaseAndPatchOnlyWhatItHas(String overlay) {
        Path directory = Repo.path("deploy/k8s/overlays/" + overlay);
        Map<String, Object> kustomization = Repo.yamlMap(directory.resolve("kustomization.yaml"));
        assertThat(Yamls.stringAt(kustomization, "namespace")).isNotBlank();
        List<String> resources = Yamls.listAt(kustomization, "resources").stream().map(Yamls::string).toList();
        assertThat(resources).contains("../../base");
        resources.forEach(resource -> assertThat(directory.resolve(resource)).exists());
        for (Object patch : Yamls.listAt(kustomization, "patches")) {
            String kind = Yamls.stringAt(patch, "target", "kind");
            Object name = Yamls.get(patch, "target", "name");
            assertThat(name == null ? base.all(kind) : base.find(kind, Yamls.string(name)).stream().toList())
                    .as("%s patches %s %s", overlay, kind, name).isNotEmpty();
        }
        Object generators = Yamls.get(kustomization, "configMapGenerator");
        if (generators != null) {
            for (Object generator : Yamls.list(generators)) {
                assertThat(Yamls.stringAt(generator, "behavior")).isEqualTo("merge");
                base.one("ConfigMap", Yamls.stringAt(generator, "name"));
            }
        }
    }

    @Test
    void theDevOverlayGeneratesTheMongoDbUriSecretOfEveryServiceAndAContactKey() {
        Map<String, Object> kustomization = Repo.yamlMap(Repo.path("deploy/k8s/overlays/dev/kustomization.yaml"));
        Set<String> generated = new TreeSet<>();
        for (Object generator : Yamls.listAt(kustomization, "secretGenerator")) {
            String name = Yamls.stringAt(generator, "name");
            generated.add(name);
            assertThat(Yamls.listAt(generator, "literals")).singleElement()
                    .satisfies(literal -> assertThat(Yamls.string(literal))
                            .startsWith(name.equals(KubernetesChecks.CONTACT_KEY_SECRET) ? "key=" : "uri=mongodb://"));
        }
        Set<String> expected = new TreeSet<>(services.stream().map(s -> s.module() + "-mongodb").toList());
        expected.add(KubernetesChecks.CONTACT_KEY_SECRET);
        assertThat(generated).isEqualTo(expected);
    }
}
