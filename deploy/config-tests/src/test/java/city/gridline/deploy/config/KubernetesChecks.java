package city.gridline.deploy.config;

import static city.gridline.deploy.config.KubernetesManifests.labels;
import static city.gridline.deploy.config.KubernetesManifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What must hold of the Kubernetes objects — the base as written and every overlay as rendered — for the services
 * as their application.yml describes them.
 */
final class KubernetesChecks {

    static final String MONGODB_URI = "SPRING_MONGODB_URI";
    static final String CONTACT_KEY = "GRIDLINE_CONTACT_KEY";
    static final String CONTACT_KEY_SECRET = "gridline-contact-key";
    static final String ISSUER_URI = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    static final String BROKERS = "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS";
    static final String REPLICATION_FACTOR = "SPRING_CLOUD_STREAM_KAFKA_BINDER_REPLICATION_FACTOR";

    private final KubernetesManifests manifests;
    private final List<ServiceConfig> services;
    private final boolean externalSecrets;

    /**
     * @param externalSecrets whether each service's MongoDB URI Secret ({@code <service>-mongodb}, key {@code uri})
     *                        may be left to the cluster's operators instead of being part of the manifests
     */
    KubernetesChecks(KubernetesManifests manifests, List<ServiceConfig> services, boolean externalSecrets) {
        this.manifests = manifests;
        this.services = services;
        this.externalSecrets = externalSecrets;
    }

    void all() {
        deployments();
        services();
        autoscalers();
        disruptionBudgets();
        serviceMonitor();
        kafkaCluster();
        topics();
    }

    void deployments() {
        for (ServiceConfig service : services) {
            Map<String, Object> deployment = manifests.one("Deployment", service.module());
            Map<String, Object> podLabels = Yamls.mapAt(deployment, "spec", "template", "metadata", "labels");
            assertThat(podLabels).containsAllEntriesOf(Yamls.mapAt(deployment, "spec", "selector", "matchLabels"));
            assertThat(Yamls.get(deployment, "spec", "replicas")).as("%s replicas belong to its autoscaler", service.module())
                    .isNull();
            Object container = container(deployment);
            assertThat(Yamls.stringAt(container, "image")).contains("gridline/" + service.module());

            assertThat(Yamls.listAt(container, "ports")).as("%s container ports", service.module())
                    .anySatisfy(port -> {
                        assertThat(Yamls.stringAt(port, "name")).isEqualTo("http");
                        assertThat(Yamls.integer(Yamls.require(port, "containerPort"))).isEqualTo(service.port());
                    });
            probe(service, container, "startupProbe", "/actuator/health/liveness");
            probe(service, container, "livenessProbe", "/actuator/health/liveness");
            probe(service, container, "readinessProbe", "/actuator/health/readiness");
            for (String bound : List.of("requests", "limits")) {
                assertThat(Yamls.mapAt(container, "resources", bound)).as("%s resource %s", service.module(), bound)
                        .containsKeys("cpu", "memory");
            }

            Map<String, String> environment = environment(service, container);
            assertThat(environment.keySet()).as("%s environment", service.module())
                    .contains(BROKERS, REPLICATION_FACTOR, MONGODB_URI, ISSUER_URI)
                    .allSatisfy(name -> assertThat(service.environment()).as("properties of %s", service.module())
                            .contains(name));
        }
    }

    void services() {
        for (ServiceConfig service : services) {
            Map<String, Object> kubernetesService = manifests.one("Service", service.module());
            Map<String, Object> deployment = manifests.one("Deployment", service.module());
            assertThat(Yamls.mapAt(deployment, "spec", "template", "metadata", "labels"))
                    .containsAllEntriesOf(Yamls.mapAt(kubernetesService, "spec", "selector"));
            assertThat(Yamls.listAt(kubernetesService, "spec", "ports")).as("%s Service ports", service.module())
                    .anySatisfy(port -> {
                        assertThat(Yamls.stringAt(port, "name")).isEqualTo("http");
                        assertThat(Yamls.integer(Yamls.require(port, "port"))).isEqualTo(service.port());
                        assertThat(Yamls.stringAt(port, "targetPort")).isIn("http", String.valueOf(service.port()));
                    });
        }
    }

    void autoscalers() {
        Map<String, Integer> partitions = topicPartitions();
        for (ServiceConfig service : services) {
            Map<String, Object> autoscaler = manifests.one("HorizontalPodAutoscaler", service.module());
            assertThat(Yamls.stringAt(autoscaler, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(Yamls.stringAt(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(service.module());
            assertThat(Yamls.listAt(autoscaler, "spec", "metrics")).isNotEmpty();
            int min = Yamls.integer(Yamls.require(autoscaler, "spec", "minReplicas"));
            int max = Yamls.integer(Yamls.require(autoscaler, "spec", "maxReplicas"));
            assertThat(min).isPositive().isLessThanOrEqualTo(max);
            for (String topic : service.consumed().keySet()) {
                assertThat(max).as("%s max replicas against the partitions of %s", service.module(), topic)
                        .isLessThanOrEqualTo(partitions.get(topic));
            }
        }
    }

    void disruptionBudgets() {
        for (ServiceConfig service : services) {
            Map<String, Object> budget = manifests.one("PodDisruptionBudget", service.module());
            assertThat(Yamls.mapAt(manifests.one("Deployment", service.module()), "spec", "template", "metadata", "labels"))
                    .containsAllEntriesOf(Yamls.mapAt(budget, "spec", "selector", "matchLabels"));
            Object minAvailable = Yamls.get(budget, "spec", "minAvailable");
            Object maxUnavailable = Yamls.get(budget, "spec", "maxUnavailable");
            assertThat(minAvailable == null ^ maxUnavailable == null).as("%s: one of minAvailable, maxUnavailable",
                    service.module()).isTrue();
            if (minAvailable != null) {
                // A budget as large as the smallest deployment would block every drain.
                assertThat(Yamls.integer(minAvailable)).isLessThan(Yamls.integer(Yamls.require(
                        manifests.one("HorizontalPodAutoscaler", service.module()), "spec", "minReplicas")));
            }
        }
    }

    void serviceMonitor() {
        List<Map<String, Object>> monitors = manifests.all("ServiceMonitor");
        assertThat(monitors).hasSize(1);
        Map<String, Object> monitor = monitors.get(0);
        Map<String, Object> selector = Yamls.mapAt(monitor, "spec", "selector", "matchLabels");
        String jobLabel = Yamls.stringAt(monitor, "spec", "jobLabel");
        List<Object> endpoints = Yamls.listAt(monitor, "spec", "endpoints");
        for (ServiceConfig service : services) {
            Map<String, Object> kubernetesService = manifests.one("Service", service.module());
            assertThat(labels(kubernetesService)).as("%s Service labels", service.module())
                    .containsAllEntriesOf(selector)
                    // The job label is the service's name, as the alert rules and dashboards expect.
                    .containsEntry(jobLabel, service.name());
            Set<String> portNames = new TreeSet<>();
            Yamls.listAt(kubernetesService, "spec", "ports").forEach(port -> portNames.add(Yamls.stringAt(port, "name")));
            assertThat(endpoints).allSatisfy(endpoint -> {
                assertThat(portNames).contains(Yamls.stringAt(endpoint, "port"));
                assertThat(Yamls.stringAt(endpoint, "path")).isEqualTo("/actuator/prometheus");
            });
        }
    }

    void kafkaCluster() {
        Map<String, Object> kafka = kafka();
        int brokers = brokers();
        assertThat(manifests.all("KafkaNodePool").stream().flatMap(pool -> Yamls.listAt(pool, "spec", "roles").stream())
                .map(Yamls::string)).as("KRaft roles").contains("controller", "broker");
        assertThat(brokers).isPositive();

        Map<String, Object> config = Yamls.mapAt(kafka, "spec", "kafka", "config");
        for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor")) {
            assertThat(Yamls.integer(config.get(factor))).as(factor).isBetween(1, brokers);
        }
        minInsyncReplicas(Yamls.integer(config.get("min.insync.replicas")),
                Yamls.integer(config.get("default.replication.factor")), brokers, "cluster default");

        Object listener = Yamls.listAt(kafka, "spec", "kafka", "listeners").stream()
                .filter(candidate -> "internal".equals(Yamls.get(candidate, "type"))
                        && Boolean.FALSE.equals(Yamls.get(candidate, "tls")))
                .findFirst().orElseThrow(() -> new AssertionError("no internal plain listener"));
        String bootstrap = name(kafka) + "-kafka-bootstrap:" + Yamls.stringAt(listener, "port");
        for (ServiceConfig service : services) {
            Map<String, String> environment = environment(service, container(manifests.one("Deployment", service.module())));
            assertThat(environment.get(BROKERS)).as("%s brokers", service.module()).isEqualTo(bootstrap);
            assertThat(Integer.parseInt(environment.get(REPLICATION_FACTOR))).as("%s replication factor", service.module())
                    .isBetween(1, brokers);
        }
    }

    void topics() {
        String cluster = name(kafka());
        int brokers = brokers();
        Map<String, Integer> partitions = topicPartitions();
        assertThat(new TreeSet<>(partitions.keySet())).isEqualTo(ServiceConfig.allTopics(services));
        for (Map<String, Object> topic : manifests.all("KafkaTopic")) {
            String topicName = Yamls.stringAt(topic, "spec", "topicName");
            assertThat(labels(topic)).as("%s cluster", topicName).containsEntry("strimzi.io/cluster", cluster);
            int replicas = Yamls.integer(Yamls.require(topic, "spec", "replicas"));
            assertThat(replicas).as("%s replicas", topicName).isBetween(1, brokers);
            minInsyncReplicas(Yamls.integer(Yamls.require(topic, "spec", "config", "min.insync.replicas")), replicas,
                    brokers, topicName);
        }
        int minPartitions = services.stream().mapToInt(ServiceConfig::minPartitions).max().orElseThrow();
        partitions.forEach((topic, count) -> assertThat(count).as("%s partitions", topic)
                .isGreaterThanOrEqualTo(minPartitions));
        // The binder writes a dead letter to the partition number of the original record.
        ServiceConfig.allDeadLetters(services).forEach((deadLetters, source) -> assertThat(partitions.get(deadLetters))
                .as("partitions of %s against %s", deadLetters, source).isGreaterThanOrEqualTo(partitions.get(source)));
    }

    /** Name → value of every environment variable of the container, from env and from the ConfigMaps of envFrom. */
    private Map<String, String> environment(ServiceConfig service, Object container) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object envFrom = Yamls.get(container, "envFrom");
        if (envFrom != null) {
            for (Object source : Yamls.list(envFrom)) {
                assertThat(Yamls.get(source, "secretRef")).as("%s: Secrets by key, not whole", service.module()).isNull();
                String configMap = Yamls.stringAt(source, "configMapRef", "name");
                Yamls.mapAt(manifests.one("ConfigMap", configMap), "data")
                        .forEach((name, value) -> environment.put(name, Yamls.string(value)));
            }
        }
        Object env = Yamls.get(container, "env");
        if (env != null) {
            for (Object variable : Yamls.list(env)) {
                String name = Yamls.stringAt(variable, "name");
                Object secret = Yamls.get(variable, "valueFrom", "secretKeyRef");
                if (secret != null) {
                    environment.put(name, secretValue(service, name, Yamls.map(secret)));
                } else {
                    environment.put(name, Yamls.stringAt(variable, "value"));
                }
            }
        }
        return environment;
    }

    private String secretValue(ServiceConfig service, String variable, Map<String, Object> reference) {
        String secretName = Yamls.stringAt(reference, "name");
        String key = Yamls.stringAt(reference, "key");
        var secret = manifests.find("Secret", secretName);
        if (secret.isPresent()) {
            Object data = Yamls.get(secret.get(), "data");
            assertThat(data).as("Secret %s", secretName).isNotNull();
            assertThat(Yamls.map(data)).as("Secret %s", secretName).containsKey(key);
            return "(secret)";
        }
        assertThat(externalSecrets).as("%s: Secret %s is neither defined nor external", service.module(), secretName)
                .isTrue();
        // the two Secrets an operator creates: each service's MongoDB URI, and the contact key intake and
        // notification share
        if (variable.equals(CONTACT_KEY)) {
            assertThat(service.module()).isIn("intake-service", "notification-service");
            assertThat(secretName).isEqualTo(CONTACT_KEY_SECRET);
            assertThat(key).isEqualTo("key");
        } else {
            assertThat(variable).isEqualTo(MONGODB_URI);
            assertThat(secretName).isEqualTo(service.module() + "-mongodb");
            assertThat(key).isEqualTo("uri");
        }
        return "(external secret)";
    }

    private static void probe(ServiceConfig service, Object container, String probe, String path) {
        Object httpGet = Yamls.require(container, probe, "httpGet");
        assertThat(Yamls.stringAt(httpGet, "path")).as("%s %s", service.module(), probe).isEqualTo(path);
        assertThat(Yamls.stringAt(httpGet, "port")).as("%s %s port", service.module(), probe)
                .isIn("http", String.valueOf(service.port()));
    }

    private static void minInsyncReplicas(int minInsync, int replicas, int brokers, String what) {
        assertThat(minInsync).as("%s min.insync.replicas", what).isBetween(1, replicas);
        if (brokers >= 3) {
            // With acks=all, a write must survive one broker being down.
            assertThat(minInsync).as("%s min.insync.replicas", what).isLessThan(replicas);
        }
    }

    private static Object container(Map<String, Object> deployment) {
        List<Object> containers = Yamls.listAt(deployment, "spec", "template", "spec", "containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private Map<String, Object> kafka() {
        List<Map<String, Object>> clusters = manifests.all("Kafka");
        assertThat(clusters).hasSize(1);
        Map<String, Object> kafka = clusters.get(0);
        assertThat(manifests.all("KafkaNodePool")).isNotEmpty().allSatisfy(pool ->
                assertThat(labels(pool)).containsEntry("strimzi.io/cluster", name(kafka)));
        return kafka;
    }

    private int brokers() {
        return manifests.all("KafkaNodePool").stream()
                .filter(pool -> Yamls.listAt(pool, "spec", "roles").contains("broker"))
                .mapToInt(pool -> Yamls.integer(Yamls.require(pool, "spec", "replicas")))
                .sum();
    }

    private Map<String, Integer> topicPartitions() {
        Map<String, Integer> partitions = new HashMap<>();
        for (Map<String, Object> topic : manifests.all("KafkaTopic")) {
            Integer previous = partitions.put(Yamls.stringAt(topic, "spec", "topicName"),
                    Yamls.integer(Yamls.require(topic, "spec", "partitions")));
            assertThat(previous).as("topic %s defined twice", Yamls.stringAt(topic, "spec", "topicName")).isNull();
        }
        return partitions;
    }
}
