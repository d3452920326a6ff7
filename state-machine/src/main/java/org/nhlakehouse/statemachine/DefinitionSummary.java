package org.nhlakehouse.statemachine;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a definition refers to outside itself: its Task resources and its {@code ${Substitution}} placeholders. Meant
 * for structural checks that keep the ASL, template.yaml and the handler registry consistent.
 *
 * @param tasks every Task state, in definition order, nested ones included
 * @param substitutions every placeholder name used anywhere in the definition
 */
public record DefinitionSummary(List<TaskReference> tasks, SortedSet<String> substitutions) {

    public DefinitionSummary {
        tasks = List.copyOf(tasks);
        substitutions = new TreeSet<>(substitutions);
    }

    /**
     * One Task state.
     *
     * @param stateName the state's name
     * @param resource its {@code Resource}, as written (placeholders unresolved)
     * @param functionName for {@code arn:aws:states:::lambda:invoke}, the static {@code Parameters.FunctionName}, else
     *        null
     */
    public record TaskReference(String stateName, String resource, String functionName) {

        /** What the task calls: the function for lambda:invoke, otherwise the resource. */
        public String target() {
            return functionName != null ? functionName : resource;
        }
    }

    /** Distinct call targets ({@link TaskReference#target()}), sorted. */
    public SortedSet<String> targets() {
        TreeSet<String> targets = new TreeSet<>();
        tasks.forEach(t -> targets.add(t.target()));
        return targets;
    }
}
