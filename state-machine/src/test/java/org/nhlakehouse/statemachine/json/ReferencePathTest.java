package org.nhlakehouse.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

class ReferencePathTest {

    @Test
    void find_tellsMissingFromExplicitNull() throws Exception {
        JsonNode doc = json("{'a': {'n': null, 'list': [1, 2]}, 'b c': 3}");

        assertThat(ReferencePath.parse("$.a.n").find(doc)).contains(json("null"));
        assertThat(ReferencePath.parse("$.a.missing").find(doc)).isEmpty();
        assertThat(ReferencePath.parse("$.a.list[1]").find(doc)).contains(json("2"));
        assertThat(ReferencePath.parse("$.a.list[2]").find(doc)).isEmpty();
        assertThat(ReferencePath.parse("$['b c']").find(doc)).contains(json("3"));
        assertThat(ReferencePath.parse("$").find(doc)).contains(doc);
    }

    @Test
    void parse_rejectsWhatIsNotASingleNode() {
        for (String path : new String[] { "a", "$.a[*]", "$..a", "$.a[0:2]", "$.a[?(@.b)]", "$.", "$.a[", "$['a" }) {
            assertThatThrownBy(() -> ReferencePath.parse(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void set_overwritesExistingField_withoutTouchingTheOriginal() throws Exception {
        JsonNode input = json("{'master': {'detail': [1, 2, 3]}}");

        JsonNode output = ReferencePath.parse("$.master.detail").set(input, json("6"));

        assertThat(output).isEqualTo(json("{'master': {'detail': 6}}"));
        assertThat(input).isEqualTo(json("{'master': {'detail': [1, 2, 3]}}"));
    }

    @Test
    void set_createsIntermediateObjects() throws Exception {
        JsonNode output = ReferencePath.parse("$.master.result.sum")
                .set(json("{'master': {'detail': [1, 2, 3]}}"), json("6"));

        assertThat(output).isEqualTo(json("{'master': {'detail': [1, 2, 3], 'result': {'sum': 6}}}"));
    }

    @Test
    void set_replacesArrayElementInRange() throws Exception {
        assertThat(ReferencePath.parse("$.a[1]").set(json("{'a': [1, 2]}"), json("'x'")))
                .isEqualTo(json("{'a': [1, 'x']}"));
    }

    @Test
    void set_atRootReturnsTheValue() throws Exception {
        assertThat(ReferencePath.parse("$").set(json("{'a': 1}"), TextNode.valueOf("r"))).isEqualTo(json("'r'"));
    }

    @Test
    void set_failsWhenTheInputCannotHoldTheResult() {
        assertThatThrownBy(() -> ReferencePath.parse("$.x").set(json("'foo'"), json("1")))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("Unable to apply ResultPath '$.x'")
                .extracting(e -> ((EvaluationException) e).kind()).isEqualTo(EvaluationException.Kind.RESULT_PATH);
        assertThatThrownBy(() -> ReferencePath.parse("$.a.b").set(json("{'a': 5}"), json("1")))
                .isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> ReferencePath.parse("$.a[3]").set(json("{'a': [1]}"), json("1")))
                .isInstanceOf(EvaluationException.class);
    }
}
