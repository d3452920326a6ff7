package org.nhlakehouse.functions.wiring;

/**
 * Where the objects live as the SQL engine addresses them: {@code s3://<bucket>} for Athena, an absolute folder for the
 * local engine of the tests. Table and Bronze-row locations in the DDL are built from it.
 */
public record StorageRoot(String uri) {
}
