package city.gridline.dispatch.teams.application;

/** No team has this id. */
public class UnknownTeamException extends RuntimeException {

    public UnknownTeamException(String teamId) {
        super("no team " + teamId);
    }
}
