package org.nhlakehouse.core.storage;

import java.io.FileNotFoundException;

/** Thrown when an object that was asked for does not exist. */
public class NoSuchObjectException extends FileNotFoundException {
    public NoSuchObjectException(String location, String key) {
        super("No object " + key + " in " + location);
    }
}
