package io.claimline.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.web.config.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Outside the local profile, the document key (ADR 0022) is held to the same rules as every other secret. */
class SafeSecretsTest {

    private static final String REAL_KEY = "cmVhbC1rZXktZnJvbS10aGUtc2VjcmV0LXN0b3JlLTE=";

    @Test
    void aServiceThatNeedsDocumentsDoesNotStartWithoutTheKey() {
        MockEnvironment environment = safeBasics()
                .withProperty("claimline.required-secrets", "claimline.documents.key");

        assertThatThrownBy(() -> verify(environment)).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("missing claimline.documents.key");
    }

    @Test
    void aDocumentKeyThatIsSetMustNotBeTheDevelopmentOneEvenWhenNotListed() {
        MockEnvironment environment = safeBasics().withProperty("claimline.documents.key",
                LocalProfileDefaults.developmentValues().getProperty("claimline.documents.key").toString());

        assertThatThrownBy(() -> verify(environment)).isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("still the development value of claimline.documents.key")
                .hasMessageNotContaining(REAL_KEY);
    }

    @Test
    void aRealDocumentKeyStarts() {
        MockEnvironment environment = safeBasics()
                .withProperty("claimline.required-secrets", "claimline.documents.key")
                .withProperty("claimline.documents.key", REAL_KEY);

        assertThatCode(() -> verify(environment)).doesNotThrowAnyException();
    }

    @Test
    void aServiceWithoutDocumentsNeedsNoDocumentKey() {
        assertThatCode(() -> verify(safeBasics())).doesNotThrowAnyException();
    }

    @Test
    void theLocalProfileSuppliesTheDevelopmentKey() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("claimline.required-secrets", "claimline.documents.key");
        environment.setActiveProfiles(LocalProfileDefaults.LOCAL_PROFILE);

        assertThatCode(() -> verify(environment)).doesNotThrowAnyException();
    }

    private static MockEnvironment safeBasics() {
        return new MockEnvironment().withProperty("spring.datasource.password", "from-the-secret-store")
                .withProperty("claimline.idempotency.fingerprint-key", REAL_KEY);
    }

    private static void verify(MockEnvironment environment) {
        SafeSecrets check = new SafeSecrets();
        check.setEnvironment(environment);
        check.postProcessBeanFactory(null);
    }
}
