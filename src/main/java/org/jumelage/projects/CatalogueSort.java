package org.jumelage.projects;

/** Orders of the public catalogue. Labels: {@code catalogue.sort.<NAME>}. */
public enum CatalogueSort {
    NEWEST,
    DEADLINE,
    HOURS,
    TITLE
}
