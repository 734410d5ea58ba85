package city.gridline.campaigns;

import city.gridline.localstack.Ports;
import city.gridline.localstack.GridlineServices;
import city.gridline.localstack.StackLayout;
import city.gridline.testkit.GridlineInfrastructure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The four services from their executable jars, as their own processes, against the shared broker and MongoDB server
 * (started as {@code PipelineIT} starts them).
 */
final class CampaignStack {

    private final GridlineInfrastructure infrastructure;
    private final GridlineServices services;
    private final Map<String, Integer> ports;

    /** Where the stack keeps its files, and its development token issuer. */
    static final StackLayout LAYOUT = new StackLayout(Path.of("target", "campaign-stack"));

    private CampaignStack(GridlineInfrastructure infrastructure, GridlineServices services,
                          Map<String, Integer> ports) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.ports = ports;
    }

    static CampaignStack start() {
        GridlineInfrastructure infrastructure = GridlineInfrastructure.shared();
        StackLayout layout = LAYOUT;
        layout.createDirectories();
        Path jars = Path.of(System.getProperty("gridline.services.dir", "target/services"));
        Map<String, Integer> ports = Ports.freeFor(GridlineServices.MODULES);
        GridlineServices services = GridlineServices.start(layout, module -> jars.resolve(module + ".jar"), ports,
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
        services.awaitReady(Duration.ofMinutes(4));
        return new CampaignStack(infrastructure, services, ports);
    }

    URI uri(String module, String pathAndQuery) {
        return URI.create("http://localhost:" + ports.get(module) + pathAndQuery);
    }

    String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    String mongoUri() {
        return infrastructure.mongoUri();
    }

    /** Services that died during the campaign: a crash is a finding as much as a 5xx is. */
    java.util.List<String> exited() {
        return services.exited();
    }

    void stop() {
        services.stop();
    }
}
