package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SubstitutionsTest {

    private static final String DEFINITION = """
            {"StartAt": "Run", "States": {"Run": {"Type": "Task", "Resource": "${RunFunctionArn}", "Next": "Done",
               "Parameters": {"label": "${Stage}-${Stage}", "quoted": "${Quoted}"}},
             "Done": {"Type": "Succeed"}}}
            """;

    @Test
    void load_replacesEveryPlaceholderInStringValues() {
        StateMachine machine = StateMachine.load(DEFINITION, Map.of("RunFunctionArn",
                "arn:aws:lambda:us-east-1:123456789012:function:run", "Stage", "dev", "Quoted", "say \"hi\" \\ {}"));

        assertThat(machine.definition().at("/States/Run/Resource").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:run");
        assertThat(machine.definition().at("/States/Run/Parameters/label").asText()).isEqualTo("dev-dev");
        // A value with quotes and backslashes cannot break the JSON: substitution works on parsed strings.
        assertThat(machine.definition().at("/States/Run/Parameters/quoted").asText()).isEqualTo("say \"hi\" \\ {}");
    }

    @Test
    void load_rejectsPlaceholderWithoutValue_namingWhereItIs() {
        assertThatThrownBy(() -> StateMachine.load(DEFINITION, Map.of("Stage", "dev", "Quoted", "q")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Definition substitution '${RunFunctionArn}' at /States/Run/Resource: no value"
                        + " is given for it in DefinitionSubstitutions (known: [Quoted, Stage])");
    }

    @Test
    void load_leavesTextWithoutPlaceholdersAlone() {
        StateMachine machine = StateMachine.load("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"cost": "$5 {not a placeholder} ${} ${ spaced }"},
                  "End": true}}}
                """, Map.of());

        assertThat(machine.definition().at("/States/A/Result/cost").asText())
                .isEqualTo("$5 {not a placeholder} ${} ${ spaced }");
    }
}
