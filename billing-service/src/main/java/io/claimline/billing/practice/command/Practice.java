package io.claimline.billing.practice.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.practice.api.AddLocationCommand;
import io.claimline.billing.practice.api.AddProviderCommand;
import io.claimline.billing.practice.api.ChangeLocationCommand;
import io.claimline.billing.practice.api.ChangeProviderCommand;
import io.claimline.billing.practice.api.ClinicProfileChangedEvent;
import io.claimline.billing.practice.api.DeactivateProviderCommand;
import io.claimline.billing.practice.api.LocationAddedEvent;
import io.claimline.billing.practice.api.LocationChangedEvent;
import io.claimline.billing.practice.api.LocationId;
import io.claimline.billing.practice.api.PracticeConflictException;
import io.claimline.billing.practice.api.PracticeId;
import io.claimline.billing.practice.api.ProviderAddedEvent;
import io.claimline.billing.practice.api.ProviderChangedEvent;
import io.claimline.billing.practice.api.ProviderDeactivatedEvent;
import io.claimline.billing.practice.api.ProviderId;
import io.claimline.billing.practice.api.SetClinicProfileCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.web.PreconditionRequiredException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A clinic's practice setup: its profile versions, providers and service locations, each effective-dated. Every
 * command handler answers the version (sequence number) its events reached, for the ETag and read-your-writes.
 * Format rules (NPI check digit, tax id, taxonomy, place of service) are checked before a command is sent; this
 * keeps the rules that depend on what the practice already holds.
 */
@Aggregate
public class Practice {

    @AggregateIdentifier
    private PracticeId practiceId;
    private long version = -1;
    private final EffectivePeriod profile = new EffectivePeriod();
    private final Map<ProviderId, EffectivePeriod> providers = new HashMap<>();
    /** Which provider holds each NPI: an NPI names one person, so two providers of one clinic never share it. */
    private final Map<String, ProviderId> npis = new HashMap<>();
    private final Map<LocationId, EffectivePeriod> locations = new HashMap<>();

    protected Practice() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetClinicProfileCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        if (practiceId != null && command.expectedVersion() == null) {
            // Creating needs no ETag (there is nothing to have read); changing does, like every other change.
            throw new PreconditionRequiredException();
        }
        if (practiceId != null && command.expectedVersion() != version) {
            // Axon checks expected versions only on loading for an update, not for a create-if-missing handler.
            throw new ConflictingAggregateVersionException(practiceId.toString(), command.expectedVersion(), version);
        }
        profile.requireNewVersion(command.effectiveFrom(), null, "clinic profile");
        apply(new ClinicProfileChangedEvent(command.practiceId(), command.effectiveFrom(), command.profile(),
                clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(AddProviderCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        if (providers.containsKey(command.providerId())) {
            throw new PracticeConflictException("providerId", "the practice already has this provider");
        }
        new EffectivePeriod().requireNewVersion(command.effectiveFrom(), command.effectiveTo(), "provider");
        requireNpiFree(command.details().npi(), command.providerId());
        apply(new ProviderAddedEvent(practiceId, command.providerId(), command.effectiveFrom(),
                command.effectiveTo(), command.details(), clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(ChangeProviderCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        provider(command.providerId()).requireNewVersion(command.effectiveFrom(), command.effectiveTo(), "provider");
        requireNpiFree(command.details().npi(), command.providerId());
        apply(new ProviderChangedEvent(practiceId, command.providerId(), command.effectiveFrom(),
                command.effectiveTo(), command.details(), clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(DeactivateProviderCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        provider(command.providerId()).requireEnd(command.effectiveTo(), "provider");
        apply(new ProviderDeactivatedEvent(practiceId, command.providerId(), command.effectiveTo(),
                command.reason(), clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(AddLocationCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        if (locations.containsKey(command.locationId())) {
            throw new PracticeConflictException("locationId", "the practice already has this location");
        }
        new EffectivePeriod().requireNewVersion(command.effectiveFrom(), command.effectiveTo(), "location");
        apply(new LocationAddedEvent(practiceId, command.locationId(), command.effectiveFrom(),
                command.effectiveTo(), command.details(), clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(ChangeLocationCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.practiceId(), clinicId);
        EffectivePeriod location = locations.get(command.locationId());
        if (location == null) {
            throw new NotFoundException("location");
        }
        location.requireNewVersion(command.effectiveFrom(), command.effectiveTo(), "location");
        apply(new LocationChangedEvent(practiceId, command.locationId(), command.effectiveFrom(),
                command.effectiveTo(), command.details(), clock.instant()));
        return version;
    }

    private void requireOwnClinic(PracticeId target, String clinicId) {
        if (clinicId == null || !target.clinicId().equals(clinicId)) {
            throw new NotFoundException("practice"); // another clinic's setup does not exist for the caller
        }
    }

    private EffectivePeriod provider(ProviderId providerId) {
        EffectivePeriod provider = providers.get(providerId);
        if (provider == null) {
            throw new NotFoundException("provider");
        }
        return provider;
    }

    private void requireNpiFree(String npi, ProviderId providerId) {
        ProviderId holder = npis.get(npi);
        if (holder != null && !holder.equals(providerId)) {
            throw new PracticeConflictException("npi", "another provider of the clinic has this NPI");
        }
    }

    @EventSourcingHandler
    void on(ClinicProfileChangedEvent event, @SequenceNumber long sequence) {
        practiceId = event.practiceId();
        profile.recordVersion(event.effectiveFrom());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ProviderAddedEvent event, @SequenceNumber long sequence) {
        EffectivePeriod provider = new EffectivePeriod();
        provider.recordVersion(event.effectiveFrom());
        providers.put(event.providerId(), provider);
        npis.put(event.details().npi(), event.providerId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ProviderChangedEvent event, @SequenceNumber long sequence) {
        providers.get(event.providerId()).recordVersion(event.effectiveFrom());
        // The NPI stays the provider's (older versions still carry it), so it is never freed for another.
        npis.put(event.details().npi(), event.providerId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ProviderDeactivatedEvent event, @SequenceNumber long sequence) {
        providers.get(event.providerId()).deactivate();
        version = sequence;
    }

    @EventSourcingHandler
    void on(LocationAddedEvent event, @SequenceNumber long sequence) {
        EffectivePeriod location = new EffectivePeriod();
        location.recordVersion(event.effectiveFrom());
        locations.put(event.locationId(), location);
        version = sequence;
    }

    @EventSourcingHandler
    void on(LocationChangedEvent event, @SequenceNumber long sequence) {
        locations.get(event.locationId()).recordVersion(event.effectiveFrom());
        version = sequence;
    }

    @Override
    public String toString() {
        return "Practice[" + Objects.toString(practiceId) + "@" + version + "]";
    }
}
