package org.nhlakehouse.cli.generator;

/**
 * A row the generator made wrong on purpose: where it is and the reason the pipeline must quarantine it with.
 *
 * @param line the physical line number in the file (the header is line 1), as Bronze and the rejects table count
 */
public record ExpectedReject(String fileName, long line, String reason) {
}
