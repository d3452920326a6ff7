package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.ResultPage;

/** Paging over an open result set, on a stand-in result set of one bigint column {@code n} = 1..rows. */
class TrinoResultCursorTest {

    @Test
    void pages_carryATokenUntilTheLastPage_whichHasNone() throws SQLException {
        TrinoResultCursor cursor = TrinoResultCursor.open(resultSet(25));

        ResultPage first = cursor.page(Optional.empty(), 10);
        ResultPage second = cursor.page(first.nextPageToken(), 10);
        ResultPage last = cursor.page(second.nextPageToken(), 10);

        assertThat(first.rows()).hasSize(10).first().isEqualTo(List.of(1L));
        assertThat(second.rows()).hasSize(10).first().isEqualTo(List.of(11L));
        assertThat(last.rows()).hasSize(5).last().isEqualTo(List.of(25L));
        assertThat(last.nextPageToken()).isEmpty();
        assertThat(cursor.exhausted()).isTrue();
    }

    @Test
    void aResultOfExactlyOnePage_hasNoTrailingEmptyPage() throws SQLException {
        TrinoResultCursor cursor = TrinoResultCursor.open(resultSet(10));

        ResultPage page = cursor.page(Optional.empty(), 10);

        assertThat(page.rows()).hasSize(10);
        assertThat(page.nextPageToken()).isEmpty();
    }

    @Test
    void anEmptyResult_isOneEmptyPage_withItsColumns() throws SQLException {
        TrinoResultCursor cursor = TrinoResultCursor.open(resultSet(0));

        ResultPage page = cursor.page(Optional.empty(), 10);

        assertThat(cursor.exhausted()).isTrue();
        assertThat(page.columns()).hasSize(1);
        assertThat(page.rows()).isEmpty();
        assertThat(page.nextPageToken()).isEmpty();
    }

    @Test
    void thePageJustRead_canBeReadAgain_butPagesCannotBeSkippedOrRewound() throws SQLException {
        TrinoResultCursor cursor = TrinoResultCursor.open(resultSet(30));
        ResultPage first = cursor.page(Optional.empty(), 10);
        ResultPage second = cursor.page(first.nextPageToken(), 10);

        assertThat(cursor.page(first.nextPageToken(), 10)).isEqualTo(second);
        assertThatThrownBy(() -> cursor.page(Optional.empty(), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cursor.page(Optional.of("25"), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cursor.page(Optional.of("not-a-token"), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void open_readsOnlyTheFirstRow() throws SQLException {
        long[] reads = new long[1];
        TrinoResultCursor.open(resultSet(1_000_000, reads));

        assertThat(reads[0]).isEqualTo(1);
    }

    private static ResultSet resultSet(long rows) {
        return resultSet(rows, new long[1]);
    }

    /** A forward-only result set of {@code n} = 1..rows; counts calls of next() in {@code reads[0]}. */
    private static ResultSet resultSet(long rows, long[] reads) {
        long[] current = new long[1];
        ResultSetMetaData metadata = (ResultSetMetaData) Proxy.newProxyInstance(ResultSetMetaData.class.getClassLoader(),
                new Class<?>[] { ResultSetMetaData.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getColumnCount" -> 1;
                    case "getColumnLabel" -> "n";
                    case "getColumnTypeName" -> "bigint";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] { ResultSet.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> metadata;
                    case "next" -> {
                        reads[0]++;
                        yield ++current[0] <= rows;
                    }
                    case "getLong" -> current[0];
                    case "wasNull" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
