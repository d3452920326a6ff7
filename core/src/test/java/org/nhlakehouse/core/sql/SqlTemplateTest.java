package org.nhlakehouse.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlValue;

class SqlTemplateTest {

    @Test
    void variables_renderAsIdentifiersOrEscapedLiterals() {
        SqlTemplate template = SqlTemplate.parse("t.sql",
                "select * from {{ gold }}.x where id = {{ id }} and f in ({{ files }})");
        String sql = RenderContext.of(SqlDialect.ATHENA).withIdentifier("gold", "nhl_gold")
                .withLiteral("id", new SqlValue.Text("it's"))
                .withLiteralList("files", List.of(new SqlValue.Text("a"), new SqlValue.Text("b")))
                .render(template);
        assertThat(sql).isEqualTo("select * from nhl_gold.x where id = 'it''s' and f in ('a', 'b')");
    }

    @Test
    void identifiers_mustBeSafe_andMissingVariablesAreNamed() {
        assertThatThrownBy(() -> RenderContext.of(SqlDialect.DUCKDB).withIdentifier("gold", "gold; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RenderContext.of(SqlDialect.DUCKDB).render(SqlTemplate.parse("a.sql", "{{ gold }}")))
                .hasMessageContaining("a.sql needs {{ gold }}");
        assertThatThrownBy(() -> SqlTemplate.parse("b.sql", "select\n{{ not a placeholder }}"))
                .hasMessageContaining("b.sql:2");
        assertThatThrownBy(() -> SqlTemplate.parse("c.sql", "select {{ gold"))
                .hasMessageContaining("unclosed");
    }

    @Test
    void anEmptyLiteralList_matchesNothing() {
        String sql = RenderContext.of(SqlDialect.DUCKDB).withLiteralList("ids", List.of())
                .render(SqlTemplate.parse("t", "x in ({{ ids }})"));
        assertThat(sql).isEqualTo("x in (NULL)");
    }

    @Test
    void macros_renderPerDialect() {
        SqlTemplate template = SqlTemplate.parse("m.sql",
                "{{ matches(t.ccn, '[0-9A-Z]{6}') }} {{ iso_day_of_week(d) }} {{ ordered_string_agg(r, '; ') }}"
                        + " with c as {{ materialized() }} (");
        assertThat(RenderContext.of(SqlDialect.DUCKDB).render(template))
                .isEqualTo("regexp_full_match(t.ccn, '[0-9A-Z]{6}') isodow(d) string_agg(r, '; ' order by r)"
                        + " with c as materialized (");
        assertThat(RenderContext.of(SqlDialect.ATHENA).render(template)).isEqualTo(
                "regexp_like(t.ccn, '^(?:[0-9A-Z]{6})$') day_of_week(d) array_join(array_agg(r order by r), '; ')"
                        + " with c as  (");
        assertThatThrownBy(() -> RenderContext.of(SqlDialect.DUCKDB).render(SqlTemplate.parse("x", "{{ nope(a) }}")))
                .hasMessageContaining("Unknown SQL macro nope");
    }

    @Test
    void joinedText_readsNullAsEmptyOnEveryEngine() {
        SqlTemplate template = SqlTemplate.parse("j.sql", "{{ joined_text(a, b.c, d) }}");
        assertThat(RenderContext.of(SqlDialect.DUCKDB).render(template)).isEqualTo("concat(a, '|', b.c, '|', d)");
        assertThat(RenderContext.of(SqlDialect.ATHENA).render(template))
                .isEqualTo("coalesce(a, '') || '|' || coalesce(b.c, '') || '|' || coalesce(d, '')");
    }

    @Test
    void duplicateAndRankMacros_partitionOnTheGivenKeys() {
        SqlTemplate template = SqlTemplate.parse("d.sql",
                "{{ reason_or_duplicate(k, k.ccn, k.day) }}; {{ batch_rank(d, d.ccn, d.day) }}");
        String expected = "case when k.reason is not null then k.reason when row_number() over (partition by"
                + " k.reason is null, k.file_id, k.ccn, k.day order by k.line_number desc) > 1 then 'duplicate_in_file'"
                + " end; case when d.reject_reason is null then row_number() over (partition by d.reject_reason is null,"
                + " d.ccn, d.day order by d.precedence desc) end";
        assertThat(RenderContext.of(SqlDialect.DUCKDB).render(template)).isEqualTo(expected);
        assertThat(RenderContext.of(SqlDialect.ATHENA).render(template)).isEqualTo(expected);
        assertThatThrownBy(() -> RenderContext.of(SqlDialect.DUCKDB)
                .render(SqlTemplate.parse("x", "{{ batch_rank(d) }}")))
                .hasMessageContaining("batch_rank takes a table alias and at least one key column");
    }

    @Test
    void arguments_splitOnTopLevelCommasOnly() {
        assertThat(SqlTemplate.splitArguments("f(a, b), 'x, y', c")).containsExactly("f(a, b)", "'x, y'", "c");
    }
}
