package org.jumelage.organisations.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.Component;

/**
 * Labels of the shared {@link Region} and {@link Sector} values. Their keys belong to the shared
 * translations; until a key exists, a readable name made from the value stands in for it, so a
 * screen never shows a raw {@code !{key}!}.
 */
final class Labels {

    private Labels() {
    }

    static String region(Component component, Region region) {
        return region == null ? "" : translated(component, region.translationKey(), region.name());
    }

    static String sector(Component component, Sector sector) {
        return sector == null ? "" : translated(component, sector.translationKey(), sector.name());
    }

    private static String translated(Component component, String key, String fallback) {
        String text = component.getTranslation(key);
        if (text == null || text.isBlank() || text.startsWith("!{")) {
            return humanise(fallback);
        }
        return text;
    }

    /** {@code SAGUENAY_LAC_SAINT_JEAN} becomes {@code Saguenay Lac Saint Jean}. */
    static String humanise(String constant) {
        return Arrays.stream(constant.toLowerCase(Locale.ROOT).split("_"))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
