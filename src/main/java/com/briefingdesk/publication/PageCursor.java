package com.briefingdesk.publication;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the next line of a plain A4 document goes (the approval sheet, the adoption report): the page being written
 * and the height left on it, from the top margin down. Subclasses draw their own rows on {@link #content} and move
 * {@link #top} down. The issue itself is set by {@code PdfPages}, with the margins and page numbers of GB/T 9704.
 */
public class PageCursor {

    private final PDDocument document;
    private final float firstLine;
    /** The page being written; null before the first page and after {@link #finish()}. */
    protected PDPageContentStream content;
    /** The height of the next line on the page, in points from the bottom edge. */
    protected float top;

    protected PageCursor(PDDocument document, float firstLine) {
        this.document = document;
        this.firstLine = firstLine;
    }

    public void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        top = firstLine;
    }

    public void finish() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    public void skip(float height) {
        top -= height;
    }

    public float top() {
        return top;
    }
}
