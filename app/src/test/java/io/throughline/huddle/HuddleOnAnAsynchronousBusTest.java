package io.throughline.huddle;

import io.throughline.support.AsynchronousCommandBusConfiguration;
import io.throughline.support.ThroughlineIntegrationTest;
import org.springframework.context.annotation.Import;

/**
 * Every huddle test again, on a command bus that runs each dispatched command in a unit of work of its own, as Axon
 * Server does (the {@code axonserver} profile): the answers and the stored events are the same as on the local bus.
 */
@ThroughlineIntegrationTest
@Import(AsynchronousCommandBusConfiguration.class)
class HuddleOnAnAsynchronousBusTest extends HuddleTest {
}
