package com.briefingdesk.publication;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The font files, parsed once and kept open: parsing a CJK collection takes a second or more, rendering an issue
 * with them far less. A file that could not be read is tried again next time, so installing a missing font and
 * retrying the render job is enough. Used by one render at a time (see {@link PdfIssueRenderer}).
 */
@Component
public class PdfFontFiles implements DisposableBean {

    private final Map<String, TrueTypeFont> fonts = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();

    /** {@code file} or {@code file.ttc#Font Name}. */
    synchronized TrueTypeFont font(String spec) throws IOException {
        TrueTypeFont cached = fonts.get(spec);
        if (cached != null) {
            return cached;
        }
        int hash = spec.indexOf('#');
        File file = new File(hash < 0 ? spec : spec.substring(0, hash));
        String name = hash < 0 ? null : spec.substring(hash + 1).strip();
        if (!file.isFile()) {
            throw new IOException("no such file");
        }
        TrueTypeFont ttf;
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            try {
                ttf = named(collection, name);
            } catch (IOException e) {
                collection.close();
                throw e;
            }
            open.add(collection);
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            open.add(ttf);
        }
        fonts.put(spec, ttf);
        return ttf;
    }

    /** The font of the collection with this family or PostScript name; the first one without a name. */
    private static TrueTypeFont named(TrueTypeCollection collection, String name) throws IOException {
        List<TrueTypeFont> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collection.processAllFonts(font -> {
            all.add(font);
            names.add(font.getNaming() == null ? font.getName() : font.getNaming().getFontFamily());
        });
        for (TrueTypeFont font : all) {
            if (name == null || name.equals(font.getName()) || font.getNaming() != null
                    && name.equals(font.getNaming().getFontFamily())) {
                return font;
            }
        }
        throw new IOException("the collection has no font named " + name + "; it has " + names);
    }

    @Override
    public synchronized void destroy() {
        for (Closeable closeable : open) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // closing a read-only font file: nothing to lose
            }
        }
        open.clear();
        fonts.clear();
    }
}
