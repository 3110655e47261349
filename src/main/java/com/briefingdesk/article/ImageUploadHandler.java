package com.briefingdesk.article;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

/**
 * Receives an image upload in memory, refusing at the server what the upload field refuses in the browser: Vaadin's
 * handlers take any size unless told, so a crafted request of gigabytes would be read whole before the policy
 * said no.
 */
class ImageUploadHandler extends InMemoryUploadHandler {

    /** Room for the multipart headers around one file. */
    private static final long ENVELOPE = 64 * 1024;

    ImageUploadHandler(InMemoryUploadCallback callback) {
        super(callback);
    }

    @Override
    public long getFileSizeMax() {
        return AttachmentPolicy.MAX_BYTES;
    }

    @Override
    public long getRequestSizeMax() {
        return AttachmentPolicy.MAX_BYTES + ENVELOPE;
    }
}
