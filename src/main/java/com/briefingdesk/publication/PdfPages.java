package com.briefingdesk.publication;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of the PDF and the text block of GB/T 9704-2012 on them: A4, top margin 37 mm, left margin 28 mm,
 * text block 156 × 225 mm. Keeps the position of the next line, starts pages, and numbers them (— 3 —, 7 mm
 * under the text block, odd pages right and even pages left, one character in).
 */
final class PdfPages {

    static final float MM = 72f / 25.4f;
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 28 * MM;
    static final float WIDTH = 156 * MM;
    static final float TOP = PAGE_HEIGHT - 37 * MM;
    static final float BOTTOM = TOP - 225 * MM;
    static final float PAGE_NUMBER_SIZE = 14;
    private static final float EPSILON = 0.01f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final LineBreaker breaker;
    private PDPageContentStream content;
    private int pageNumber;
    private float top;

    PdfPages(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    LineBreaker breaker() {
        return breaker;
    }

    /** Where the free part of the text block begins on the current page. */
    float top() {
        return top;
    }

    boolean atPageTop() {
        return top >= TOP - EPSILON;
    }

    boolean fits(float height) {
        return top - height >= BOTTOM - EPSILON;
    }

    void skip(float height) {
        top = Math.max(top - height, BOTTOM);
    }

    /** Finishes the current page (numbered unless told otherwise) and starts the next. */
    void newPage() {
        finishPage(true);
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageNumber++;
        top = TOP;
    }

    /** Closes the last page; a page that holds only the 版记 carries no number. */
    void finishPage(boolean numbered) {
        if (content == null) {
            return;
        }
        try {
            if (numbered) {
                drawPageNumber();
            }
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = null;
    }

    /** Lays the lines out from the current position, going to the next page when the text block is full. */
    void lines(List<LineBreaker.Line> lines, float size, float pitch, Align align, float firstIndent,
               float restIndent, Color color) {
        for (int i = 0; i < lines.size(); i++) {
            if (!fits(pitch)) {
                newPage();
            }
            float indent = i == 0 ? firstIndent : restIndent;
            line(lines.get(i), size, pitch, align, indent, color);
        }
    }

    private void line(LineBreaker.Line line, float size, float pitch, Align align, float indent, Color color) {
        float baseline = top - pitch / 2 - 0.36f * size;
        float measure = WIDTH - indent;
        float x = switch (align) {
            case CENTER -> LEFT + indent + (measure - line.width()) / 2;
            case RIGHT -> LEFT + WIDTH - indent - line.width();
            default -> LEFT + indent;
        };
        float gap = 0;
        if (align == Align.JUSTIFY && line.justified() && line.atoms().size() > 1) {
            gap = Math.max(0, (measure - line.width()) / (line.atoms().size() - 1));
        }
        for (LineBreaker.Atom atom : line.atoms()) {
            if (!atom.space()) {
                text(atom, x, baseline, size, color);
            }
            x += atom.width() + gap;
        }
        top -= pitch;
    }

    private void text(LineBreaker.Atom atom, float x, float baseline, float size, Color color) {
        try {
            content.beginText();
            content.setFont(atom.face().font(), size);
            content.setNonStrokingColor(color);
            if (atom.stroked() && fonts.titleStroke() > 0) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setStrokingColor(color);
                content.setLineWidth(fonts.titleStroke());
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
            content.showText(atom.text());
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule across the text block at the given height. */
    void rule(float y, float thickness, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(thickness);
            content.moveTo(LEFT, y);
            content.lineTo(LEFT + WIDTH, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text at a fixed position, outside the flow (the office and date line, the page number). */
    void textAt(List<LineBreaker.Atom> atoms, float x, float baseline, float size, Color color) {
        for (LineBreaker.Atom atom : atoms) {
            if (!atom.space()) {
                text(atom, x, baseline, size, color);
            }
            x += atom.width();
        }
    }

    private void drawPageNumber() {
        List<LineBreaker.Atom> atoms = breaker.atoms(List.of(new LineBreaker.Run(
                "— " + pageNumber + " —", PdfFonts.Role.BODY)), PAGE_NUMBER_SIZE, 0, false);
        float width = atoms.stream().map(LineBreaker.Atom::width).reduce(0f, Float::sum);
        // 7 mm from the text block to the top of the figures
        float baseline = BOTTOM - 7 * MM - 0.8f * PAGE_NUMBER_SIZE;
        float x = pageNumber % 2 == 1 ? LEFT + WIDTH - PAGE_NUMBER_SIZE - width : LEFT + PAGE_NUMBER_SIZE;
        textAt(atoms, x, baseline, PAGE_NUMBER_SIZE, Color.BLACK);
    }

    enum Align { JUSTIFY, LEFT, CENTER, RIGHT }
}
