/**
 * Projects and their deposit ratio (R-PRJ-1, R-PRJ-2, R-PRJ-3, R-FAIR-3): a general contractor registers the
 * projects it builds (type, works, construction period, permit or contract date), each in one prefecture or
 * county (R-GEO-2); within 20 working days of the permit (or contract) it submits the deposit ratio
 * confirmation, which the local authority confirms; the region's ratio rules (with effective dates) give
 * the ratio and the deposit, which the contractor splits among cash, bank guarantee and insurance. Who sees
 * a project follows the viewer's scope: the region authority and the financial regulator all, a local
 * authority its own area, a contractor its own projects, an insurer the prefecture of its branch.
 * Module API: {@link io.suretyhub.project.Projects}, {@link io.suretyhub.project.DepositRatios}; events
 * {@link io.suretyhub.project.ProjectRegistered}, {@link io.suretyhub.project.DepositRatioSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package io.suretyhub.project;
