package org.jumelage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core (Deque's Selenium binding, offline) on the page the browser shows. */
public final class Accessibility {

    private Accessibility() {
    }

    /** No violation at all. */
    public static void assertNoViolations(WebDriver driver, String page) {
        assertNone(driver, page, v -> true);
    }

    /** No serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        assertNone(driver, page, v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()));
    }

    private static void assertNone(WebDriver driver, String page, Predicate<Rule> counted) {
        Results results;
        animationsNearlyInstant(driver, true);
        try {
            awaitFiniteAnimations(driver);
            // Vaadin's own connection indicator is an empty, invisible element at the end of <body>.
            results = new AxeBuilder().exclude("vaadin-connection-indicator").analyze(driver);
        } finally {
            animationsNearlyInstant(driver, false);
        }
        assertThat(results.getPasses()).as("axe ran its rules on " + page).isNotEmpty();
        List<Rule> violations = results.getViolations().stream().filter(counted).toList();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on " + page + ":\n" + report).isEmpty();
    }

    /**
     * A notification can start closing while axe reads the page, and its fading colours are not the
     * ones a person reads. While axe runs, Chromium plays every animation (shadow trees included) a
     * thousand times faster, so none is ever caught half-way; the normal rate is restored afterwards.
     */
    private static void animationsNearlyInstant(WebDriver driver, boolean on) {
        if (driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Animation.enable", Map.of());
            cdp.executeCdpCommand("Animation.setPlaybackRate", Map.of("playbackRate", on ? 1000.0 : 1.0));
        }
    }

    /**
     * Colours caught mid-animation (a notification fading in) are not the colours a person reads, so
     * axe runs once every finite animation on the page, shadow trees included, has ended. Endless
     * ones (a progress spinner) are not waited for; after five seconds axe runs anyway.
     */
    private static void awaitFiniteAnimations(WebDriver driver) {
        String script = "return document.getAnimations().filter(a => a.playState === 'running'"
                + " && isFinite(a.effect && a.effect.getComputedTiming().endTime)).length === 0;";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
        } catch (TimeoutException stillMoving) {
            // analyse what is there: a violation is then reported with the page as it is
        }
    }
}
