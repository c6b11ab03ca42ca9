/**
 * The hours-logging panel that providers use: firm members in "My firm" and volunteers in their
 * profile. Exposed to other modules (the volunteers' view) as the named interface {@code hours-ui}.
 */
@org.springframework.modulith.NamedInterface("hours-ui")
package org.jumelage.firms.ui.hours;
