package io.claimline.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Request ids first in the filter chain, and problem+json for the container's error page. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import(ProblemErrorController.class)
public class WebSupportAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIds> requestIdsFilter() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
