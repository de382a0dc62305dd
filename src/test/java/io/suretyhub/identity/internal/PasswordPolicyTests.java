package io.suretyhub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsTenCharactersOfThreeClasses() {
		assertThat(policy.check("wang.li", "Tianshan2026")).isEmpty();
		assertThat(policy.check("wang.li", "tianshan-2026")).isEmpty();
	}

	@Test
	void namesEveryReason() {
		assertThat(policy.check("wang.li", "Ab1!")).containsExactly("identity.password.too-short");
		assertThat(policy.check("wang.li", "tianshanmountain")).containsExactly("identity.password.too-simple");
		assertThat(policy.check("wang.li", "Xx-WANG.LI-2026")).containsExactly("identity.password.contains-username");
		assertThat(policy.check("wang.li", "abc")).containsExactly("identity.password.too-short",
				"identity.password.too-simple");
		assertThat(policy.check("wang.li", "天山".repeat(12) + "Aa1")).containsExactly("identity.password.too-long");
	}

	@Test
	void countsChineseCharactersAsCharactersNotAsAClass() {
		assertThat(policy.check("wang.li", "新疆天山乌鲁ab12")).containsExactly("identity.password.too-simple");
		assertThat(policy.check("wang.li", "新疆天山乌鲁Ab12")).isEmpty();
	}

	@RepeatedTest(20)
	void generatedPasswordsSatisfyThePolicy() {
		String password = policy.generate();
		assertThat(password).hasSize(16);
		assertThat(PasswordPolicy.characterClasses(password)).isEqualTo(4);
		assertThat(policy.check("demo", password)).isEmpty();
	}

}
