package nl.interventiewijzer.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.interventiewijzer.catalogue.Activity;
import nl.interventiewijzer.catalogue.Catalogue;
import nl.interventiewijzer.catalogue.Circumstance;
import nl.interventiewijzer.catalogue.Gender;
import nl.interventiewijzer.catalogue.Setting;
import nl.interventiewijzer.catalogue.loading.CatalogueReader;
import nl.interventiewijzer.profile.Duration;
import nl.interventiewijzer.profile.Note;
import nl.interventiewijzer.profile.Profile;

/**
 * A quick scan of the advice over person contexts x profiles on the real catalogue, counting what the matching review
 * (December 2026) counted: rank against score, near-zero filler, one reason on many proposals, profile labels in
 * reasons, online-only proposals without digital skills. Used by {@link AdviceScanTest}: the same invariants as the
 * HTTP yardstick ({@code quality.AdviceQualityTest}), here on the matcher alone, so that they also hold the matcher's
 * unit tests (and the mutation run) to them.
 */
final class AdviceScan {

    static final Catalogue CATALOGUE =
            new CatalogueReader(new ObjectMapper(), AdviceScan.class.getClassLoader()).read("catalogue/catalogue.json");

    record Context(String name, Person person, Duration duration) {
    }

    record Figures(int responses, int inversions3, int nearZeroFiller, int repeated5, int profileLabels,
            int onlineOnlyWithoutSkills, int weakInTop10) {

        @Override
        public String toString() {
            return "responses=" + responses + " inversions>=3=" + inversions3 + " nearZeroFiller=" + nearZeroFiller
                    + " reason-on-5+-of-10=" + repeated5 + " profileLabels=" + profileLabels
                    + " onlineOnlyWithoutSkills=" + onlineOnlyWithoutSkills + " weakFitInTop10=" + weakInTop10;
        }
    }

    private AdviceScan() {
    }

    static List<Context> contexts() {
        List<Context> contexts = new ArrayList<>();
        contexts.add(new Context("none", Person.UNKNOWN, null));
        for (int age : new int[] {16, 30, 45, 67, 86}) {
            contexts.add(new Context("age " + age, TestPeople.person().age(age).build(), null));
        }
        contexts.add(new Context("81 widowed alone", TestPeople.person().age(81).gender(Gender.FEMALE)
                .with(Circumstance.RECENTLY_WIDOWED, Circumstance.LIVES_ALONE).mobility(Mobility.LIMITED).build(), Duration.SITUATIONAL));
        contexts.add(new Context("88 housebound", TestPeople.person().age(88).gender(Gender.FEMALE)
                .with(Circumstance.LIVES_ALONE, Circumstance.RECEIVES_HOME_CARE).mobility(Mobility.HOUSEBOUND)
                .digitalSkills(false).build(), Duration.STRUCTURAL));
        contexts.add(new Context("86 care home", TestPeople.person().age(86).with(Circumstance.LIVES_IN_CARE_FACILITY,
                Circumstance.PHYSICAL_DISABILITY).mobility(Mobility.LIMITED).build(), Duration.STRUCTURAL));
        contexts.add(new Context("67 rural no internet", TestPeople.person().age(67).gender(Gender.MALE)
                .with(Circumstance.LIVES_ALONE, Circumstance.LOW_INCOME).digitalSkills(false).build(), Duration.STRUCTURAL));
        contexts.add(new Context("16 bullied", TestPeople.person().age(16).gender(Gender.MALE).digitalSkills(true).build(),
                Duration.STRUCTURAL));
        contexts.add(new Context("72 shy low income", TestPeople.person().age(72).gender(Gender.FEMALE)
                .with(Circumstance.LIVES_ALONE, Circumstance.LOW_INCOME).build(), Duration.STRUCTURAL));
        contexts.add(new Context("34 moved", TestPeople.person().age(34).gender(Gender.MALE).digitalSkills(true)
                .mobility(Mobility.MOBILE).build(), Duration.SITUATIONAL));
        contexts.add(new Context("50 homeless", TestPeople.person().age(50).gender(Gender.MALE)
                .with(Circumstance.HOMELESS, Circumstance.ADDICTION).digitalSkills(false).build(), Duration.STRUCTURAL_COMPLEX));
        contexts.add(new Context("79 carer", TestPeople.person().age(79).gender(Gender.MALE)
                .with(Circumstance.INFORMAL_CARER).build(), Duration.THREATENED));
        contexts.add(new Context("60 no digital", TestPeople.person().age(60).digitalSkills(false).build(), null));
        contexts.add(new Context("40 psychiatric", TestPeople.person().age(40)
                .with(Circumstance.PSYCHIATRIC_CONDITION).build(), Duration.STRUCTURAL_COMPLEX));
        contexts.add(new Context("55 limited dutch", TestPeople.person().age(55).gender(Gender.FEMALE)
                .with(Circumstance.MIGRATION_BACKGROUND, Circumstance.LIMITED_DUTCH).build(), Duration.STRUCTURAL));
        return contexts;
    }

    static Figures run(Matcher matcher) {
        int responses = 0;
        int inversions = 0;
        int filler = 0;
        int repeated = 0;
        int labels = 0;
        int online = 0;
        int weak = 0;
        for (Context context : contexts()) {
            for (Profile profile : Profile.values()) {
                responses++;
                List<Match> all = matcher.match(new MatchQuery(profile, context.duration(), context.person(),
                        LonelinessContext.UNKNOWN, MatchQuery.MAX_LIMIT)).matches();
                List<Match> top = all.subList(0, Math.min(10, all.size()));
                inversions += hasInversion(top, 3) ? 1 : 0;
                filler += hasNearZeroFiller(top, all) ? 1 : 0;
                repeated += maxRepeat(top) >= 5 ? 1 : 0;
                labels += hasProfileLabel(top) ? 1 : 0;
                online += Boolean.FALSE.equals(context.person().digitalSkills())
                        && top.stream().anyMatch(m -> onlineOnly(m.activity())) ? 1 : 0;
                weak += top.stream().anyMatch(m -> m.fit().level() == FitLevel.WEAK) ? 1 : 0;
            }
        }
        return new Figures(responses, inversions, filler, repeated, labels, online, weak);
    }

    static boolean hasInversion(List<Match> top, double points) {
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                if (top.get(j).score() >= top.get(i).score() + points) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasNearZeroFiller(List<Match> top, List<Match> all) {
        double bestLeftOut = all.stream().skip(top.size()).mapToDouble(Match::score).max().orElse(Double.NEGATIVE_INFINITY);
        return top.stream().anyMatch(m -> m.score() <= 2 && bestLeftOut >= m.score() + 3);
    }

    static int maxRepeat(List<Match> top) {
        Map<String, Integer> counts = new HashMap<>();
        for (Match match : top) {
            match.reasons().stream().map(Note::text).distinct().forEach(text -> counts.merge(text, 1, Integer::sum));
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static final Set<String> PROFILE_LABELS = Set.of("Actieven", "Geborgenen", "Achterblijvers", "Afhankelijken",
            "Compenseerders", "Buitenstaanders", "Hoopvollen", "Overlevers");

    static boolean hasProfileLabel(List<Match> top) {
        return top.stream().flatMap(m -> m.reasons().stream())
                .anyMatch(note -> PROFILE_LABELS.stream().anyMatch(label -> note.text().contains(label)));
    }

    static boolean onlineOnly(Activity activity) {
        return activity.delivery().settings().stream().allMatch(s -> s == Setting.ONLINE);
    }
}
