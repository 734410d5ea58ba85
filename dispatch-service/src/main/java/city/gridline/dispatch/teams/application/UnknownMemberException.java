package city.gridline.dispatch.teams.application;

/** No member has this id. */
public class UnknownMemberException extends RuntimeException {

    public UnknownMemberException(String memberId) {
        super("no member " + memberId);
    }
}
