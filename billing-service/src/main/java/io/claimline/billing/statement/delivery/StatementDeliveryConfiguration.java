package io.claimline.billing.statement.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The statement delivery port: always the print drop ({@code claimline.billing.statements.print-drop}); e-mail only
 * where a mail server is configured ({@code spring.mail.host}: Spring Boot then makes the {@link JavaMailSender}),
 * sending from {@code claimline.billing.statements.email.from}.
 */
@Configuration(proxyBeanMethods = false)
public class StatementDeliveryConfiguration {

    @Bean
    StatementDelivery statementDelivery(
            @Value("${claimline.billing.statements.print-drop}") Path printDrop,
            @Value("${claimline.billing.statements.email.from:}") String from,
            ObjectProvider<JavaMailSender> mail, Clock clock, MeterRegistry meters) {
        Optional<EmailDelivery> email = Optional.ofNullable(mail.getIfAvailable()).map(sender -> {
            requireSender(from);
            return new EmailDelivery(sender, from, clock);
        });
        return new CompositeStatementDelivery(new PrintDropDelivery(printDrop, clock), email, meters);
    }

    // At start, not at the first statement: a bad sender would fail every e-mail.
    private static void requireSender(String from) {
        String problem = "claimline.billing.statements.email.from must be an e-mail address where spring.mail.host "
                + "is set: statements are e-mailed from it";
        if (from.isBlank()) {
            throw new IllegalStateException(problem);
        }
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException(problem, e);
        }
    }
}
