package com.briefingdesk.issue;

import com.briefingdesk.kernel.OfficeClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An issue of a series: its numbers once signed off, its articles in order, its 版记. */
public record Issue(long id, BriefingSeries series, IssueStatus status, boolean supplement, String marking,
                    String editorNote, LocalDate issueDate,
                    int printCount, Integer year, Integer numberInYear, Integer serialNumber,
                    Instant signedOffAt, String signedOffByName, Instant publishedAt, String processInstanceId,
                    Instant createdAt,
                    int version, List<IssueArticle> articles, List<Recipient> recipients) {

    public Issue {
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
    }

    /**
     * The units the published issue circulates to: the names on its 送 and 发 lines that are units of the
     * directory. 报 goes to superiors outside the system.
     */
    public List<Long> circulationUnitIds() {
        return recipients.stream().filter(r -> r.unitId() != null && r.line() != RecipientLine.REPORT)
                .map(Recipient::unitId).distinct().toList();
    }

    public boolean numbered() {
        return numberInYear != null;
    }

    /** 第 N 期 (a supplement: 增刊第 N 期), or null before sign-off. */
    public String numberLabel() {
        return numbered() ? numberLabel(supplement, numberInYear) : null;
    }

    /** 第 N 期, or 增刊第 N 期 for a supplement, which is numbered apart. */
    public static String numberLabel(boolean supplement, int numberInYear) {
        return (supplement ? "增刊第 " : "第 ") + numberInYear + " 期";
    }

    /** 江苏精神文明建设简报 2022 年第 13 期; before sign-off the series' title, and 增刊 for a supplement. */
    public String title() {
        return title(series.title(), supplement, year, numberInYear);
    }

    /** The title of an issue from its parts, for lists that do not load the issue whole (the inbox's subjects). */
    static String title(String seriesTitle, boolean supplement, Integer year, Integer numberInYear) {
        if (numberInYear == null) {
            // two issues in the making, the week's and a supplement, are told apart before they have numbers
            return supplement ? seriesTitle + " 增刊" : seriesTitle;
        }
        return seriesTitle + " " + year + " 年" + numberLabel(supplement, numberInYear);
    }

    /** 苏简字 N 号, or null before sign-off. */
    public String serialLabel() {
        return serialLabel(series.serialPrefix(), serialNumber);
    }

    static String serialLabel(String serialPrefix, Integer serialNumber) {
        return serialNumber == null ? null : serialPrefix + " " + serialNumber + " 号";
    }

    /**
     * The date on the masthead: the day it was signed off (a draft: today), or the later day set for the issue to
     * go out. A set day that sign-off has passed gives way to the sign-off's.
     */
    public LocalDate datePrinted(OfficeClock clock) {
        return datePrinted(issueDate, signedOffAt == null ? clock.today() : clock.dayOf(signedOffAt));
    }

    /** A date as the masthead prints it: 2022 年 4 月 15 日. */
    public static String dateLabel(LocalDate date) {
        return date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    /** The set day if there is one and the sign-off day has not passed it; else the sign-off day. */
    public static LocalDate datePrinted(LocalDate issueDate, LocalDate signedOff) {
        return issueDate != null && issueDate.isAfter(signedOff) ? issueDate : signedOff;
    }

    /** The marking printed top left: the issue's own, else the series'. */
    public String effectiveMarking() {
        return marking != null && !marking.isBlank() ? marking : series.marking();
    }
}
