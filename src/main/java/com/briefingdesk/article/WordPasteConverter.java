package com.briefingdesk.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns what Word or WPS put on the clipboard (text/html) into our paragraphs and bold runs, keeping only what the
 * briefing prints: paragraph breaks and bold lead phrases. Fonts, colours, sizes, indentation, table markup, list
 * bullets, comments (批注), field codes, hidden text and Word's conditional comments are dropped; a table's cells
 * become paragraphs of their own, in reading order.
 */
public class WordPasteConverter {

    /** Word's fragments for old browsers and its XML islands; the list bullets and numbers it draws itself. */
    private static final Pattern CONDITIONAL_COMMENT = Pattern.compile("<!--\\[if[^\\]]*\\]>.*?<!\\[endif\\]-->",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_MARKER = Pattern.compile("<!\\[if !supportLists\\]>.*?<!\\[endif\\]>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWNLEVEL_MARKER = Pattern.compile("<!\\[(if [^\\]]*|endif)\\]>",
            Pattern.CASE_INSENSITIVE);
    private static final String START_FRAGMENT = "<!--StartFragment-->";
    private static final String END_FRAGMENT = "<!--EndFragment-->";
    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("([a-z0-9]*)\\.([\\w-]+)");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "section",
            "article", "header", "footer", "dl", "dt", "dd", "address", "center", "body");
    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title", "meta", "link", "xml",
            "template", "noscript", "img", "svg", "object", "embed", "iframe", "input", "select", "textarea", "button",
            "del", "o:p", "w:data");
    private static final Set<String> BOLD_TAGS = Set.of("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6");

    /** The paragraphs of the pasted HTML; empty when nothing printable was in it. */
    public ArticleBody convert(String clipboardHtml) {
        if (clipboardHtml == null || clipboardHtml.isBlank()) {
            return new ArticleBody(List.of());
        }
        String html = DOWNLEVEL_MARKER.matcher(LIST_MARKER.matcher(CONDITIONAL_COMMENT.matcher(clipboardHtml)
                .replaceAll("")).replaceAll("")).replaceAll("");
        Document whole = Jsoup.parse(html);
        Map<String, Boolean> boldClasses = boldClasses(whole);
        Element root = fragmentOf(html).map(fragment -> Jsoup.parseBodyFragment(fragment).body())
                .orElse(whole.body());
        Collector collector = new Collector();
        walk(root, false, boldClasses, collector);
        collector.endParagraph();
        return new ArticleBody(collector.paragraphs);
    }

    /** Browsers on Windows mark what was actually copied; the rest of the document is only its frame. */
    private static Optional<String> fragmentOf(String html) {
        int start = html.indexOf(START_FRAGMENT);
        int end = html.indexOf(END_FRAGMENT);
        return start >= 0 && end > start ? Optional.of(html.substring(start + START_FRAGMENT.length(), end))
                : Optional.empty();
    }

    /** Classes whose style sheet rule sets the weight, as Word and WPS write character styles (span.a, span.15). */
    private static Map<String, Boolean> boldClasses(Document document) {
        Map<String, Boolean> classes = new HashMap<>();
        for (Element style : document.select("style")) {
            Matcher rule = CSS_RULE.matcher(style.data().replace("<!--", "").replace("-->", ""));
            while (rule.find()) {
                Boolean bold = weight(rule.group(2));
                if (bold == null) {
                    continue;
                }
                for (String selector : rule.group(1).split(",")) {
                    Matcher matcher = CLASS_SELECTOR.matcher(selector.strip().toLowerCase(Locale.ROOT));
                    if (matcher.matches()) {
                        classes.put(matcher.group(1) + "." + matcher.group(2), bold);
                    }
                }
            }
        }
        return classes;
    }

    private static void walk(Element element, boolean inheritedBold, Map<String, Boolean> boldClasses,
                             Collector collector) {
        String tag = element.normalName();
        String style = element.attr("style").toLowerCase(Locale.ROOT);
        if (SKIPPED.contains(tag) || tag.startsWith("v:") || hidden(element, style)) {
            return;
        }
        boolean bold = boldOf(element, tag, style, inheritedBold, boldClasses);
        boolean block = BLOCKS.contains(tag);
        if (block) {
            collector.endParagraph();
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                collector.add(text.getWholeText(), bold);
            } else if (child instanceof Element childElement) {
                if ("br".equals(childElement.normalName())) {
                    collector.endParagraph();
                } else {
                    walk(childElement, bold, boldClasses, collector);
                }
            }
        }
        if (block) {
            collector.endParagraph();
        }
    }

    /** Hidden text, Word's comments (批注) and their reference marks, list bullets Word draws itself. */
    private static boolean hidden(Element element, String style) {
        Map<String, String> declarations = declarations(style);
        String className = element.className().toLowerCase(Locale.ROOT);
        return "none".equals(declarations.get("display")) || "all".equals(declarations.get("mso-hide"))
                || "hidden".equals(declarations.get("visibility")) || element.hasAttr("hidden")
                || "ignore".equals(declarations.get("mso-list"))
                || declarations.getOrDefault("mso-element", "").startsWith("comment")
                || declarations.containsKey("mso-comment-reference")
                || "comment".equals(declarations.get("mso-special-character"))
                || className.contains("msocomment");
    }

    /** The inline style decides first, then the element (b, strong, headings), then a class rule, then the parent. */
    private static boolean boldOf(Element element, String tag, String style, boolean inherited,
                                  Map<String, Boolean> boldClasses) {
        Boolean inline = weight(style);
        if (inline != null) {
            return inline;
        }
        if (BOLD_TAGS.contains(tag)) {
            return true;
        }
        for (String className : element.classNames()) {
            String name = className.toLowerCase(Locale.ROOT);
            Boolean byClass = boldClasses.getOrDefault(tag + "." + name, boldClasses.get("." + name));
            if (byClass != null) {
                return byClass;
            }
        }
        return inherited;
    }

    /** font-weight of a declaration block: true for bold, false for normal, null when it does not say. */
    private static Boolean weight(String declarationBlock) {
        String value = declarations(declarationBlock).get("font-weight");
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "bold", "bolder" -> true;
            case "normal", "lighter" -> false;
            default -> value.matches("\\d+") ? Integer.parseInt(value) >= 600 : null;
        };
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new HashMap<>();
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).replace("!important", "").replace("\"", "")
                                .replace("'", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return declarations;
    }

    /** Gathers the characters of one paragraph with their weight, and closes it into runs. */
    private static final class Collector {

        private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D]");

        final List<ArticleBody.Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Boolean> weights = new ArrayList<>();

        void add(String s, boolean bold) {
            for (int i = 0; i < s.length(); i++) {
                text.append(s.charAt(i));
                weights.add(bold);
            }
        }

        void endParagraph() {
            List<ArticleBody.Run> runs = runs();
            if (!runs.isEmpty()) {
                paragraphs.add(new ArticleBody.Paragraph(runs));
            }
            text.setLength(0);
            weights.clear();
        }

        /**
         * HTML whitespace collapses to one space; a line break the exporter put between two Chinese characters
         * disappears, as it does on screen. Indentation and blanks at either end go: the layout indents by itself.
         */
        private List<ArticleBody.Run> runs() {
            StringBuilder out = new StringBuilder();
            List<Boolean> outWeights = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!isSpace(c)) {
                    out.append(c);
                    outWeights.add(weights.get(i));
                    i++;
                    continue;
                }
                int end = i;
                boolean lineBreak = false;
                while (end < text.length() && isSpace(text.charAt(end))) {
                    lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
                    end++;
                }
                boolean betweenChinese = i > 0 && end < text.length()
                        && CJK.matcher(String.valueOf(text.charAt(i - 1))).matches()
                        && CJK.matcher(String.valueOf(text.charAt(end))).matches();
                if (!(lineBreak && betweenChinese)) {
                    // a blank inside a bold phrase stays in it; at its edge it is plain text
                    out.append(' ');
                    outWeights.add(i > 0 && weights.get(i - 1) && end < text.length() && weights.get(end));
                }
                i = end;
            }
            int from = 0;
            int to = out.length();
            while (from < to && isIndent(out.charAt(from))) {
                from++;
            }
            while (to > from && isIndent(out.charAt(to - 1))) {
                to--;
            }
            List<ArticleBody.Run> runs = new ArrayList<>();
            int runStart = from;
            for (int k = from + 1; k <= to; k++) {
                if (k == to || !outWeights.get(k).equals(outWeights.get(runStart))) {
                    runs.add(new ArticleBody.Run(out.substring(runStart, k), outWeights.get(runStart)));
                    runStart = k;
                }
            }
            return runs;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
        }

        private static boolean isIndent(char c) {
            return isSpace(c) || c == '\u3000';
        }
    }
}
