package io.suretyhub.platform.web;

import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what this role does on the platform, with a way into each task. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(AccessScope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("tasks", tasksOf(scope.role()));
		return "home";
	}

	/** A task on the home page: its message key and where it leads. */
	record Task(String key, String path) {
	}

	static List<Task> tasksOf(Role role) {
		return switch (role) {
			case REGION_AUTHORITY -> List.of(task("projects", "/projects"), task("organisations", "/organisations"));
			case LOCAL_AUTHORITY -> List.of(task("projects", "/projects"), task("organisations", "/organisations"));
			case FINANCIAL_REGULATOR -> List.of(task("projects", "/projects"), task("organisations", "/organisations"));
			case INSURER_ADMIN, INSURER_STAFF -> List.of(task("projects", "/projects"));
			case CONTRACTOR -> List.of(task("projects", "/projects"), task("newProject", "/projects/new"));
			case SYSTEM_ADMIN -> List.of(task("accounts", "/admin/accounts"), task("organisations", "/organisations"));
			case SECURITY_ADMIN -> List.of(task("accounts", "/admin/accounts"));
			case AUDIT_ADMIN -> List.of(task("audit", "/audit"));
		};
	}

	private static Task task(String key, String path) {
		return new Task("home.task." + key, path);
	}

}
