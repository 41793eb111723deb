package io.claimline.platform.phi;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The vault client every service but patient-service uses: it authenticates as the service itself (client
 * credentials; the token is cached and renewed by Spring Security's authorized-client manager) and calls
 * patient-service's batched vault API. Any failure to get an answer is {@link PhiVaultUnavailableException}: the
 * caller's request fails as a whole (503) rather than printing a claim or statement with PHI missing.
 */
public class HttpPhiVault implements PhiVault {

    static final String REGISTRATION_ID = "phi-vault";
    private static final Logger log = LoggerFactory.getLogger(HttpPhiVault.class);

    private final RestClient http;
    private final OAuth2AuthorizedClientManager tokens;
    private final String serviceClientId;

    public HttpPhiVault(RestClient http, OAuth2AuthorizedClientManager tokens, String serviceClientId) {
        this.http = http;
        this.tokens = tokens;
        this.serviceClientId = serviceClientId;
    }

    @Override
    public List<OpenedField> open(PhiAccess access, List<SealedField> fields) {
        List<OpenedField> opened = new java.util.ArrayList<>(fields.size());
        for (List<SealedField> chunk : chunks(fields)) {
            var request = new PhiVaultApi.OpenRequest(access.clinicId(), access.onBehalfOf(),
                    access.purpose().code(), chunk);
            opened.addAll(call(PhiVaultApi.OPEN_PATH, request, PhiVaultApi.OpenResponse.class).items());
        }
        return opened;
    }

    @Override
    public List<SealedField.Result> seal(PhiAccess access, List<PlainField> fields) {
        List<SealedField.Result> sealed = new java.util.ArrayList<>(fields.size());
        for (List<PlainField> chunk : chunks(fields)) {
            var request = new PhiVaultApi.SealRequest(access.clinicId(), access.onBehalfOf(),
                    access.purpose().code(), chunk);
            sealed.addAll(call(PhiVaultApi.SEAL_PATH, request, PhiVaultApi.SealResponse.class).items());
        }
        return sealed;
    }

    /** The vault takes at most {@link PhiVaultApi#MAX_ITEMS} items a request: larger lists go in order, in parts. */
    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < items.size(); from += PhiVaultApi.MAX_ITEMS) {
            chunks.add(items.subList(from, Math.min(items.size(), from + PhiVaultApi.MAX_ITEMS)));
        }
        return chunks;
    }

    private <R> R call(String path, Object request, Class<R> responseType) {
        try {
            R response = http.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken())
                    .body(request)
                    .retrieve()
                    .body(responseType);
            if (response == null) {
                throw new PhiVaultUnavailableException("the PHI vault answered without a body", null);
            }
            return response;
        } catch (RestClientException | org.springframework.security.oauth2.core.OAuth2AuthorizationException e) {
            // The exception text may quote the request URL or a response body; its type says enough here.
            log.warn("PHI vault call to {} failed: {}", path, e.getClass().getName());
            throw new PhiVaultUnavailableException("the PHI vault did not answer", e);
        }
    }

    private String accessToken() {
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(REGISTRATION_ID)
                .principal(serviceClientId)
                .build());
        if (client == null) {
            throw new PhiVaultUnavailableException("no service token for the PHI vault", null);
        }
        return client.getAccessToken().getTokenValue();
    }
}
