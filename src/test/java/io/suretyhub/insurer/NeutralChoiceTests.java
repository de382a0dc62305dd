package io.suretyhub.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.suretyhub.insurer.InsurerChoice.SelectableInsurer;
import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class NeutralChoiceTests {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	InsurerChoice choice;

	@Autowired
	Sanctions sanctions;

	@Autowired
	Solvency solvency;

	@Autowired
	Branches branches;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("R-FAIR-1, R-INS-1/3/4, R-SUP-3: nobody eligible is missing; each ineligible insurer is refused with its rule")
	void nobodyEligibleIsMissingAndEachRefusalNamesItsRule() {
		clock.setLocal("2026-11-23T09:00:00");
		LocalDate today = LocalDate.now(clock);
		AreaCode project = AreaCode.of("653101");
		List<Long> eligible = List.of(fixtures.registered("甲保险", "653100"), fixtures.registered("乙保险", "653100", "650100"),
				fixtures.registered("丙保险", "653100"));
		long unregistered = fixtures.submitted("未登记保险", "250", "A", "653100");
		long elsewhere = fixtures.registered("外地保险", "650100");
		long unqualified = fixtures.registered("降级保险", "653100");
		solvency.record(unqualified, LocalDate.parse("2026-09-30"), new BigDecimal("300"), "C", fixtures.admin(unqualified));
		long rectifying = fixtures.registered("整改保险", "653100");
		long proposal = sanctions.propose(rectifying, SanctionTrigger.NON_COMPLIANT, "违规", "t/" + rectifying, null).orElseThrow();
		sanctions.confirm(proposal, false, null, "违规承保", fixtures.region);
		long closed = fixtures.registered("撤点保险", "653100");
		branches.of(closed).forEach(b -> branches.close(closed, b.id(), fixtures.admin(closed)));

		List<SelectableInsurer> offered = choice.selectable(project, today);
		List<Long> offeredIds = offered.stream().map(SelectableInsurer::insurerId).toList();
		assertThat(offeredIds).containsAll(eligible).doesNotHaveDuplicates();
		offered.forEach(s -> assertThat(choice.branchFor(s.insurerId(), project, today)).isEqualTo(s.branchId()));
		offered.stream().filter(s -> eligible.contains(s.insurerId()))
			.forEach(s -> assertThat(branches.of(s.insurerId())).anyMatch(b -> b.id() == s.branchId()
					&& b.area().value().equals("653100")));
		Map<Long, String> refused = Map.of(unregistered, "R-INS-1", elsewhere, "R-INS-4", unqualified, "R-INS-3",
				rectifying, "R-SUP-3", closed, "R-INS-4", 987_654_321L, "R-INS-1");
		refused.forEach((id, rule) -> {
			assertThat(offeredIds).doesNotContain(id);
			RuleViolation violation = catchThrowableOfType(RuleViolation.class, () -> choice.branchFor(id, project, today));
			assertThat(violation).as("refusal of %s", id).isNotNull();
			assertThat(violation.rule()).isEqualTo(rule);
		});
	}

	@Test
	@DisplayName("R-FAIR-1: the order rotates by one place a day, so every insurer stands first equally often")
	void orderRotatesDaily() {
		clock.setLocal("2026-11-23T09:00:00");
		AreaCode project = AreaCode.of("652301");
		fixtures.registered("轮换甲", "652300");
		fixtures.registered("轮换乙", "652300");
		fixtures.registered("轮换丙", "652300");
		LocalDate day = LocalDate.now(clock);
		List<Long> first = choice.selectable(project, day).stream().map(SelectableInsurer::insurerId).toList();
		int n = first.size();
		java.util.Set<Long> leaders = new java.util.HashSet<>();
		for (int i = 0; i < n; i++) {
			List<Long> order = choice.selectable(project, day.plusDays(i)).stream().map(SelectableInsurer::insurerId).toList();
			assertThat(order).containsExactlyInAnyOrderElementsOf(first);
			java.util.List<Long> rotated = new java.util.ArrayList<>(first);
			java.util.Collections.rotate(rotated, -i);
			assertThat(order).containsExactlyElementsOf(rotated);
			leaders.add(order.get(0));
		}
		assertThat(leaders).hasSize(n);
	}

}
