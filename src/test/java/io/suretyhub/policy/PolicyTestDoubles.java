package io.suretyhub.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test doubles for the insurer register ({@link InsurerChoice}) and the document module's signing
 * ({@link PolicyDocumentIssuer}); {@code @Primary}, so they win over the real ones after the merge.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PolicyTestDoubles {

	@Bean
	@Primary
	Register testInsurerRegister() {
		return new Register();
	}

	@Bean
	@Primary
	PolicyDocumentIssuer testDocuments() {
		return content -> new PolicyDocumentIssuer.SignedPolicy("WG-TEST-" + content.policyId(), "ABCDEFGH23");
	}

	/** Insurers with one branch per prefecture; a suspended one is refused with R-INS-3. */
	public static class Register implements InsurerChoice {

		private final Map<Long, Map<String, Long>> branches = new ConcurrentHashMap<>();

		private final Set<Long> suspended = ConcurrentHashMap.newKeySet();

		public void branch(long insurerId, String prefecture, long branchId) {
			branches.computeIfAbsent(insurerId, id -> new ConcurrentHashMap<>()).put(prefecture, branchId);
		}

		public void suspend(long insurerId) {
			suspended.add(insurerId);
		}

		@Override
		public List<SelectableInsurer> selectable(AreaCode projectArea, LocalDate day) {
			return branches.entrySet().stream()
				.filter(e -> !suspended.contains(e.getKey()) && e.getValue().containsKey(projectArea.prefecture().value()))
				.map(e -> new SelectableInsurer(e.getKey(), "insurer-" + e.getKey(),
						e.getValue().get(projectArea.prefecture().value()), "branch"))
				.toList();
		}

		@Override
		public long branchFor(long insurerId, AreaCode projectArea, LocalDate day) {
			if (suspended.contains(insurerId)) {
				throw new RuleViolation("R-INS-3", "policy.error.insurerNotRegistered");
			}
			Long branch = branches.getOrDefault(insurerId, Map.of()).get(projectArea.prefecture().value());
			if (branch == null) {
				throw new RuleViolation("R-INS-4", "policy.error.insurerNotRegistered");
			}
			return branch;
		}

	}

}
