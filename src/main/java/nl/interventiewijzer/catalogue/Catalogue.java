package nl.interventiewijzer.catalogue;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded, validated catalogue: an immutable in-memory index. Requests read only this, never the database,
 * so a request costs no I/O and the same catalogue version always gives the same answer.
 */
public final class Catalogue {

    private static final Comparator<Activity> BY_NAME_THEN_ID =
            Comparator.comparing((Activity activity) -> activity.name().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(Activity::id);

    private final String version;
    private final List<Activity> activities;
    private final Map<String, Activity> byId;
    private final Map<String, RetiredActivity> retired;

    public Catalogue(String version, List<Activity> activities) {
        this(version, activities, List.of());
    }

    public Catalogue(String version, List<Activity> activities, List<RetiredActivity> retired) {
        this.version = version;
        this.activities = activities.stream().sorted(BY_NAME_THEN_ID).toList();
        this.byId = Collections.unmodifiableMap(this.activities.stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.retired = Collections.unmodifiableMap(retired.stream()
                .collect(Collectors.toMap(RetiredActivity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public String version() {
        return version;
    }

    /** All entries, ordered by name (then id), the order every listing uses. */
    public List<Activity> activities() {
        return activities;
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A published id that no longer names a live entry: where it went and why. */
    public Optional<RetiredActivity> findRetired(String id) {
        return Optional.ofNullable(retired.get(id));
    }

    public List<RetiredActivity> retired() {
        return List.copyOf(retired.values());
    }

    public int size() {
        return activities.size();
    }

    public Map<Kind, Long> countByKind() {
        return activities.stream().collect(Collectors.groupingBy(Activity::kind, () -> new java.util.EnumMap<>(Kind.class),
                Collectors.counting()));
    }
}
