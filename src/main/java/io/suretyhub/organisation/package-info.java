/**
 * Organisations: the region and local labour authorities, financial regulator offices, insurers (a
 * region-level branch 自治区级分公司 with prefecture branches 地州市分支机构) and general contractors
 * 施工总承包单位, each located in one area (R-GEO-2). Contractors and insurers' region branches carry a
 * checked unified social credit code. Who sees which organisation follows the viewer's area scope.
 * Module API: {@link io.suretyhub.organisation.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package io.suretyhub.organisation;
