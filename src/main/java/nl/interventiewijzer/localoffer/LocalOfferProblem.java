package nl.interventiewijzer.localoffer;

/** One thing wrong with a package: the file, the spreadsheet row (the header is row 1; 0 = the file itself), what. */
public record LocalOfferProblem(String file, int row, String message) {

    @Override
    public String toString() {
        return row > 0 ? file + ", row " + row + ": " + message : file + ": " + message;
    }
}
