package nl.interventiewijzer.localoffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.interventiewijzer.localoffer.HsdsRecords.Schedule;

/**
 * An HSDS schedule (RFC 5545 recurrence parts freq, interval, byday, bymonthday with opens_at/closes_at) as a Dutch
 * sentence a coach can read out: "elke eerste donderdag van de maand, 14:00-16:30". The free-text description, when
 * given, follows the rule.
 */
public final class ScheduleText {

    static final Pattern BYDAY = Pattern.compile("(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d\\d:?\\d\\d)?");
    private static final Map<String, String> DAYS = Map.of("MO", "maandag", "TU", "dinsdag", "WE", "woensdag",
            "TH", "donderdag", "FR", "vrijdag", "SA", "zaterdag", "SU", "zondag");
    private static final Map<String, String> ORDINALS = Map.of("1", "eerste", "2", "tweede", "3", "derde",
            "4", "vierde", "5", "vijfde", "-1", "laatste", "-2", "een-na-laatste");

    private ScheduleText() {
    }

    static boolean isTime(String value) {
        return TIME.matcher(value).matches();
    }

    static boolean isByday(String value) {
        for (String part : value.split(",")) {
            Matcher matcher = BYDAY.matcher(part.strip());
            if (!matcher.matches() || (matcher.group(1) != null && !ORDINALS.containsKey(matcher.group(1)))) {
                return false;
            }
        }
        return true;
    }

    public static String of(Schedule schedule) {
        List<String> parts = new ArrayList<>();
        String rule = rule(schedule);
        if (!rule.isEmpty()) {
            parts.add(rule);
        }
        String times = times(schedule);
        if (!times.isEmpty()) {
            parts.add(times);
        }
        String text = String.join(", ", parts);
        if (schedule.description() != null) {
            text = text.isEmpty() ? schedule.description() : text + " (" + schedule.description() + ")";
        }
        return text.isEmpty() ? "Tijden niet opgegeven" : capitalise(text);
    }

    private static String rule(Schedule schedule) {
        if (schedule.freq() == null) {
            return "";
        }
        int interval = schedule.interval() == null ? 1 : schedule.interval();
        List<String> days = new ArrayList<>();
        if (schedule.byday() != null) {
            for (String part : schedule.byday().split(",")) {
                Matcher matcher = BYDAY.matcher(part.strip());
                if (matcher.matches()) {
                    String day = DAYS.get(matcher.group(2));
                    days.add(matcher.group(1) == null ? day : ORDINALS.get(matcher.group(1)) + " " + day);
                }
            }
        }
        String dayText = join(days);
        if ("WEEKLY".equals(schedule.freq())) {
            String every = interval == 1 ? "elke week" : interval == 2 ? "om de week" : "elke " + interval + " weken";
            return dayText.isEmpty() ? every : (interval == 1 ? "elke " + dayText : every + " op " + dayText);
        }
        String month = interval == 1 ? "van de maand" : "van elke " + interval + " maanden";
        if (!dayText.isEmpty()) {
            return "elke " + dayText + " " + month;
        }
        if (schedule.bymonthday() != null) {
            return "op dag " + schedule.bymonthday() + " " + month;
        }
        return interval == 1 ? "elke maand" : "elke " + interval + " maanden";
    }

    private static String times(Schedule schedule) {
        if (schedule.opensAt() == null) {
            return "";
        }
        String opens = hhmm(schedule.opensAt());
        return schedule.closesAt() == null ? "vanaf " + opens : opens + "-" + hhmm(schedule.closesAt());
    }

    private static String hhmm(String time) {
        return time.substring(0, 5);
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
