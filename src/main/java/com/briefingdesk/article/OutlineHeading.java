package com.briefingdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The heading levels of official writing (GB/T 9704-2012, 7.3.3): a paragraph that opens with 一、 is a first-level
 * heading, set in 黑体; one that opens with （一） a second-level heading, set in 楷体; the levels under them (1. and
 * （1）) stay in the body face. The heading runs to its first full stop, where the paragraph's own text may follow
 * it, or to the paragraph's end.
 */
public final class OutlineHeading {

    /** How a stretch of a paragraph is set. */
    public enum Face { BODY, LEAD_PHRASE, FIRST_LEVEL, SECOND_LEVEL }

    /** A stretch of a paragraph and its face. */
    public record Segment(String text, Face face) { }

    private static final Pattern FIRST = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SECOND = Pattern.compile("^（[一二三四五六七八九十]+）");

    private OutlineHeading() {
    }

    /** The paragraph cut where its faces change: a heading, then the runs as typed (bold ones as lead phrases). */
    public static List<Segment> segments(ArticleBody.Paragraph paragraph) {
        String text = paragraph.plainText();
        Face level = FIRST.matcher(text).find() ? Face.FIRST_LEVEL
                : SECOND.matcher(text).find() ? Face.SECOND_LEVEL : null;
        int stop = text.indexOf('。');
        int heading = level == null ? 0 : stop < 0 ? text.length() : stop + 1;
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (ArticleBody.Run run : paragraph.runs()) {
            String runText = run.text();
            int inHeading = Math.max(0, Math.min(runText.length(), heading - at));
            if (inHeading > 0) {
                segments.add(new Segment(runText.substring(0, inHeading), level));
            }
            if (inHeading < runText.length()) {
                segments.add(new Segment(runText.substring(inHeading), run.bold() ? Face.LEAD_PHRASE : Face.BODY));
            }
            at += runText.length();
        }
        return segments;
    }
}
