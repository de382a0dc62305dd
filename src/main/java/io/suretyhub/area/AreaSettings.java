package io.suretyhub.area;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which area files are loaded at start ({@code suretyhub.areas.files}); each is a Spring resource
 * location. The format is described in {@code docs/areas.md}.
 */
@ConfigurationProperties("suretyhub.areas")
record AreaSettings(@DefaultValue("classpath:areas/650000.csv") List<String> files) {
}
