/**
 * Issued documents that anyone can verify: a PDF helper, verification codes, the immutable record
 * of what each document certified and the public {@code /verifier} page. Reports (compliance
 * reports, attestations) and training (course certificates) issue through it. Depends only on
 * {@code shared} and {@code accounts}.
 */
package org.jumelage.documents;
