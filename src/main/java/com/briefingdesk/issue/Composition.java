package com.briefingdesk.issue;

import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings an editor gives an issue besides its articles: whether it is a supplement (增刊), marking, editor's
 * note, the day to print on it (none: the sign-off's), print count, 版记.
 */
public record Composition(boolean supplement, String marking, String editorNote, LocalDate issueDate,
                          int printCount, List<Recipient> recipients) {

    public static final int NOTE_MAX = 2000;

    /** The settings of a regular issue dated the day it is signed off. */
    public Composition(String marking, String editorNote, int printCount, List<Recipient> recipients) {
        this(false, marking, editorNote, null, printCount, recipients);
    }

    public Composition {
        marking = marking == null ? "" : marking.strip();
        editorNote = editorNote == null ? "" : editorNote.strip();
        recipients = List.copyOf(recipients);
    }

    /** What is wrong, field by field, on the given day: a date to print that has passed is. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (issueDate != null && issueDate.isBefore(today)) {
            problems.put("issueDate", "issue.date.past");
        }
        if (marking.length() > 60) {
            problems.put("marking", "series.field.tooLong");
        }
        if (editorNote.length() > NOTE_MAX) {
            problems.put("editorNote", "issue.note.tooLong");
        }
        if (printCount < 1 || printCount > 100_000) {
            problems.put("printCount", "series.printCount.range");
        }
        Recipient.tooLong(problems, recipients);
        TypedText.check(problems, "marking", marking);
        TypedText.check(problems, "editorNote", editorNote);
        recipients.forEach(r -> TypedText.check(problems, r.line().field(), r.label()));
        return problems;
    }

    /** The fields the issue's documents print, by name: each 版记 line under its own field. */
    Map<String, String> printedFields() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("marking", marking, "editorNote", editorNote));
        recipients.forEach(r -> fields.merge(r.line().field(), r.label(), (a, b) -> a + "\n" + b));
        return fields;
    }

    void validate(LocalDate today) {
        Map<String, String> problems = problems(today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
