package io.claimline.web;

import org.apache.catalina.filters.FailedRequestFilter;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Request ids first in the filter chain, and problem+json for the container's error page and for the requests
 * Tomcat refuses itself; Tomcat's loggers that would repeat a refused request's text are pinned quiet.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import(ProblemErrorController.class)
public class WebSupportAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIds> requestIdsFilter() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatConfiguration {

        @Bean
        TomcatProblems tomcatProblems() {
            return new TomcatProblems();
        }

        /**
         * Tomcat drops the parameters past {@code server.tomcat.max-parameter-count} (and a form it cannot parse)
         * silently unless this filter asks: it makes such a request a 400, answered as a problem by the error page.
         * Right after the request ids, before anything reads a parameter.
         */
        @Bean
        FilterRegistrationBean<FailedRequestFilter> failedRequestFilter() {
            FilterRegistrationBean<FailedRequestFilter> registration =
                    new FilterRegistrationBean<>(new FailedRequestFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }

        @Bean
        ContainerLogPins containerLogPins(LoggingSystem logging) {
            return new ContainerLogPins(logging);
        }
    }
}
