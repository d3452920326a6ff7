package org.nhlakehouse.cli.generator;

/** A row made wrong on purpose: its CSV line (without the line break) and the reason it must be quarantined with. */
record DefectiveRow(String line, String reason) {
}
