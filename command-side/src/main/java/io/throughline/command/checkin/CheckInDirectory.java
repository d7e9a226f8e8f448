package io.throughline.command.checkin;

import io.throughline.kernel.checkin.CheckInId;

import java.util.Optional;

/**
 * What the command side may know about a check-in outside it: who took part, for authorisation. Read from the
 * aggregate itself: the policy asks only about the check-in that the command it checks changes, which the unit of work
 * then loads once, under the lock it takes anyway.
 */
public interface CheckInDirectory {

    Optional<Participants> participantsOf(CheckInId checkInId);
}
