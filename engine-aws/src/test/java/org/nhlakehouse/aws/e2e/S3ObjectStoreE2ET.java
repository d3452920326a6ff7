package org.nhlakehouse.aws.e2e;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.testing.AbstractObjectStoreContractTest;

/**
 * The ObjectStore contract against a real S3 bucket. Opt-in: {@code ./mvnw -pl engine-aws -am verify -Pe2e} with
 * {@code NHL_E2E_S3_BUCKET} (and {@code AWS_REGION}); AWS credentials from the default chain. Each test writes under
 * its own {@code e2e/<uuid>/} prefix and deletes what it wrote. Skipped when the bucket is not named.
 */
class S3ObjectStoreE2ET extends AbstractObjectStoreContractTest {

    private S3ObjectStore store;

    @Override
    protected ObjectStore store() {
        String bucket = E2eEnvironment.required("NHL_E2E_S3_BUCKET");
        store = S3ObjectStore.create(E2eEnvironment.clientSettings(),
                S3Settings.of(bucket).withKeyPrefix("e2e/" + UUID.randomUUID()));
        return store;
    }

    @AfterEach
    void deleteWhatTheTestWrote() throws Exception {
        if (store == null) {
            return;
        }
        List<String> keys = store.list("").map(ObjectInfo::key).toList();
        for (String key : keys) {
            store.delete(key);
        }
        store.close();
    }
}
