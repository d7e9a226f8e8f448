package io.throughline.command;

import io.throughline.command.rejection.RejectionTranslator;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CommandSideConfiguration {

    @Autowired
    void translateRejections(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RejectionTranslator());
    }
}
