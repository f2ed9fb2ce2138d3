package nl.interventiewijzer.intake;

import nl.interventiewijzer.profile.Profile;

/** A profile the coach should also consider: the one reached by flipping one uncertain dimension. */
public record Neighbour(Dimension flipped, Profile profile) {
}
