package org.nhlakehouse.aws.s3;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.nhlakehouse.aws.testing.LocalS3Server;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.testing.AbstractObjectStoreContractTest;

import software.amazon.awssdk.services.s3.S3Client;

/** The ObjectStore contract against an embedded S3-compatible server (s3proxy) on loopback, under a key prefix. */
class S3ObjectStoreContractTest extends AbstractObjectStoreContractTest {

    private static LocalS3Server server;
    private S3ObjectStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalS3Server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected ObjectStore store() {
        S3Settings settings;
        try (S3Client admin = server.client()) {
            settings = S3Settings.of(server.newBucket(admin)).withKeyPrefix("warehouse").withPathStyleAccess(true);
        }
        store = S3ObjectStore.create(server.clientSettings(), settings);
        return store;
    }
}
