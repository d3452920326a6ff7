package org.nhlakehouse.core.storage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that writes one object. The object appears only when {@link #commit()} succeeds, all at once; closing the
 * stream without committing discards everything written, so a failure never leaves half an object behind.
 */
public abstract class ObjectOutput extends OutputStream {

    private boolean finished;

    /** Makes the object visible and returns what the store now knows about it. */
    public final ObjectInfo commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("Already committed or discarded");
        }
        finished = true;
        return doCommit();
    }

    /** Discards what was written unless the object was committed. */
    @Override
    public final void close() throws IOException {
        if (!finished) {
            finished = true;
            doDiscard();
        }
    }

    protected abstract ObjectInfo doCommit() throws IOException;

    protected abstract void doDiscard() throws IOException;
}
