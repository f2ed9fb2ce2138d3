package nl.interventiewijzer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public record ClassificationRequest(@NotNull @Valid DimensionsInput dimensions) {
}
