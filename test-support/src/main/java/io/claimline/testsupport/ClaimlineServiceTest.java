package io.claimline.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service's Spring integration test on real infrastructure: the whole application, MockMvc, a fresh database of
 * its own on the shared test PostgreSQL, and the shared Kafka broker (see {@link TestInfrastructure}), in the
 * {@code local} profile (development secrets), as ./claimline runs the services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("local")
public @interface ClaimlineServiceTest {
}
