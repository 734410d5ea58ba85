package city.gridline.intake.open311.adapter.web;

import city.gridline.intake.open311.domain.Open311Error;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The response format GeoReport picks by the path's extension: {@code .json} or {@code .xml}. */
enum GeoReportFormat {
    JSON(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)),
    XML(new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8));

    private final MediaType mediaType;

    GeoReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static GeoReportFormat of(String extension) {
        if ("json".equals(extension)) {
            return JSON;
        }
        if ("xml".equals(extension)) {
            return XML;
        }
        throw new Open311Exception(HttpStatus.BAD_REQUEST, "format must be json or xml, not " + extension);
    }

    /** The format of a path, for errors raised before the extension was read; JSON unless it ends in .xml. */
    static GeoReportFormat ofPath(String path) {
        return path.endsWith(".xml") ? XML : JSON;
    }

    ResponseEntity<String> render(HttpStatus status, String xmlRoot, Object body, JsonMapper json) {
        String text = this == JSON ? json.writeValueAsString(body) : GeoReportXml.write(xmlRoot, body);
        return ResponseEntity.status(status).contentType(mediaType).body(text);
    }

    ResponseEntity<String> errors(HttpStatus status, List<Open311Error> errors, JsonMapper json) {
        List<Map<String, Object>> body = errors.stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", error.code());
            entry.put("description", error.description());
            return entry;
        }).toList();
        return render(status, "errors", body, json);
    }
}
