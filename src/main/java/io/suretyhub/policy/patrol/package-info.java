/**
 * Risk patrols on issued policies (R-POL-8): the insurer records joint site inspections, publicity, training
 * and worker satisfaction surveys with findings, follow-up and optional attachments; the labour
 * authorities of the project's area see them. Internal to the policy module.
 */
package io.suretyhub.policy.patrol;
