package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scrape configurations of deploy/prometheus: one job per service, named after it, on its port. */
class PrometheusConfigTest {

    private final List<ServiceConfig> services = ServiceConfig.all();

    @ParameterizedTest
    @ValueSource(strings = {"prometheus.yml", "prometheus-compose.yml"})
    void everyServiceIsAJobNamedAfterItOnItsOwnPort(String file) {
        Map<String, Object> config = Repo.yamlMap(Repo.path("deploy/prometheus/" + file));
        Map<String, Object> jobs = new LinkedHashMap<>();
        Yamls.listAt(config, "scrape_configs").forEach(job -> jobs.put(Yamls.stringAt(job, "job_name"), job));
        assertThat(jobs.keySet()).containsExactlyInAnyOrderElementsOf(services.stream().map(ServiceConfig::name).toList());
        Map<String, Object> compose = Yamls.mapAt(Repo.yamlMap(Repo.path("deploy/compose/docker-compose.yml")), "services");
        for (ServiceConfig service : services) {
            Object job = jobs.get(service.name());
            assertThat(Yamls.stringAt(job, "metrics_path")).isEqualTo("/actuator/prometheus");
            List<String> targets = Yamls.listAt(job, "static_configs").stream()
                    .flatMap(group -> Yamls.listAt(group, "targets").stream()).map(Yamls::string).toList();
            assertThat(targets).as("%s targets in %s", service.name(), file).singleElement().satisfies(target -> {
                assertThat(target).endsWith(":" + service.port());
                String host = target.substring(0, target.lastIndexOf(':'));
                if (file.equals("prometheus.yml")) {
                    assertThat(host).isEqualTo("localhost");
                } else {
                    assertThat(compose).containsKey(host);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prometheus.yml", "prometheus-compose.yml"})
    void everyRuleFileIsLoaded(String file) {
        List<PathMatcher> globs = Yamls.listAt(Repo.yamlMap(Repo.path("deploy/prometheus/" + file)), "rule_files")
                .stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + Yamls.string(glob))).toList();
        Path directory = Repo.path("deploy/prometheus");
        assertThat(MetricCatalogue.ruleFiles()).isNotEmpty().allSatisfy(rules -> assertThat(globs)
                .anySatisfy(glob -> assertThat(glob.matches(directory.relativize(rules))).isTrue()));
    }
}
