package city.gridline.dispatch.teams;

import city.gridline.dispatch.teams.adapter.mongo.MongoTeamStore;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.dispatch.teams.application.TeamStore;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.dispatch.web.CallingMember;
import city.gridline.servicekit.EventMessages;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.util.List;

/**
 * Wiring of teams, members and rosters, and the first members a new installation needs to be administered. After
 * the bootstrap the roster of every team with members is announced, so the staffing check knows the bootstrapped
 * teams and whatever a broker outage kept from being announced before; a start that cannot announce them fails.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsConfiguration.Bootstrap.class)
class TeamsConfiguration {

    /**
     * {@code gridline.dispatch.bootstrap}: teams and members created at start when absent — at least an
     * administrator, who then adds everyone else through the API.
     */
    @ConfigurationProperties("gridline.dispatch.bootstrap")
    record Bootstrap(List<Team> teams, List<Member> members) {

        Bootstrap {
            teams = teams == null ? List.of() : teams;
            members = members == null ? List.of() : members;
        }
    }

    @Bean
    MongoTeamStore teamStore(ReactiveMongoTemplate mongo) {
        return new MongoTeamStore(mongo);
    }

    /** Rosters are announced through {@code rosters-out-0} (application.yml). */
    @Bean
    TeamDirectory teamDirectory(TeamStore store, EventMessages messages, Clock clock) {
        return new TeamDirectory(store, roster -> messages.publish("rosters-out-0", roster), clock);
    }

    @Bean
    CallingMember callingMember(TeamDirectory directory) {
        return new CallingMember(directory);
    }

    @Bean
    ApplicationRunner bootstrapMembers(Bootstrap bootstrap, TeamStore store, TeamDirectory directory) {
        return args -> store.addIfAbsent(bootstrap.teams())
                .thenMany(Flux.fromIterable(bootstrap.members()))
                .concatMap(member -> store.member(member.id()).switchIfEmpty(store.save(member)))
                .then(directory.announceStaffedRosters())
                .block();
    }
}
