package org.nhlakehouse.trino.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Supplies the shared {@link TrinoLakehouse} (starting it on first use) to tests annotated {@link TrinoTest}. */
public final class TrinoLakehouseExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TrinoLakehouse.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TrinoLakehouse.shared();
    }
}
