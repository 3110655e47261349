package com.briefingdesk.publication;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF, loaded from the configured files and embedded as subsets. Each role is a chain: a
 * character is set in the first font that has a glyph for it, and a character no font has fails the render
 * with its code point named, instead of printing an empty box. Public for the other printed forms (the 通报 of
 * scoring, the approval sheet), which set their text in the same fonts.
 */
public final class PdfFonts implements Closeable {

    public enum Role { BODY, TITLE, HEADING, SUBHEADING }

    /** One embedded font and the table that says which characters it has. */
    public record Face(String spec, PDType0Font font, CmapLookup cmap) {
        public boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    private final PdfFontFiles files;
    private final Map<Role, List<Face>> chains = new HashMap<>();
    private final Map<String, Face> bySpec = new HashMap<>();
    private final float titleStroke;

    private PdfFonts(PdfFontFiles files, float titleStroke) {
        this.files = files;
        this.titleStroke = titleStroke;
    }

    public static PdfFonts load(PDDocument document, PdfFontSettings settings, PdfFontFiles files) {
        PdfFonts fonts = new PdfFonts(files, settings.titleStroke());
        try {
            fonts.chains.put(Role.BODY, fonts.chain(document, Role.BODY, settings.body()));
            fonts.chains.put(Role.TITLE, fonts.chain(document, Role.TITLE, settings.title()));
            fonts.chains.put(Role.HEADING, fonts.chain(document, Role.HEADING, settings.heading()));
            fonts.chains.put(Role.SUBHEADING, fonts.chain(document, Role.SUBHEADING, settings.subheading()));
            return fonts;
        } catch (RuntimeException e) {
            fonts.close();
            throw e;
        }
    }

    float titleStroke() {
        return titleStroke;
    }

    /** The font that sets this character in this role. */
    public Face faceFor(Role role, int codePoint) {
        for (Face face : chains.get(role)) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        throw new RenderingFailedException(String.format(
                "No configured %s font has a glyph for '%s' (U+%04X); fonts tried: %s. Add a font that has it to "
                        + "briefing.pdf.fonts.%s.", role.name().toLowerCase(), new String(Character.toChars(codePoint)),
                codePoint, chains.get(role).stream().map(Face::spec).toList(), role.name().toLowerCase()));
    }

    private List<Face> chain(PDDocument document, Role role, List<String> specs) {
        List<Face> faces = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String spec : specs) {
            try {
                Face face = bySpec.get(spec);
                if (face == null) {
                    face = open(document, spec.strip());
                    bySpec.put(spec, face);
                }
                faces.add(face);
            } catch (IOException | RuntimeException e) {
                problems.add(spec + ": " + e.getMessage());
            }
        }
        if (faces.isEmpty()) {
            throw new RenderingFailedException("No usable " + role.name().toLowerCase() + " font for the PDF; "
                    + "set briefing.pdf.fonts." + role.name().toLowerCase() + " to TrueType font files (on Debian: "
                    + "apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei). Tried: " + problems);
        }
        return faces;
    }

    private Face open(PDDocument document, String spec) throws IOException {
        TrueTypeFont ttf = files.font(spec);
        if (ttf.getGlyph() == null) {
            throw new IOException("not a TrueType (glyf) font; OpenType/CFF fonts cannot be embedded");
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("the font has no Unicode character map");
        }
        // embedSubset: only the glyphs used go into the PDF, and the font must allow embedding.
        PDType0Font font = PDType0Font.load(document, ttf, true);
        return new Face(spec, font, cmap);
    }

    /** The font files stay open for the next render (see {@link PdfFontFiles}); nothing of this PDF's to close. */
    @Override
    public void close() {
        chains.clear();
    }
}
