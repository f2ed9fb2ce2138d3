package nl.interventiewijzer.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The catalogue as {@code GET /api/v1/activities} shows it, read tolerantly: fields that catalogue v2 adds
 * ({@code designedFor}, {@code availability}) may be absent, and the yardstick then says so instead of failing.
 *
 * @param entries       activity id to the entry as served
 * @param onePlaceUntilV2 ids tied to one place by the 2026.11 notes; only used while no entry has {@code availability}
 */
record CatalogueView(String version, Map<String, JsonNode> entries, Set<String> onePlaceUntilV2) {

    static CatalogueView of(String version, List<JsonNode> items, Set<String> onePlaceUntilV2) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        items.forEach(item -> entries.put(item.path("id").asText(), item));
        return new CatalogueView(version, Map.copyOf(entries), Set.copyOf(onePlaceUntilV2));
    }

    boolean knows(String id) {
        return entries.containsKey(id);
    }

    /** True once the catalogue says where entries run (catalogue v2). */
    boolean hasAvailability() {
        return entries.values().stream().anyMatch(entry -> entry.hasNonNull("availability"));
    }

    /** True once the catalogue says whom entries were made for (catalogue v2). */
    boolean hasDesignedFor() {
        return entries.values().stream().anyMatch(entry -> entry.hasNonNull("designedFor"));
    }

    /** Runs in one place or a few places only: availability scope LOCAL, or before v2 the notes' one-place list. */
    boolean isOnePlace(String id) {
        if (!hasAvailability()) {
            return onePlaceUntilV2.contains(id);
        }
        JsonNode entry = entries.get(id);
        return entry != null && "LOCAL".equals(entry.path("availability").path("scope").asText());
    }

    /** Municipalities of a LOCAL entry (empty before v2 or for other scopes). */
    List<String> municipalities(String id) {
        JsonNode entry = entries.get(id);
        if (entry == null || !entry.path("availability").path("municipalities").isArray()) {
            return List.of();
        }
        return StreamSupport.stream(entry.path("availability").path("municipalities").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    /** Delivered online and nowhere else. */
    boolean isOnlineOnly(String id) {
        JsonNode settings = entries.containsKey(id) ? entries.get(id).path("delivery").path("settings") : null;
        return settings != null && settings.size() > 0
                && StreamSupport.stream(settings.spliterator(), false).allMatch(s -> "ONLINE".equals(s.asText()));
    }
}
