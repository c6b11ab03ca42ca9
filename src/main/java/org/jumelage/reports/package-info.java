/**
 * Proof of pro bono work: a firm's compliance report per period (on screen, CSV, PDF) and a
 * volunteer's participation attestation (PDF). Each PDF carries a verification code; an immutable
 * record of what it certified lets anyone confirm it on the public {@code /verifier} page.
 * Nothing depends on this module.
 */
package org.jumelage.reports;
