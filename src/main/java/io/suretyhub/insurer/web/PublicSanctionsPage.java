package io.suretyhub.insurer.web;

import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Sanctions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /public/sanctions}, no login: sanctioned and banned insurers and the untrustworthy list (R-SUP-3, R-INS-7). */
@Controller
class PublicSanctionsPage {

	private final Sanctions sanctions;

	private final Filings filings;

	PublicSanctionsPage(Sanctions sanctions, Filings filings) {
		this.sanctions = sanctions;
		this.filings = filings;
	}

	@GetMapping("/public/sanctions")
	String page(Model model) {
		model.addAttribute("sanctions", sanctions.active());
		model.addAttribute("untrustworthy", filings.untrustworthy());
		return "insurer/public-sanctions";
	}

}
