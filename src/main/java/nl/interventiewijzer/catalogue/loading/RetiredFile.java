package nl.interventiewijzer.catalogue.loading;

import nl.interventiewijzer.catalogue.RetirementStatus;

/** One entry of the retired-ids file ({@code retired.json}), as written; checked by the catalogue validator. */
public record RetiredFile(String id, RetirementStatus status, String replacedBy, String since, String reason) {
}
