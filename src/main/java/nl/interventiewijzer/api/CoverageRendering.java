package nl.interventiewijzer.api;

import java.util.List;
import java.util.Locale;
import nl.interventiewijzer.catalogue.Kind;
import nl.interventiewijzer.coverage.CoverageReport;
import nl.interventiewijzer.coverage.Reach;

/** A coverage report as CSV (one row per profile and kind) and as an SVG heat map of profiles x kinds, gaps marked. */
final class CoverageRendering {

    static final List<Kind> KINDS = List.of(Kind.GROUP, Kind.ONE_ON_ONE, Kind.COURSE);
    private static final int CELL_W = 130;
    private static final int CELL_H = 34;
    private static final int LEFT = 150;
    private static final int TOP = 70;

    private CoverageRendering() {
    }

    static String csv(CoverageReport report) {
        StringBuilder csv = new StringBuilder("profile,kind,fits_well,profile_fits_well,comes_to_person,phone,online,"
                + "place_to_go,gap,suggestions\r\n");
        for (CoverageReport.ProfileCoverage profile : report.profiles()) {
            for (Kind kind : KINDS) {
                List<String> suggestions = gap(report, profile, kind).map(g -> g.suggestions().stream()
                        .map(CoverageReport.Suggestion::activityId).toList()).orElse(List.of());
                csv.append(profile.profile()).append(',').append(kind).append(',')
                        .append(profile.byKind().get(kind)).append(',').append(profile.fitsWell()).append(',')
                        .append(profile.byReach().get(Reach.COMES_TO_PERSON)).append(',')
                        .append(profile.byReach().get(Reach.PHONE)).append(',')
                        .append(profile.byReach().get(Reach.ONLINE)).append(',')
                        .append(profile.byReach().get(Reach.PLACE_TO_GO)).append(',')
                        .append(gap(report, profile, kind).isPresent()).append(',')
                        .append(String.join(" ", suggestions)).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static java.util.Optional<CoverageReport.Gap> gap(CoverageReport report, CoverageReport.ProfileCoverage profile,
            Kind kind) {
        return report.gaps().stream().filter(g -> g.profile() == profile.profile() && g.kind() == kind).findFirst();
    }

    private static boolean profileGap(CoverageReport report, CoverageReport.ProfileCoverage profile) {
        return report.gaps().stream().anyMatch(g -> g.profile() == profile.profile() && g.kind() == null);
    }

    static String svg(CoverageReport report) {
        int width = LEFT + CELL_W * KINDS.size() + 20;
        int height = TOP + CELL_H * report.profiles().size() + 50;
        int max = report.profiles().stream().flatMap(p -> p.byKind().values().stream()).mapToInt(Integer::intValue)
                .max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        String title = "Aanbod dat goed past per profiel en soort"
                + (report.municipality() == null ? "" : " - " + escape(report.municipality()));
        svg.append("<title>").append(title).append("</title>\n");
        svg.append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(title).append("</text>\n");
        for (int k = 0; k < KINDS.size(); k++) {
            svg.append("<text x=\"").append(LEFT + k * CELL_W + CELL_W / 2).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"middle\">").append(KINDS.get(k)).append("</text>\n");
        }
        for (int p = 0; p < report.profiles().size(); p++) {
            CoverageReport.ProfileCoverage profile = report.profiles().get(p);
            int y = TOP + p * CELL_H;
            svg.append("<text x=\"10\" y=\"").append(y + CELL_H / 2 + 5).append("\"")
                    .append(profileGap(report, profile) ? " fill=\"#b00020\" font-weight=\"bold\"" : "").append(">")
                    .append(profile.profile()).append(profileGap(report, profile) ? " !" : "").append("</text>\n");
            for (int k = 0; k < KINDS.size(); k++) {
                Kind kind = KINDS.get(k);
                int count = profile.byKind().get(kind);
                boolean gap = gap(report, profile, kind).isPresent();
                int x = LEFT + k * CELL_W;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL_W - 4)
                        .append("\" height=\"").append(CELL_H - 4).append("\" fill=\"").append(colour(count, max))
                        .append("\"").append(gap ? " stroke=\"#b00020\" stroke-width=\"3\" class=\"gap\"" : "")
                        .append("><title>").append(profile.profile()).append(" x ").append(kind).append(": ").append(count)
                        .append(gap ? " (gat)" : "").append("</title></rect>\n");
                svg.append("<text x=\"").append(x + CELL_W / 2 - 2).append("\" y=\"").append(y + CELL_H / 2 + 3)
                        .append("\" text-anchor=\"middle\">").append(count).append(gap ? " - gat" : "").append("</text>\n");
            }
        }
        svg.append("<text x=\"10\" y=\"").append(height - 15).append("\" font-size=\"11\">Getal: aanbod met fit GOOD of"
                + " STRONG. Rode rand: een soort die de ondersteuningsrichting vraagt, zonder passend aanbod."
                + " Rood profiel: te weinig passend aanbod.</text>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String colour(int count, int max) {
        if (count == 0 || max == 0) {
            return "#f2f2f2";
        }
        double share = (double) count / max;
        int light = (int) Math.round(230 - share * 140);
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", light - 40, light, light - 60);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
