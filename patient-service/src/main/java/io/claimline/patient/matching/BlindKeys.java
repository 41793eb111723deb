package io.claimline.patient.matching;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Derives a person's blind keys: HMAC-SHA256 of a normalised value under a key of the clinic (itself an HMAC of
 * the clinic id under the vault's master key), so equal values give equal keys within one clinic only, and nobody
 * without the master key can test a guess. Phonetic codes come from commons-codec's Double Metaphone.
 */
public class BlindKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final byte[] masterKey;
    private final Map<String, byte[]> clinicKeys = new ConcurrentHashMap<>();

    public BlindKeys(byte[] masterKey) {
        this.masterKey = masterKey.clone();
    }

    /** The facts a person offers for matching; any may be null (then it yields no key). */
    public record Facts(String givenName, String familyName, LocalDate dateOfBirth, String phoneE164,
            String addressLine1, String postalCode) {

        @Override
        public String toString() {
            return "Facts[redacted]";
        }
    }

    public Map<BlindKeyKind, String> of(String clinicId, Facts facts) {
        Map<BlindKeyKind, String> keys = new EnumMap<>(BlindKeyKind.class);
        String family = phonetic(facts.familyName());
        String initial = initial(facts.givenName());
        if (family != null && initial != null) {
            keys.put(BlindKeyKind.NAME, digest(clinicId, BlindKeyKind.NAME, family + "|" + initial));
        }
        String given = phonetic(facts.givenName());
        if (given != null) {
            keys.put(BlindKeyKind.GIVEN_NAME, digest(clinicId, BlindKeyKind.GIVEN_NAME, given));
        }
        if (facts.dateOfBirth() != null) {
            keys.put(BlindKeyKind.DATE_OF_BIRTH,
                    digest(clinicId, BlindKeyKind.DATE_OF_BIRTH, facts.dateOfBirth().toString()));
        }
        if (facts.phoneE164() != null) {
            keys.put(BlindKeyKind.PHONE, digest(clinicId, BlindKeyKind.PHONE, facts.phoneE164()));
        }
        String street = street(facts.addressLine1());
        if (street != null && facts.postalCode() != null && facts.postalCode().length() >= 5) {
            keys.put(BlindKeyKind.ADDRESS,
                    digest(clinicId, BlindKeyKind.ADDRESS, street + "|" + facts.postalCode().substring(0, 5)));
        }
        return keys;
    }

    /** A member id's key (member ids are stored upper-case without spaces already). */
    public String memberId(String clinicId, String memberId) {
        return digest(clinicId, BlindKeyKind.MEMBER_ID, memberId.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    /** Family name and date of birth as a search asks for them. */
    public String name(String clinicId, String familyName, String givenName) {
        String family = phonetic(familyName);
        String initial = initial(givenName);
        return family == null || initial == null ? null
                : digest(clinicId, BlindKeyKind.NAME, family + "|" + initial);
    }

    public String dateOfBirth(String clinicId, LocalDate dateOfBirth) {
        return digest(clinicId, BlindKeyKind.DATE_OF_BIRTH, dateOfBirth.toString());
    }

    static String phonetic(String name) {
        String letters = letters(name);
        if (letters == null) {
            return null;
        }
        String code = METAPHONE.doubleMetaphone(letters);
        return code == null || code.isEmpty() ? letters : code;
    }

    static String initial(String name) {
        String letters = letters(name);
        return letters == null ? null : letters.substring(0, 1);
    }

    /** Upper-case ASCII letters only: accents folded, spaces, hyphens and apostrophes dropped. */
    static String letters(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return folded.isEmpty() ? null : folded;
    }

    /** Street line with the USPS suffixes people spell both ways reduced to one form. */
    static String street(String line) {
        if (line == null) {
            return null;
        }
        String value = " " + Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").strip() + " ";
        for (String[] pair : new String[][] {{"STREET", "ST"}, {"AVENUE", "AVE"}, {"ROAD", "RD"},
                {"DRIVE", "DR"}, {"BOULEVARD", "BLVD"}, {"LANE", "LN"}, {"COURT", "CT"}, {"PLACE", "PL"},
                {"APARTMENT", "APT"}, {"SUITE", "STE"}, {"NORTH", "N"}, {"SOUTH", "S"}, {"EAST", "E"},
                {"WEST", "W"}}) {
            value = value.replace(" " + pair[0] + " ", " " + pair[1] + " ");
        }
        String result = value.strip();
        return result.isEmpty() ? null : result;
    }

    private String digest(String clinicId, BlindKeyKind kind, String normalised) {
        byte[] key = clinicKeys.computeIfAbsent(clinicId, id -> hmac(masterKey, "claimline-blind-keys|" + id));
        return Base64.getEncoder().withoutPadding().encodeToString(hmac(key, kind.name() + "|" + normalised));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
