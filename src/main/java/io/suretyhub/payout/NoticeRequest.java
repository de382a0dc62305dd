package io.suretyhub.payout;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The payment notice as the local authority issues it: its officers for Attachment 5 and the worker roster.
 *
 * @param head the authority's responsible officer (负责人)
 * @param handler the officer handling it (经办人)
 * @param phone the authority's contact phone
 * @param roster the workers to pay, up to 10,000
 */
public record NoticeRequest(@Size(max = 50) String head, @Size(max = 50) String handler, @Size(max = 30) String phone,
		List<NewWorker> roster) {
}
