package com.briefingdesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.stereotype.Component;

/**
 * Gives the streaming workbook of the audit export a scratch directory of this process's own. POI's default is the
 * shared {@code /tmp/poifiles}: once another system user has created it (a second service, a build as another
 * account), every export of this one fails with "access denied". POI keeps the choice in one JVM-wide setting, so it
 * is made here, once, when the application starts.
 */
@Component
class SpreadsheetScratchDirectory {

    SpreadsheetScratchDirectory() {
        try {
            var directory = Files.createTempDirectory("briefing-desk-poi-").toFile();
            directory.deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch directory of spreadsheet exports", e);
        }
    }
}
