package io.suretyhub.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security for controller tests that run without the identity module's security
 * configuration; where that configuration is present, both enable the same (deduplicated) setup.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityForTests {

}
