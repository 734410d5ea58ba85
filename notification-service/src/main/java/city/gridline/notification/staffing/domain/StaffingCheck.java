package city.gridline.notification.staffing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Checks every district and street against a staffing policy. Areas come from grid's population announcements
 * and from where teams are stationed, so a street with teams but no announced population is listed (and cannot be
 * judged per resident), and so is one with residents but no team (and has too few officers).
 */
public final class StaffingCheck {

    private StaffingCheck() {
    }

    public static StaffingReport check(Collection<DistrictPopulation> populations, Collection<TeamStaffing> teams,
                                       StaffingPolicy policy) {
        Map<String, DistrictPopulation> byDistrict = populations.stream()
                .collect(Collectors.toMap(p -> p.district().code(), Function.identity(), (a, b) -> b, TreeMap::new));
        TreeSet<String> districtCodes = new TreeSet<>(byDistrict.keySet());
        teams.stream().filter(team -> !team.unplaced()).forEach(team -> districtCodes.add(team.districtCode()));

        List<AreaStaffing> areas = new ArrayList<>();
        for (String districtCode : districtCodes) {
            DistrictPopulation population = byDistrict.get(districtCode);
            List<TeamStaffing> districtTeams = teams.stream()
                    .filter(team -> districtCode.equals(team.districtCode())).toList();
            Population district = population == null ? null : population.district();
            String districtName = district == null ? districtCode : district.name();
            String layerVersion = population == null ? null : population.layerVersion();
            areas.add(area(AreaStaffing.Level.DISTRICT, districtCode, districtName, districtCode, districtName,
                    district, layerVersion, districtTeams, policy));

            Map<String, Population> streets = population == null ? Map.of() : population.streets().stream()
                    .collect(Collectors.toMap(Population::code, Function.identity(), (a, b) -> b));
            TreeSet<String> streetCodes = new TreeSet<>(streets.keySet());
            districtTeams.stream().map(TeamStaffing::streetCode).filter(Objects::nonNull).forEach(streetCodes::add);
            for (String streetCode : streetCodes) {
                Population street = streets.get(streetCode);
                areas.add(area(AreaStaffing.Level.STREET, streetCode, street == null ? streetCode : street.name(),
                        districtCode, districtName, street, street == null ? null : layerVersion,
                        districtTeams.stream().filter(team -> streetCode.equals(team.streetCode())).toList(), policy));
            }
        }
        List<TeamStaffing> unplaced = teams.stream().filter(TeamStaffing::unplaced).toList();
        return new StaffingReport(policy, areas, new StaffingReport.Unplaced(unplaced.size(),
                sum(unplaced, TeamStaffing::officers), sum(unplaced, TeamStaffing::assistants)));
    }

    private static AreaStaffing area(AreaStaffing.Level level, String code, String name, String districtCode,
                                     String districtName, Population population, String layerVersion,
                                     List<TeamStaffing> teams, StaffingPolicy policy) {
        StaffingFigures figures = new StaffingFigures(population == null ? null : population.residents(),
                sum(teams, TeamStaffing::officers),
                sum(teams.stream().filter(TeamStaffing::frontLine).toList(), TeamStaffing::officers),
                sum(teams, TeamStaffing::assistants));
        List<Finding> findings = figures.findings(policy);
        return new AreaStaffing(level, code, name, districtCode, districtName, population, layerVersion, teams.size(),
                figures, findings, StaffingFigures.verdict(findings));
    }

    private static long sum(List<TeamStaffing> teams, ToIntFunction<TeamStaffing> count) {
        return teams.stream().mapToLong(count::applyAsInt).sum();
    }
}
