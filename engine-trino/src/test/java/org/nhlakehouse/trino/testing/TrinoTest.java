package org.nhlakehouse.trino.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs on the real Trino server of {@link TrinoLakehouse}: tagged {@code trino}, so only
 * {@code -Ptrino} runs it, and given the shared {@link TrinoLakehouse} as a constructor, lifecycle or test method
 * parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("trino")
@ExtendWith(TrinoLakehouseExtension.class)
public @interface TrinoTest {
}
