/**
 * Value types, storage and i18n plumbing used by every feature. An open module: every feature may
 * use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jumelage.shared;
