package io.suretyhub.demo;

import io.suretyhub.insurer.InsurerOnboarding;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.seal.SealCertificates;

import org.springframework.stereotype.Component;

/** The other modules' services the demo acts through, as their users would. */
@Component
record DemoServices(InsurerOnboarding onboarding, SealCertificates seals, Underwriting underwriting,
		DepositRatios ratios, Policies policies) {
}
