/** The application shell: main layout, navigation by role, language handling and error pages. */
package org.jumelage.ui;
