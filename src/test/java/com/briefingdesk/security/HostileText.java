package com.briefingdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of src/test/resources/hostile-input/text.txt: what the application must do with a text. */
record HostileText(Expect expect, boolean printable, String name, String text) {

    enum Expect { STORED, BLANK, REFUSED, UNPRINTABLE }

    /** Whether a field the printed issue carries stores it. */
    boolean storedWherePrinted() {
        return expect == Expect.STORED;
    }

    /** Whether a required field that is never printed stores it. */
    boolean storedWhereNotPrinted() {
        return expect == Expect.STORED || expect == Expect.UNPRINTABLE;
    }

    static List<HostileText> corpus() {
        List<HostileText> corpus = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileText.class.getResourceAsStream("/hostile-input/text.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", 4);
                corpus.add(new HostileText(Expect.valueOf(parts[0].toUpperCase()), parts[1].equals("text"), parts[2],
                        unescape(parts.length > 3 ? parts[3] : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }

    /** What the application keeps of a stored text: the text without the spaces at its ends. */
    String stored() {
        return text.strip();
    }

    @Override
    public String toString() {
        return name;
    }

    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                out.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
