package com.briefingdesk.publication;

import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.Recipient;
import com.briefingdesk.issue.RecipientLine;
import com.briefingdesk.kernel.OfficeClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fixed wording of a printed issue, the same in the PDF and the .docx. The printed briefing is a Chinese
 * official document whatever language the person who renders it reads, so these are not interface strings.
 */
public final class IssueDocumentText {

    static final String EDITOR_NOTE_LABEL = "编者按：";

    private IssueDocumentText() {
    }

    /** The articles under their columns, columns in the order of their first article. */
    public static Map<String, List<IssueArticle>> byColumn(Issue issue) {
        return issue.articles().stream().collect(Collectors.groupingBy(IssueArticle::columnName,
                LinkedHashMap::new, Collectors.toList()));
    }

    public static String columnHeading(String column) {
        return "【" + column + "】";
    }

    public static String numberLabel(Issue issue) {
        return issue.numbered() ? issue.numberLabel() : (issue.supplement() ? "增刊" : "") + "第 ＿ 期";
    }

    /** The issue's date as printed (the sign-off's in the office's zone, or a later one set): 2022 年 4 月 15 日. */
    public static String dateLabel(Issue issue, OfficeClock clock) {
        return Issue.dateLabel(issue.datePrinted(clock));
    }

    /** 报：中央文明办，省文明委主任、副主任、委员 — one line per 版记 line that has names, in the order 报, 送, 发, 本期增发. */
    public static List<String> recipientLines(Issue issue) {
        List<String> lines = new ArrayList<>();
        for (RecipientLine line : RecipientLine.values()) {
            List<String> labels = issue.recipients().stream().filter(r -> r.line() == line)
                    .map(Recipient::label).toList();
            if (!labels.isEmpty()) {
                lines.add(line.mark() + "：" + String.join("，", labels));
            }
        }
        return lines;
    }

    /** （苏简字 1004 号 共印 400 份） */
    public static String serialAndCount(Issue issue) {
        String serial = issue.serialLabel() == null ? issue.series().serialPrefix() + " ＿ 号" : issue.serialLabel();
        return "（" + serial + " 共印 " + issue.printCount() + " 份）";
    }

    /** A file name for downloads: jswm-2022-13.pdf, a supplement jswm-2022-s1.pdf. */
    public static String fileName(Issue issue, String extension) {
        String number = issue.numbered() ? "-" + issue.year() + "-" + (issue.supplement() ? "s" : "")
                + issue.numberInYear() : "-draft-" + issue.id();
        return issue.series().code() + number + "." + extension;
    }
}
