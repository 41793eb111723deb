package io.claimline.web.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

/**
 * A check of the configuration that runs before any bean is made (register it from a static {@code @Bean} method):
 * an unsafe setting stops the start before a database is touched or a port is opened. Refusals are
 * {@link UnsafeConfigurationException}s, which {@link UnsafeConfigurationFailureAnalyzer} reports.
 */
public abstract class StartupCheck implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        verify(environment);
    }

    /** Throws {@link UnsafeConfigurationException} when the configuration is unsafe. */
    protected abstract void verify(Environment environment);
}
