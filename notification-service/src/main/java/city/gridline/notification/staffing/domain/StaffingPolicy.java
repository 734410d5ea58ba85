package city.gridline.notification.staffing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The staffing bounds an area is checked against: sworn officers per 10,000 residents within [min, max], at least
 * {@code minFrontLineShare} of the sworn officers in front-line teams, and at most {@code maxAssistantsPerOfficer}
 * assistants per sworn officer. Exact decimals, so that a figure on a bound is never judged across it by rounding.
 */
public record StaffingPolicy(BigDecimal minOfficersPer10k, BigDecimal maxOfficersPer10k, BigDecimal minFrontLineShare,
                             BigDecimal maxAssistantsPerOfficer) {

    /**
     * 郑发〔2017〕18号 (十)/(十一): "不低于城市常住人口万分之三 … 原则上不高于城市常住人口的万分之七",
     * "一线执法人员不得低于执法队伍总编制的80%"; 朝阳区 2017 reform plan: "协管人员数量不得超过在编人数".
     */
    public static final StaffingPolicy SEED_2017 = new StaffingPolicy(new BigDecimal("3"), new BigDecimal("7"),
            new BigDecimal("0.8"), BigDecimal.ONE);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public StaffingPolicy {
        Objects.requireNonNull(minOfficersPer10k, "minOfficersPer10k");
        Objects.requireNonNull(maxOfficersPer10k, "maxOfficersPer10k");
        Objects.requireNonNull(minFrontLineShare, "minFrontLineShare");
        Objects.requireNonNull(maxAssistantsPerOfficer, "maxAssistantsPerOfficer");
    }

    /** officers / residents × 10,000 below the minimum; residents are positive. */
    boolean tooFewOfficers(long officers, long residents) {
        return TEN_THOUSAND.multiply(BigDecimal.valueOf(officers))
                .compareTo(minOfficersPer10k.multiply(BigDecimal.valueOf(residents))) < 0;
    }

    /** officers / residents × 10,000 above the maximum; residents are positive. */
    boolean tooManyOfficers(long officers, long residents) {
        return TEN_THOUSAND.multiply(BigDecimal.valueOf(officers))
                .compareTo(maxOfficersPer10k.multiply(BigDecimal.valueOf(residents))) > 0;
    }

    /** frontLine / officers below the minimum share; officers are positive. */
    boolean frontLineShareTooLow(long frontLineOfficers, long officers) {
        return BigDecimal.valueOf(frontLineOfficers)
                .compareTo(minFrontLineShare.multiply(BigDecimal.valueOf(officers))) < 0;
    }

    boolean tooManyAssistants(long assistants, long officers) {
        return BigDecimal.valueOf(assistants)
                .compareTo(maxAssistantsPerOfficer.multiply(BigDecimal.valueOf(officers))) > 0;
    }
}
