package io.suretyhub.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.suretyhub.area.Area;
import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;

import org.springframework.stereotype.Component;

/**
 * Checks a registration field by field and answers it tidied (trimmed, blanks as {@code null}, credit
 * code in capitals), or throws {@link InvalidInput} naming every refused field.
 */
@Component
public class RegistrationCheck {

	private static final Pattern CREDIT_CODE_CHARACTERS = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private final Areas areas;

	private final OrganisationRepository repository;

	RegistrationCheck(Areas areas, OrganisationRepository repository) {
		this.areas = areas;
		this.repository = repository;
	}

	public OrganisationRegistration check(OrganisationRegistration input, AccessScope registrar) {
		List<Problem> problems = new ArrayList<>();
		String name = text(input.name());
		if (name == null) {
			problems.add(new Problem("name", "organisation.error.name.required"));
		}
		else if (name.length() > 200) {
			problems.add(new Problem("name", "organisation.error.name.tooLong", 200));
		}
		OrganisationKind kind = input.kind();
		if (kind == null) {
			problems.add(new Problem("kind", "organisation.error.kind.required"));
		}
		Optional<Area> area = area(input.areaCode(), kind, registrar, problems);
		String creditCode = creditCode(input.creditCode(), kind, problems);
		parent(input.parentId(), kind, area, problems);
		String address = limited("address", input.address(), 300, problems);
		String person = limited("contactPerson", input.contactPerson(), 50, problems);
		String phone = text(input.contactPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new Problem("contactPhone", "organisation.error.contactPhone.format"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new OrganisationRegistration(name, kind, area.get().code().value(), creditCode, input.parentId(), address,
				person, phone);
	}

	private Optional<Area> area(String code, OrganisationKind kind, AccessScope registrar, List<Problem> problems) {
		String value = text(code);
		Optional<Area> area = areas.find(value);
		if (value == null) {
			problems.add(new Problem("areaCode", "organisation.error.areaCode.required"));
		}
		else if (area.isEmpty()) {
			problems.add(new Problem("areaCode", "organisation.error.areaCode.unknown", value));
		}
		else if (kind != null && !kind.mayBeLocatedAt(area.get().level())) {
			problems.add(new Problem("areaCode", "organisation.error.areaCode.level." + kind.name()));
		}
		else if (registrar != null && !registrar.covers(area.get().code())) {
			problems.add(new Problem("areaCode", "organisation.error.areaCode.outOfScope"));
		}
		return area;
	}

	private String creditCode(String input, OrganisationKind kind, List<Problem> problems) {
		String code = text(input) == null ? null : text(input).toUpperCase(Locale.ROOT);
		if (code == null) {
			if (kind != null && kind.requiresCreditCode()) {
				problems.add(new Problem("creditCode", "organisation.error.creditCode.required"));
			}
		}
		else if (!CREDIT_CODE_CHARACTERS.matcher(code).matches()) {
			problems.add(new Problem("creditCode", "organisation.error.creditCode.format"));
		}
		else if (!CreditCode.isValid(code)) {
			problems.add(new Problem("creditCode", "organisation.error.creditCode.checksum"));
		}
		else if (repository.creditCodeTaken(code)) {
			problems.add(new Problem("creditCode", "organisation.error.creditCode.taken"));
		}
		return code;
	}

	private void parent(Long parentId, OrganisationKind kind, Optional<Area> area, List<Problem> problems) {
		OrganisationKind parentKind = kind == null ? null : kind.parentKind();
		if (parentKind == null) {
			if (parentId != null && kind != null) {
				problems.add(new Problem("parentId", "organisation.error.parentId.notAllowed"));
			}
			return;
		}
		if (parentId == null) {
			problems.add(new Problem("parentId", "organisation.error.parentId.required"));
			return;
		}
		Optional<Organisation> parent = repository.find(parentId);
		boolean fits = parent.filter(p -> p.kind() == parentKind)
			.filter(p -> area.map(a -> p.area().contains(a.code())).orElse(true))
			.isPresent();
		if (!fits) {
			problems.add(new Problem("parentId", "organisation.error.parentId.invalid"));
		}
	}

	private static String limited(String field, String input, int max, List<Problem> problems) {
		String value = text(input);
		if (value != null && value.length() > max) {
			problems.add(new Problem(field, "organisation.error." + field + ".tooLong", max));
		}
		return value;
	}

	private static String text(String input) {
		return input == null || input.isBlank() ? null : input.strip();
	}

}
