package io.throughline.command.checkin;

import io.throughline.kernel.checkin.CheckInId;

import java.util.Optional;

/** What the command side may know about a check-in outside it: who took part, for authorisation. */
public interface CheckInDirectory {

    Optional<Participants> participantsOf(CheckInId checkInId);
}
