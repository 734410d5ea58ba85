package city.gridline.grid.layer.adapter.reference;

import city.gridline.grid.layer.domain.Community;
import city.gridline.grid.layer.domain.District;
import city.gridline.grid.layer.domain.Street;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/**
 * Reads districts, streets and communities from the CSV files of the {@code china-division} package
 * (columns {@code code,name} and, for communities, {@code streetCode}). Results are ordered by code.
 */
public final class AdministrativeDivisionReader {

    private AdministrativeDivisionReader() {
    }

    public static List<District> districts(InputStream csv) {
        return CsvTable.read(csv).rows("code", "name").stream()
                .map(row -> new District(row.get("code"), row.get("name")))
                .sorted(Comparator.comparing(District::code))
                .toList();
    }

    public static List<Street> streets(InputStream csv) {
        return CsvTable.read(csv).rows("code", "name").stream()
                .map(row -> new Street(row.get("code"), row.get("name")))
                .sorted(Comparator.comparing(Street::code))
                .toList();
    }

    public static List<Community> communities(InputStream csv) {
        return CsvTable.read(csv).rows("code", "name", "streetCode").stream()
                .map(row -> new Community(row.get("code"), row.get("name"), row.get("streetCode")))
                .sorted(Comparator.comparing(Community::code))
                .toList();
    }
}
