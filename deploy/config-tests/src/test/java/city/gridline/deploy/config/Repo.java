package city.gridline.deploy.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The repository under test: its root, its files, and the few facts of the root pom the deploy files rely on. */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("gridline.root", "../..")).toAbsolutePath().normalize();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative).normalize();
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yamlMap(Path file) {
        return Yamls.map(yaml().load(text(file)));
    }

    /** Every document of a multi-document YAML file, empty documents left out. */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        return yamlDocuments(text(file));
    }

    static List<Map<String, Object>> yamlDocuments(String content) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(content)) {
            if (document != null) {
                documents.add(Yamls.map(document));
            }
        }
        return documents;
    }

    static JsonNode json(Path file) {
        return JSON.readTree(file);
    }

    /** The root pom's own version: the version in every exec jar's file name. */
    static String projectVersion() {
        return childText(rootPom(), "version");
    }

    /** The root pom's modules, in order. */
    static List<String> modules() {
        List<String> modules = new ArrayList<>();
        NodeList nodes = rootPom().getElementsByTagName("module");
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    private static Element rootPom() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(path("pom.xml").toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + path("pom.xml"), e);
        }
    }

    private static String childText(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        throw new IllegalStateException("no <" + name + "> in " + parent.getTagName());
    }
}
