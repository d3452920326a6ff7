package org.nhlakehouse.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class JsonPathExpressionTest {

    private static final JsonNode DOC = json("""
            {'store': {'book': [{'title': 'A', 'price': 8}, {'title': 'B', 'price': 22}], 'open': null},
             'k-y': 1}
            """);

    @Test
    void read_returnsTheSelectedNode() throws Exception {
        assertThat(JsonPathExpression.parse("$.store.book[1].title").read(DOC, null)).isEqualTo(json("'B'"));
        assertThat(JsonPathExpression.parse("$['k-y']").read(DOC, null)).isEqualTo(json("1"));
        assertThat(JsonPathExpression.parse("$.store.open").read(DOC, null)).isEqualTo(json("null"));
        assertThat(JsonPathExpression.parse("$").read(DOC, null)).isEqualTo(DOC);
    }

    @Test
    void read_gathersIndefiniteResultsIntoAnArray() throws Exception {
        assertThat(JsonPathExpression.parse("$.store.book[*].title").read(DOC, null)).isEqualTo(json("['A', 'B']"));
        assertThat(JsonPathExpression.parse("$.store.book[?(@.price > 10)].title").read(DOC, null))
                .isEqualTo(json("['B']"));
        assertThat(JsonPathExpression.parse("$.store.book[?(@.price > 100)]").read(DOC, null)).isEqualTo(json("[]"));
    }

    @Test
    void read_failsForADefinitePathThatSelectsNothing() {
        for (String path : new String[] { "$.store.missing", "$.store.book[5]", "$.store.open.x", "$['k-y'].z" }) {
            assertThatThrownBy(() -> JsonPathExpression.parse(path).read(DOC, null)).as(path)
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("The JSONPath '" + path + "' could not be found in the input");
        }
    }

    @Test
    void read_appliesDoubleDollarPathsToTheContextObject() throws Exception {
        JsonNode context = json("{'Execution': {'Name': 'run-1'}}");

        JsonPathExpression path = JsonPathExpression.parse("$$.Execution.Name");

        assertThat(path.isContextPath()).isTrue();
        assertThat(path.read(DOC, context)).isEqualTo(json("'run-1'"));
    }

    @Test
    void parseReference_rejectsPathsThatCanSelectSeveralNodes() {
        assertThat(JsonPathExpression.parseReference("$.store.book[0]").reference()).isNotNull();
        for (String path : new String[] { "$.store.book[*]", "$..title", "$.store.book[0,1]", "$.a[?(@.b)]" }) {
            assertThatThrownBy(() -> JsonPathExpression.parseReference(path)).as(path)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a reference path");
        }
    }

    @Test
    void parse_rejectsTextThatIsNotAPath() {
        assertThatThrownBy(() -> JsonPathExpression.parse("store.book")).hasMessageContaining("must start with '$'");
        assertThatThrownBy(() -> JsonPathExpression.parse("$.a[")).hasMessageContaining("is incomplete");
        assertThatThrownBy(() -> JsonPathExpression.parse("$.a b")).hasMessageContaining("is not a valid JSONPath");
    }
}
