package org.nhlakehouse.functions.handlers;

import java.net.http.HttpClient;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.functions.setup.WarehouseSetUp;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The custom resource {@code WarehouseTables} of template.yaml: creates the stack's tables and views on every
 * deployment ({@link WarehouseSetUp}).
 */
@Named("setUpWarehouse")
@Singleton
public class SetUpWarehouseHandler implements RequestHandler<JsonNode, JsonNode> {

    private final WarehouseSetUp setUp;

    @Inject
    public SetUpWarehouseHandler(Warehouse warehouse) {
        this.setUp = new WarehouseSetUp(warehouse, HttpClient.newHttpClient());
    }

    @Override
    public JsonNode handleRequest(JsonNode event, Context context) {
        return setUp.handle(event);
    }
}
