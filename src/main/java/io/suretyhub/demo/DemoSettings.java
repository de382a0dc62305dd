package io.suretyhub.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether an empty database gets the demo data
 * @param password one password for every demo login; blank to generate one per login
 */
@ConfigurationProperties("suretyhub.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("") String password) {
}
