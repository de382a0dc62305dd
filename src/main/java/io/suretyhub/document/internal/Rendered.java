package io.suretyhub.document.internal;

/**
 * An unsigned PDF and where its seal goes.
 *
 * @param pdf the PDF
 * @param sealPage index of the page that carries the seal
 * @param sealX left of the seal square
 * @param sealY bottom of the seal square
 * @param sealSize side of the seal square, in points
 */
record Rendered(byte[] pdf, int sealPage, float sealX, float sealY, float sealSize) {
}
