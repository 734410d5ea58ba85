package city.gridline.grid.layer.domain;


/** Identity of the resident enforcement team (综合执法组) stationed in a community's cells. */
public final class ResidentTeams {

    private ResidentTeams() {
    }

    public static String teamId(Community community) {
        return "T" + community.code();
    }

    public static String teamName(Community community) {
        return AdministrativeNames.communityCore(community.name()) + "综合执法组";
    }
}
