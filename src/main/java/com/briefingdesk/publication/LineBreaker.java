package com.briefingdesk.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines the way a typesetter does: any two Chinese characters may part, Latin words and
 * numbers (APP, 4+1, 38470) stay whole, no line starts with closing punctuation (，。、” …) and none ends with
 * opening punctuation (“《（ …): the character before is pushed down with it instead.
 */
final class LineBreaker {

    static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}％";
    static final String NO_LINE_END = "（《「『【〔〈“‘([{";
    private static final float EPSILON = 0.01f;

    /** A piece of text that is never broken: one Chinese character, a Latin word or number, or a space. */
    record Atom(String text, PdfFonts.Face face, float width, boolean space, boolean stroked) {
        int first() {
            return text.codePointAt(0);
        }
    }

    /** A line ready to draw: its atoms, how wide they are, and whether it is spread to the full measure. */
    record Line(List<Atom> atoms, float width, boolean justified) { }

    /** A run of text in one role: a bold lead phrase is set in the heading font. */
    record Run(String text, PdfFonts.Role role) { }

    private final PdfFonts fonts;

    LineBreaker(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The atoms of the runs at the given size. Full-width characters advance by {@code size + tracking}: a negative
     * tracking fits the 28 characters of a GB/T 9704 line into the 156 mm measure.
     */
    List<Atom> atoms(List<Run> runs, float size, float tracking, boolean stroked) {
        List<Atom> atoms = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isWhitespace(cp) || cp == 0x3000) {
                    int end = i;
                    while (end < text.length() && (Character.isWhitespace(text.codePointAt(end))
                            || text.codePointAt(end) == 0x3000)) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                    if (!atoms.isEmpty() && !atoms.get(atoms.size() - 1).space()) {
                        atoms.add(new Atom(" ", null, size * 0.3f, true, stroked));
                    }
                    i = end;
                    continue;
                }
                PdfFonts.Face face = fonts.faceFor(run.role(), cp);
                int end = i + Character.charCount(cp);
                if (isWordCharacter(cp)) {
                    while (end < text.length() && isWordCharacter(text.codePointAt(end))
                            && fonts.faceFor(run.role(), text.codePointAt(end)) == face) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                }
                String piece = text.substring(i, end);
                atoms.add(new Atom(piece, face, width(face, piece, size, tracking), false, stroked));
                i = end;
            }
        }
        return atoms;
    }

    /**
     * Greedy filling: as many atoms as fit the measure, then the line is spread (all lines of a paragraph but its
     * last). The first line may be indented differently from the rest.
     */
    List<Line> lines(List<Atom> atoms, float measure, float firstIndent, float restIndent) {
        List<Line> lines = new ArrayList<>();
        List<Atom> current = new ArrayList<>();
        float used = 0;
        for (Atom atom : atoms) {
            float available = measure - (lines.isEmpty() ? firstIndent : restIndent);
            if (atom.space() && current.isEmpty()) {
                continue;
            }
            if (used + atom.width() <= available + EPSILON) {
                current.add(atom);
                used += atom.width();
                continue;
            }
            if (atom.space()) {
                lines.add(line(current, true));
                current = new ArrayList<>();
                used = 0;
                continue;
            }
            List<Atom> carried = new ArrayList<>();
            if (NO_LINE_START.indexOf(atom.first()) >= 0 && current.size() > 1) {
                carried.add(0, current.remove(current.size() - 1));
            }
            while (current.size() > 1 && NO_LINE_END.indexOf(current.get(current.size() - 1).first()) >= 0) {
                carried.add(0, current.remove(current.size() - 1));
            }
            if (current.isEmpty()) {
                current.add(atom); // a word longer than the line: it has to stand out
                continue;
            }
            lines.add(line(current, true));
            current = new ArrayList<>(carried);
            current.add(atom);
            used = current.stream().map(Atom::width).reduce(0f, Float::sum);
        }
        if (!current.isEmpty()) {
            lines.add(line(current, false));
        }
        return lines;
    }

    private static Line line(List<Atom> atoms, boolean justified) {
        List<Atom> trimmed = new ArrayList<>(atoms);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).space()) {
            trimmed.remove(trimmed.size() - 1);
        }
        float width = trimmed.stream().map(Atom::width).reduce(0f, Float::sum);
        return new Line(List.copyOf(trimmed), width, justified);
    }

    static float width(PdfFonts.Face face, String text, float size, float tracking) {
        try {
            float total = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                String ch = new String(Character.toChars(text.codePointAt(i)));
                float w = face.font().getStringWidth(ch) / 1000f * size;
                total += w >= size * 0.9f ? w + tracking : w;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latin letters, digits and the signs that belong to numbers and words stay together on a line. */
    static boolean isWordCharacter(int cp) {
        return cp < 0x2000 && Character.isLetterOrDigit(cp) || "+-.,%/:@_&'#".indexOf(cp) >= 0;
    }
}
