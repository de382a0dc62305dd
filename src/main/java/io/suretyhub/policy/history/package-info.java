/**
 * The register of historical (pre-platform) policies (R-POL-9): an insurer, or a labour authority, imports
 * them from CSV or Excel; every row is checked and a file with any bad row stores nothing, only a report
 * naming each bad row and column. Imported policies are marked historical. Internal to the policy module.
 */
package io.suretyhub.policy.history;
