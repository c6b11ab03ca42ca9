/**
 * Privacy under Québec's Law 25 beyond the consent kept with accounts: the register of confidentiality
 * incidents that coordinators keep and show the Commission d'accès à l'information on request.
 */
package org.jumelage.privacy;
