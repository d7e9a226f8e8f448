package io.throughline.command.priority;

import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityContinued;

/** The next quarter's priority a carried-over one continues in: how it is assigned, and its link back. */
record Continuation(AssignPriority assignment, PriorityContinued continued) {
}
