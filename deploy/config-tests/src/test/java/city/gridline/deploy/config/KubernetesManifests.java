package city.gridline.deploy.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A set of Kubernetes objects: the kustomize base as written, or an overlay as kustomize renders it. */
final class KubernetesManifests {

    static final Path BASE = Repo.path("deploy/k8s/base");

    private final List<Map<String, Object>> objects;

    private KubernetesManifests(List<Map<String, Object>> objects) {
        this.objects = List.copyOf(objects);
    }

    /**
     * The base's resources plus the ConfigMaps its configMapGenerator makes (under their plain names, as kustomize
     * names them before it adds the content hash and rewrites the references).
     */
    static KubernetesManifests base() {
        Map<String, Object> kustomization = Repo.yamlMap(BASE.resolve("kustomization.yaml"));
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Yamls.listAt(kustomization, "resources")) {
            objects.addAll(Repo.yamlDocuments(BASE.resolve(Yamls.string(resource))));
        }
        Object generators = Yamls.get(kustomization, "configMapGenerator");
        if (generators != null) {
            for (Object generator : Yamls.list(generators)) {
                Map<String, Object> data = new LinkedHashMap<>();
                for (Object literal : Yamls.listAt(generator, "literals")) {
                    String[] pair = Yamls.string(literal).split("=", 2);
                    data.put(pair[0], pair[1]);
                }
                objects.add(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                        "metadata", Map.of("name", Yamls.stringAt(generator, "name")), "data", data));
            }
        }
        return new KubernetesManifests(objects);
    }

    static KubernetesManifests rendered(String yaml) {
        return new KubernetesManifests(Repo.yamlDocuments(yaml));
    }

    List<Map<String, Object>> all(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return all(kind).stream().filter(object -> name.equals(name(object))).findFirst();
    }

    Map<String, Object> one(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(Map<String, Object> object) {
        return Yamls.stringAt(object, "metadata", "name");
    }

    static Map<String, Object> labels(Object object) {
        Object labels = Yamls.get(object, "metadata", "labels");
        return labels == null ? Map.of() : Yamls.map(labels);
    }
}
