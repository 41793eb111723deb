package io.claimline.web;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Tomcat's loggers that would write a refused request's text (a header line, with its bearer token, say) are
 * pinned at WARN, so they stay quiet even when an operator turns {@code org.apache} up to DEBUG: the HTTP/1.1
 * processor logs "Error parsing HTTP request header" at INFO (then DEBUG) with the offending line, and the
 * parameter parser logs refused query strings the same way. The caller still gets its 400 problem. Set in code,
 * because {@code logging.level.*} in a library's property source is read too late to count.
 */
public class ContainerLogPins implements SmartInitializingSingleton {

    static final List<String> PINNED = List.of(
            "org.apache.coyote.http11.Http11Processor",
            "org.apache.coyote.http11.Http11InputBuffer",
            "org.apache.tomcat.util.http.Parameters",
            "org.apache.tomcat.util.http.parser");

    private final LoggingSystem logging;

    public ContainerLogPins(LoggingSystem logging) {
        this.logging = logging;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PINNED.forEach(name -> logging.setLogLevel(name, LogLevel.WARN));
    }
}
