package com.briefingdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an article as the briefing prints it: paragraphs of runs, a run bold or not (the lead phrases
 * such as 二是聚焦群众所需，提供便民服务。). Stored as JSON of exactly this shape, never as HTML, so views render it
 * as text and the PDF renderer needs no guessing.
 *
 * <p>People type it as plain text: one paragraph per line, a bold lead phrase between double asterisks, the way
 * the sample issue is written.
 */
public record ArticleBody(List<Paragraph> paragraphs) {

    public record Paragraph(List<Run> runs) {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public String plainText() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    public record Run(String text, boolean bold) { }

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    /** Indentation people type or paste: spaces, ideographic spaces, tabs. The layout indents by itself. */
    private static final Pattern LEADING_INDENT = Pattern.compile("^[\\s\\u3000]+");

    public ArticleBody {
        paragraphs = List.copyOf(paragraphs);
    }

    public static ArticleBody parse(String typed) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (typed == null) {
            return new ArticleBody(paragraphs);
        }
        for (String line : typed.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String text = LEADING_INDENT.matcher(line).replaceFirst("").strip();
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(runsOf(text)));
            }
        }
        return new ArticleBody(paragraphs);
    }

    private static List<Run> runsOf(String line) {
        List<Run> runs = new ArrayList<>();
        Matcher matcher = BOLD.matcher(line);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                runs.add(new Run(line.substring(at, matcher.start()), false));
            }
            runs.add(new Run(matcher.group(1), true));
            at = matcher.end();
        }
        if (at < line.length()) {
            runs.add(new Run(line.substring(at), false));
        }
        return runs;
    }

    /** The text as people type it back into the form. */
    public String toTyped() {
        StringBuilder typed = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (!typed.isEmpty()) {
                typed.append('\n');
            }
            for (Run run : paragraph.runs()) {
                typed.append(run.bold() ? "**" + run.text() + "**" : run.text());
            }
        }
        return typed.toString();
    }

    public boolean isBlank() {
        return paragraphs.stream().allMatch(p -> p.plainText().isBlank());
    }

    public int length() {
        return paragraphs.stream().mapToInt(p -> p.plainText().length()).sum();
    }
}
