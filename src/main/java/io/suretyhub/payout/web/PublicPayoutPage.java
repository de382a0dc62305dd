package io.suretyhub.payout.web;

import io.suretyhub.payout.WorkerStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /public/payouts}: a worker checks the payouts to them (ID number, name, last four card digits). */
@Controller
class PublicPayoutPage {

	private final WorkerStatus status;

	PublicPayoutPage(WorkerStatus status) {
		this.status = status;
	}

	@GetMapping("/public/payouts")
	String form() {
		return "payout/public";
	}

	/** POST, so that the ID number never appears in a URL or an access log. */
	@PostMapping("/public/payouts")
	String lookup(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String cardLastFour, Model model) {
		model.addAttribute("searched", true);
		model.addAttribute("name", name);
		model.addAttribute("lines", status.lookup(idNumber, name, cardLastFour));
		return "payout/public";
	}

}
