package com.briefingdesk.publication;

import com.briefingdesk.kernel.PrintableText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.springframework.stereotype.Component;

/**
 * The PDF can print a character when, in every role (body, title, heading), one of the configured fonts has a glyph
 * for it; white space is laid out, not printed. Without any usable font the text is not judged here: the render
 * itself then says which fonts to install.
 */
@Component
class PdfPrintableText implements PrintableText {

    private final PdfFontSettings settings;
    private final PdfFontFiles files;

    PdfPrintableText(PdfFontSettings settings, PdfFontFiles files) {
        this.settings = settings;
        this.files = files;
    }

    @Override
    public boolean printable(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        List<List<CmapLookup>> roles = new ArrayList<>();
        for (List<String> chain : List.of(settings.body(), settings.title(), settings.heading())) {
            List<CmapLookup> maps = characterMaps(chain);
            if (!maps.isEmpty()) {
                roles.add(maps);
            }
        }
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000)
                .allMatch(c -> roles.stream().allMatch(maps -> maps.stream().anyMatch(m -> m.getGlyphId(c) != 0)));
    }

    private List<CmapLookup> characterMaps(List<String> chain) {
        List<CmapLookup> maps = new ArrayList<>();
        for (String spec : chain) {
            try {
                CmapLookup cmap = files.font(spec.strip()).getUnicodeCmapLookup(false);
                if (cmap != null) {
                    maps.add(cmap);
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable font counts as absent, as in the render
            }
        }
        return maps;
    }
}
