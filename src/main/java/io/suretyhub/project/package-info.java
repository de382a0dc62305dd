/**
 * Projects (R-PRJ-1, minimal for now; the projects issue adds type, works, period, permit and the
 * deposit ratio): a general contractor registers the projects it builds, each in one prefecture or
 * county (R-GEO-2). Who sees a project follows the viewer's scope: the region authority and the
 * financial regulator all, a local authority its own area, a contractor its own projects, an insurer
 * the prefecture of its branch. Module API: {@link io.suretyhub.project.Projects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package io.suretyhub.project;
