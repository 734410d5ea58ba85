package city.gridline.notification.staffing.domain;

import city.gridline.notification.assessment.domain.Rate;

import java.util.ArrayList;
import java.util.List;

/**
 * An area's staffing: its residents (null when grid announced none for it), the sworn officers of the teams
 * stationed in it, how many of those are in front-line teams, and the teams' assistants.
 */
public record StaffingFigures(Long residents, long officers, long frontLineOfficers, long assistants) {

    public StaffingFigures {
        if (officers < 0 || assistants < 0 || frontLineOfficers < 0 || frontLineOfficers > officers) {
            throw new IllegalArgumentException("front-line officers are some of the officers; no count is negative");
        }
    }

    /** Sworn officers per 10,000 residents, to 4 places; null when no residents are known. */
    public Double officersPer10kResidents() {
        return residentsKnown() ? round(officers * 10_000.0 / residents) : null;
    }

    /** The share of sworn officers in front-line teams, in [0, 1]; null without officers. */
    public Double frontLineShare() {
        return Rate.of(frontLineOfficers, officers);
    }

    /** Assistants per sworn officer, to 4 places; null without officers. */
    public Double assistantsPerOfficer() {
        return officers == 0 ? null : round((double) assistants / officers);
    }

    /** Every bound of the policy this area breaches, and whether a bound could not be judged. */
    public List<Finding> findings(StaffingPolicy policy) {
        List<Finding> findings = new ArrayList<>();
        if (!residentsKnown()) {
            findings.add(Finding.NO_RESIDENTS_KNOWN);
        } else if (policy.tooFewOfficers(officers, residents)) {
            findings.add(Finding.TOO_FEW_OFFICERS);
        } else if (policy.tooManyOfficers(officers, residents)) {
            findings.add(Finding.TOO_MANY_OFFICERS);
        }
        if (officers > 0 && policy.frontLineShareTooLow(frontLineOfficers, officers)) {
            findings.add(Finding.FRONT_LINE_SHARE_TOO_LOW);
        }
        if (policy.tooManyAssistants(assistants, officers)) {
            findings.add(Finding.ASSISTANTS_OUTNUMBER_OFFICERS);
        }
        return List.copyOf(findings);
    }

    public static Verdict verdict(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::breach)) {
            return Verdict.NON_COMPLIANT;
        }
        return findings.isEmpty() ? Verdict.COMPLIANT : Verdict.INCOMPLETE;
    }

    private boolean residentsKnown() {
        return residents != null && residents > 0;
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
