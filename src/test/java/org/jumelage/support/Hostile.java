package org.jumelage.support;

import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Generators of hostile input for the properties over forms and imports: control characters with NUL,
 * right-to-left text and bidi overrides, emoji and astral characters, combining marks, HTML and script,
 * MongoDB operators and dotted or dollar keys, template and format injections, blank values, very long
 * strings, and numbers out of range. Properties that need the application context run as Jupiter tests
 * and draw their samples here, from a fixed seed so that a failure is reproducible.
 */
public final class Hostile {

    /** Pieces that have broken applications before; mixed with ordinary words by {@link #text()}. */
    public static final List<String> FRAGMENTS = List.of(
            "\u0000", "\u0007", "\u0008", "\u001B[31m", "\r\n", "\n", "\t", "\u000B", "\u007F", "\u0085", "\u2028",
            "\u202E", "\u202D", "\u2066", "\u2069", "\u200F", "\u200E", "שלום עולם", "مرحبا بالعالم", "\u202Egnp.exe",
            "😀", "👩🏽‍💻", "🇶🇨", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎𠜱", "\uD83D\uDCA9",
            "e\u0301", "Z\u0351\u0348\u0353\u0361a\u0316\u0317\u0358l\u0334\u0325g\u035Co", "\u0301\u0302\u0303",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "&lt;b&gt;&amp;",
            "javascript:alert(1)", "<!--", "]]>", "</textarea>",
            "{\"$gt\": \"\"}", "{\"$where\": \"sleep(1000)\"}", "$where", "$ne", "$set", "a.b.c", "$", ".",
            "${jndi:ldap://x/a}", "#{7*7}", "[[${7*7}]]", "{{7*7}}", "{0}", "%s%n%x", "'; DROP TABLE x; --",
            "../../etc/passwd", "\\", "\"", "'", "’", "\uFEFF", "\u200B", "\u00A0", " ", "   ");

    private Hostile() {
    }

    /** Ordinary words, French included, to mix with the fragments. */
    public static Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.of("Organisme", "données", "Québec", "bénévole", "projet", "l’équipe",
                "Montréal", "ÉÉÉ", "ordinary"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                // Letters of every plane but no lone surrogate halves, which no browser sends.
                Arbitraries.strings().withCharRange('\u00A0', '\uD7FF').ofMaxLength(12));
    }

    /** A short hostile text: one to eight pieces. */
    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), words()).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts));
    }

    /** Empty and blank values, including blanks Java's {@code isBlank} does not see as blank. */
    public static Arbitrary<String> blank() {
        return Arbitraries.of("", " ", "   ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\uFEFF", "\u3000");
    }

    /** Between ten thousand and a million characters, one repeated piece or a hostile mix. */
    public static Arbitrary<String> longText() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(10_000, 1_000_000).map("a"::repeat),
                Arbitraries.integers().between(10_000, 200_000).map("😀<script>"::repeat),
                Arbitraries.integers().between(3_400, 40_000).map("e\u0301\u0000\u202E"::repeat));
    }

    /** Mostly short hostile texts, sometimes blank, sometimes very long. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(80, text()),
                net.jqwik.api.Tuple.of(10, blank()),
                net.jqwik.api.Tuple.of(6, longText()),
                net.jqwik.api.Tuple.of(4, Arbitraries.just((String) null)));
    }

    /** Integers a form should refuse as well as edge values it may accept. */
    public static Arbitrary<Integer> integers() {
        return Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, -1_000_000, -1, 0, 1, 1_000_000, Integer.MAX_VALUE),
                Arbitraries.integers());
    }

    /** Doubles out of any range: NaN, infinities, negative zero, huge and tiny values. */
    public static Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e308, -1e-308), Arbitraries.doubles());
    }

    /** An e-mail address with hostile parts, or a hostile text that is no address at all. */
    public static Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.oneOf(text(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> domain = Arbitraries.oneOf(Arbitraries.of("exemple.org", "xn--qubec-bsa.ca", "a.b", "x"), text());
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(local, domain).as((l, d) -> l + "@" + d),
                any(),
                Arbitraries.integers().between(250, 5_000).map(n -> "a".repeat(n) + "@exemple.org"));
    }

    /**
     * Runs the check on {@code tries} samples drawn from a seed named after the property; a failure
     * names the sample (shortened) so that it can be replayed.
     */
    public static <T> void forAll(String property, int tries, Arbitrary<T> arbitrary, Consumer<T> check) {
        // jqwik seeds are numbers: the property's name gives a fixed one.
        JqwikSession.start(String.valueOf(property.hashCode()));
        try {
            List<T> samples = arbitrary.sampleStream().limit(tries).toList();
            int i = 0;
            for (T sample : samples) {
                try {
                    check.accept(sample);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(property + ": sample " + i + " failed: " + shorten(String.valueOf(sample))
                            + " — " + e, e);
                }
                i++;
            }
        } finally {
            JqwikSession.finish();
        }
    }

    /** A printable rendering of a sample: control characters escaped, long values cut. */
    public static String shorten(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(300).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.length() > 300 ? out + "…(" + value.length() + " chars)" : out.toString();
    }
}
