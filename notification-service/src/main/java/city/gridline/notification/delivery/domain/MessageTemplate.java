package city.gridline.notification.delivery.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts Gridline sends, with {@code {placeholders}}. SMS texts start with the sender's signature 【城管】. */
public enum MessageTemplate {

    /** To the team a case was dispatched to. */
    CASE_DISPATCHED_TEAM("case-dispatched-team",
            "【城管】新案件{caseNumber}已派遣至{teamName}，请于{deadline}前处置完毕并反馈。"),
    /** To the lead team when most of the handling time is used. */
    DEADLINE_WARNING_TEAM("deadline-warning-team",
            "【城管】案件{caseNumber}将于{deadline}到期，请抓紧处置并反馈。"),
    /** To the lead team once the deadline has passed. */
    DEADLINE_OVERDUE_TEAM("deadline-overdue-team",
            "【城管】案件{caseNumber}已于{deadline}超期，请立即处置并反馈。"),
    /** To the command centre at each step of the escalation ladder. */
    DEADLINE_ESCALATED_COMMAND_CENTRE("deadline-escalated-command-centre",
            "【城管】案件{caseNumber}（{teamName}）超期未办结（期限{deadline}），已升级为{level}。"),
    /**
     * E-mail to the command centre and the district's supervision office when an overdue case is put under
     * supervision (督办). An e-mail's text is its subject, a blank line, its body ({@link MailText}).
     */
    DEADLINE_SUPERVISE_EMAIL("deadline-supervise-email",
            "【督办】案件{caseNumber}超期未办结\n\n"
                    + "案件{caseNumber}由{teamName}承办，处置期限为{deadline}，已超期且经催办仍未办结，现升级为督办。\n"
                    + "请督促承办单位立即处置，并在案件办结后反馈。\n\n"
                    + "——城市管理综合执法指挥中心（本邮件由 Gridline 自动发送）"),
    /** E-mail on the public report (通报) of a case still open long past its deadline, to the offices that publish it. */
    DEADLINE_PUBLIC_REPORT_EMAIL("deadline-public-report-email",
            "【通报】案件{caseNumber}超期未办结\n\n"
                    + "案件{caseNumber}由{teamName}承办，处置期限为{deadline}，经催办、督办仍未办结，现予以通报。\n"
                    + "请承办单位说明原因并限期整改，整改情况报指挥中心。\n\n"
                    + "——城市管理综合执法指挥中心（本邮件由 Gridline 自动发送）"),
    /** To the citizen who reported the problem. */
    CASE_OPENED_CITIZEN("case-opened-citizen",
            "【城管】您反映的问题已立案，案件编号{caseNumber}，我们将在{deadline}前处理并回复您。"),
    /** To the citizen, when the matter belongs to another department. */
    CASE_TRANSFERRED_CITIZEN("case-transferred-citizen",
            "【城管】您反映的问题（案件编号{caseNumber}）不属于城市管理综合执法范围，已转交{department}处理。"),
    /** To the citizen, when the case is closed; the hotline calls back next. */
    CASE_CLOSED_CITIZEN("case-closed-citizen",
            "【城管】您反映的问题（案件编号{caseNumber}）已处理完毕，稍后将有工作人员回访，感谢您的监督。"),
    /** To the citizen, when their unsatisfied call-back reopened the case (重办). */
    CASE_REOPENED_CITIZEN("case-reopened-citizen",
            "【城管】您反映的问题（案件编号{caseNumber}）经回访已重新交办，我们将在{deadline}前处理并回复您。"),
    /** To the citizen, when their case was merged into another about the same problem (并案). */
    CASE_MERGED_CITIZEN("case-merged-citizen",
            "【城管】您反映的问题（案件编号{caseNumber}）与案件{intoCaseNumber}为同一问题，已并案处理，处理结果将随案件"
                    + "{intoCaseNumber}告知您。");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String key;
    private final String text;

    MessageTemplate(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String key() {
        return key;
    }

    /** Fills every placeholder; a value missing for one is an error rather than a message with braces in it. */
    public RenderedMessage render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + key + " needs a value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return new RenderedMessage(key, rendered.toString());
    }
}
