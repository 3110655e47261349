package com.briefingdesk.issue;

import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings an editor gives an issue besides its articles: marking, editor's note, print count, 版记. */
public record Composition(String marking, String editorNote, int printCount, List<Recipient> recipients) {

    public static final int NOTE_MAX = 2000;

    public Composition {
        marking = marking == null ? "" : marking.strip();
        editorNote = editorNote == null ? "" : editorNote.strip();
        recipients = List.copyOf(recipients);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (marking.length() > 60) {
            problems.put("marking", "series.field.tooLong");
        }
        if (editorNote.length() > NOTE_MAX) {
            problems.put("editorNote", "issue.note.tooLong");
        }
        if (printCount < 1 || printCount > 100_000) {
            problems.put("printCount", "series.printCount.range");
        }
        if (recipients.stream().anyMatch(r -> r.label().length() > 100)) {
            problems.put("distributeTo", "series.field.tooLong");
        }
        TypedText.check(problems, "marking", marking);
        TypedText.check(problems, "editorNote", editorNote);
        recipients.forEach(r -> TypedText.check(problems, "distributeTo", r.label()));
        return problems;
    }

    /** The fields the issue's documents print, by name. */
    Map<String, String> printedFields() {
        return Map.of("marking", marking, "editorNote", editorNote, "distributeTo",
                String.join("\n", recipients.stream().map(Recipient::label).toList()));
    }

    void validate() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
