package org.nhlakehouse.statemachine.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.nhlakehouse.statemachine.model.Catcher;
import org.nhlakehouse.statemachine.model.ChoiceState;
import org.nhlakehouse.statemachine.model.ErrorHandling;
import org.nhlakehouse.statemachine.model.MapState;
import org.nhlakehouse.statemachine.model.ParallelState;
import org.nhlakehouse.statemachine.model.PassState;
import org.nhlakehouse.statemachine.model.State;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.model.Transition;
import org.nhlakehouse.statemachine.model.WaitState;

/**
 * Checks the transitions of one {@code States} object: every Next, Default and Catch Next names a state of the same
 * object (states in a branch can only reach each other), and every state is reachable from StartAt. Unreachable
 * states are errors, as they are for Step Functions' own validation, since one usually means a typo in a Next.
 */
final class GraphValidator {

    private GraphValidator() {
    }

    static void check(String startAt, Map<String, State> states, Set<String> names, boolean reachability,
            Problems problems) {
        for (State state : states.values()) {
            edges(state).forEach((label, target) -> {
                if (target != null && !names.contains(target)) {
                    problems.error("State '" + state.name() + "'", "field '" + label + "' names '" + target
                            + "', which is not a state of the same 'States' object");
                }
            });
        }
        if (!reachability || startAt == null || !states.containsKey(startAt)) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(startAt);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            State state = states.get(name);
            if (state != null && reached.add(name)) {
                edges(state).values().stream().filter(t -> t != null && !reached.contains(t)).forEach(queue::add);
            }
        }
        for (String name : states.keySet()) {
            if (!reached.contains(name)) {
                problems.error("State '" + name + "'", "is not reachable from StartAt '" + startAt + "'");
            }
        }
    }

    /** Outgoing transitions, keyed by the field that declares them. */
    static Map<String, String> edges(State state) {
        Map<String, String> edges = new LinkedHashMap<>();
        switch (state) {
            case TaskState task -> add(edges, task.transition(), task.errorHandling());
            case ParallelState parallel -> add(edges, parallel.transition(), parallel.errorHandling());
            case MapState map -> add(edges, map.transition(), map.errorHandling());
            case PassState pass -> add(edges, pass.transition(), ErrorHandling.NONE);
            case WaitState wait -> add(edges, wait.transition(), ErrorHandling.NONE);
            case ChoiceState choice -> {
                for (int i = 0; i < choice.choices().size(); i++) {
                    edges.put("Choices[" + i + "].Next", choice.choices().get(i).next());
                }
                edges.put("Default", choice.defaultNext());
            }
            default -> {
                // Succeed and Fail are terminal.
            }
        }
        return edges;
    }

    private static void add(Map<String, String> edges, Transition transition, ErrorHandling errorHandling) {
        edges.put("Next", transition.next());
        for (int i = 0; i < errorHandling.catchers().size(); i++) {
            Catcher catcher = errorHandling.catchers().get(i);
            edges.put("Catch[" + i + "].Next", catcher.next());
        }
    }
}
