package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountsTests extends IdentityTestSupport {

	@Test
	@DisplayName("register with a generated password; the scope carries organisation, area and role")
	void registerWithGeneratedPassword() throws Exception {
		String password = accounts.generatePassword();
		long id = accounts.register(new NewAccount("kashgar.official", "喀什地区人社局", password,
				Role.LOCAL_AUTHORITY, organisationId(), AreaCode.of("653100")));
		var scope = accounts.findScope("kashgar.official").orElseThrow();
		assertThat(scope.accountId()).isEqualTo(id);
		assertThat(scope.organisationId()).isEqualTo(organisationId());
		assertThat(scope.area()).isEqualTo(AreaCode.of("653100"));
		assertThat(scope.role()).isEqualTo(Role.LOCAL_AUTHORITY);
		assertThat(accounts.exists("kashgar.official")).isTrue();
		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).containsExactly("account.create");
		assertThat(postLogin("kashgar.official", password).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
	}

	@Test
	@DisplayName("register refuses a weak password, naming every reason, and a taken username")
	void registerRefusesWeakPasswordsAndDuplicates() {
		assertThatThrownBy(() -> accounts.register(new NewAccount("weakuser", "Weak", "weakuser12", Role.CONTRACTOR,
				1, AreaCode.of("650100"))))
			.isInstanceOfSatisfying(PasswordRejected.class, ex -> assertThat(ex.reasons())
				.containsExactly("identity.password.too-simple", "identity.password.contains-username"));
		String taken = newAccount(Role.CONTRACTOR);
		assertThatIllegalArgumentException().isThrownBy(() -> accounts
			.register(new NewAccount(taken, "Again", PASSWORD, Role.CONTRACTOR, organisationId(), AreaCode.of("650100"))));
		assertThat(accounts.findScope("nobody-at-all")).isEmpty();
	}

	@Test
	@DisplayName("Region-wide roles belong to the region, and usernames are lower case")
	void newAccountChecksItsFields() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NewAccount("region", "Region", PASSWORD,
				Role.REGION_AUTHORITY, 1, AreaCode.of("650100")));
		assertThatIllegalArgumentException().isThrownBy(() -> new NewAccount("Upper", "Upper", PASSWORD,
				Role.CONTRACTOR, 1, AreaCode.of("650100")));
	}

}
