package io.throughline.command.checkin;

import io.throughline.command.AggregateLookup;
import io.throughline.kernel.checkin.CheckInId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class EventSourcedCheckInDirectory implements CheckInDirectory {

    private final Repository<CheckIn> checkIns;

    EventSourcedCheckInDirectory(Repository<CheckIn> checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public Optional<Participants> participantsOf(CheckInId checkInId) {
        return AggregateLookup.find(checkIns, checkInId, CheckIn::participants);
    }
}
