package io.suretyhub.platform.web;

import io.suretyhub.shared.RuleViolation;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a broken business rule is shown as a message that names the rule (422); a malformed id in a
 * path is a 400 page. Everything else falls to the error pages under {@code templates/error/}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(10)
class PageExceptionHandler {

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ModelAndView ruleViolation(RuleViolation violation) {
		var page = new ModelAndView("error/rule");
		page.addObject("violation", violation);
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView malformed(MethodArgumentTypeMismatchException ex) {
		var page = new ModelAndView("error/4xx");
		page.addObject("status", 400);
		page.addObject("field", ex.getName());
		return page;
	}

}
