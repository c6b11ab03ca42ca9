/**
 * Proof of pro bono work: a firm's compliance report per period (on screen, CSV, PDF) and a
 * volunteer's participation attestation (PDF). Each PDF carries a verification code issued through
 * the {@code documents} module, whose public {@code /verifier} page confirms it.
 * Nothing depends on this module.
 */
package org.jumelage.reports;
