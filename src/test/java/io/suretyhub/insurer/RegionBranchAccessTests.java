package io.suretyhub.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.seal.InsurerAccess;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class RegionBranchAccessTests {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Branches branches;

	@Autowired
	InsurerAccess access;

	@Test
	@DisplayName("An insurer's region branch manages its own and its branches' certificates and documents, not another insurer's")
	void regionBranchManagesItsBranches() {
		long insurer = fixtures.registered("签章权限保险", "650100");
		long other = fixtures.registered("其他保险", "650100");
		long branch = branches.of(insurer).get(0).id();
		long otherBranch = branches.of(other).get(0).id();
		assertThat(access.mayManage(insurer, insurer)).isTrue();
		assertThat(access.mayManage(insurer, branch)).isTrue();
		assertThat(access.mayManage(branch, branch)).isTrue();
		assertThat(access.mayManage(branch, insurer)).isFalse();
		assertThat(access.mayManage(insurer, otherBranch)).isFalse();
		assertThat(access.mayManage(insurer, other)).isFalse();
	}

}
