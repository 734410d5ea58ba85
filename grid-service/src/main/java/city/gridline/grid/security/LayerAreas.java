package city.gridline.grid.security;

import city.gridline.servicekit.security.GridlineCaller;
import org.springframework.security.access.AccessDeniedException;

import java.util.Collection;
import java.util.List;

/** A caller changes only the layers, cells and zones, and places or confirms only the reports, of their areas. */
public final class LayerAreas {

    private LayerAreas() {
    }

    /** Every code (a district's, or the cells' of an import) must lie in the caller's areas; else 403, nothing stored. */
    public static void requireAll(GridlineCaller caller, Collection<String> codes) {
        List<String> outside = codes.stream().filter(code -> code != null && !caller.mayActIn(code)).distinct()
                .limit(5).toList();
        if (!outside.isEmpty()) {
            throw new AccessDeniedException("outside your areas " + caller.areas().codes() + ": " + outside
                    + (outside.size() == 5 ? " …" : ""));
        }
    }
}
