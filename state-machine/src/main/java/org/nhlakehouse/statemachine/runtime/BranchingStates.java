package org.nhlakehouse.statemachine.runtime;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.InputOutput;
import org.nhlakehouse.statemachine.model.MapState;
import org.nhlakehouse.statemachine.model.ParallelState;
import org.nhlakehouse.statemachine.model.StateGraph;
import org.nhlakehouse.statemachine.model.StatesErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Parallel and inline Map: fan the effective input (or each item) out to nested state graphs, then treat the array of
 * their outputs as the state's result (ResultSelector, ResultPath, OutputPath). A failing branch or iteration fails
 * the state with its own error and cause.
 */
final class BranchingStates {

    private final ExecutionRun run;
    private final DataFlow flow;
    private final GraphRunner graphs;

    BranchingStates(ExecutionRun run, DataFlow flow, GraphRunner graphs) {
        this.run = run;
        this.flow = flow;
        this.graphs = graphs;
    }

    JsonNode parallel(ParallelState state, JsonNode raw, StateVisit visit) throws StatesError, InterruptedException {
        InputOutput io = state.io();
        JsonNode effective = flow.effectiveInput(io.inputPath(), io.parameters(), raw, visit);
        run.checkSize(effective, "input after Parameters", visit);
        run.record(HistoryEventType.ParallelStateStarted, visit.scope());
        List<String> names = new ArrayList<>();
        List<BranchPool.Branch> branches = new ArrayList<>();
        for (int i = 0; i < state.branches().size(); i++) {
            StateGraph branch = state.branches().get(i);
            names.add(state.name() + "/" + i);
            branches.add(scope -> graphs.run(branch, effective, scope));
        }
        List<JsonNode> results;
        try {
            results = BranchPool.runAll(run.settings().branches(), visit.scope(), names, branches, 0);
        } catch (StatesError e) {
            run.record(HistoryEventType.ParallelStateFailed, visit.scope(), "error", e.error(), "cause", e.cause());
            throw e;
        }
        run.record(HistoryEventType.ParallelStateSucceeded, visit.scope());
        return finish(io, raw, results, visit);
    }

    JsonNode map(MapState state, JsonNode raw, StateVisit visit) throws StatesError, InterruptedException {
        InputOutput io = state.io();
        JsonNode effective = flow.inputPath(io.inputPath(), raw, visit);
        JsonNode items = state.itemsPath() == null ? effective
                : flow.read(state.itemsPath(), effective, visit, "ItemsPath");
        if (!items.isArray()) {
            throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "The items to iterate ("
                    + (state.itemsPath() == null ? "the effective input" : "ItemsPath '" + state.itemsPath() + "'")
                    + ") must be a JSON array, not " + Json.truncate(Json.write(items), 200));
        }
        run.record(HistoryEventType.MapStateStarted, visit.scope(), "length", items.size());
        List<String> names = new ArrayList<>();
        List<BranchPool.Branch> iterations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            names.add(state.name() + "[" + i + "]");
            iterations.add(scope -> iteration(state, effective, items.get(index), index, visit, scope));
        }
        List<JsonNode> results;
        try {
            results = BranchPool.runAll(run.settings().branches(), visit.scope(), names, iterations,
                    state.maxConcurrency());
        } catch (StatesError e) {
            run.record(HistoryEventType.MapStateFailed, visit.scope(), "error", e.error(), "cause", e.cause());
            throw e;
        }
        run.record(HistoryEventType.MapStateSucceeded, visit.scope());
        return finish(io, raw, results, visit);
    }

    private JsonNode iteration(MapState state, JsonNode effective, JsonNode item, int index, StateVisit visit,
            Scope scope) throws StatesError, InterruptedException {
        run.record(HistoryEventType.MapIterationStarted, scope, "name", state.name(), "index", index);
        try {
            JsonNode input = state.itemSelector() == null ? item
                    : flow.template(state.itemSelector(), effective, visit.mapItemContext(index, item), visit,
                            "ItemSelector");
            JsonNode output = graphs.run(state.processor(), input, scope);
            run.record(HistoryEventType.MapIterationSucceeded, scope, "name", state.name(), "index", index);
            return output;
        } catch (StatesError e) {
            run.record(HistoryEventType.MapIterationFailed, scope, "name", state.name(), "index", index, "error",
                    e.error(), "cause", e.cause());
            throw e;
        } catch (InterruptedException e) {
            run.record(HistoryEventType.MapIterationAborted, scope, "name", state.name(), "index", index);
            throw e;
        }
    }

    private JsonNode finish(InputOutput io, JsonNode raw, List<JsonNode> results, StateVisit visit)
            throws StatesError {
        ArrayNode result = Json.array();
        results.forEach(result::add);
        run.checkSize(result, "result", visit);
        JsonNode selected = flow.template(io.resultSelector(), result, visit.context(), visit, "ResultSelector");
        JsonNode output = flow.outputPath(io.outputPath(), flow.resultPath(io.resultPath(), raw, selected, visit),
                visit);
        run.checkSize(output, "state output", visit);
        return output;
    }
}
