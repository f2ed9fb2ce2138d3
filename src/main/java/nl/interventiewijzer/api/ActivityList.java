package nl.interventiewijzer.api;

import java.util.List;

public record ActivityList(String catalogueVersion, int total, int offset, int limit, List<ActivityView> items) {
}
