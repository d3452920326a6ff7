package org.nhlakehouse.core.testing;

import org.nhlakehouse.core.storage.ObjectStore;

class InMemoryObjectStoreTest extends AbstractObjectStoreContractTest {
    @Override
    protected ObjectStore store() {
        return new InMemoryObjectStore();
    }
}
