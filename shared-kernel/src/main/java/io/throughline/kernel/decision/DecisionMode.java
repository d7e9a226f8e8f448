package io.throughline.kernel.decision;

/** What a holder of a decision right does when a decision of its category is taken. */
public enum DecisionMode {
    /** Takes the decision. */
    DECIDE,
    /** Is asked before it is taken. */
    CONSULT,
    /** Is told once it is taken. */
    INFORM
}
