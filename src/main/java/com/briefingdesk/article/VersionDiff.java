package com.briefingdesk.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A readable diff of two versions of an article, character by character (Chinese has no spaces to split words
 * on). Paragraph breaks are characters too, so moved and split paragraphs show.
 */
public final class VersionDiff {

    public enum Change { SAME, REMOVED, ADDED }

    public record Segment(Change change, String text) { }

    private VersionDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<Integer> a = before.codePoints().boxed().toList();
        List<Integer> b = after.codePoints().boxed().toList();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(a, b).getDeltas()) {
            int from = delta.getSource().getPosition();
            add(segments, Change.SAME, a.subList(at, from));
            add(segments, Change.REMOVED, delta.getSource().getLines());
            add(segments, Change.ADDED, delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        add(segments, Change.SAME, a.subList(at, a.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Change change, List<Integer> codePoints) {
        if (codePoints.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        segments.add(new Segment(change, text.toString()));
    }
}
