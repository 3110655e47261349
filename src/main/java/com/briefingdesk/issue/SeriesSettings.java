package com.briefingdesk.issue;

import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator types for a series. Columns and each 版记 line are typed one name per line, the way
 * offices keep them.
 */
public class SeriesSettings {

    private String code = "";
    private String title = "";
    private String issuingOffice = "";
    private String marking = "";
    private String serialPrefix = "";
    private String columnsText = "";
    private int defaultPrintCount = 100;
    private int lastSerial;
    private String reportTo = "";
    private String sendTo = "";
    private String distributeTo = "";

    public static SeriesSettings of(BriefingSeries series) {
        SeriesSettings settings = new SeriesSettings();
        settings.code = series.code();
        settings.title = series.title();
        settings.issuingOffice = series.issuingOffice();
        settings.marking = series.marking() == null ? "" : series.marking();
        settings.serialPrefix = series.serialPrefix();
        settings.columnsText = String.join("\n", series.columns());
        settings.defaultPrintCount = series.defaultPrintCount();
        settings.lastSerial = series.lastSerial();
        settings.reportTo = lineText(series.recipients(), RecipientLine.REPORT);
        settings.sendTo = lineText(series.recipients(), RecipientLine.SEND);
        settings.distributeTo = lineText(series.recipients(), RecipientLine.DISTRIBUTE);
        return settings;
    }

    static String lineText(List<Recipient> recipients, RecipientLine line) {
        return String.join("\n", recipients.stream().filter(r -> r.line() == line).map(Recipient::label).toList());
    }

    /** The names typed on each line, one per line of text; an issue's one-off additions last. */
    static List<Recipient> parseLines(String report, String send, String distribute, String additional) {
        List<Recipient> recipients = new ArrayList<>();
        add(recipients, RecipientLine.REPORT, report);
        add(recipients, RecipientLine.SEND, send);
        add(recipients, RecipientLine.DISTRIBUTE, distribute);
        add(recipients, RecipientLine.ADDITIONAL, additional);
        return recipients;
    }

    private static void add(List<Recipient> recipients, RecipientLine line, String text) {
        Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(label -> recipients.add(new Recipient(line, label, null)));
    }

    public List<String> columns() {
        return Arrays.stream(columnsText.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public List<Recipient> recipients() {
        return parseLines(reportTo, sendTo, distributeTo, ""); // a series has no one-off additions
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        require(problems, "code", code, 40);
        require(problems, "title", title, 100);
        require(problems, "issuingOffice", issuingOffice, 100);
        require(problems, "serialPrefix", serialPrefix, 20);
        if (marking.strip().length() > 60) {
            problems.put("marking", "series.field.tooLong");
        }
        if (columns().isEmpty()) {
            problems.put("columnsText", "series.columns.required");
        } else if (columns().stream().anyMatch(c -> c.length() > 40)) {
            problems.put("columnsText", "series.field.tooLong");
        }
        if (defaultPrintCount < 1 || defaultPrintCount > 100_000) {
            problems.put("defaultPrintCount", "series.printCount.range");
        }
        if (lastSerial < 0) {
            problems.put("lastSerial", "series.lastSerial.negative");
        }
        Recipient.tooLong(problems, recipients());
        Map.of("code", code, "title", title, "issuingOffice", issuingOffice, "serialPrefix", serialPrefix,
                "marking", marking, "columnsText", columnsText, "reportTo", reportTo, "sendTo", sendTo,
                "distributeTo", distributeTo).forEach((field, value) -> TypedText.check(problems, field, value));
        return problems;
    }

    private static void require(Map<String, String> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.put(field, "series.field.required");
        } else if (value.strip().length() > max) {
            problems.put(field, "series.field.tooLong");
        }
    }

    /** The fields the issue's documents print, by name. */
    Map<String, String> printedFields() {
        return Map.of("title", title, "issuingOffice", issuingOffice, "serialPrefix", serialPrefix, "marking",
                marking, "columnsText", columnsText, "reportTo", reportTo, "sendTo", sendTo, "distributeTo",
                distributeTo);
    }

    public void validate() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = text(code); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = text(title); }
    public String getIssuingOffice() { return issuingOffice; }
    public void setIssuingOffice(String issuingOffice) { this.issuingOffice = text(issuingOffice); }
    public String getMarking() { return marking; }
    public void setMarking(String marking) { this.marking = text(marking); }
    public String getSerialPrefix() { return serialPrefix; }
    public void setSerialPrefix(String serialPrefix) { this.serialPrefix = text(serialPrefix); }
    public String getColumnsText() { return columnsText; }
    public void setColumnsText(String columnsText) { this.columnsText = text(columnsText); }
    public int getDefaultPrintCount() { return defaultPrintCount; }
    public void setDefaultPrintCount(int defaultPrintCount) { this.defaultPrintCount = defaultPrintCount; }
    public int getLastSerial() { return lastSerial; }
    public void setLastSerial(int lastSerial) { this.lastSerial = lastSerial; }
    public String getReportTo() { return reportTo; }
    public void setReportTo(String reportTo) { this.reportTo = text(reportTo); }
    public String getSendTo() { return sendTo; }
    public void setSendTo(String sendTo) { this.sendTo = text(sendTo); }
    public String getDistributeTo() { return distributeTo; }
    public void setDistributeTo(String distributeTo) { this.distributeTo = text(distributeTo); }
}
