package city.gridline.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** deploy/grafana: the provisioning and every dashboard's datasources, variables and queries. */
class GrafanaDashboardsTest {

    static final Path DASHBOARDS = Repo.path("deploy/grafana/dashboards");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*(\\w+)\\)");

    private final Map<String, JsonNode> dashboards = dashboards();
    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void theFourDashboardsAreThere() {
        assertThat(dashboards.values()).extracting(dashboard -> dashboard.path("uid").asString())
                .containsExactlyInAnyOrder("gridline-operations", "gridline-deadlines", "gridline-grid-map",
                        "gridline-services");
        assertThat(dashboards.values()).extracting(dashboard -> dashboard.path("title").asString())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyDashboardReadsOnlyProvisionedDatasources() {
        Map<String, String> provisioned = new LinkedHashMap<>();
        Yamls.listAt(Repo.yamlMap(Repo.path("deploy/grafana/provisioning/datasources/gridline.yml")), "datasources")
                .forEach(source -> provisioned.put(Yamls.stringAt(source, "uid"), Yamls.stringAt(source, "type")));
        dashboards.forEach((file, dashboard) -> {
            List<JsonNode> references = new ArrayList<>();
            collect(dashboard, "datasource", references);
            assertThat(references).as(file).isNotEmpty().allSatisfy(reference -> {
                assertThat(reference.isObject()).as("%s: datasource %s by uid", file, reference).isTrue();
                assertThat(provisioned).as(file).containsEntry(reference.path("uid").asString(),
                        reference.path("type").asString());
            });
        });
    }

    @Test
    void everyPanelHasAQuery() {
        dashboards.forEach((file, dashboard) -> panels(dashboard).forEach(panel -> {
            assertThat(panel.path("targets").size()).as("%s: %s", file, panel.path("title").asString()).isPositive();
            panel.path("targets").forEach(target -> assertThat(target.path("expr").asString()).isNotBlank());
        }));
    }

    @Test
    void panelsHaveDistinctIdsAndFitTheGrid() {
        dashboards.forEach((file, dashboard) -> {
            List<Integer> ids = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> {
                ids.add(panel.path("id").asInt());
                JsonNode grid = panel.path("gridPos");
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("%s: %s", file,
                        panel.path("title").asString()).isBetween(1, 24);
            });
            assertThat(ids).as(file).doesNotHaveDuplicates();
        });
    }

    @Test
    void businessDashboardsFilterByDistrictAndByStreetWithinIt() {
        dashboards.forEach((file, dashboard) -> {
            if (dashboard.path("uid").asString().equals("gridline-services")) {
                return;
            }
            Map<String, JsonNode> variables = variables(dashboard);
            assertThat(variables).as(file).containsKeys("district", "street");
            assertThat(variables.get("street").path("query").asString()).contains("$district");
        });
    }

    @Test
    void everyVariableAQueryUsesIsDefined() {
        dashboards.forEach((file, dashboard) -> {
            Set<String> defined = variables(dashboard).keySet();
            List<String> queries = new ArrayList<>(expressions(dashboard).values());
            variables(dashboard).values().forEach(variable -> queries.add(variable.path("query").asString()));
            for (String query : queries) {
                Matcher variable = VARIABLE.matcher(query);
                while (variable.find()) {
                    if (!variable.group(1).startsWith("__")) {
                        assertThat(defined).as("%s: %s", file, query).contains(variable.group(1));
                    }
                }
            }
        });
    }

    @Test
    void everyQueryReadsOnlyCatalogueMetricsAndTheirLabels() {
        List<String> problems = new ArrayList<>();
        dashboards.forEach((file, dashboard) -> {
            expressions(dashboard).forEach((where, expression) ->
                    problems.addAll(catalogue.problems(expression, file + " " + where)));
            variables(dashboard).forEach((name, variable) -> {
                Matcher labelValues = LABEL_VALUES.matcher(variable.path("query").asString());
                assertThat(labelValues.matches()).as("%s: variable %s", file, name).isTrue();
                problems.addAll(catalogue.problems(labelValues.group(1), file + " variable " + name));
                String metric = PromQl.selectors(labelValues.group(1)).get(0).metric();
                assertThat(catalogue.labelsOf(metric)).as("%s: variable %s", file, name).contains(labelValues.group(2));
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theGridMapPlacesOpenCasesByTheirCellPositionFilteredByStreet() {
        JsonNode geomap = panels(dashboards.get("grid-map.json")).stream()
                .filter(panel -> panel.path("type").asString().equals("geomap")).findFirst().orElseThrow();
        String expression = geomap.path("targets").get(0).path("expr").asString();
        assertThat(expression).contains("street=~\"$street\"");
        String metric = PromQl.selectors(expression).get(0).metric();
        assertThat(metric).contains("gridline_cases_open_by_cell");
        assertThat(geomap.path("targets").get(0).path("format").asString()).isEqualTo("table");

        JsonNode location = geomap.path("options").path("layers").get(0).path("location");
        assertThat(location.path("mode").asString()).isEqualTo("coords");
        Set<String> coordinates = Set.of(location.path("latitude").asString(), location.path("longitude").asString());
        assertThat(catalogue.labelsOf(metric)).containsAll(coordinates);
        // Labels arrive as strings; the map needs numbers.
        Set<String> converted = new TreeSet<>();
        geomap.path("transformations").forEach(transformation -> {
            if (transformation.path("id").asString().equals("convertFieldType")) {
                transformation.path("options").path("conversions").forEach(conversion -> {
                    if (conversion.path("destinationType").asString().equals("number")) {
                        converted.add(conversion.path("targetField").asString());
                    }
                });
            }
        });
        assertThat(converted).containsAll(coordinates);
    }

    static Map<String, JsonNode> dashboards() {
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            files.filter(file -> file.toString().endsWith(".json")).sorted()
                    .forEach(file -> dashboards.put(file.getFileName().toString(), Repo.json(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dashboards;
    }

    /** Every query of every panel, keyed by panel title and query ref id. */
    static Map<String, String> expressions(JsonNode dashboard) {
        Map<String, String> expressions = new LinkedHashMap<>();
        panels(dashboard).forEach(panel -> panel.path("targets").forEach(target -> expressions.put(
                "\"" + panel.path("title").asString() + "\" " + target.path("refId").asString(),
                target.path("expr").asString())));
        return expressions;
    }

    static Map<String, JsonNode> variables(JsonNode dashboard) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard.path("templating").path("list").forEach(variable -> variables.put(variable.path("name").asString(),
                variable));
        return variables;
    }

    /** Panels that show data, rows left out. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!panel.path("type").asString().equals("row")) {
                panels.add(panel);
            }
        });
        return panels;
    }

    private static void collect(JsonNode node, String field, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals(field)) {
                    found.add(entry.getValue());
                } else {
                    collect(entry.getValue(), field, found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, field, found));
        }
    }
}
