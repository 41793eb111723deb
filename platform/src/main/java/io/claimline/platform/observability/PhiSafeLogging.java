package io.claimline.platform.observability;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Loggers whose DEBUG output would carry PHI are pinned at INFO, so they stay quiet even when an operator turns a
 * parent (say {@code org.springframework.web}) up to DEBUG. Spring's exception resolver, for one, logs a resolved
 * exception's text, and a validation error's text holds the rejected values. Set in code because
 * {@code logging.level.*} in a library's property source is read too late to count.
 */
public class PhiSafeLogging implements SmartInitializingSingleton {

    static final List<String> PINNED = List.of(
            "org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver",
            "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver");

    private final LoggingSystem logging;

    public PhiSafeLogging(LoggingSystem logging) {
        this.logging = logging;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PINNED.forEach(name -> logging.setLogLevel(name, LogLevel.INFO));
    }
}
