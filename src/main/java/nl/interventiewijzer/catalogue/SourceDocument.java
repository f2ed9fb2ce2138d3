package nl.interventiewijzer.catalogue;

public enum SourceDocument {
    HANDREIKING("Coalitie Erbij, Handreiking lokale aanpak van eenzaamheid (2017)"),
    SOCIAAL_MAAKT_GEZOND("Movisie & Sociaal Werk Nederland, Sociaal maakt Gezond"),
    KENNISDOSSIER_SOCIALE_OMGEVING("Gezond in..., Kennisdossier sociale omgeving"),
    EEN_BUURT_VOOR_IEDEREEN("Movisie, Een buurt voor iedereen (2022)");

    private final String title;

    SourceDocument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
