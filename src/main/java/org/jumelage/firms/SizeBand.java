package org.jumelage.firms;

/** How many people the firm employs. */
public enum SizeBand {
    FROM_1_TO_9,
    FROM_10_TO_49,
    FROM_50_TO_249,
    FROM_250
}
