package org.nhlakehouse.rehearsal.adapters;

import org.junit.jupiter.api.AfterEach;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.testing.AbstractObjectStoreContractTest;
import org.nhlakehouse.rehearsal.tools.MotoServer;

import software.amazon.awssdk.services.s3.S3Client;

/** The ObjectStore contract (core's test jar) of the S3 adapter, against moto's S3. */
class S3ObjectStoreOnMotoContractTest extends AbstractObjectStoreContractTest {

    private S3ObjectStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected ObjectStore store() {
        store = S3ObjectStore.create(SharedMoto.server().clientSettings(),
                S3Settings.of(newBucket()).withKeyPrefix("warehouse").withPathStyleAccess(true));
        return store;
    }

    static String newBucket() {
        MotoServer moto = SharedMoto.server();
        String bucket = SharedMoto.unique("contract");
        try (S3Client s3 = moto.clientSettings().configure(S3Client.builder()).forcePathStyle(true).build()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return bucket;
    }
}
