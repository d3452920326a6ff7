package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nhlakehouse.core.engine.SqlType;

class TrinoValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "tinyint|tinyint|BIGINT",
            "smallint|smallint|BIGINT",
            "integer|integer|BIGINT",
            "bigint|bigint|BIGINT",
            "real|real|DOUBLE",
            "double|double|DOUBLE",
            "decimal(12,4)|decimal|DECIMAL",
            "varchar(6)|varchar|VARCHAR",
            "varchar|varchar|VARCHAR",
            "char(3)|char|VARCHAR",
            "boolean|boolean|BOOLEAN",
            "date|date|DATE",
            "timestamp(6)|timestamp|TIMESTAMP",
            "timestamp(3) with time zone|timestamp with time zone|TIMESTAMP",
            "time(3)|time|OTHER",
            "array(row(a integer, b varchar))|array|OTHER",
            "map(varchar, bigint)|map|OTHER",
            "varbinary|varbinary|OTHER",
            "unknown|unknown|OTHER",
    })
    void trinoTypes_mapToTheResultPageTypes(String trinoType, String baseType, SqlType sqlType) {
        assertThat(TrinoValues.baseType(trinoType)).isEqualTo(baseType);
        assertThat(TrinoValues.sqlType(trinoType)).isEqualTo(sqlType);
    }
}
