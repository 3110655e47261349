package com.briefingdesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The authorization matrix as docs/SECURITY.md states it: the test tries exactly what the document says. */
record AuthorizationMatrix(List<String> roles, List<Row> rows) {

    static final Path DOCUMENT = Path.of("docs/SECURITY.md");
    static final String MARKER = "<!-- authorization-matrix";
    static final String OPENS = "✓";
    static final String REFUSED = "✗";

    /** One door with the object its parameter names (empty when it takes none), and per role whether it opens. */
    record Row(String door, String object, List<Boolean> opens) {

        boolean opensFor(int role) {
            return opens.get(role);
        }
    }

    static AuthorizationMatrix read() {
        try {
            return parse(Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorizationMatrix parse(List<String> lines) {
        int at = 0;
        while (!lines.get(at).startsWith(MARKER)) {
            at++;
        }
        List<String> header = cells(lines.get(at + 1));
        List<String> roles = header.subList(2, header.size());
        List<Row> rows = new ArrayList<>();
        for (int i = at + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != header.size()) {
                throw new IllegalStateException("row " + (i + 1) + " has " + cells.size() + " cells: " + lines.get(i));
            }
            String where = "row " + (i + 1);
            List<Boolean> opens = cells.subList(2, cells.size()).stream().map(cell -> switch (cell) {
                case OPENS -> true;
                case REFUSED -> false;
                default -> throw new IllegalStateException(where + ": neither ✓ nor ✗: " + cell);
            }).toList();
            rows.add(new Row(door(cells.get(0)), cells.get(1), opens));
        }
        return new AuthorizationMatrix(List.copyOf(roles), List.copyOf(rows));
    }

    /** The code span of the first cell (`articles/:articleId`), or the whole cell for doors that are no URL. */
    private static String door(String cell) {
        int open = cell.indexOf('`');
        return open < 0 ? cell : cell.substring(open + 1, cell.indexOf('`', open + 1));
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
