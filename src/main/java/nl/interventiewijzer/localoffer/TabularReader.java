package nl.interventiewijzer.localoffer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CSV files of an HSDS tabular package into rows, strictly: a missing required file, a column HSDS does not
 * define for the file, a repeated column or a row with a different number of cells is a problem naming file and row.
 * A UTF-8 byte order mark (as spreadsheets write it) is accepted; blank lines are skipped.
 */
public final class TabularReader {

    /**
     * One data row: its spreadsheet row number (the header is row 1) and its non-empty cells, kept by their column's
     * place in {@link HsdsTable#columns()} (an array per row, not a map: a 5,000-service package has 46,700 rows).
     */
    public static final class Row {
        private final HsdsTable table;
        private final int number;
        private final String[] cells;

        Row(HsdsTable table, int number, String[] cells) {
            this.table = table;
            this.number = number;
            this.cells = cells;
        }

        public HsdsTable table() {
            return table;
        }

        public int number() {
            return number;
        }

        /** The cell of a column, or null when it is empty, absent from the file, or not a column of this table. */
        public String get(String column) {
            int position = table.position(column);
            return position < 0 ? null : cells[position];
        }

        /** The cell of the column at this place in {@link HsdsTable#columns()}, or null when it is empty. */
        String at(int position) {
            return cells[position];
        }

        public LocalOfferProblem problem(String message) {
            return new LocalOfferProblem(table.file(), number, message);
        }
    }

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    static final String DATAPACKAGE = "datapackage.json";

    private final List<LocalOfferProblem> problems = new ArrayList<>();
    private final MessageDigest digest = sha256();
    private String version;

    /** Rows per table; absent optional files give an empty list. Problems are collected, see {@link #problems()}. */
    public Map<HsdsTable, List<Row>> read(Path directory) {
        Map<HsdsTable, List<Row>> rows = new EnumMap<>(HsdsTable.class);
        if (!Files.isDirectory(directory)) {
            problems.add(new LocalOfferProblem(directory.toString(), 0, "is not a directory"));
            return rows;
        }
        checkForeignFiles(directory);
        for (HsdsTable table : HsdsTable.values()) {
            Path file = directory.resolve(table.file());
            if (!Files.isRegularFile(file)) {
                if (table.required()) {
                    problems.add(new LocalOfferProblem(table.file(), 0, "is missing; an HSDS package for this service"
                            + " needs it (an empty file with only the header is fine)"));
                }
                rows.put(table, List.of());
                continue;
            }
            rows.put(table, readTable(table, file));
        }
        return rows;
    }

    public List<LocalOfferProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * The package's version: the first 12 hex digits of a SHA-256 over each file read, in {@link HsdsTable} order,
     * its name then its bytes, taken as the files are read (so each is read once); ask for it after {@link #read}.
     */
    public String version() {
        if (version == null) {
            version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
        return version;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private void checkForeignFiles(Path directory) {
        Set<String> known = new HashSet<>();
        for (HsdsTable table : HsdsTable.values()) {
            known.add(table.file());
        }
        known.add(DATAPACKAGE);
        try (var files = Files.list(directory)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") && !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new LocalOfferProblem(name, 0, "is not a file of our HSDS profile;"
                            + " known files: " + String.join(", ", known.stream().sorted().toList()))));
        } catch (IOException e) {
            problems.add(new LocalOfferProblem(directory.toString(), 0, "cannot be listed: " + e.getMessage()));
        }
    }

    private List<Row> readTable(HsdsTable table, Path file) {
        List<Row> rows = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new LocalOfferProblem(table.file(), 0, "cannot be read: " + firstLine(e.getMessage())));
            return rows;
        }
        digest.update(table.file().getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
                MappingIterator<String[]> lines = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
            if (!lines.hasNext()) {
                problems.add(new LocalOfferProblem(table.file(), 1, "has no header row"));
                return rows;
            }
            List<String> header = header(table, lines.next());
            if (header == null) {
                return rows;
            }
            int[] positions = header.stream().mapToInt(table::position).toArray();
            int number = 1;
            while (lines.hasNext()) {
                String[] cells = lines.next();
                number++;
                if (isBlank(cells)) {
                    continue;
                }
                if (cells.length != header.size()) {
                    problems.add(new LocalOfferProblem(table.file(), number, "has " + cells.length + " cells, the header"
                            + " has " + header.size()));
                    continue;
                }
                String[] values = new String[table.columns().size()];
                for (int i = 0; i < cells.length; i++) {
                    String value = cells[i].strip();
                    if (!value.isEmpty()) {
                        values[positions[i]] = value;
                    }
                }
                rows.add(new Row(table, number, values));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new LocalOfferProblem(table.file(), 0, "is not valid CSV: " + firstLine(e.getMessage())));
        }
        return rows;
    }

    private List<String> header(HsdsTable table, String[] cells) {
        List<String> header = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < cells.length; i++) {
            String column = (i == 0 ? cells[i].replace("\uFEFF", "") : cells[i]).strip();
            if (!table.columns().contains(column)) {
                problems.add(new LocalOfferProblem(table.file(), 1, "unknown column '" + column + "'; HSDS columns of"
                        + " this file: " + String.join(", ", table.columns())));
                valid = false;
            } else if (header.contains(column)) {
                problems.add(new LocalOfferProblem(table.file(), 1, "column '" + column + "' appears twice"));
                valid = false;
            }
            header.add(column);
        }
        if (!header.contains("id")) {
            problems.add(new LocalOfferProblem(table.file(), 1, "has no 'id' column"));
            valid = false;
        }
        return valid ? header : null;
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
