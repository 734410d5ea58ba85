package city.gridline.deploy.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service as its own {@code src/main/resources/application.yml} describes it: the facts every deploy file must
 * agree with.
 *
 * @param module        the Maven module, also the Compose service, the Kubernetes Deployment and the Prometheus job
 * @param name          {@code spring.application.name}, the {@code application} tag of its metrics
 * @param port          {@code server.port}
 * @param environment   every environment variable that overrides one of its properties
 * @param consumed      topic → consumer group of each input binding with a group
 * @param followed      topics of input bindings without a group: every instance reads the whole (compacted) topic
 * @param produced      topics of its output bindings
 * @param deadLetters   dead-letter topic → the topic whose messages land there
 * @param minPartitions the binder's {@code min-partition-count}
 */
record ServiceConfig(String module, String name, int port, Set<String> environment, Map<String, String> consumed,
                     Set<String> followed, Set<String> produced, Map<String, String> deadLetters, int minPartitions) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    /**
     * What every service takes through the service kit without naming it in its application.yml: where its bearer
     * tokens' keys come from (none is set by default, so that a service without it does not start).
     */
    static final List<String> SERVICE_KIT_PROPERTIES = List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location",
            "spring.security.oauth2.resourceserver.jwt.audiences");

    /** Every module of the root pom that is a Spring Boot service (has an application.yml). */
    static List<ServiceConfig> all() {
        return Repo.modules().stream()
                .filter(module -> Files.isRegularFile(applicationYml(module)))
                .map(ServiceConfig::read)
                .toList();
    }

    /** Every topic the services use, dead-letter topics included. */
    static Set<String> allTopics(List<ServiceConfig> services) {
        Set<String> topics = new TreeSet<>();
        for (ServiceConfig service : services) {
            topics.addAll(service.consumed().keySet());
            topics.addAll(service.followed());
            topics.addAll(service.produced());
            topics.addAll(service.deadLetters().keySet());
        }
        return topics;
    }

    /** A dead-letter topic → its source topic, across all services. */
    static Map<String, String> allDeadLetters(List<ServiceConfig> services) {
        Map<String, String> deadLetters = new LinkedHashMap<>();
        services.forEach(service -> deadLetters.putAll(service.deadLetters()));
        return deadLetters;
    }

    static ServiceConfig read(String module) {
        Map<String, Object> yml = Repo.yamlMap(applicationYml(module));
        Map<String, Object> bindings = Yamls.mapAt(yml, "spring", "cloud", "stream", "bindings");
        Map<String, String> consumed = new LinkedHashMap<>();
        Set<String> followed = new LinkedHashSet<>();
        Set<String> produced = new LinkedHashSet<>();
        Map<String, String> destinations = new LinkedHashMap<>();
        bindings.forEach((binding, settings) -> {
            String destination = Yamls.stringAt(settings, "destination");
            destinations.put(binding, destination);
            Object group = Yamls.get(settings, "group");
            if (!binding.contains("-in-")) {
                produced.add(destination);
            } else if (group == null) {
                followed.add(destination);
            } else {
                consumed.put(destination, Yamls.string(group));
            }
        });
        Map<String, String> deadLetters = new LinkedHashMap<>();
        Object kafkaBindings = Yamls.get(yml, "spring", "cloud", "stream", "kafka", "bindings");
        if (kafkaBindings != null) {
            Yamls.map(kafkaBindings).forEach((binding, settings) -> {
                Object dlq = Yamls.get(settings, "consumer", "dlq-name");
                if (dlq != null) {
                    deadLetters.put(Yamls.string(dlq), destinations.get(binding));
                }
            });
        }
        Set<String> environment = new TreeSet<>();
        flatten("", yml).forEach(property -> environment.addAll(environmentNames(property)));
        SERVICE_KIT_PROPERTIES.forEach(property -> environment.addAll(environmentNames(property)));
        // and the variables application.yml names itself, ${GRIDLINE_TRUSTED_PROXIES:}
        Matcher placeholder = PLACEHOLDER.matcher(Repo.text(applicationYml(module)));
        while (placeholder.find()) {
            environment.add(placeholder.group(1));
        }
        return new ServiceConfig(module,
                Yamls.stringAt(yml, "spring", "application", "name"),
                Yamls.integer(Yamls.require(yml, "server", "port")),
                environment, consumed, followed, produced, deadLetters,
                Yamls.integer(Yamls.require(yml, "spring", "cloud", "stream", "kafka", "binder", "min-partition-count")));
    }

    /**
     * The environment variables Spring Boot binds to a property: dots become underscores, and a dash is either
     * dropped or (the legacy form the services document) an underscore too.
     */
    static Set<String> environmentNames(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return new TreeSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private static Set<String> flatten(String prefix, Object node) {
        Set<String> properties = new LinkedHashSet<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> properties.addAll(flatten(prefix.isEmpty() ? String.valueOf(key)
                    : prefix + "." + key, value)));
        } else {
            properties.add(prefix);
        }
        return properties;
    }

    private static Path applicationYml(String module) {
        return Repo.path(module + "/src/main/resources/application.yml");
    }
}
