package io.claimline.platform.observability;

import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Loggers whose DEBUG output would carry PHI are pinned at INFO, so they stay quiet even when an operator turns a
 * parent (say {@code org.springframework.web}) up to DEBUG; a framework logger that writes expected refusals as
 * warnings with stack traces is pinned at ERROR. Spring's exception resolver, for one, logs a resolved
 * exception's text, and a validation error's text holds the rejected values. Set in code because
 * {@code logging.level.*} in a library's property source is read too late to count.
 */
public class PhiSafeLogging implements SmartInitializingSingleton {

    static final Map<String, LogLevel> PINNED = Map.of(
            "org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver", LogLevel.INFO,
            "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver", LogLevel.INFO,
            // Logs a refusal thrown while an aggregate is created (say, a date of birth before 1880) at WARN with
            // its whole stack trace; the refusal reaches the caller, and ProblemDetailsAdvice logs it in one line.
            "org.axonframework.modelling.command.AbstractRepository", LogLevel.ERROR);

    private final LoggingSystem logging;

    public PhiSafeLogging(LoggingSystem logging) {
        this.logging = logging;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PINNED.forEach(logging::setLogLevel);
    }
}
