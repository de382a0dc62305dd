package io.suretyhub.insurer.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsurerSettings.class)
@EnableScheduling
class InsurerConfiguration {

}
