package com.briefingdesk.publication;

import java.time.Instant;

/** A rendered document of an issue. */
public record IssueDocument(long issueId, Kind kind, byte[] content, Instant renderedAt) {

    public enum Kind {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Kind(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }
}
