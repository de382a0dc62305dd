package io.suretyhub.project.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.area.Area;
import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.ConstructionKind;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.ProjectType;
import io.suretyhub.project.ProjectWorks;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;

import org.springframework.stereotype.Component;

/** Checks a project registration field by field; throws {@link InvalidInput} naming every refused field. */
@Component
public class ProjectCheck {

	/** Sixteen digits before the point and two after: what NUMERIC(18,2) holds. */
	private static final int MAX_INTEGER_DIGITS = 16;

	private final Areas areas;

	private final Organisations organisations;

	ProjectCheck(Areas areas, Organisations organisations) {
		this.areas = areas;
		this.organisations = organisations;
	}

	public Checked check(ProjectRegistration input) {
		List<Problem> problems = new ArrayList<>();
		if (organisations.find(input.contractorId()).filter(Organisation::isContractor).isEmpty()) {
			problems.add(new Problem("contractorId", "project.error.contractorId.invalid"));
		}
		String name = required("name", input.name(), 200, problems);
		String owner = required("ownerName", input.ownerName(), 200, problems);
		String address = required("address", input.address(), 300, problems);
		Area area = area(input.areaCode(), problems);
		BigDecimal price = price(input.contractPrice(), problems);
		ProjectType type = choice("type", input.type(), ProjectType.class, problems);
		ProjectWorks works = choice("works", input.works(), ProjectWorks.class, problems);
		ConstructionKind kind = choice("kind", input.kind(), ConstructionKind.class, problems);
		ProjectDates dates = ProjectDates.check(input, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(input.contractorId(), name, area, owner, price, address, type, works, kind, dates);
	}

	private static <E extends Enum<E>> E choice(String field, String input, Class<E> type, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problems.add(new Problem(field, "project.error." + field + ".required"));
		return null;
	}

	private Area area(String code, List<Problem> problems) {
		String value = code == null ? "" : code.strip();
		Area area = areas.find(value).orElse(null);
		if (value.isEmpty()) {
			problems.add(new Problem("areaCode", "project.error.areaCode.required"));
		}
		else if (area == null) {
			problems.add(new Problem("areaCode", "project.error.areaCode.unknown", value));
		}
		else if (!area.isPlace()) {
			problems.add(new Problem("areaCode", "project.error.areaCode.level"));
		}
		return area;
	}

	private static BigDecimal price(String input, List<Problem> problems) {
		String value = input == null ? "" : input.strip().replace(",", "").replace("，", "");
		if (value.isEmpty()) {
			problems.add(new Problem("contractPrice", "project.error.contractPrice.required"));
			return null;
		}
		if (!value.matches("\\d{1,20}(\\.\\d+)?")) {
			problems.add(new Problem("contractPrice", "project.error.contractPrice.format"));
			return null;
		}
		BigDecimal price = new BigDecimal(value);
		if (price.signum() <= 0) {
			problems.add(new Problem("contractPrice", "project.error.contractPrice.positive"));
		}
		else if (price.stripTrailingZeros().scale() > 2) {
			problems.add(new Problem("contractPrice", "project.error.contractPrice.fen"));
		}
		else if (price.precision() - price.scale() > MAX_INTEGER_DIGITS) {
			problems.add(new Problem("contractPrice", "project.error.contractPrice.tooLarge"));
		}
		return price;
	}

	private static String required(String field, String input, int max, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		if (value.isEmpty()) {
			problems.add(new Problem(field, "project.error." + field + ".required"));
		}
		else if (value.length() > max) {
			problems.add(new Problem(field, "project.error." + field + ".tooLong", max));
		}
		return value;
	}

	/** A registration that passed every check. */
	public record Checked(long contractorId, String name, Area area, String ownerName, BigDecimal contractPrice,
			String address, ProjectType type, ProjectWorks works, ConstructionKind kind, ProjectDates dates) {
	}

}
