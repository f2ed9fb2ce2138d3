package nl.interventiewijzer.api;

import java.util.List;
import nl.interventiewijzer.catalogue.Activity;

public record ActivityList(String catalogueVersion, int total, int offset, int limit, List<Activity> items) {
}
