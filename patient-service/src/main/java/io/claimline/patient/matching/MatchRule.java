package io.claimline.patient.matching;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * When two records are probably one person: they share at least two of name, date of birth, phone, member id and
 * address. Except when both have given names and these differ and no member id is shared: people of one
 * household (twins above all) share birth date, phone and address, yet are different patients.
 */
public final class MatchRule {

    static final int REQUIRED = 2;
    private static final Set<BlindKeyKind> COUNTED = EnumSet.of(BlindKeyKind.NAME, BlindKeyKind.DATE_OF_BIRTH,
            BlindKeyKind.PHONE, BlindKeyKind.MEMBER_ID, BlindKeyKind.ADDRESS);

    private MatchRule() {
    }

    /**
     * @param a one record's keys per kind (member ids may be several)
     * @param b the other's
     */
    public static boolean matches(Map<BlindKeyKind, ? extends Collection<String>> a,
            Map<BlindKeyKind, ? extends Collection<String>> b) {
        Set<BlindKeyKind> shared = EnumSet.noneOf(BlindKeyKind.class);
        for (BlindKeyKind kind : BlindKeyKind.values()) {
            Collection<String> left = a.get(kind);
            Collection<String> right = b.get(kind);
            if (left != null && right != null && left.stream().anyMatch(right::contains)) {
                shared.add(kind);
            }
        }
        boolean givenNamesDiffer = a.containsKey(BlindKeyKind.GIVEN_NAME) && b.containsKey(BlindKeyKind.GIVEN_NAME)
                && !shared.contains(BlindKeyKind.GIVEN_NAME);
        if (givenNamesDiffer && !shared.contains(BlindKeyKind.MEMBER_ID)) {
            return false;
        }
        shared.retainAll(COUNTED);
        return shared.size() >= REQUIRED;
    }
}
