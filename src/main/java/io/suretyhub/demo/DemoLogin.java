package io.suretyhub.demo;

import io.suretyhub.shared.Role;

/** A demo login as printed on the console. */
record DemoLogin(String username, String password, Role role, String organisation) {
}
