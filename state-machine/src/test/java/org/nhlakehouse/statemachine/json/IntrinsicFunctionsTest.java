package org.nhlakehouse.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;
import static org.nhlakehouse.statemachine.Asl.strictJson;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

class IntrinsicFunctionsTest {

    private static final JsonNode INPUT = strictJson("""
            {"name": "Foo", "year": 2020, "someJson": {"name": "Foo", "year": 2020}, "list": [1, 2, 2, 3],
             "text": "{\\"number\\": 20}", "nested": {"a": 1}, "flag": true, "nothing": null}
            """);
    private static final JsonNode CONTEXT = json("{'Execution': {'Name': 'exec-7'}}");

    private static JsonNode eval(String expression) throws EvaluationException {
        return IntrinsicFunctions.evaluate(IntrinsicParser.parse(expression), INPUT, CONTEXT, new Random(1));
    }

    @Test
    void format_substitutesArgumentsInOrder() throws Exception {
        assertThat(eval("States.Format('Your name is {}, we are in the year {}', $.name, 2020)"))
                .isEqualTo(json("'Your name is Foo, we are in the year 2020'"));
        assertThat(eval("States.Format('{} {} {} {}', $.flag, $.nothing, 1.5, $$.Execution.Name)"))
                .isEqualTo(json("'true null 1.5 exec-7'"));
    }

    @Test
    void format_keepsEscapedBracesAndQuotesLiteral() throws Exception {
        assertThat(eval("States.Format('Welcome to {} \\{literal\\} {}\\'s playlist.', $.name, $.year)"))
                .isEqualTo(TextNode.valueOf("Welcome to Foo {literal} 2020's playlist."));
    }

    @Test
    void format_failsOnPlaceholderCountMismatchOrObjectArgument() {
        assertThatThrownBy(() -> eval("States.Format('{} {}', $.name)")).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("more {} placeholders than arguments");
        assertThatThrownBy(() -> eval("States.Format('{}', $.name, $.year)"))
                .hasMessageContaining("has 2 arguments for 1 {} placeholders");
        assertThatThrownBy(() -> eval("States.Format('{}', $.nested)"))
                .hasMessageContaining("cannot format an object or array");
    }

    @Test
    void jsonConversions_roundTrip() throws Exception {
        assertThat(eval("States.StringToJson($.text)")).isEqualTo(json("{'number': 20}"));
        assertThat(eval("States.JsonToString($.someJson)"))
                .isEqualTo(TextNode.valueOf("{\"name\":\"Foo\",\"year\":2020}"));
        assertThat(eval("States.StringToJson(States.JsonToString($.someJson))")).isEqualTo(INPUT.get("someJson"));
        assertThatThrownBy(() -> eval("States.StringToJson($.name)")).hasMessageContaining("is not valid JSON");
    }

    @Test
    void arrays_areBuiltMeasuredAndQueried() throws Exception {
        assertThat(eval("States.Array('Foo', 2020, $.nested, null)")).isEqualTo(json("['Foo', 2020, {'a': 1}, null]"));
        assertThat(eval("States.Array()")).isEqualTo(json("[]"));
        assertThat(eval("States.ArrayLength($.list)")).isEqualTo(json("4"));
        assertThat(eval("States.ArrayPartition($.list, 3)")).isEqualTo(json("[[1, 2, 2], [3]]"));
        assertThat(eval("States.ArrayContains($.list, 3)")).isEqualTo(json("true"));
        assertThat(eval("States.ArrayRange(1, 9, 2)")).isEqualTo(json("[1, 3, 5, 7, 9]"));
        assertThat(eval("States.ArrayRange(5, 1, -2)")).isEqualTo(json("[5, 3, 1]"));
        assertThat(eval("States.ArrayGetItem($.list, 3)")).isEqualTo(json("3"));
        assertThat(eval("States.ArrayUnique($.list)")).isEqualTo(json("[1, 2, 3]"));
        assertThatThrownBy(() -> eval("States.ArrayLength($.name)")).hasMessageContaining("must be an array");
        assertThatThrownBy(() -> eval("States.ArrayGetItem($.list, 4)")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> eval("States.ArrayRange(1, 2000, 1)")).hasMessageContaining("more than 1000");
    }

    @Test
    void mathAdd_addsIntegersOnly() throws Exception {
        assertThat(eval("States.MathAdd(111, -1)")).isEqualTo(json("110"));
        assertThat(eval("States.MathAdd($.year, States.ArrayLength($.list))")).isEqualTo(json("2024"));
        assertThatThrownBy(() -> eval("States.MathAdd(1.5, 1)")).hasMessageContaining("must be an integer");
    }

    @Test
    void hash_usesTheNamedAlgorithm() throws Exception {
        assertThat(eval("States.Hash('abc', 'SHA-256')"))
                .isEqualTo(json("'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'"));
        assertThat(eval("States.Hash('abc', 'MD5')")).isEqualTo(json("'900150983cd24fb0d6963f7d28e17f72'"));
        assertThatThrownBy(() -> eval("States.Hash('abc', 'CRC32')")).hasMessageContaining("algorithm must be one of");
    }

    @Test
    void uuid_isARandomVersion4Uuid() throws Exception {
        String uuid = eval("States.UUID()").textValue();

        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(eval("States.UUID()").textValue()).as("same seed, same UUID").isEqualTo(uuid);
    }

    @Test
    void stringsSplitBase64AndMerge() throws Exception {
        assertThat(eval("States.StringSplit('This.is+a,test=string', '.+,=')"))
                .isEqualTo(json("['This', 'is', 'a', 'test', 'string']"));
        assertThat(eval("States.Base64Encode('Data to encode')")).isEqualTo(json("'RGF0YSB0byBlbmNvZGU='"));
        assertThat(eval("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')")).isEqualTo(json("'Data to encode'"));
        assertThat(eval("States.JsonMerge($.someJson, $.nested, false)"))
                .isEqualTo(json("{'name': 'Foo', 'year': 2020, 'a': 1}"));
        assertThatThrownBy(() -> eval("States.JsonMerge($.someJson, $.nested, true)"))
                .hasMessageContaining("only shallow merge");
    }

    @Test
    void pathArgumentsThatSelectNothingFail() {
        assertThatThrownBy(() -> eval("States.Format('{}', $.missing)")).isInstanceOf(EvaluationException.class)
                .extracting(e -> ((EvaluationException) e).kind()).isEqualTo(EvaluationException.Kind.PATH);
    }

    @Test
    void parse_rejectsMalformedCalls() {
        assertThatThrownBy(() -> IntrinsicParser.parse("States.Format('a")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> IntrinsicParser.parse("States.Format('a\\x')"))
                .hasMessageContaining("open escape backslash");
        assertThatThrownBy(() -> IntrinsicParser.parse("States.ArrayLength()"))
                .hasMessageContaining("States.ArrayLength takes 1 argument(s) but was given 0");
        assertThatThrownBy(() -> IntrinsicParser.parse("States.UUID() extra"))
                .hasMessageContaining("unexpected text after the closing parenthesis");
        assertThatThrownBy(() -> IntrinsicParser.parse("States.Format('{}' $.a)")).hasMessageContaining("expected ','");
    }

    @Test
    void parse_readsNestedCallsAndBracketPathsWithCommas() {
        IntrinsicCall call = IntrinsicParser.parse("States.Array($['a,b'], States.Array(1), 'x', -2.5, true)");

        assertThat(call.arguments()).hasSize(5);
        assertThat(call.arguments().get(0)).isInstanceOf(IntrinsicCall.PathArgument.class);
        assertThat(call.arguments().get(1)).isInstanceOf(IntrinsicCall.CallArgument.class);
        assertThat(((IntrinsicCall.Literal) call.arguments().get(3)).value().decimalValue()).isEqualByComparingTo("-2.5");
    }
}
