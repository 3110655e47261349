package com.briefingdesk.publication;

/**
 * The issue could not be rendered: a font is missing or lacks a character, a file is unreadable. The message is
 * written for the administrator who sees it as the incident of the render job in Cockpit.
 */
public class RenderingFailedException extends RuntimeException {

    public RenderingFailedException(String message) {
        super(message);
    }

    public RenderingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
