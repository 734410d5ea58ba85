package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** deploy/compose/docker-compose.yml against the services' configuration and the other deploy files. */
class ComposeFileTest {

    private static final Path COMPOSE_DIR = Repo.path("deploy/compose");
    private static final String BROKERS = "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS";
    private static final String REPLICATION_FACTOR = "SPRING_CLOUD_STREAM_KAFKA_BINDER_REPLICATION_FACTOR";
    private static final String MONGODB_URI = "SPRING_MONGODB_URI";
    private static final String ISSUER_URI = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";

    private final List<ServiceConfig> services = ServiceConfig.all();
    private final Map<String, Object> compose = Repo.yamlMap(COMPOSE_DIR.resolve("docker-compose.yml"));
    private final Map<String, Object> containers = Yamls.mapAt(compose, "services");

    @Test
    void everyServiceIsBuiltFromItsExecutableJarWithTheSharedDockerfile() {
        String dockerfile = Repo.text(COMPOSE_DIR.resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG JAR_FILE", "COPY ${JAR_FILE} ");
        for (ServiceConfig service : services) {
            Object container = container(service.module());
            Path context = COMPOSE_DIR.resolve(Yamls.stringAt(container, "build", "context")).normalize();
            assertThat(context).as("%s build context", service.module()).isEqualTo(Repo.ROOT);
            assertThat(context.resolve(Yamls.stringAt(container, "build", "dockerfile")).normalize())
                    .isEqualTo(COMPOSE_DIR.resolve("Dockerfile"));
            String version = Repo.projectVersion();
            assertThat(Yamls.stringAt(container, "build", "args", "JAR_FILE")).as("%s jar", service.module())
                    .isEqualTo(service.module() + "/target/" + service.module() + "-" + version + "-exec.jar");
            assertThat(Yamls.stringAt(container, "image")).isEqualTo("gridline/" + service.module() + ":" + version);
        }
        assertThat(dockerfile).contains("ARG JVM_OPTIONS", "ENV GRIDLINE_JVM_OPTIONS=${JVM_OPTIONS}",
                "exec java -XX:MaxRAMPercentage=65 $GRIDLINE_JVM_OPTIONS -jar");
        assertThat(Yamls.stringAt(container("grid-service"), "build", "args", "JVM_OPTIONS"))
                .as("huge pages for the grid service's index").contains("-XX:+UseTransparentHugePages");
    }

    @Test
    void everyServicePublishesItsOwnPortAndIsHealthyOnceReady() {
        for (ServiceConfig service : services) {
            Object container = container(service.module());
            assertThat(containerPorts(container)).as("%s ports", service.module()).contains(service.port());
            assertThat(String.join(" ", strings(Yamls.listAt(container, "healthcheck", "test"))))
                    .as("%s health check", service.module())
                    .contains("http://localhost:" + service.port() + "/actuator/health/readiness");
        }
    }

    @Test
    void servicesAreConfiguredOnlyThroughTheirOwnProperties() {
        for (ServiceConfig service : services) {
            Map<String, String> environment = environment(container(service.module()));
            assertThat(environment.keySet()).as("%s environment", service.module())
                    .contains(BROKERS, REPLICATION_FACTOR, MONGODB_URI, ISSUER_URI)
                    .allSatisfy(name -> assertThat(service.environment()).as("properties of %s", service.module())
                            .contains(name));
        }
    }

    @Test
    void servicesStartOnceTheTopicsExistAndTheReplicaSetHasAPrimary() {
        for (ServiceConfig service : services) {
            Object dependsOn = Yamls.require(container(service.module()), "depends_on");
            assertThat(Yamls.stringAt(dependsOn, "kafka-init", "condition")).isEqualTo("service_completed_successfully");
            assertThat(Yamls.stringAt(dependsOn, "mongo-init", "condition")).isEqualTo("service_completed_successfully");
        }
        assertThat(dependencies("kafka-init", "service_healthy")).containsExactlyInAnyOrderElementsOf(brokers().keySet());
        assertThat(dependencies("mongo-init", "service_healthy")).containsExactlyInAnyOrderElementsOf(mongoMembers());
    }

    @Test
    void kafkaIsAThreeNodeKraftClusterEveryServiceKnowsAllOf() {
        Map<String, Map<String, String>> brokers = brokers();
        assertThat(brokers).hasSizeGreaterThanOrEqualTo(3);
        Set<String> voters = new TreeSet<>();
        Set<String> advertised = new TreeSet<>();
        Set<String> clusterIds = new TreeSet<>();
        Set<String> nodeIds = new TreeSet<>();
        brokers.forEach((name, environment) -> {
            assertThat(environment.get("KAFKA_PROCESS_ROLES").split(",")).contains("broker", "controller");
            nodeIds.add(environment.get("KAFKA_NODE_ID"));
            clusterIds.add(environment.get("CLUSTER_ID"));
            Map<String, Integer> listeners = listenerPorts(environment.get("KAFKA_LISTENERS"));
            voters.add(environment.get("KAFKA_NODE_ID") + "@" + name + ":"
                    + listeners.get(environment.get("KAFKA_CONTROLLER_LISTENER_NAMES")));
            String internal = environment.get("KAFKA_INTER_BROKER_LISTENER_NAME");
            String address = name + ":" + listeners.get(internal);
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).contains(internal + "://" + address);
            advertised.add(address);
            assertThat(mounts(containers.get(name))).containsValue(environment.get("KAFKA_LOG_DIRS"));
        });
        assertThat(nodeIds).hasSameSizeAs(brokers.keySet());
        assertThat(clusterIds).hasSize(1);
        brokers.values().forEach(environment ->
                assertThat(Set.of(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(","))).isEqualTo(voters));
        for (ServiceConfig service : services) {
            Map<String, String> environment = environment(container(service.module()));
            assertThat(new TreeSet<>(List.of(environment.get(BROKERS).split(",")))).as("%s brokers", service.module())
                    .isEqualTo(advertised);
            int replicationFactor = Integer.parseInt(environment.get(REPLICATION_FACTOR));
            assertThat(replicationFactor).isLessThanOrEqualTo(brokers.size())
                    .isGreaterThan(Integer.parseInt(brokers.values().iterator().next().get("KAFKA_MIN_INSYNC_REPLICAS")));
        }
    }

    @Test
    void kafkaInitCreatesEveryTopicTheServicesUse() {
        Object init = container("kafka-init");
        Map<String, String> environment = environment(init);
        assertThat(new TreeSet<>(List.of(environment.get("TOPICS").trim().split("\\s+"))))
                .isEqualTo(ServiceConfig.allTopics(services));
        assertThat(Integer.parseInt(environment.get("PARTITIONS")))
                .isGreaterThanOrEqualTo(services.stream().mapToInt(ServiceConfig::minPartitions).max().orElseThrow());
        assertThat(Integer.parseInt(environment.get("REPLICATION_FACTOR"))).isLessThanOrEqualTo(brokers().size())
                .isGreaterThan(Integer.parseInt(environment.get("MIN_INSYNC_REPLICAS")));
        String script = String.join(" ", strings(Yamls.listAt(init, "command")));
        // Compose turns $$ into $, so the script sees the container's own variables.
        assertThat(script).contains("$$TOPICS", "$$PARTITIONS", "$$REPLICATION_FACTOR", "$$MIN_INSYNC_REPLICAS",
                "kafka-topics.sh", "--if-not-exists");
    }

    @Test
    void kafkaInitCompactsTheTopicsKubernetesCompacts() {
        Object init = container("kafka-init");
        Set<String> compacted =
                new TreeSet<>(List.of(environment(init).get("COMPACTED_TOPICS").trim().split("\s+")));
        Set<String> compactedInKubernetes = new TreeSet<>();
        for (Map<String, Object> topic : KubernetesManifests.base().all("KafkaTopic")) {
            if ("compact".equals(Yamls.get(topic, "spec", "config", "cleanup.policy"))) {
                compactedInKubernetes.add(Yamls.stringAt(topic, "spec", "topicName"));
            }
        }
        assertThat(compacted).isEqualTo(compactedInKubernetes).isSubsetOf(ServiceConfig.allTopics(services))
                .as("topics every instance reads whole, as a table")
                .containsAll(services.stream().flatMap(service -> service.followed().stream()).toList());
        assertThat(String.join(" ", strings(Yamls.listAt(init, "command"))))
                .contains("$$COMPACTED_TOPICS", "cleanup.policy=");
    }

    @Test
    void mongoIsAReplicaSetEveryServiceConnectsToAsSuch() {
        List<String> members = mongoMembers();
        assertThat(members).hasSizeGreaterThanOrEqualTo(3);
        Set<String> replicaSets = new TreeSet<>();
        for (String member : members) {
            List<String> command = strings(Yamls.listAt(containers.get(member), "command"));
            replicaSets.add(command.get(command.indexOf("--replSet") + 1));
        }
        assertThat(replicaSets).hasSize(1);
        String replicaSet = replicaSets.iterator().next();
        Set<String> hosts = new TreeSet<>(members.stream().map(member -> member + ":27017").toList());

        String init = String.join(" ", strings(Yamls.listAt(container("mongo-init"), "command")));
        assertThat(init).contains("rs.initiate(", "_id: \"" + replicaSet + "\"");
        Set<String> initiated = new TreeSet<>();
        Matcher host = Pattern.compile("host: \"([^\"]+)\"").matcher(init);
        while (host.find()) {
            initiated.add(host.group(1));
        }
        assertThat(initiated).isEqualTo(hosts);

        for (ServiceConfig service : services) {
            URI uri = URI.create(environment(container(service.module())).get(MONGODB_URI));
            assertThat(uri.getScheme()).isEqualTo("mongodb");
            assertThat(new TreeSet<>(List.of(uri.getRawAuthority().split(",")))).as("%s MongoDB hosts", service.module())
                    .isEqualTo(hosts);
            assertThat(uri.getRawQuery()).as("%s MongoDB options", service.module())
                    .contains("replicaSet=" + replicaSet);
        }
    }

    @Test
    void prometheusReadsTheComposeScrapeConfigAndTheRules() {
        Object prometheus = container("prometheus");
        Map<Path, String> mounts = mounts(prometheus);
        String config = mounts.get(Repo.path("deploy/prometheus/prometheus-compose.yml"));
        assertThat(config).isNotNull();
        assertThat(strings(Yamls.listAt(prometheus, "command"))).contains("--config.file=" + config);
        String configDir = config.substring(0, config.lastIndexOf('/'));
        assertThat(mounts).containsEntry(Repo.path("deploy/prometheus/rules"), configDir + "/rules");
        assertThat(containerPorts(prometheus)).contains(9090);
    }

    @Test
    void grafanaIsProvisionedWithTheDatasourceAndTheDashboards() {
        Object grafana = container("grafana");
        Map<Path, String> mounts = mounts(grafana);
        assertThat(mounts).containsEntry(Repo.path("deploy/grafana/provisioning"), "/etc/grafana/provisioning");
        String dashboards = mounts.get(Repo.path("deploy/grafana/dashboards"));
        Object provider = Yamls.listAt(Repo.yamlMap(Repo.path("deploy/grafana/provisioning/dashboards/gridline.yml")),
                "providers").get(0);
        assertThat(Yamls.stringAt(provider, "options", "path")).isEqualTo(dashboards);

        String home = environment(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertThat(home).startsWith(dashboards + "/");
        assertThat(Repo.path("deploy/grafana/dashboards").resolve(home.substring(dashboards.length() + 1)))
                .isRegularFile();

        URI datasource = URI.create(Yamls.stringAt(Yamls.listAt(
                Repo.yamlMap(Repo.path("deploy/grafana/provisioning/datasources/gridline.yml")), "datasources").get(0), "url"));
        assertThat(containers).containsKey(datasource.getHost());
        assertThat(containerPorts(container(datasource.getHost()))).contains(datasource.getPort());
        assertThat(Yamls.stringAt(grafana, "depends_on", datasource.getHost(), "condition")).isEqualTo("service_healthy");
    }

    @Test
    void everyBindMountExistsAndEveryNamedVolumeIsDeclared() {
        Set<String> declared = Yamls.mapAt(compose, "volumes").keySet();
        containers.forEach((name, container) -> {
            Object volumes = Yamls.get(container, "volumes");
            if (volumes == null) {
                return;
            }
            for (String volume : strings(Yamls.list(volumes))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(COMPOSE_DIR.resolve(source).normalize()).as("%s mounts %s", name, source).exists();
                } else {
                    assertThat(declared).as("%s uses volume %s", name, source).contains(source);
                }
            }
        });
    }

    private Object container(String name) {
        assertThat(containers).as("Compose services").containsKey(name);
        return containers.get(name);
    }

    /** Brokers are the containers that carry a KRaft node id, with their environment. */
    private Map<String, Map<String, String>> brokers() {
        Map<String, Map<String, String>> brokers = new LinkedHashMap<>();
        containers.forEach((name, container) -> {
            Map<String, String> environment = environment(container);
            if (environment.containsKey("KAFKA_NODE_ID")) {
                brokers.put(name, environment);
            }
        });
        return brokers;
    }

    private List<String> mongoMembers() {
        List<String> members = new ArrayList<>();
        containers.forEach((name, container) -> {
            Object command = Yamls.get(container, "command");
            if (command instanceof List<?> list && list.contains("mongod") && list.contains("--replSet")) {
                members.add(name);
            }
        });
        return members;
    }

    private List<String> dependencies(String container, String condition) {
        List<String> names = new ArrayList<>();
        Yamls.mapAt(container(container), "depends_on").forEach((name, dependency) -> {
            if (condition.equals(Yamls.stringAt(dependency, "condition"))) {
                names.add(name);
            }
        });
        return names;
    }

    static Map<String, String> environment(Object container) {
        Object environment = Yamls.get(container, "environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? "" : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length == 2 ? pair[1] : "");
            });
        }
        return variables;
    }

    /** Bind mounts: host path (resolved) → container path. */
    private static Map<Path, String> mounts(Object container) {
        Map<Path, String> mounts = new LinkedHashMap<>();
        for (String volume : strings(Yamls.listAt(container, "volumes"))) {
            String[] parts = volume.split(":");
            if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                mounts.put(COMPOSE_DIR.resolve(parts[0]).normalize(), parts[1]);
            } else {
                mounts.put(Path.of("volume:" + parts[0]), parts[1]);
            }
        }
        return mounts;
    }

    private static List<Integer> containerPorts(Object container) {
        return strings(Yamls.listAt(container, "ports")).stream()
                .map(port -> port.substring(port.lastIndexOf(':') + 1).replace("/tcp", ""))
                .map(Integer::valueOf)
                .toList();
    }

    /** Listener name → port, from KAFKA_LISTENERS such as {@code PLAINTEXT://:9092,CONTROLLER://:9093}. */
    private static Map<String, Integer> listenerPorts(String listeners) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Arrays.stream(listeners.split(",")).forEach(listener -> ports.put(listener.substring(0, listener.indexOf("://")),
                Integer.valueOf(listener.substring(listener.lastIndexOf(':') + 1))));
        return ports;
    }

    private static List<String> strings(List<Object> nodes) {
        return nodes.stream().map(Yamls::string).toList();
    }
}
