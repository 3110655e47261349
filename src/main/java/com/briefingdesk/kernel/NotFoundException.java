package com.briefingdesk.kernel;

/**
 * The object does not exist, or the person may not see it: both answer the same, so that ids of other units'
 * objects reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
