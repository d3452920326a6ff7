package org.nhlakehouse.statemachine.runtime;

import org.nhlakehouse.statemachine.model.InputOutput;
import org.nhlakehouse.statemachine.model.TaskState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt of a Task state: effective input (InputPath, Parameters), the call, then ResultSelector, ResultPath and
 * OutputPath, with the payload quota checked on the input, the result and the output.
 */
final class TaskRunner {

    private final ExecutionRun run;
    private final DataFlow flow;
    private final TaskInvoker invoker;

    TaskRunner(ExecutionRun run, DataFlow flow) {
        this.run = run;
        this.flow = flow;
        this.invoker = new TaskInvoker(run);
    }

    JsonNode attempt(TaskState state, JsonNode raw, StateVisit visit) throws StatesError, InterruptedException {
        InputOutput io = state.io();
        JsonNode effective = flow.effectiveInput(io.inputPath(), io.parameters(), raw, visit);
        run.checkSize(effective, "task input", visit);
        JsonNode result = invoker.invoke(state, effective, visit);
        run.checkSize(result, "task result", visit);
        JsonNode selected = flow.template(io.resultSelector(), result, visit.context(), visit, "ResultSelector");
        JsonNode output = flow.outputPath(io.outputPath(), flow.resultPath(io.resultPath(), raw, selected, visit),
                visit);
        run.checkSize(output, "state output", visit);
        return output;
    }
}
