package org.nhlakehouse.statemachine.runtime;

import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.model.ChoiceState;
import org.nhlakehouse.statemachine.model.FailState;
import org.nhlakehouse.statemachine.model.MapState;
import org.nhlakehouse.statemachine.model.ParallelState;
import org.nhlakehouse.statemachine.model.PassState;
import org.nhlakehouse.statemachine.model.State;
import org.nhlakehouse.statemachine.model.StateGraph;
import org.nhlakehouse.statemachine.model.SucceedState;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.model.WaitState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a {@link StateGraph} from its StartAt state until a terminal state, recording the entry and exit of each state.
 * The same runner drives the top level, Parallel branches and Map iterations.
 */
final class GraphRunner {

    /** What a state produced and where to go next ({@code next} null: the graph ends here). */
    record Step(JsonNode output, String next) {
    }

    private final ExecutionRun run;
    private final SimpleStates simpleStates;
    private final ErrorHandler errorHandler;
    private final TaskRunner taskRunner;
    private final BranchingStates branchingStates;

    GraphRunner(ExecutionRun run) {
        this.run = run;
        DataFlow flow = new DataFlow(run.settings().random());
        this.simpleStates = new SimpleStates(run, flow);
        this.errorHandler = new ErrorHandler(run, flow);
        this.taskRunner = new TaskRunner(run, flow);
        this.branchingStates = new BranchingStates(run, flow, this);
    }

    JsonNode run(StateGraph graph, JsonNode input, Scope scope) throws StatesError, InterruptedException {
        String name = graph.startAt();
        JsonNode data = input;
        while (true) {
            scope.checkActive();
            run.checkAlive();
            State state = graph.state(name);
            HistoryEvent entered = run.record(HistoryEventType.entered(state.type()), scope, "name", name,
                    "input", data);
            StateVisit visit = run.enter(name, scope, entered.id());
            Step step = execute(state, data, visit);
            run.record(HistoryEventType.exited(state.type()), scope, "name", name, "output", step.output());
            if (step.next() == null) {
                return step.output();
            }
            name = step.next();
            data = step.output();
        }
    }

    private Step execute(State state, JsonNode input, StateVisit visit) throws StatesError, InterruptedException {
        return switch (state) {
            case PassState pass -> simpleStates.pass(pass, input, visit);
            case SucceedState succeed -> simpleStates.succeed(succeed, input, visit);
            case FailState fail -> throw simpleStates.fail(fail, input, visit);
            case WaitState wait -> simpleStates.waitState(wait, input, visit);
            case ChoiceState choice -> simpleStates.choice(choice, input, visit);
            case TaskState task -> errorHandler.run(visit, task.errorHandling(), input, task.transition(),
                    () -> taskRunner.attempt(task, input, visit));
            case ParallelState parallel -> errorHandler.run(visit, parallel.errorHandling(), input,
                    parallel.transition(), () -> branchingStates.parallel(parallel, input, visit));
            case MapState map -> errorHandler.run(visit, map.errorHandling(), input, map.transition(),
                    () -> branchingStates.map(map, input, visit));
        };
    }
}
