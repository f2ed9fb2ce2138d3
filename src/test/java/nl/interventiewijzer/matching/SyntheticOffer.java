package nl.interventiewijzer.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.interventiewijzer.catalogue.Approach;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.Theme;
import nl.interventiewijzer.localoffer.HsdsRecords.Organization;
import nl.interventiewijzer.localoffer.HsdsRecords.Service;
import nl.interventiewijzer.localoffer.HsdsRecords.ServiceArea;
import nl.interventiewijzer.localoffer.LocalOffer;
import nl.interventiewijzer.localoffer.LocalService;
import nl.interventiewijzer.localoffer.ServiceLink;
import nl.interventiewijzer.localoffer.ServiceStatus;

/**
 * An offer of services on their own (no catalogue link) in one municipality, drawn from a seed: kinds, approaches,
 * groups, themes, settings and age bands vary, so that ranking them and counting those an age admits has something
 * to get wrong. Built in memory, as the loader would hand it over.
 */
final class SyntheticOffer {

    static final String MUNICIPALITY = "Rekenhoven";

    private SyntheticOffer() {
    }

    static LocalOffer onTheirOwn(int services, long seed) {
        return alike(services, services, seed);
    }

    /**
     * As {@link #onTheirOwn}, but the services share {@code descriptions} drawn descriptions (kind, approaches, groups,
     * themes, settings, age band), each service taking one at random: many services then score alike, as in a city's
     * offer described in a few closed vocabularies.
     */
    static LocalOffer alike(int services, int descriptions, long seed) {
        Random random = new Random(seed);
        Organization organization = new Organization("org-1", "Welzijn Rekenhoven", null, null, null, null);
        List<Description> drawn = new ArrayList<>();
        for (int i = 0; i < descriptions; i++) {
            drawn.add(Description.draw(random));
        }
        List<LocalService> offer = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            String id = String.format("svc-%03d", i);
            Description description = services == descriptions ? drawn.get(i) : drawn.get(random.nextInt(descriptions));
            Service service = new Service(id, organization.id(), "Dienst " + (char) ('A' + random.nextInt(6)), null, null,
                    null, null, ServiceStatus.ACTIVE, null, null, null, description.minimumAge(),
                    description.maximumAge(), null);
            offer.add(new LocalService(service, organization, List.of(), List.of(),
                    List.of(new ServiceArea("area-" + id, id, null, MUNICIPALITY, null)), List.of(), List.of(), List.of(),
                    List.of(), List.of(), description.link(), description.settings()));
        }
        return new LocalOffer("synthetic-" + seed, offer, List.of(organization), List.of());
    }

    private record Description(Integer minimumAge, Integer maximumAge, ServiceLink link, List<Setting> settings) {

        static Description draw(Random random) {
            Integer min = random.nextInt(3) == 0 ? 18 + random.nextInt(60) : null;
            Integer max = random.nextInt(3) == 0 ? (min == null ? 30 : min) + random.nextInt(40) : null;
            ServiceLink link = new ServiceLink(null, pick(random, Kind.GROUP, Kind.ONE_ON_ONE, Kind.COURSE),
                    some(random, Approach.values(), 3), some(random, Circumstance.values(), 2),
                    some(random, Theme.values(), 3), List.of());
            List<Setting> settings = some(random, new Setting[] {Setting.HOME, Setting.PHONE, Setting.NEIGHBOURHOOD}, 2);
            return new Description(min, max, link, settings.isEmpty() ? List.of(Setting.NEIGHBOURHOOD) : settings);
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> List<T> some(Random random, T[] values, int most) {
        List<T> chosen = new ArrayList<>();
        int count = random.nextInt(most + 1);
        for (int i = 0; i < count; i++) {
            T value = values[random.nextInt(values.length)];
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
