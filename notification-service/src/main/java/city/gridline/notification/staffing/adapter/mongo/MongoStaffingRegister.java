package city.gridline.notification.staffing.adapter.mongo;

import city.gridline.notification.staffing.application.StaffingRegister;
import city.gridline.notification.staffing.domain.DistrictPopulation;
import city.gridline.notification.staffing.domain.Population;
import city.gridline.notification.staffing.domain.TeamStaffing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * The staffing register: {@code staffing_populations} keyed by district code, {@code staffing_teams} keyed by
 * team id, each the latest announcement by its own time.
 */
public class MongoStaffingRegister implements StaffingRegister {

    private final ReactiveMongoTemplate mongo;

    public MongoStaffingRegister(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> record(DistrictPopulation population) {
        PopulationDocument document = new PopulationDocument(population.district().code(), population.district(),
                population.streets(), population.layerVersion(), population.announcedAt());
        return mongo.findById(document.districtCode(), PopulationDocument.class)
                .map(recorded -> !recorded.announcedAt().isAfter(document.announcedAt()))
                .defaultIfEmpty(true)
                .flatMap(newer -> newer ? mongo.save(document).thenReturn(true) : Mono.just(false));
    }

    @Override
    public Mono<Boolean> record(TeamStaffing team) {
        TeamDocument document = new TeamDocument(team.teamId(), team.districtCode(), team.streetCode(),
                team.frontLine(), team.officers(), team.assistants(), team.changedAt());
        return mongo.findById(document.teamId(), TeamDocument.class)
                .map(recorded -> !recorded.changedAt().isAfter(document.changedAt()))
                .defaultIfEmpty(true)
                .flatMap(newer -> newer ? mongo.save(document).thenReturn(true) : Mono.just(false));
    }

    @Override
    public Flux<DistrictPopulation> populations() {
        return mongo.findAll(PopulationDocument.class)
                .map(d -> new DistrictPopulation(d.district(), d.streets(), d.layerVersion(), d.announcedAt()));
    }

    @Override
    public Flux<TeamStaffing> teams() {
        return mongo.findAll(TeamDocument.class).map(TeamDocument::toStaffing);
    }

    @Override
    public Mono<TeamStaffing> team(String teamId) {
        return mongo.findById(teamId, TeamDocument.class).map(TeamDocument::toStaffing);
    }

    @Document("staffing_populations")
    record PopulationDocument(@Id String districtCode, Population district, List<Population> streets,
                              String layerVersion, Instant announcedAt) {
    }

    @Document("staffing_teams")
    record TeamDocument(@Id String teamId, String districtCode, String streetCode, boolean frontLine, int officers,
                        int assistants, Instant changedAt) {

        TeamStaffing toStaffing() {
            return new TeamStaffing(teamId, districtCode, streetCode, frontLine, officers, assistants, changedAt);
        }
    }
}
