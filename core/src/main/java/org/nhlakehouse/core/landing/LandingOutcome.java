package org.nhlakehouse.core.landing;

import java.time.Instant;

/** The result of landing one raw file: its Bronze rows were written, or the whole file was refused. */
public sealed interface LandingOutcome {

    String fileId();

    String sourceKey();

    String sha256();

    long sizeBytes();

    Instant sourceModifiedAt();

    record Landed(LandedFile file) implements LandingOutcome {
        @Override
        public String fileId() {
            return file.fileId();
        }

        @Override
        public String sourceKey() {
            return file.sourceKey();
        }

        @Override
        public String sha256() {
            return file.sha256();
        }

        @Override
        public long sizeBytes() {
            return file.sizeBytes();
        }

        @Override
        public Instant sourceModifiedAt() {
            return file.sourceModifiedAt();
        }
    }

    /**
     * @param dataset the dataset the file claimed to be (its key prefix) or looked like, when known
     */
    record Refused(String fileId, String sourceKey, String sha256, long sizeBytes, Instant sourceModifiedAt,
            java.util.Optional<Dataset> dataset, RefusalReason reason, String detail) implements LandingOutcome {
    }
}
