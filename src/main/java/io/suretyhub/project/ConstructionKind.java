package io.suretyhub.project;

/** New, extension or rebuild (R-PRJ-1); texts are {@code project.kind.<NAME>}. */
public enum ConstructionKind {

	NEW, EXTENSION, REBUILD

}
