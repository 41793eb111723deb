package io.claimline.testsupport;

import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Points every {@link ClaimlineServiceTest} context at its own new database and the shared broker. */
public class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, ClaimlineServiceTest.class)
                ? new RealInfrastructure()
                : null;
    }

    /** All instances are equal, so test classes with otherwise equal configuration share one context. */
    private static final class RealInfrastructure implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            String service = context.getEnvironment().getProperty("spring.application.name", "service");
            String url = infrastructure.createDatabase(service.replace("-service", ""));
            TestPropertyValues.of(
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + infrastructure.user(),
                    "spring.datasource.password=" + infrastructure.password(),
                    "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers())
                    .applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RealInfrastructure;
        }

        @Override
        public int hashCode() {
            return RealInfrastructure.class.hashCode();
        }
    }
}
