package io.claimline.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every endpoint under /api (clients) and /internal (services) passes the role check. */
@Configuration(proxyBeanMethods = false)
public class RoleCheckConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheck()).addPathPatterns("/api/**", "/internal/**");
    }
}
