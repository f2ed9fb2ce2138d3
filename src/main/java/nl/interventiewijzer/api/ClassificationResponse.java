package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.profile.Note;

public record ClassificationResponse(ProfileView profile, DimensionsInput dimensions, List<Note> notes) {
}
