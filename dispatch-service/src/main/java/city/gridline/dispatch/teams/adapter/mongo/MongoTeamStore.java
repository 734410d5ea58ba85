package city.gridline.dispatch.teams.adapter.mongo;

import city.gridline.dispatch.teams.application.TeamStore;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Shift;
import city.gridline.dispatch.teams.domain.Team;
import com.mongodb.client.result.UpdateResult;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Teams, members and shifts in three collections; each record's {@code id} is the document's {@code _id}. */
public class MongoTeamStore implements TeamStore, InitializingBean {

    static final String TEAMS = "teams";
    static final String MEMBERS = "members";
    static final String SHIFTS = "shifts";

    private final ReactiveMongoTemplate mongo;

    public MongoTeamStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(SHIFTS).createIndex(new Index().on("teamId", Sort.Direction.ASC).on("end", Sort.Direction.ASC))
                .then(mongo.indexOps(MEMBERS).createIndex(new Index().on("teamId", Sort.Direction.ASC)))
                .then(mongo.indexOps(TEAMS).createIndex(new Index().on("streetCode", Sort.Direction.ASC)))
                .block();
    }

    @Override
    public Mono<Team> save(Team team) {
        return mongo.save(team, TEAMS);
    }

    @Override
    public Mono<Void> addIfAbsent(Collection<Team> teams) {
        return Flux.fromIterable(teams)
                .flatMap(team -> mongo.insert(team, TEAMS).onErrorResume(DuplicateKeyException.class, known -> Mono.empty()))
                .then();
    }

    @Override
    public Mono<Team> team(String id) {
        return mongo.findById(id, Team.class, TEAMS);
    }

    @Override
    public Flux<Team> teams() {
        return mongo.find(new Query().with(Sort.by("_id")), Team.class, TEAMS);
    }

    @Override
    public Flux<Team> teamsOfStreet(String streetCode) {
        return mongo.find(Query.query(where("streetCode").is(streetCode)).with(Sort.by("_id")), Team.class, TEAMS);
    }

    @Override
    public Mono<Member> save(Member member) {
        return mongo.save(member, MEMBERS);
    }

    @Override
    public Mono<Member> member(String id) {
        return mongo.findById(id, Member.class, MEMBERS);
    }

    @Override
    public Flux<Member> members(String teamId) {
        return mongo.find(Query.query(where("teamId").is(teamId)).with(Sort.by("_id")), Member.class, MEMBERS);
    }

    @Override
    public Flux<String> staffedTeamIds() {
        return mongo.find(new Query(), Member.class, MEMBERS).map(Member::teamId).distinct();
    }

    @Override
    public Mono<Shift> save(Shift shift) {
        return mongo.insert(shift, SHIFTS);
    }

    @Override
    public Flux<Shift> shiftsOf(String memberId) {
        return mongo.find(Query.query(where("memberId").is(memberId)).with(Sort.by("start")), Shift.class, SHIFTS);
    }

    @Override
    public Mono<Long> moveShiftsNotEnded(String memberId, String teamId, Instant now) {
        return mongo.updateMulti(Query.query(where("memberId").is(memberId).and("end").gt(now)),
                Update.update("teamId", teamId), SHIFTS).map(UpdateResult::getModifiedCount);
    }

    @Override
    public Flux<Shift> shiftsCovering(Collection<String> teamIds, Instant instant) {
        return mongo.find(Query.query(where("teamId").in(teamIds).and("start").lte(instant).and("end").gt(instant)),
                Shift.class, SHIFTS);
    }
}
