package com.briefingdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

class SpreadsheetScratchDirectoryTest {

    @Test
    void streamingExportsWriteTheirScratchFilesIntoADirectoryOfThisProcessNotTheSharedPoifiles() throws Exception {
        new SpreadsheetScratchDirectory();

        File scratch = TempFile.createTempFile("sheet", ".xml");
        try {
            File directory = scratch.getParentFile();
            assertThat(directory.getName()).startsWith("briefing-desk-poi-").isNotEqualTo("poifiles");
            assertThat(Files.getOwner(directory.toPath()).getName()).isEqualTo(System.getProperty("user.name"));
        } finally {
            Files.deleteIfExists(scratch.toPath());
        }
    }
}
