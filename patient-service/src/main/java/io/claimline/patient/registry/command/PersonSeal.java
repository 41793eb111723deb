package io.claimline.patient.registry.command;

import io.claimline.platform.kernel.AddressText;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.patient.registry.api.SealedDetails;
import io.claimline.patient.registry.api.SealedSubscriber;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.SealedValue;
import java.util.function.Function;

/**
 * Seals a person's demographics field by field under one data key. Optional fields that are absent stay null
 * (nothing to seal); an address is sealed as one value ({@link AddressText}).
 */
public final class PersonSeal {

    private final PhiCipher.Sealer sealer;

    public PersonSeal(PhiCipher.Sealer sealer) {
        this.sealer = sealer;
    }

    public SealedValue value(String plaintext) {
        return plaintext == null ? null : sealer.seal(plaintext);
    }

    public <T> SealedValue value(T value, Function<T, String> text) {
        return value == null ? null : sealer.seal(text.apply(value));
    }

    public SealedDetails details(PersonDetails person) {
        return new SealedDetails(value(person.middleName()), value(person.preferredName()),
                value(person.sex(), Enum::name), value(person.address(), AddressText::write),
                value(person.phone(), phone -> phone.e164()), value(person.email(), email -> email.value()),
                value(person.preferredContactMethod(), Enum::name), value(person.language()));
    }

    public SealedSubscriber subscriber(PersonDetails person) {
        return new SealedSubscriber(value(person.givenName()), value(person.familyName()),
                value(person.dateOfBirth(), Object::toString), value(person.sex(), Enum::name),
                value(person.address(), AddressText::write));
    }

    public SealedContact contact(PersonDetails person) {
        return new SealedContact(value(person.givenName()), value(person.familyName()),
                value(person.address(), AddressText::write), value(person.phone(), phone -> phone.e164()),
                value(person.email(), email -> email.value()));
    }
}
