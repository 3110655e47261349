package com.briefingdesk.article;

import java.time.Instant;

/** An image sent with an article. */
public record Attachment(long id, String fileName, String mediaType, int sizeBytes, Instant uploadedAt) { }
