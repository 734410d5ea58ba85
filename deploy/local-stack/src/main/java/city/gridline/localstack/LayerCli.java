package city.gridline.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./gridline layer …}: the grid administrator's command line over the grid service's API.
 * <pre>
 *   ./gridline layer list
 *   ./gridline layer export VERSION FILE.geojson
 *   ./gridline layer import FILE.geojson VERSION EFFECTIVE-FROM [--activate]
 *   ./gridline layer activate VERSION
 *   ./gridline layer zones export FILE.geojson
 *   ./gridline layer zones import FILE.geojson
 * </pre>
 * The grid service is at {@code GRIDLINE_GRID_URL} (default {@code http://localhost:8082}). A rejected import
 * (of cells or of special zones) prints every problem the service found; nothing of it is stored.
 */
public final class LayerCli {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GEO_JSON = "application/geo+json";

    private final String baseUrl;
    private final String authorization;

    private LayerCli(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Bearer " + token;
    }

    /** {@code GRIDLINE_TOKEN}, else a grid administrator's token of the local stack's development issuer. */
    private static String token() {
        String given = System.getenv("GRIDLINE_TOKEN");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return new StackLayout(Path.of(System.getProperty("gridline.root", "."))).devIssuer()
                .token("grid-admin", List.of("GRID_ADMINISTRATOR"), List.of("*"), Duration.ofHours(1));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LayerCli cli = new LayerCli(System.getenv().getOrDefault("GRIDLINE_GRID_URL", "http://localhost:8082"), token());
        int status = args.length == 0 ? usage() : switch (args[0]) {
            case "list" -> cli.print(cli.get("/api/v1/layers"));
            case "export" -> args.length == 3 ? cli.export(args[1], Path.of(args[2])) : usage();
            case "import" -> args.length >= 4
                    ? cli.importLayer(Path.of(args[1]), args[2], args[3], args.length > 4 && "--activate".equals(args[4]))
                    : usage();
            case "activate" -> args.length == 2 ? cli.print(cli.post("/api/v1/layers/" + encode(args[1])
                    + "/activate", HttpRequest.BodyPublishers.noBody(), "application/json")) : usage();
            case "zones" -> args.length == 3 && "export".equals(args[1]) ? cli.exportZones(Path.of(args[2]))
                    : args.length == 3 && "import".equals(args[1]) ? cli.importZones(Path.of(args[2])) : usage();
            default -> usage();
        };
        System.exit(status);
    }

    private int export(String version, Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/layers/" + encode(version) + "/cells.geojson");
        if (response.statusCode() != 200) {
            return print(response);
        }
        Files.writeString(file, response.body());
        System.out.println("Wrote layer " + version + " to " + file);
        return 0;
    }

    private int importLayer(Path file, String version, String effectiveFrom, boolean activate)
            throws IOException, InterruptedException {
        String path = "/api/v1/layers?version=" + encode(version) + "&effectiveFrom=" + encode(effectiveFrom)
                + "&activate=" + activate;
        return print(post(path, HttpRequest.BodyPublishers.ofFile(file), GEO_JSON));
    }

    private int exportZones(Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/zones.geojson");
        if (response.statusCode() != 200) {
            return print(response);
        }
        Files.writeString(file, response.body());
        System.out.println("Wrote the special zones to " + file);
        return 0;
    }

    /** Replaces the district's special zones as a whole with those in the file. */
    private int importZones(Path file) throws IOException, InterruptedException {
        return print(HTTP.send(request("/api/v1/zones")
                .timeout(Duration.ofMinutes(2)).header("Content-Type", GEO_JSON)
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        return HTTP.send(request(path).timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int print(HttpResponse<String> response) {
        (response.statusCode() < 300 ? System.out : System.err).println(response.body());
        return response.statusCode() < 300 ? 0 : 1;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int usage() {
        System.err.println("""
                usage: ./gridline layer list
                       ./gridline layer export VERSION FILE.geojson
                       ./gridline layer import FILE.geojson VERSION EFFECTIVE-FROM(yyyy-mm-dd) [--activate]
                       ./gridline layer activate VERSION
                       ./gridline layer zones export FILE.geojson
                       ./gridline layer zones import FILE.geojson""");
        return 2;
    }
}
