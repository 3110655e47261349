package com.briefingdesk.kernel.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** A file made when the person clicks its link (an export, a report), sent with its name, type and length. */
public final class FileDownload {

    private FileDownload() {
    }

    /** The content is made first, then named: a name may depend on what the view shows at that moment. */
    public static DownloadHandler of(Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        return event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
